#include "comparepanel.h"

#include "call/callsession.h"
#include "view/jsondiff.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zd {

ComparePanel::ComparePanel(CallSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)),
      m_pin(new QPushButton(tr("&Pin this response"), this)), m_table(new QTableWidget(0, 4, this))
{
    m_summary->setObjectName(QStringLiteral("compareSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("Each response is compared with the previous one to the same call, or with a pinned "
           "one."));
    m_pin->setObjectName(QStringLiteral("pinResponseButton"));
    m_pin->setEnabled(false);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setHorizontalHeaderLabels({tr("Path"), tr("Change"), tr("Before"), tr("After")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 220);
    m_table->setColumnWidth(2, 260);
    connect(m_pin, &QPushButton::clicked, this, &ComparePanel::togglePin);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_pin, 0, Qt::AlignRight);
}

void ComparePanel::showReport(const CallReport &report)
{
    m_table->setRowCount(0);
    const InvokeResult &result = report.result;
    if (!result.ok || result.response.status <= 0) {
        m_summary->setText(tr("Only successful responses are compared."));
        return;
    }
    const std::optional<Baseline> &baseline = report.baseline;
    if (!baseline) {
        m_summary->setText(
            tr("No previous response to this call yet: the next one will be compared with this."));
    } else {
        constexpr int limit = 1000;
        const QList<JsonChange> changes = diffJson(baseline->data, result.data, limit);
        const QString time = QLocale().toString(baseline->time, QLocale::ShortFormat);
        const QString with = baseline->pinned
                                 ? tr("Compared with the pinned response of %1").arg(time)
                                 : tr("Compared with the previous response to this call, of %1").arg(time);
        m_summary->setText(
            changes.isEmpty() ? tr("%1: the data are equal.").arg(with)
            : changes.size() >= limit
                ? tr("%1: more than %2 differences; the first %2 are listed.").arg(with).arg(limit)
                : tr("%1: %n difference(s).", nullptr, int(changes.size())).arg(with));
        m_table->setRowCount(int(changes.size()));
        for (int row = 0; row < changes.size(); ++row) {
            const JsonChange &change = changes.at(row);
            const QString kind = change.kind == JsonChange::Kind::Added     ? tr("added")
                                 : change.kind == JsonChange::Kind::Removed ? tr("removed")
                                                                            : tr("changed");
            const QStringList cells = {change.path.isEmpty() ? tr("(the whole data)") : change.path, kind,
                                       QString::fromUtf8(change.before), QString::fromUtf8(change.after)};
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_pin->setEnabled(true);
}

void ComparePanel::togglePin()
{
    m_pin->setText(m_session->togglePin() ? tr("&Unpin") : tr("&Pin this response"));
}

bool ComparePanel::isPinned() const
{
    return m_session->isPinned();
}

QString ComparePanel::summary() const
{
    return m_summary->text();
}

} // namespace zd
