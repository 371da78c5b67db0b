#include "resultpanel.h"

#include "lookup/lookupform.h"
#include "statuscolors.h"
#include "ui_resultpanel.h"

namespace zd {

namespace {

const QString none = QStringLiteral("—");

} // namespace

ResultPanel::ResultPanel(QWidget *parent) : QGroupBox(parent), m_ui(std::make_unique<Ui::ResultPanel>())
{
    m_ui->setupUi(this);
    connect(m_ui->copyCidButton, &QToolButton::clicked, this, &ResultPanel::copyCorrelationIdRequested);
    clear();
}

ResultPanel::~ResultPanel() = default;

void ResultPanel::clear()
{
    for (QLabel *label : {m_ui->customerNameLabel, m_ui->cidLabel, m_ui->responseTimeLabel, m_ui->statusLabel,
                          m_ui->flagsLabel})
        label->setText(none);
    m_ui->explanationLabel->clear();
    m_ui->copyCidButton->setEnabled(false);
    m_hasCid = false;
}

void ResultPanel::showResult(const InvokeResult &result, const Outcome &outcome)
{
    const bool sent = result.error.kind != ErrorKind::Usage;
    const bool answered = result.response.status > 0;
    const QString name = customerName(result);
    m_ui->customerNameLabel->setText(name.isEmpty() ? none : name);
    m_hasCid = answered;
    m_ui->cidLabel->setText(answered ? result.cid : none);
    m_ui->copyCidButton->setEnabled(answered);
    QString time = tr("%1 ms").arg(result.elapsedMs, 0, 'f', 1);
    if (result.serverTimeMs)
        time += u"  " + tr("(server: %1 ms)").arg(*result.serverTimeMs);
    m_ui->responseTimeLabel->setText(sent ? time : none);
    m_ui->statusLabel->setText(answered ? QString::number(result.response.status) + u' ' +
                                              QString::fromLatin1(result.response.reason)
                                        : none);
    m_ui->flagsLabel->setText(tr("ok: %1, has_data: %2")
                                  .arg(result.ok ? QStringLiteral("true") : QStringLiteral("false"),
                                       result.hasData ? QStringLiteral("true") : QStringLiteral("false")));
    m_ui->explanationLabel->setText(outcome.explanation);
    setStatusRole(m_ui->explanationLabel,
                  outcome.kind == OutcomeClass::Success ? StatusRole::None : StatusRole::Error);
}

void ResultPanel::showWaiting(double seconds)
{
    m_ui->responseTimeLabel->setText(tr("%1 s…").arg(seconds, 0, 'f', 1));
}

QString ResultPanel::correlationId() const
{
    return m_hasCid ? m_ui->cidLabel->text() : QString();
}

} // namespace zd
