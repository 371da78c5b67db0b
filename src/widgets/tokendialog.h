#pragma once

#include "oauth/tokenprovider.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace zd {

// Get token: asks the token endpoint of the connection's OAuth2 settings for a new token and shows
// what it says of itself (type, scopes, expiry, a JWT's header and claims), or why there is none.
// The token itself is never shown: it is a secret, like the client secret that got it.
class TokenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TokenDialog(QWidget *parent = nullptr);
    // Asks tokens for a token for the call's settings; the answer fills the dialog.
    void fetch(TokenProvider *tokens, const CallSpec &call);
    [[nodiscard]] QString shownText() const;

Q_SIGNALS:
    void answered(const zd::TokenResult &result);

private:
    void showResult(const TokenResult &result, const QString &tokenUrl);

    QLabel *m_status;
    QPlainTextEdit *m_text;
};

} // namespace zd
