#include "matrixview.h"

#include "matrixmodel.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "ui_matrixview.h"

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
    connect(m_ui->importButton, &QPushButton::clicked, this, &MatrixView::importConfiguration);
    connect(m_ui->discoverButton, &QPushButton::clicked, this, &MatrixView::discoverFromServer);
    connect(m_ui->matrixTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MatrixView::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MatrixView::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MatrixView::updateDetails);
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
    const MatrixDefinition &matrix = m_model->definition();
    for (int row = 0; row < rows.size(); ++row) {
        const auto given = m_given.constFind(matrix.credentials.at(row).name);
        if (given != m_given.cend()) {
            credentials << *given;
            continue;
        }
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

void MatrixView::updateDetails()
{
    m_ui->detailsLabel->setText(m_model->details(m_ui->matrixTable->currentIndex()));
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
    m_given.clear();
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

} // namespace zd
