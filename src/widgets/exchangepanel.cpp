#include "exchangepanel.h"

#include "bodytexts.h"
#include "call/callsession.h"
#include "comparepanel.h"
#include "history/historystore.h"
#include "invoke/exchangetext.h"
#include "jsonviewer.h"
#include "settings/settings.h"
#include "ui_exchangepanel.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QPromise>
#include <QSaveFile>
#include <QSettings>
#include <QThreadPool>

namespace zd {

namespace {

const QString none = QStringLiteral("—");

} // namespace

ExchangePanel::ExchangePanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ExchangePanel>()), m_viewer(new JsonViewer(this)),
      m_prompts(Prompts::dialogs(this))
{
    m_ui->setupUi(this);
    m_ui->comparisonLabel->setText(
        tr("Press Both clients to send the same customer ID through AnyServiceInvoker and JSONClient.") +
        u' ' + bothClientsCalls());
    m_ui->rawTabs->insertTab(m_ui->rawTabs->indexOf(m_ui->rawResponseViewTab) + 1, m_viewer,
                             tr("Data &tree"));
    connect(m_ui->showAnywayButton, &QPushButton::clicked, this, &ExchangePanel::showLargeBodyAnyway);
    connect(m_ui->saveBodyButton, &QPushButton::clicked, this, &ExchangePanel::saveResponseBody);
}

ExchangePanel::~ExchangePanel() = default;

void ExchangePanel::setComparePanel(ComparePanel *panel)
{
    m_ui->rawTabs->insertTab(m_ui->rawTabs->indexOf(m_viewer) + 1, panel, tr("Co&mpare"));
}

void ExchangePanel::setPrompts(const Prompts &prompts)
{
    m_prompts = prompts;
}

qsizetype ExchangePanel::renderLimit() const
{
    return m_settings ? settings::RenderLimitBytes.get(*m_settings) : settings::RenderLimitBytes.defaultValue;
}

void ExchangePanel::askRenderLimit()
{
    const std::optional<QString> answer =
        m_prompts.text(tr("Largest body shown as text"),
                       tr("Bodies up to this many MB are rendered as text at once (larger ones when asked):"),
                       QString::number(double(renderLimit()) / 1048576.0));
    if (!answer || !m_settings)
        return;
    bool ok = false;
    const double mb = answer->trimmed().toDouble(&ok);
    if (!ok || mb <= 0 || mb > 1024) {
        m_prompts.tell(tr("Setting not changed"), tr("Enter a number of MB from 0.1 to 1024."));
        return;
    }
    settings::RenderLimitBytes.set(*m_settings, qint64(mb * 1048576.0));
}

void ExchangePanel::clear()
{
    ++m_shown;
    m_last.reset();
    for (QPlainTextEdit *view :
         {m_ui->requestView, m_ui->responseView, m_ui->rawResponseView, m_ui->innerResponseView})
        view->clear();
    m_viewer->clear();
    m_ui->largeBodyBar->hide();
    setHistoryMark(QString());
}

void ExchangePanel::showRequest(const HttpRequestData &request)
{
    m_ui->requestView->setPlainText(requestText(request));
}

void ExchangePanel::showResult(const InvokeResult &result, const Outcome &outcome)
{
    const qsizetype limit = renderLimit();
    ++m_shown;
    m_last = result;
    const bool sent = result.error.kind != ErrorKind::Usage;
    m_ui->requestView->setPlainText(sent ? requestText(result.request) : QString());
    if (!result.innerServiceResponse)
        m_ui->innerResponseView->setPlainText(
            result.client == ClientKind::AnyService
                ? tr("(none: this answer carries no response of the service; see Response)")
                : tr("(only AnyServiceInvoker responses have one)"));
    else if (result.innerServiceResponse->size() > limit)
        m_ui->innerResponseView->setPlainText(
            tr("(%1 characters: too large to show here; the data tree has all of it)")
                .arg(result.innerServiceResponse->size()));
    else
        m_ui->innerResponseView->setPlainText(*result.innerServiceResponse);
    m_viewer->setDocument(result.data);

    bool rendered = true;
    if (result.response.status <= 0) {
        m_ui->responseView->setPlainText(outcome.explanation);
        m_ui->rawResponseView->clear();
    } else if (result.response.body.size() > limit) {
        m_ui->responseView->setPlainText(responseHead(result.response));
        m_ui->rawResponseView->clear();
        rendered = false;
    } else {
        const BodyTexts texts = renderBody(result, MaxRenderedBodyChars);
        m_ui->responseView->setPlainText(texts.response);
        m_ui->rawResponseView->setPlainText(texts.raw);
    }
    m_ui->largeBodyLabel->setText(
        tr("The response body is %1 MB, more than the %2 MB shown at once, so it is not "
           "rendered as text: the data tree has all of it.")
            .arg(double(result.response.body.size()) / 1048576.0, 0, 'f', 1)
            .arg(double(limit) / 1048576.0, 0, 'f', 1));
    m_ui->largeBodyBar->setVisible(!rendered);
}

void ExchangePanel::markFromHistory(const HistoryEntry &entry)
{
    const QString time = QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    setHistoryMark(
        entry.bodyComplete()
            ? tr("From the history: the call of %1, as it was kept. Get customer calls again.").arg(time)
            : tr("From the history: the call of %1, as it was kept (the first %2 of its %3 bytes of "
                 "response body). Get customer calls again.")
                  .arg(time)
                  .arg(entry.responseBody.size())
                  .arg(entry.responseBytes));
}

void ExchangePanel::setHistoryMark(const QString &text)
{
    m_ui->historyBannerLabel->setText(text);
    m_ui->historyBannerLabel->setVisible(!text.isEmpty());
}

QString ExchangePanel::bothClientsCalls()
{
    constexpr int rounds = CallSession::DefaultBothRounds;
    return tr("One call through each client to compare their data, then, if both succeed, %1 more "
              "through each, alternating, to time them: %n call(s) in all, one at a time.",
              nullptr, CallSession::bothCalls(rounds))
        .arg(rounds);
}

void ExchangePanel::showComparisonStarted()
{
    m_ui->comparisonLabel->setText(tr("Calling both clients…") + u' ' + bothClientsCalls());
    m_ui->rawTabs->setCurrentWidget(m_ui->comparisonTab);
}

void ExchangePanel::showComparison(const BothReport &report)
{
    const ClientComparison &c = report.comparison;
    const ClientTiming &timing = c.timing;
    const auto fill = [this, &timing](int column, const CallReport &call,
                                      const std::optional<double> &serverMs, double medianMs) {
        const InvokeResult &result = call.result;
        const QString name = customerName(result);
        // The first call's time counts connecting: the median of the timed ones beside it.
        const QString time = timing.verdict == ClientTiming::Verdict::NotMeasured
                                 ? timingMs(result.elapsedMs)
                                 : tr("%1 (median of %2; the first call %3)")
                                       .arg(timingMs(medianMs))
                                       .arg(timing.rounds)
                                       .arg(timingMs(result.elapsedMs));
        const QStringList values = {
            name.isEmpty() ? none : name,
            call.outcome.kind == OutcomeClass::Success ? tr("ok") : call.outcome.explanation,
            result.response.status > 0 ? QString::number(result.response.status) : none,
            time,
            serverMs ? tr("%1 ms").arg(*serverMs) : tr("not sent"),
            result.response.status > 0 ? result.cid : none,
        };
        for (int row = 0; row < values.size(); ++row)
            m_ui->comparisonTable->setItem(row, column, new QTableWidgetItem(values.at(row)));
    };
    fill(0, report.any, c.anyServerMs, timing.anyMs);
    fill(1, report.json, c.jsonServerMs, timing.jsonMs);
    const QString verdict =
        !c.bothOk     ? tr("Not both calls succeeded, so the data cannot be compared.")
        : c.dataEqual ? tr("The data are equal (compared as JSON: key order and spacing do not matter).")
                      : tr("The data differ.");
    m_ui->comparisonLabel->setText(verdict + u' ' + describeTiming(c.timing));
}

void ExchangePanel::showLargeBodyAnyway()
{
    if (!m_last)
        return;
    m_ui->largeBodyLabel->setText(tr("Rendering the body…"));
    auto promise = std::make_shared<QPromise<BodyTexts>>();
    auto *watcher = new QFutureWatcher<BodyTexts>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, shown = m_shown] {
        watcher->deleteLater();
        if (shown != m_shown) // another result is shown since: its panels are not overwritten
            return;
        const BodyTexts texts = watcher->result();
        m_ui->responseView->setPlainText(texts.response);
        m_ui->rawResponseView->setPlainText(texts.raw);
        m_ui->largeBodyBar->hide();
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, result = *m_last] {
        promise->start();
        promise->addResult(renderBody(result, MaxRenderedBodyChars));
        promise->finish();
    });
}

void ExchangePanel::saveResponseBody()
{
    if (!m_last || m_last->response.status <= 0)
        return;
    const QString file = m_prompts.saveFile(tr("Save response body"), QStringLiteral("response-body"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    const QByteArray &body = m_last->response.body;
    if (!out.open(QIODevice::WriteOnly) || out.write(body) != body.size() || !out.commit()) {
        m_prompts.tell(tr("Body not saved"), tr("Cannot write %1: %2").arg(file, out.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("Saved %1 bytes to %2.").arg(body.size()).arg(file), 5000);
}

} // namespace zd
