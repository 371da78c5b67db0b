#pragma once

#include "lookup/lookupform.h"

#include <QGroupBox>
#include <memory>

class QMenu;

namespace zd {

namespace Ui {
class ConnectionPanel;
}

// Connection: the profile selector, the server address, the channel paths, the credentials (how the
// channels authenticate, with only the fields of that kind: user and password, API key header and
// key, bearer token, or an OAuth2 token endpoint and client; and the Invoke API's own user where it differs)
// and the service, with their field errors under each field, and the certificate and keychain warnings.
class ConnectionPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ConnectionPanel(QWidget *parent = nullptr);
    ~ConnectionPanel() override;

    // The connection part of form: address, paths, user, password, service; TLS, proxy and timeout
    // are kept here too (Connection settings edits them).
    void setConnection(const LookupForm &form);
    // Fills the connection part of form from the fields.
    void fillForm(LookupForm &form) const;
    // Marks every field with an error, its message in full under it (the first one gets the focus);
    // clears the others. Returns whether one of this panel's fields was marked.
    bool showErrors(const QList<LookupForm::FieldError> &errors);

    // The profiles to choose from (id, name), and the one chosen ("" for none).
    void setProfiles(const QList<std::pair<QString, QString>> &profiles, const QString &currentId);
    void setCurrentProfile(const QString &id);
    // The name shown for a profile (with " *" while it has unsaved changes).
    void setProfileName(const QString &id, const QString &name);
    void setProfileMenu(QMenu *menu);
    // The keychain banner: message in plain words, the keychain's own error (detail) after it in
    // smaller type and as its tooltip. An empty message hides it.
    void showKeychainWarning(const QString &message, const QString &detail = QString());
    // Connection settings (HTTPS, proxy, timeout) in their dialog; edited() when they change.
    void openSettings();

Q_SIGNALS:
    // The user changed a field.
    void edited();
    void profileChosen(const QString &id);
    // Get token: the user asks for a token of the OAuth2 settings now.
    void tokenRequested();

private:
    void updateUserHint();
    void showAuthFields();
    [[nodiscard]] AuthKind authKind() const;

    std::unique_ptr<Ui::ConnectionPanel> m_ui;
    TlsSettings m_tls;
    ProxySettings m_proxy;
    OAuth2Settings m_oauth2; // the token request's settings the fields do not show (Token request…)
    std::chrono::milliseconds m_timeout{60000};
};

} // namespace zd
