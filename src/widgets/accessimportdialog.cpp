#include "accessimportdialog.h"

#include "access/openapifetch.h"
#include "access/serverdiscovery.h"
#include "enmasse/enmassereader.h"
#include "invoke/networkpool.h"
#include "ui_accessimportdialog.h"

#include "json/writer.h"
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QUrl>

namespace zd {

namespace {

using access::FileCredential;
using access::SecurityType;

// Whether a secret typed for this credential can make its row: a header credential (Basic with its
// user, an API key, a bearer token).
bool acceptsSecret(const FileCredential &credential)
{
    return (credential.type == SecurityType::BasicAuth && !credential.user.isEmpty()) ||
           credential.type == SecurityType::ApiKey || credential.type == SecurityType::BearerToken;
}

QString kindOf(const FileCredential &credential)
{
    switch (credential.type) {
    case SecurityType::BasicAuth:
        return AccessImportDialog::tr("HTTP Basic, user %1").arg(credential.user);
    case SecurityType::ApiKey:
        return AccessImportDialog::tr("API key in %1").arg(QString::fromLatin1(credential.header));
    case SecurityType::BearerToken:
        return AccessImportDialog::tr("Bearer token");
    default:
        return AccessImportDialog::tr("%1: no row").arg(access::securityTypeName(credential.type));
    }
}

} // namespace

AccessImportDialog::AccessImportDialog(Source source, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AccessImportDialog>()), m_source(source),
      m_networks(new NetworkPool(new QNetworkAccessManager(this), NetworkPool::Mode::PerProxy, this)),
      m_discovery(new access::ServerDiscovery(m_networks, this)),
      m_openApi(new access::OpenApiFetch(m_networks, this)), m_files(FileDialogs::dialogs(this))
{
    m_ui->setupUi(this);
    const bool file = source == Source::EnmasseFile;
    setWindowTitle(file ? tr("Import server configuration") : tr("Discover from server"));
    m_ui->introLabel->setText(
        file ? tr("Reads a Zato enmasse file (4.1 or 3.2) and makes the access test its configuration "
                  "decides: each security definition, no credentials and each definition with a wrong "
                  "secret, against each REST channel, every cell with the outcome it must have and why.")
             : tr("Asks a running Zato 4.1 server's admin services, as its admin.invoke definition, for "
                  "its security definitions, groups and REST channels, and makes the access test they "
                  "decide. Nothing on the server is changed. The server never gives a secret: type those "
                  "you want rows for in the preview."));
    for (int row : {0, 1})
        m_ui->sourceLayout->setRowVisible(row, file);
    for (int row : {3, 4})
        m_ui->sourceLayout->setRowVisible(row, !file);
    m_ui->userEdit->setText(QStringLiteral("admin.invoke"));
    m_readButton =
        m_ui->buttonBox->addButton(file ? tr("&Read") : tr("&Discover"), QDialogButtonBox::ActionRole);
    m_readButton->setObjectName(QStringLiteral("readButton"));
    m_readButton->setDefault(true);
    m_createButton = m_ui->buttonBox->addButton(tr("Create &matrix"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setEnabled(false);
    m_ui->previewTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->previewTree->setColumnWidth(1, 260);
    m_ui->summaryLabel->setText(file ? tr("Choose the file, then Read.")
                                     : tr("Give the server, then Discover."));

    connect(m_readButton, &QPushButton::clicked, this, [this] {
        if (m_discovery->isRunning())
            m_discovery->cancel();
        else if (m_openApi->isRunning())
            m_openApi->cancel();
        else
            read();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (hasPreview())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->enmasseBrowseButton, &QPushButton::clicked, this, [this] {
        browse(m_ui->enmasseEdit, tr("Import server configuration"),
               tr("Enmasse files (*.yaml *.yml)") + u";;" + tr("All files (*)"));
    });
    connect(m_ui->envBrowseButton, &QPushButton::clicked, this, [this] {
        browse(m_ui->envEdit, tr("Env file"), tr("Env files (*.env)") + u";;" + tr("All files (*)"));
    });
    connect(m_ui->openApiBrowseButton, &QPushButton::clicked, this, [this] {
        browse(m_ui->openApiEdit, tr("OpenAPI document"),
               tr("OpenAPI documents (*.yaml *.yml *.json)") + u";;" + tr("All files (*)"));
    });
    connect(m_discovery, &access::ServerDiscovery::finished, this, &AccessImportDialog::discovered);
    connect(m_openApi, &access::OpenApiFetch::finished, this, &AccessImportDialog::openApiFetched);
}

AccessImportDialog::~AccessImportDialog() = default;

void AccessImportDialog::setAddress(const QString &address)
{
    m_ui->addressEdit->setText(address);
}

void AccessImportDialog::setEnmasseFile(const QString &file, const QString &envFile)
{
    m_ui->enmasseEdit->setText(file);
    m_ui->envEdit->setText(envFile);
}

void AccessImportDialog::setAdmin(const QString &user, const QString &password)
{
    m_ui->userEdit->setText(user);
    m_ui->passwordEdit->setText(password);
}

void AccessImportDialog::setOpenApi(const QString &fileOrChannel)
{
    m_ui->openApiEdit->setText(fileOrChannel);
}

void AccessImportDialog::browse(QLineEdit *edit, const QString &title, const QString &filter)
{
    const QString name = m_files.open(FileQuestion{title, filter, QString(), QString()});
    if (!name.isEmpty())
        edit->setText(name);
}

QString AccessImportDialog::checkedAddress()
{
    const QString address = m_ui->addressEdit->text().trimmed();
    const QUrl url(address);
    if (address.isEmpty() || !url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
        url.host().isEmpty()) {
        showError(tr("The server's address must start with http:// or https:// and name a host, such as "
                     "http://127.0.0.1:17010."));
        m_ui->addressEdit->setFocus();
        return QString();
    }
    return address;
}

void AccessImportDialog::read()
{
    const QString address = checkedAddress();
    if (address.isEmpty())
        return;
    m_address = address;
    if (m_source == Source::Server) {
        access::DiscoverySpec spec;
        spec.address = address;
        spec.user = m_ui->userEdit->text().trimmed();
        spec.password = m_ui->passwordEdit->text();
        m_ui->previewTree->clear();
        m_ui->summaryLabel->setText(tr("Asking %1…").arg(address));
        setBusy(true);
        m_discovery->start(spec);
        return;
    }
    const QString file = m_ui->enmasseEdit->text().trimmed();
    if (file.isEmpty()) {
        showError(tr("Choose the enmasse file to read."));
        m_ui->enmasseEdit->setFocus();
        return;
    }
    QHash<QString, QString> env;
    if (const QString envFile = m_ui->envEdit->text().trimmed(); !envFile.isEmpty()) {
        const enmasse::EnvFile values = enmasse::readEnvFile(envFile);
        if (!values.values) {
            showError(values.error);
            return;
        }
        env = *values.values;
    }
    const access::AccessTestRead read = access::readEnmasseAccess(file, env);
    if (!read.test) {
        showError(read.error);
        return;
    }
    withOpenApi(*read.test);
}

void AccessImportDialog::discovered(const access::Discovery &discovery)
{
    setBusy(false);
    if (!discovery.test) {
        showError(discovery.error);
        return;
    }
    withOpenApi(*discovery.test);
}

void AccessImportDialog::setBusy(bool busy)
{
    m_readButton->setText(busy ? tr("Ca&ncel") : m_source == Source::Server ? tr("&Discover") : tr("&Read"));
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->addressEdit), static_cast<QWidget *>(m_ui->userEdit),
          static_cast<QWidget *>(m_ui->passwordEdit), static_cast<QWidget *>(m_ui->openApiEdit)})
        field->setEnabled(!busy);
}

void AccessImportDialog::showError(const QString &message)
{
    m_test.reset();
    m_secretEdits.clear();
    m_ui->previewTree->clear();
    m_createButton->setEnabled(false);
    m_readButton->setDefault(true);
    m_ui->summaryLabel->setText(tr("Nothing was created: %1").arg(message));
    Q_EMIT previewed(false);
}

void AccessImportDialog::showTest(const access::AccessTest &test)
{
    m_test = test;
    QHash<QString, QString> typed; // kept when the same source is read again
    for (auto it = m_secretEdits.cbegin(); it != m_secretEdits.cend(); ++it)
        typed.insert(it.key(), it.value()->text());
    m_secretEdits.clear();
    QTreeWidget *tree = m_ui->previewTree;
    tree->clear();
    auto *credentials = new QTreeWidgetItem(tree, {tr("Credentials (%1)").arg(test.credentials.size())});
    for (const FileCredential &credential : test.credentials) {
        auto *item = new QTreeWidgetItem(credentials, {credential.name, kindOf(credential)});
        item->setToolTip(0, credential.where);
        if (credential.callable) {
            item->setText(2, m_source == Source::EnmasseFile ? tr("from the file") : tr("given"));
        } else if (acceptsSecret(credential)) {
            auto *edit = new QLineEdit(tree);
            edit->setEchoMode(QLineEdit::Password);
            edit->setObjectName(u"secret:" + credential.name);
            edit->setAccessibleName(tr("Secret of %1").arg(credential.name));
            edit->setPlaceholderText(credential.type == SecurityType::BearerToken &&
                                             m_source == Source::Server
                                         ? tr("a token, to test it")
                                         : tr("unknown: type it to test this row"));
            edit->setToolTip(credential.missing);
            item->setToolTip(1, credential.missing);
            tree->setItemWidget(item, 2, edit);
            edit->setText(typed.value(credential.name));
            m_secretEdits.insert(credential.name, edit);
            connect(edit, &QLineEdit::textChanged, this, &AccessImportDialog::updateSummary);
        } else {
            item->setText(2, QStringLiteral("—"));
        }
    }
    auto *channels = new QTreeWidgetItem(tree, {tr("Channels (%1)").arg(test.channels.size())});
    for (const access::FileChannel &channel : test.channels) {
        const QString method = channel.method.isEmpty() ? QStringLiteral("POST") : channel.method;
        const QString call = method + u' ' + channel.path;
        auto *item = new QTreeWidgetItem(
            channels, {channel.name, channel.service.isEmpty() ? call : call + u" → " + channel.service});
        if (channel.payload) {
            const QString payload = QString::fromUtf8(json::dumps(*channel.payload));
            item->setText(2, payload);
            item->setToolTip(2, tr("The payload from the OpenAPI document: %1").arg(payload));
        }
    }
    if (!test.warnings.isEmpty()) {
        auto *warnings = new QTreeWidgetItem(tree, {tr("Warnings (%1)").arg(test.warnings.size())});
        for (const QString &warning : test.warnings) {
            auto *item = new QTreeWidgetItem(warnings);
            item->setFirstColumnSpanned(true);
            item->setText(0, warning);
            item->setToolTip(0, warning);
        }
    }
    tree->expandAll();
    m_createButton->setEnabled(true);
    m_createButton->setDefault(true);
    updateSummary();
    Q_EMIT previewed(true);
}

bool AccessImportDialog::setSecret(const QString &credential, const QString &secret)
{
    QLineEdit *edit = m_secretEdits.value(credential);
    if (!edit)
        return false;
    edit->setText(secret);
    return true;
}

access::AccessTest AccessImportDialog::withTypedSecrets(access::AccessTest test) const
{
    for (FileCredential &credential : test.credentials) {
        const QLineEdit *edit = m_secretEdits.value(credential.name);
        if (edit && !edit->text().isEmpty()) {
            credential.secret = edit->text();
            credential.callable = true;
        }
    }
    return test;
}

access::AccessMatrix AccessImportDialog::matrix() const
{
    return m_test ? access::accessMatrix(withTypedSecrets(*m_test), m_address) : access::AccessMatrix();
}

void AccessImportDialog::updateSummary()
{
    if (!m_test)
        return;
    const MatrixDefinition definition = matrix().matrix;
    const qsizetype rows = definition.credentials.size();
    const qsizetype columns = definition.channels.size();
    QString text =
        tr("Create matrix makes %1 rows (each credential with its secret, no credentials, each "
           "credential with a wrong secret) by %2 channels: %3 cells for %4, each with the outcome "
           "it must have and why.")
            .arg(rows)
            .arg(columns)
            .arg(rows * columns)
            .arg(m_address);
    if (!m_test->notDerivable.isEmpty())
        text +=
            u' ' +
            tr("The cells of %1 have no expectation: RBAC decides.").arg(m_test->notDerivable.join(u", "));
    text += u' ' + tr("Nothing is saved until you save the matrix; the secrets go to the keychain only.");
    m_ui->summaryLabel->setText(text);
}

} // namespace zd
