#pragma once

#include "access/openapi.h"
#include "filedialogs.h"

#include <QDialog>
#include <memory>

class QLineEdit;
class QPushButton;

namespace zd {

namespace Ui {
class AccessImportDialog;
}

class NetworkPool;

namespace access {
class OpenApiFetch;
class ServerDiscovery;
struct Discovery;
struct OpenApiFetched;
} // namespace access

// Import server configuration… and Discover from server…: reads a Zato enmasse file (with an env
// file for its ${NAME} references) or asks a running 4.1 server's admin services, optionally takes the
// payloads from an OpenAPI document (a file, or the server's /openapi/{name}), then previews what the
// access test will be: each credential (with a field for a secret the file or the server does not
// give), each channel with its payload, the warnings and the number of cells. Nothing is created or
// saved before Create matrix; the matrix itself comes from matrix().
class AccessImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Source { EnmasseFile, Server };
    AccessImportDialog(Source source, QWidget *parent = nullptr);
    ~AccessImportDialog() override;

    void setFileDialogs(const FileDialogs &dialogs) { m_files = dialogs; }
    void setAddress(const QString &address);
    void setEnmasseFile(const QString &file, const QString &envFile = QString());
    void setAdmin(const QString &user, const QString &password);
    // Where the payloads come from: an OpenAPI file, or the name of an OpenAPI channel of the server.
    void setOpenApi(const QString &fileOrChannel);
    // Reads the file or asks the server (the Read / Discover button does the same); previewed() follows.
    void read();
    [[nodiscard]] bool hasPreview() const { return m_test.has_value(); }
    // Types the secret of a credential the preview asks for; false when it asks for none of that name.
    bool setSecret(const QString &credential, const QString &secret);
    // The matrix of the previewed test, with the secrets typed in the preview.
    [[nodiscard]] access::AccessMatrix matrix() const;

Q_SIGNALS:
    void previewed(bool ok);

private:
    void withOpenApi(access::AccessTest test);
    void openApiFetched(const access::OpenApiFetched &fetched);
    void showTest(const access::AccessTest &test);
    void showError(const QString &message);
    void discovered(const access::Discovery &discovery);
    void updateSummary();
    void setBusy(bool busy);
    void browse(QLineEdit *edit, const QString &title, const QString &filter);
    [[nodiscard]] QString checkedAddress();
    // The test with the secrets typed in the preview on the credentials that had none.
    [[nodiscard]] access::AccessTest withTypedSecrets(access::AccessTest test) const;
    void takeOperations(access::AccessTest &test, const QList<access::ApiOperation> &operations);

    std::unique_ptr<Ui::AccessImportDialog> m_ui;
    Source m_source;
    NetworkPool *m_networks;
    access::ServerDiscovery *m_discovery;
    access::OpenApiFetch *m_openApi;
    std::optional<access::AccessTest> m_fetching; // read, waiting for its OpenAPI document
    QPushButton *m_readButton;
    QPushButton *m_createButton;
    FileDialogs m_files;
    std::optional<access::AccessTest> m_test;
    QString m_address; // the address the preview was made for
    QHash<QString, QLineEdit *> m_secretEdits;
};

} // namespace zd
