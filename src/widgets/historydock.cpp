#include "historydock.h"

#include "statuscolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zd {

namespace {

// A failed call's row in red text; the background is given too, so the pair always reads.
void colourRow(QTableWidget *table, int row, bool ok)
{
    const QPalette palette = table->palette();
    for (int column = 0; column < table->columnCount(); ++column) {
        QTableWidgetItem *item = table->item(row, column);
        if (!item)
            continue;
        item->setForeground(ok ? QBrush() : QBrush(errorTextColor(palette)));
        item->setBackground(ok ? QBrush() : palette.brush(QPalette::Base));
    }
}

} // namespace

HistoryDock::HistoryDock(HistoryStore *store, QWidget *parent)
    : QDockWidget(tr("History"), parent), m_store(store), m_filter(new QLineEdit), m_result(new QComboBox),
      m_client(new QComboBox), m_thisProfile(new QCheckBox(tr("This &profile only"))),
      m_table(new QTableWidget(0, 6)), m_message(new QLabel)
{
    setObjectName(QStringLiteral("historyDock"));
    m_filter->setObjectName(QStringLiteral("historyFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter: service, path, customer ID, CID, outcome"));
    m_filter->setClearButtonEnabled(true);
    m_result->addItems({tr("All results"), tr("OK"), tr("Not OK")});
    m_client->addItems({tr("All clients"), tr("AnyServiceInvoker"), tr("JSONClient"), tr("Zato 4 API")});
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Client"), tr("Call"), tr("Customer ID"), tr("Status"), tr("ms")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *open = new QPushButton(tr("&Open"));
    auto *clear = new QPushButton(tr("C&lear…"));

    connect(m_filter, &QLineEdit::textChanged, this, &HistoryDock::refresh);
    connect(m_result, &QComboBox::currentIndexChanged, this, &HistoryDock::refresh);
    connect(m_client, &QComboBox::currentIndexChanged, this, &HistoryDock::refresh);
    m_thisProfile->setObjectName(QStringLiteral("historyThisProfileCheck"));
    connect(m_thisProfile, &QCheckBox::toggled, this, &HistoryDock::refresh);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { openRow(row); });
    connect(open, &QPushButton::clicked, this, [this] { openRow(m_table->currentRow()); });
    connect(clear, &QPushButton::clicked, this, &HistoryDock::clearHistory);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_result);
    filters->addWidget(m_client);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(open);
    buttons->addWidget(clear);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_message);
    layout->addWidget(m_filter);
    layout->addLayout(filters);
    layout->addWidget(m_thisProfile);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setWidget(content);
    onPaletteChange(m_table, [this] {
        for (int row = 0; row < m_table->rowCount() && row < m_entries.size(); ++row)
            colourRow(m_table, row, m_entries.at(row).ok);
    });
    refresh();
}

void HistoryDock::setUnavailable(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void HistoryDock::setCurrentProfile(const QString &profileId)
{
    if (profileId == m_profileId)
        return;
    m_profileId = profileId;
    if (m_thisProfile->isChecked())
        refresh();
}

void HistoryDock::setThisProfileOnly(bool only)
{
    m_thisProfile->setChecked(only);
}

void HistoryDock::refresh()
{
    HistoryFilter filter;
    filter.text = m_filter->text().trimmed();
    if (m_result->currentIndex() > 0)
        filter.ok = m_result->currentIndex() == 1;
    if (m_client->currentIndex() > 0)
        filter.client = ClientKind(m_client->currentIndex() - 1);
    if (m_thisProfile->isChecked())
        filter.profileId = m_profileId;
    m_entries = m_store->list(filter);
    m_cursor = -1;
    m_table->setRowCount(int(m_entries.size()));
    const QLocale locale;
    for (int row = 0; row < m_entries.size(); ++row) {
        const HistoryEntry &entry = m_entries.at(row);
        const QString call = entry.form.client == ClientKind::Json ? entry.form.jsonPath
                             : entry.form.client == ClientKind::Api
                                 ? entry.form.apiPath + u'/' + entry.form.service
                                 : entry.form.service;
        const QStringList cells = {
            locale.toString(entry.time.toLocalTime(), QLocale::ShortFormat),
            clientKindName(entry.form.client),
            call,
            entry.form.customerId,
            entry.status > 0 ? QString::number(entry.status) + u' ' + entry.outcome : entry.outcome,
            QString::number(entry.elapsedMs, 'f', 1),
        };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        colourRow(m_table, row, entry.ok);
    }
}

void HistoryDock::openRow(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_cursor = row;
    m_table->selectRow(row);
    Q_EMIT entryOpened(m_entries.at(row));
}

bool HistoryDock::recall(int step)
{
    const int row = m_cursor < 0 ? (step > 0 ? 0 : -1) : m_cursor + step;
    if (row < 0 || row >= m_entries.size())
        return false;
    openRow(row);
    return true;
}

void HistoryDock::clearHistory()
{
    const QString title = tr("Clear history");
    const QString question = tr("Delete every call in the history?");
    if (m_confirm ? !m_confirm(title, question)
                  : QMessageBox::question(this, title, question) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_store->clear(&error))
        setUnavailable(tr("The history was not cleared: %1").arg(error));
    refresh();
}

} // namespace zd
