#include "requesteditor.h"

#include "hardening/boundedread.h"
#include "ui_requesteditor.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableWidget>

namespace zd {

namespace {

const char *const methods[] = {"GET", "POST", "PUT", "PATCH", "DELETE"};

void setUpTable(QTableWidget *table)
{
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({RequestEditor::tr("Name"), RequestEditor::tr("Value")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

RequestEditor::RequestEditor(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::RequestEditor>())
{
    m_ui->setupUi(this);
    for (const char *method : methods)
        m_ui->methodCombo->addItem(QString::fromLatin1(method));
    m_ui->methodCombo->setCurrentText(QStringLiteral("POST"));
    m_ui->modeCombo->addItem(tr("JSON"));
    m_ui->modeCombo->addItem(tr("Raw text"));
    m_ui->payloadEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->payloadEdit->setMinimumHeight(3 * m_ui->payloadEdit->fontMetrics().lineSpacing());
    m_ui->payloadEdit->setPlaceholderText(
        tr("Empty: the customer lookup's {\"cust_id\": …} is sent. For no body at all, choose Raw text."));
    setUpTable(m_ui->headersTable);
    setUpTable(m_ui->queryTable);
    m_openFile = [this](const QString &title) { return QFileDialog::getOpenFileName(this, title); };

    m_check.setSingleShot(true);
    m_check.setInterval(400);
    connect(&m_check, &QTimer::timeout, this, &RequestEditor::checkPayload);
    connect(m_ui->payloadEdit, &QPlainTextEdit::textChanged, this, &RequestEditor::payloadEdited);
    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            Q_EMIT edited();
    });
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool json = m_ui->modeCombo->currentIndex() == 0;
        m_ui->prettyButton->setEnabled(json);
        m_ui->compactButton->setEnabled(json);
        checkPayload();
        if (!m_filling)
            Q_EMIT edited();
    });
    connect(m_ui->prettyButton, &QPushButton::clicked, this, [this] { reformat(true); });
    connect(m_ui->compactButton, &QPushButton::clicked, this, [this] { reformat(false); });
    connect(m_ui->loadFileButton, &QPushButton::clicked, this, &RequestEditor::loadFile);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &RequestEditor::sendRequested);
    connect(m_ui->addHeaderButton, &QPushButton::clicked, this,
            [this] { addRow(m_ui->headersTable, QString(), QString(), true); });
    connect(m_ui->removeHeaderButton, &QPushButton::clicked, this, [this] { removeRow(m_ui->headersTable); });
    connect(m_ui->addQueryButton, &QPushButton::clicked, this,
            [this] { addRow(m_ui->queryTable, QString(), QString(), std::nullopt); });
    connect(m_ui->removeQueryButton, &QPushButton::clicked, this, [this] { removeRow(m_ui->queryTable); });
    for (QTableWidget *table : {m_ui->headersTable, m_ui->queryTable}) {
        connect(table, &QTableWidget::itemChanged, this, [this] {
            if (!m_filling)
                Q_EMIT edited();
        });
    }
    setPath(QString());
}

RequestEditor::~RequestEditor() = default;

void RequestEditor::setRequest(const RequestDraft &request)
{
    m_filling = true;
    m_ui->methodCombo->setCurrentText(methodKey(request.method));
    m_ui->modeCombo->setCurrentIndex(request.mode == RequestDraft::Mode::Raw ? 1 : 0);
    if (m_ui->payloadEdit->toPlainText() != request.payload)
        m_ui->payloadEdit->setPlainText(request.payload);
    m_ui->headersTable->setRowCount(0);
    for (const HeaderRow &header : request.headers)
        addRow(m_ui->headersTable, header.name, header.value, header.enabled);
    m_ui->queryTable->setRowCount(0);
    for (const NamedValue &param : request.query)
        addRow(m_ui->queryTable, param.name, param.value, std::nullopt);
    for (const NamedValue &param : request.pathParams)
        m_pathValues.insert(param.name, param.value);
    for (auto it = m_pathEdits.cbegin(); it != m_pathEdits.cend(); ++it)
        it.value()->setText(m_pathValues.value(it.key()));
    m_filling = false;
    checkPayload();
}

RequestDraft RequestEditor::request() const
{
    RequestDraft request;
    request.method = m_ui->methodCombo->currentText().toLatin1();
    if (request.method == "POST")
        request.method.clear(); // the clients' own
    request.mode = m_ui->modeCombo->currentIndex() == 1 ? RequestDraft::Mode::Raw : RequestDraft::Mode::Json;
    request.payload = m_ui->payloadEdit->toPlainText();
    for (int row = 0; row < m_ui->headersTable->rowCount(); ++row) {
        const QTableWidgetItem *name = m_ui->headersTable->item(row, 0);
        request.headers.append({cell(m_ui->headersTable, row, 0), cell(m_ui->headersTable, row, 1),
                                !name || name->checkState() == Qt::Checked});
    }
    for (int row = 0; row < m_ui->queryTable->rowCount(); ++row)
        request.query.append({cell(m_ui->queryTable, row, 0), cell(m_ui->queryTable, row, 1)});
    for (const QString &name : m_placeholders)
        request.pathParams.append({name, m_pathEdits.value(name)->text()});
    return request;
}

void RequestEditor::setPath(const QString &path)
{
    const QStringList names = pathPlaceholders(path);
    if (names == m_placeholders && !m_pathEdits.isEmpty())
        return;
    for (QLineEdit *edit : std::as_const(m_pathEdits))
        m_ui->pathParamsLayout->removeRow(edit);
    m_pathEdits.clear();
    m_placeholders = names;
    for (const QString &name : names) {
        auto *edit = new QLineEdit(m_pathValues.value(name), this);
        edit->setObjectName(u"pathParamEdit_" + name);
        edit->setAccessibleName(tr("Value of {%1}").arg(name));
        connect(edit, &QLineEdit::textEdited, this, [this, name](const QString &text) {
            m_pathValues.insert(name, text);
            Q_EMIT edited();
        });
        m_ui->pathParamsLayout->addRow(u'{' + name + u"}:", edit);
        m_pathEdits.insert(name, edit);
    }
    m_ui->noPlaceholdersLabel->setVisible(names.isEmpty());
    m_ui->partTabs->setTabText(m_ui->partTabs->indexOf(m_ui->pathTab),
                               names.isEmpty() ? tr("Path") : tr("Path (%1)").arg(names.size()));
}

void RequestEditor::setCustomerId(const QString &customerId)
{
    if (m_ui->modeCombo->currentIndex() != 0)
        return;
    const QString payload = m_ui->payloadEdit->toPlainText();
    const std::optional<QString> current = customerIdOf(payload);
    if ((payload.trimmed().isEmpty() || current) && current != customerId.trimmed()) {
        m_filling = true;
        m_ui->payloadEdit->setPlainText(customerPayload(customerId.trimmed()));
        m_filling = false;
        checkPayload();
    }
}

void RequestEditor::payloadEdited()
{
    if (m_filling)
        return;
    m_check.start();
    if (m_ui->modeCombo->currentIndex() == 0) {
        if (const std::optional<QString> id = customerIdOf(m_ui->payloadEdit->toPlainText()))
            Q_EMIT customerIdEdited(*id);
    }
    Q_EMIT edited();
}

void RequestEditor::checkPayload()
{
    m_check.stop();
    RequestDraft draft;
    draft.mode = m_ui->modeCombo->currentIndex() == 1 ? RequestDraft::Mode::Raw : RequestDraft::Mode::Json;
    draft.payload = m_ui->payloadEdit->toPlainText();
    const QList<RequestDraft::Problem> problems = draft.validate(QString());
    const QString message = problems.isEmpty() ? QString() : problems.constFirst().message;
    m_ui->payloadErrorLabel->setText(message);
    m_ui->payloadErrorLabel->setVisible(!message.isEmpty());
    m_ui->payloadEdit->setAccessibleDescription(message);
}

void RequestEditor::reformat(bool pretty)
{
    const QString text = m_ui->payloadEdit->toPlainText();
    const std::optional<QString> laidOut = pretty ? prettyJson(text) : compactJson(text);
    if (!laidOut) {
        checkPayload(); // says where the JSON is wrong
        m_ui->payloadEdit->setFocus();
        return;
    }
    QTextCursor cursor(m_ui->payloadEdit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(*laidOut); // one step of Undo
}

void RequestEditor::loadFile()
{
    const QString fileName = m_openFile(tr("Load the payload from a file"));
    if (fileName.isEmpty())
        return;
    const BoundedRead read = readFileBounded(fileName, MaxPayloadFileBytes, Fifo::Refused);
    if (!read.ok()) {
        m_ui->partTabs->setCurrentWidget(m_ui->payloadTab);
        m_ui->payloadErrorLabel->setText(tr("Cannot load %1: %2").arg(fileName, read.error));
        m_ui->payloadErrorLabel->setVisible(true);
        return;
    }
    m_ui->partTabs->setCurrentWidget(m_ui->payloadTab);
    m_ui->payloadEdit->setPlainText(QString::fromUtf8(read.bytes));
    checkPayload();
}

bool RequestEditor::showErrors(const QList<LookupForm::FieldError> &errors, bool focus)
{
    const auto error = std::find_if(errors.cbegin(), errors.cend(), [](const LookupForm::FieldError &e) {
        return e.field == LookupForm::Field::Request && e.request;
    });
    if (error == errors.cend()) {
        showPartError(QString());
        checkPayload();
        return false;
    }
    const RequestDraft::Problem &problem = *error->request;
    switch (problem.part) {
    case RequestDraft::Part::Payload: {
        showPartError(QString());
        m_ui->partTabs->setCurrentWidget(m_ui->payloadTab);
        m_ui->payloadErrorLabel->setText(problem.message);
        m_ui->payloadErrorLabel->setVisible(true);
        m_ui->payloadEdit->setAccessibleDescription(problem.message);
        QTextCursor cursor = m_ui->payloadEdit->textCursor();
        cursor.setPosition(int(std::max<qsizetype>(problem.offset, 0)));
        m_ui->payloadEdit->setTextCursor(cursor);
        if (focus)
            m_ui->payloadEdit->setFocus();
        break;
    }
    case RequestDraft::Part::Headers:
    case RequestDraft::Part::Query: {
        QTableWidget *table =
            problem.part == RequestDraft::Part::Headers ? m_ui->headersTable : m_ui->queryTable;
        m_ui->partTabs->setCurrentWidget(problem.part == RequestDraft::Part::Headers ? m_ui->headersTab
                                                                                     : m_ui->queryTab);
        showPartError(problem.message);
        table->setCurrentCell(problem.row, 0);
        if (focus)
            table->setFocus();
        break;
    }
    case RequestDraft::Part::PathParams:
        m_ui->partTabs->setCurrentWidget(m_ui->pathTab);
        showPartError(problem.message);
        for (const QString &name : std::as_const(m_placeholders)) {
            if (m_pathEdits.value(name)->text().isEmpty()) {
                if (focus)
                    m_pathEdits.value(name)->setFocus();
                break;
            }
        }
        break;
    }
    return true;
}

void RequestEditor::setCalling(bool calling)
{
    m_ui->sendButton->setEnabled(!calling);
}

void RequestEditor::addRow(QTableWidget *table, const QString &name, const QString &value,
                           std::optional<bool> enabled)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    if (enabled) {
        nameItem->setFlags(nameItem->flags() | Qt::ItemIsUserCheckable);
        nameItem->setCheckState(*enabled ? Qt::Checked : Qt::Unchecked);
        nameItem->setToolTip(tr("Sent when checked"));
    }
    table->setItem(row, 0, nameItem);
    table->setItem(row, 1, new QTableWidgetItem(value));
    m_filling = filling;
    if (!m_filling) {
        table->setCurrentCell(row, 0);
        table->editItem(nameItem);
        Q_EMIT edited();
    }
}

void RequestEditor::removeRow(QTableWidget *table)
{
    const int row = table->currentRow();
    if (row < 0)
        return;
    table->removeRow(row);
    Q_EMIT edited();
}

void RequestEditor::showPartError(const QString &message)
{
    m_ui->partErrorLabel->setText(message);
    m_ui->partErrorLabel->setVisible(!message.isEmpty());
}

} // namespace zd
