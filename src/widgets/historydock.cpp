#include "historydock.h"

#include "history/historyservice.h"
#include "historymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace zd {

HistoryDock::HistoryDock(HistoryService *history, QWidget *parent)
    : QDockWidget(tr("History"), parent), m_history(history), m_filter(new QLineEdit),
      m_result(new QComboBox), m_client(new QComboBox),
      m_thisProfile(new QCheckBox(tr("This &profile only"))), m_model(new HistoryModel(this)),
      m_table(new QTableView), m_message(new QLabel)
{
    setObjectName(QStringLiteral("historyDock"));
    m_filter->setObjectName(QStringLiteral("historyFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter: service, path, customer ID, CID, outcome"));
    m_filter->setClearButtonEnabled(true);
    m_result->addItems({tr("All results"), tr("OK"), tr("Not OK")});
    m_client->addItems({tr("All clients"), tr("AnyServiceInvoker"), tr("JSONClient"), tr("Invoke API")});
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *open = new QPushButton(tr("&Open"));
    auto *clear = new QPushButton(tr("C&lear…"));

    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(150);
    connect(&m_refreshSoon, &QTimer::timeout, this, &HistoryDock::refresh);
    connect(m_filter, &QLineEdit::textChanged, &m_refreshSoon, qOverload<>(&QTimer::start));
    // Calls recorded in a burst (load, Both clients) are listed once.
    connect(m_history, &HistoryService::changed, &m_refreshSoon, qOverload<>(&QTimer::start));
    connect(m_result, &QComboBox::currentIndexChanged, this, &HistoryDock::refresh);
    connect(m_client, &QComboBox::currentIndexChanged, this, &HistoryDock::refresh);
    m_thisProfile->setObjectName(QStringLiteral("historyThisProfileCheck"));
    connect(m_thisProfile, &QCheckBox::toggled, this, &HistoryDock::refresh);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(open, &QPushButton::clicked, this, [this] { openRow(m_table->currentIndex().row()); });
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
    refresh();
}

void HistoryDock::open(qint64 maxEntries, qint64 maxBytes)
{
    m_history->open(maxEntries, maxBytes, this, [this](const QString &message) {
        setUnavailable(message);
        refresh();
        Q_EMIT opened(message);
    });
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
    m_refreshSoon.stop();
    const quint64 request = ++m_request;
    m_history->list(filter, 1000, this, [this, request](const QList<HistoryEntry> &entries) {
        if (request != m_request) // a newer request is on its way
            return;
        ++m_refreshes;
        m_model->setEntries(entries);
        m_cursor = -1;
        Q_EMIT refreshed();
    });
}

void HistoryDock::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_cursor = row;
    m_table->selectRow(row);
    // The list has no bodies: the stored request and response come with the whole entry.
    const HistoryEntry listed = m_model->entries().at(row);
    m_history->get(listed.id, this, [this, listed](const std::optional<HistoryEntry> &entry) {
        Q_EMIT entryOpened(entry.value_or(listed));
    });
}

bool HistoryDock::recall(int step)
{
    const int row = m_cursor < 0 ? (step > 0 ? 0 : -1) : m_cursor + step;
    if (row < 0 || row >= m_model->rowCount())
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
    m_history->clear(this, [this](bool cleared, const QString &error) {
        if (!cleared)
            setUnavailable(tr("The history was not cleared: %1").arg(error));
        refresh();
    });
}

} // namespace zd
