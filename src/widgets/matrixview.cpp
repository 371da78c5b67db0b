#include "matrixview.h"

#include "invoke/authheaders.h"
#include "invoke/callcheck.h"
#include "matrixmodel.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "ui_matrixview.h"

#include "json/parser.h"
#include <QComboBox>
#include <QFile>
#include <QSaveFile>
#include <QStyledItemDelegate>

namespace zd {

namespace {

// Expectations are picked from the known outcome keys.
class ExpectationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        // The outcomes in the user's language; the key each stands for is the item's data.
        auto *combo = new QComboBox(parent);
        combo->addItem(QString(), QString());
        for (const QString &key : outcomeKeys())
            combo->addItem(MatrixModel::outcomeLabel(key), key);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData().toString());
    }
};

} // namespace

MatrixView::MatrixView(SecretStore *secrets, const ProfileStore *profiles, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MatrixView>()), m_secrets(secrets), m_profiles(profiles),
      m_model(new MatrixModel(this)), m_prompts(Prompts::dialogs(this)), m_files(FileDialogs::dialogs(this))
{
    m_ui->setupUi(this);
    m_ui->matrixTable->setModel(m_model);
    m_ui->matrixTable->setItemDelegate(new ExpectationDelegate(m_ui->matrixTable));
    m_ui->matrixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->matrixTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setDefinition(sampleMatrix(QStringLiteral("http://127.0.0.1:17010")));

    connect(m_ui->runAllButton, &QPushButton::clicked, this,
            [this] { run(MatrixRunner::allCells(m_model->definition())); });
    connect(m_ui->runRowButton, &QPushButton::clicked, this, [this] { run(selectedCells(true, false)); });
    connect(m_ui->runColumnButton, &QPushButton::clicked, this, [this] { run(selectedCells(false, true)); });
    connect(m_ui->runCellButton, &QPushButton::clicked, this, [this] { run(selectedCells(false, false)); });
    connect(m_ui->matrixCancelButton, &QPushButton::clicked, &m_runner, &MatrixRunner::cancel);
    connect(m_ui->openButton, &QPushButton::clicked, this, &MatrixView::open);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &MatrixView::save);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { exportResults(false); });
    connect(m_ui->exportJUnitButton, &QPushButton::clicked, this, [this] { exportResults(true); });
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &MatrixView::setRowSecret);
    connect(m_ui->addRowButton, &QPushButton::clicked, this, &MatrixView::addRow);
    connect(m_ui->addProfileRowButton, &QPushButton::clicked, this, &MatrixView::addProfileRow);
    connect(m_ui->addColumnButton, &QPushButton::clicked, this, &MatrixView::addColumn);
    connect(m_ui->removeRowButton, &QPushButton::clicked, this, &MatrixView::removeRow);
    connect(m_ui->removeColumnButton, &QPushButton::clicked, this, &MatrixView::removeColumn);
    connect(m_ui->matrixAddressEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_model->setAddress(text.trimmed()); });
    connect(&m_resolver, &CredentialResolver::finished, this, &MatrixView::credentialsResolved);
    connect(&m_runner, &MatrixRunner::cellFinished, this, [this](const MatrixCell &cell) {
        m_model->setCell(cell);
        updateSummary();
    });
    connect(&m_runner, &MatrixRunner::finished, this, [this] {
        updateSummary();
        Q_EMIT runFinished();
    });
}

MatrixView::~MatrixView()
{
    m_runner.cancel();
}

void MatrixView::setDefinition(const MatrixDefinition &matrix)
{
    m_model->setDefinition(matrix);
    m_ui->matrixAddressEdit->setText(matrix.address);
    updateSummary();
}

void MatrixView::setDefaultAddress(const QString &address)
{
    if (!address.isEmpty())
        m_ui->matrixAddressEdit->setText(address);
}

QList<std::pair<int, int>> MatrixView::selectedCells(bool wholeRow, bool wholeColumn) const
{
    const QModelIndex current = m_ui->matrixTable->currentIndex();
    if (!current.isValid())
        return {};
    if (wholeRow)
        return MatrixRunner::rowCells(m_model->definition(), current.row());
    if (wholeColumn)
        return MatrixRunner::columnCells(m_model->definition(), current.column());
    return {{current.row(), current.column()}};
}

// Resolves every row's credential (CredentialResolver, as the CLI does), then runs.
void MatrixView::run(const QList<std::pair<int, int>> &cells)
{
    if (isRunning() || cells.isEmpty())
        return;
    m_resolvingCells = cells;
    m_model->clearResults(cells);
    m_ui->summaryLabel->setText(tr("Running %n cell(s)…", nullptr, int(cells.size())));
    m_resolver.start(m_model->definition(), *m_profiles, *m_secrets);
}

// A row these cells need that has no credential stops the run: it is never called with an empty
// password.
void MatrixView::credentialsResolved(const QList<CredentialResolution> &rows)
{
    const QList<std::pair<int, int>> cells = std::exchange(m_resolvingCells, {});
    QList<CredentialResolution> needed;
    QList<ResolvedCredential> credentials;
    for (int row = 0; row < rows.size(); ++row) {
        const bool used =
            std::any_of(cells.cbegin(), cells.cend(), [row](const auto &c) { return c.first == row; });
        if (used)
            needed << rows.at(row);
        credentials << rows.at(row).credential;
    }
    if (const QString errors = CredentialResolver::errors(needed); !errors.isEmpty()) {
        updateSummary();
        m_prompts.tell(tr("Matrix not run"), errors);
        Q_EMIT runFinished();
        return;
    }
    m_runner.start(m_model->definition(), credentials, cells, m_ui->concurrencySpin->value());
}

// The row's secret goes to the keychain; a failure is told, with what to do about it.
void MatrixView::writeRowSecret(const QString &row, AuthKind kind, const QString &secret)
{
    const QString key = kind == AuthKind::ApiKey   ? matrixApiKeyKey(row)
                        : kind == AuthKind::Bearer ? matrixTokenKey(row)
                                                   : matrixPasswordKey(row);
    m_secrets->write(key, secret, this, [this, row, kind](SecretStore::Status status, const QString &error) {
        if (status == SecretStore::Status::Ok)
            return;
        if (kind == AuthKind::Basic) {
            m_prompts.tell(
                tr("Password not saved"),
                tr("The password of the row \"%1\" was not saved: %2. It is never written anywhere "
                   "else; give the row a profile or a \"password_env\" in the matrix file instead, "
                   "or set its password again once the keychain answers.")
                    .arg(row, error));
            return;
        }
        m_prompts.tell(
            tr("Secret not saved"),
            tr("The secret of the row \"%1\" was not saved: %2. It is never written anywhere else; "
               "give the row \"%3\" in the matrix file instead, or set its secret again once the "
               "keychain answers.")
                .arg(row, error,
                     kind == AuthKind::ApiKey ? QStringLiteral("api_key_env") : QStringLiteral("token_env")));
    });
}

void MatrixView::updateSummary()
{
    const QList<MatrixCell> cells = m_model->results();
    const auto differ =
        std::count_if(cells.cbegin(), cells.cend(), [](const MatrixCell &c) { return !c.matches(); });
    m_ui->summaryLabel->setText(cells.isEmpty() ? tr("Not run yet.")
                                                : tr("%1 of %2 cells run; %3 differ from their expectation.")
                                                      .arg(cells.size())
                                                      .arg(m_model->rowCount() * m_model->columnCount())
                                                      .arg(differ));
}

// The files the view reads and writes, each with its own filter and suffix.
FileQuestion MatrixView::question(FileKind kind, const QString &title) const
{
    const QString all = tr("All files (*)");
    switch (kind) {
    case FileKind::Csv:
        return {title, tr("CSV files (*.csv)") + u";;" + all, QStringLiteral("csv"),
                QStringLiteral("matrix.csv")};
    case FileKind::JUnit:
        return {title, tr("JUnit XML files (*.xml)") + u";;" + all, QStringLiteral("xml"),
                QStringLiteral("matrix.xml")};
    case FileKind::Matrix:
        break;
    }
    return {title, tr("Matrix files (*.json)") + u";;" + all, QStringLiteral("json"),
            QStringLiteral("matrix.json")};
}

void MatrixView::open()
{
    const QString name = m_files.open(question(FileKind::Matrix, tr("Open matrix")));
    if (name.isEmpty())
        return;
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompts.tell(tr("Matrix not opened"), tr("Cannot read %1: %2").arg(name, file.errorString()));
        return;
    }
    const MatrixRead read = readMatrix(file.readAll());
    if (!read.definition) {
        m_prompts.tell(tr("Matrix not opened"), read.error);
        return;
    }
    setDefinition(*read.definition);
}

void MatrixView::save()
{
    const FileQuestion asked = question(FileKind::Matrix, tr("Save matrix"));
    const QString name = withSuffix(m_files.save(asked), asked.suffix);
    if (name.isEmpty())
        return;
    QSaveFile file(name);
    const QByteArray bytes = writeMatrix(m_model->definition());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        m_prompts.tell(tr("Matrix not saved"), tr("Cannot write %1: %2").arg(name, file.errorString()));
}

void MatrixView::exportResults(bool junit)
{
    const FileQuestion asked =
        junit ? question(FileKind::JUnit, tr("Export JUnit XML")) : question(FileKind::Csv, tr("Export CSV"));
    const QString name = withSuffix(m_files.save(asked), asked.suffix);
    if (name.isEmpty())
        return;
    const QList<MatrixCell> cells = m_model->results();
    const QByteArray bytes =
        junit ? matrixJUnit(m_model->definition(), cells) : matrixCsv(m_model->definition(), cells);
    QSaveFile file(name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        m_prompts.tell(tr("Not exported"), tr("Cannot write %1: %2").arg(name, file.errorString()));
}

// A row of its own: HTTP Basic (user and password), an API key (its header and the key), a static
// bearer token, or no credentials. The secret goes to the keychain only; an OAuth2 row needs the token
// endpoint a profile holds.
bool MatrixView::addRow()
{
    const auto ask = [this](const QString &label, const QString &text) {
        return m_prompts.text(tr("Add row"), label, text);
    };
    const std::optional<QString> name = ask(tr("Row name:"), QString());
    if (!name || name->trimmed().isEmpty())
        return false;
    const std::optional<QString> kindText =
        ask(tr("Credential (basic, apikey, bearer or none):"), QStringLiteral("basic"));
    if (!kindText)
        return false;
    const std::optional<AuthKind> kind = authKindFromKey(kindText->trimmed().toLower());
    if (!kind || *kind == AuthKind::OAuth2) {
        m_prompts.tell(tr("Row not added"),
                       kind ? tr("An OAuth2 row takes its token endpoint from a profile: use Add row from a "
                                 "profile.")
                            : tr("The credential must be basic, apikey, bearer or none."));
        return false;
    }
    MatrixCredential row{name->trimmed(), QString(), QString(), QString()};
    row.auth = *kind;
    std::optional<QString> secret = QString();
    switch (*kind) {
    case AuthKind::Basic: {
        const std::optional<QString> user = ask(tr("User name:"), row.name);
        if (!user)
            return false;
        row.user = user->trimmed();
        secret = ask(tr("Password (kept in the keychain):"), QString());
        break;
    }
    case AuthKind::ApiKey: {
        const std::optional<QString> header = ask(tr("API key header:"), QStringLiteral("X-API-Key"));
        if (!header)
            return false;
        if (const QString problem = headerProblem({header->trimmed().toLatin1(), {}}); !problem.isEmpty()) {
            m_prompts.tell(tr("Row not added"), problem);
            return false;
        }
        row.apiKeyHeader = header->trimmed().toLatin1();
        secret = ask(tr("API key (kept in the keychain):"), QString());
        break;
    }
    case AuthKind::Bearer:
        secret = ask(tr("Token (kept in the keychain):"), QString());
        break;
    case AuthKind::None:
    case AuthKind::OAuth2:
        break;
    }
    if (!secret)
        return false;
    MatrixDefinition matrix = m_model->definition();
    matrix.credentials.append(row);
    if (*kind != AuthKind::None)
        writeRowSecret(row.name, *kind, *secret);
    setDefinition(matrix);
    return true;
}

bool MatrixView::addProfileRow()
{
    const std::optional<QString> name =
        m_prompts.text(tr("Add row from a profile"), tr("Profile name:"), QString());
    if (!name)
        return false;
    if (!profileNamed(*m_profiles, *name)) {
        m_prompts.tell(tr("No such profile"), tr("There is no profile named \"%1\".").arg(*name));
        return false;
    }
    MatrixDefinition matrix = m_model->definition();
    matrix.credentials.append({*name, QString(), *name, QString()});
    setDefinition(matrix);
    return true;
}

bool MatrixView::addColumn()
{
    const auto ask = [this](const QString &label, const QString &text) {
        return m_prompts.text(tr("Add channel"), label, text);
    };
    const std::optional<QString> name = ask(tr("Channel name:"), QString());
    const std::optional<QString> path = name ? ask(tr("URL path:"), QStringLiteral("/")) : std::nullopt;
    const std::optional<QString> client =
        path ? ask(tr("Client (any, json or api):"), QStringLiteral("json")) : std::nullopt;
    if (!client || name->trimmed().isEmpty())
        return false;
    const std::optional<ClientKind> kind = clientFromKey(client->trimmed());
    if (!kind) {
        m_prompts.tell(tr("Channel not added"), tr("The client must be any, json or api."));
        return false;
    }
    std::optional<QString> service = QString();
    if (*kind != ClientKind::Json)
        service = ask(tr("Service:"), QStringLiteral("customer.get1"));
    const std::optional<QString> payload =
        service ? ask(tr("Payload (JSON):"), QStringLiteral(R"({"cust_id": "123"})")) : std::nullopt;
    if (!payload)
        return false;
    const json::ParseResult parsed = json::parse(payload->toUtf8());
    if (!parsed.ok) {
        m_prompts.tell(tr("Channel not added"), tr("The payload is not valid JSON: %1").arg(parsed.error));
        return false;
    }
    MatrixDefinition matrix = m_model->definition();
    matrix.channels.append({name->trimmed(), path->trimmed(), *kind, service->trimmed(), parsed.value});
    setDefinition(matrix);
    return true;
}

void MatrixView::removeRow()
{
    const QModelIndex current = m_ui->matrixTable->currentIndex();
    if (!current.isValid() || m_model->rowCount() <= 1)
        return;
    MatrixDefinition matrix = m_model->definition();
    matrix.expect.remove(matrix.credentials.at(current.row()).name);
    matrix.credentials.removeAt(current.row());
    setDefinition(matrix);
}

void MatrixView::removeColumn()
{
    const QModelIndex current = m_ui->matrixTable->currentIndex();
    if (!current.isValid() || m_model->columnCount() <= 1)
        return;
    MatrixDefinition matrix = m_model->definition();
    const QString name = matrix.channels.at(current.column()).name;
    for (auto &row : matrix.expect)
        row.remove(name);
    matrix.channels.removeAt(current.column());
    setDefinition(matrix);
}

// The secret of the current row's kind, to the keychain. A profile row whose kind is HTTP Basic becomes a
// row of its own; the secret of any other profile row belongs to its profile.
void MatrixView::setRowSecret()
{
    const QModelIndex current = m_ui->matrixTable->currentIndex();
    if (!current.isValid())
        return;
    const MatrixCredential credential = m_model->definition().credentials.at(current.row());
    std::optional<Profile> profile;
    if (!credential.profile.isEmpty())
        profile = profileNamed(*m_profiles, credential.profile);
    const AuthKind kind = credential.kind(profile ? profile->auth : AuthKind::Basic);
    if (kind == AuthKind::None) {
        m_prompts.tell(tr("Row secret"),
                       tr("The row \"%1\" calls with no credentials.").arg(credential.name));
        return;
    }
    if (!credential.profile.isEmpty() && kind != AuthKind::Basic) {
        m_prompts.tell(tr("Row secret"),
                       tr("The row \"%1\" takes its secret from the profile \"%2\": change it there.")
                           .arg(credential.name, credential.profile));
        return;
    }
    const QString label = kind == AuthKind::ApiKey   ? tr("API key of \"%1\" (kept in the keychain):")
                          : kind == AuthKind::Bearer ? tr("Token of \"%1\" (kept in the keychain):")
                                                     : tr("Password of \"%1\" (kept in the keychain):");
    const std::optional<QString> secret =
        m_prompts.text(tr("Row secret"), label.arg(credential.name), QString());
    if (!secret)
        return;
    writeRowSecret(credential.name, kind, *secret);
    if (!credential.profile.isEmpty() || !credential.passwordEnv.isEmpty() ||
        !credential.secretEnv.isEmpty()) {
        MatrixDefinition matrix = m_model->definition();
        MatrixCredential &row = matrix.credentials[current.row()];
        row.profile.clear();
        row.passwordEnv.clear();
        row.secretEnv.clear();
        row.auth = kind;
        if (kind == AuthKind::Basic && row.user.isEmpty())
            row.user = credential.name;
        setDefinition(matrix);
    }
}

} // namespace zd
