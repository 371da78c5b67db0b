#include "exchangepanel.h"

#include "bodytexts.h"
#include "call/callsession.h"
#include "comparepanel.h"
#include "history/historystore.h"
#include "invoke/exchangetext.h"
#include "jsonviewer.h"
#include "lazypage.h"
#include "textview/largetextview.h"
#include "textview/workerlink.h"
#include "ui_exchangepanel.h"

#include <QLocale>
#include <QSaveFile>
#include <QThreadPool>
#include <utility>

namespace zd {

namespace {

const QString none = QStringLiteral("—");

} // namespace

ExchangePanel::ExchangePanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ExchangePanel>()), m_prompts(Prompts::dialogs(this))
{
    m_ui->setupUi(this);
    m_ui->comparisonLabel->setText(
        tr("Press Both clients to send the same customer ID through AnyServiceInvoker and JSONClient.") +
        u' ' + bothClientsCalls());
    m_treePage = new LazyPage([this](QWidget *parent) {
        auto *viewer = new JsonViewer(parent);
        if (const json::Value data = std::exchange(m_data, json::Value()); !data.isNull())
            viewer->setDocument(data);
        return viewer;
    });
    m_treePage->setObjectName(QStringLiteral("dataTreePage"));
    m_ui->rawTabs->insertTab(m_ui->rawTabs->indexOf(m_ui->rawResponseViewTab) + 1, m_treePage,
                             tr("Data &tree"));
    m_ui->saveBodyButton->setEnabled(false);
    connect(m_ui->saveBodyButton, &QPushButton::clicked, this, &ExchangePanel::saveResponseBody);
}

ExchangePanel::~ExchangePanel()
{
    stopRendering();
}

void ExchangePanel::setComparePanel(ComparePanel *panel)
{
    m_ui->rawTabs->insertTab(m_ui->rawTabs->indexOf(m_treePage) + 1, panel, tr("Co&mpare"));
}

JsonViewer *ExchangePanel::dataViewer() const
{
    return static_cast<JsonViewer *>(m_treePage->content());
}

void ExchangePanel::showData(const json::Value &data)
{
    if (!m_treePage->isBuilt()) {
        m_data = data; // the tree takes it when it is built
        return;
    }
    if (!data.isNull())
        dataViewer()->setDocument(data);
    else
        dataViewer()->clear();
}

void ExchangePanel::setPrompts(const Prompts &prompts)
{
    m_prompts = prompts;
}

void ExchangePanel::clear()
{
    stopRendering();
    m_last.reset();
    m_ui->requestView->clear();
    for (LargeTextView *view : {m_ui->responseView, m_ui->rawResponseView, m_ui->innerResponseView})
        view->clear();
    showData(json::Value());
    m_ui->saveBodyButton->setEnabled(false);
    setHistoryMark(QString());
}

void ExchangePanel::showRequest(const HttpRequestData &request)
{
    m_ui->requestView->setPlainText(requestText(request));
}

void ExchangePanel::stopRendering()
{
    if (m_rendering)
        m_rendering->cut();
    m_rendering.reset();
}

void ExchangePanel::showResult(const InvokeResult &result, const Outcome &outcome)
{
    stopRendering();
    m_last = result;
    const bool sent = result.error.kind != ErrorKind::Usage;
    m_ui->requestView->setPlainText(sent ? requestText(result.request) : QString());
    const bool inner = result.innerServiceResponse.has_value();
    if (!inner)
        m_ui->innerResponseView->setPlainText(
            result.client == ClientKind::AnyService
                ? tr("(none: this answer carries no response of the service; see Response)")
                : tr("(only AnyServiceInvoker responses have one)"));
    showData(result.data); // a scalar too: a string body shows as one row
    const bool received = result.response.status > 0;
    m_ui->saveBodyButton->setEnabled(received);

    if (!received) {
        m_ui->responseView->setPlainText(outcome.explanation);
        m_ui->rawResponseView->clear();
        if (inner)
            m_ui->innerResponseView->setPlainText(*result.innerServiceResponse);
        Q_EMIT responseShown();
        return;
    }
    if (result.response.body.size() <= RenderAtOnceBytes &&
        (!inner || result.innerServiceResponse->size() <= RenderAtOnceBytes)) {
        showTexts(renderBody(result), inner);
        return;
    }
    // Pretty-printed (and checked for text) by a worker; the head meanwhile.
    m_ui->responseView->setPlainText(responseHead(result.response) + u'\n' + tr("Formatting the body…"));
    m_ui->rawResponseView->setPlainText(tr("Reading the body…"));
    if (inner)
        m_ui->innerResponseView->clear();
    const std::shared_ptr<WorkerLink> link = WorkerLink::to(this);
    m_rendering = link;
    QThreadPool::globalInstance()->start([this, link, result, inner] {
        auto texts = std::make_shared<BodyTexts>(renderBody(result));
        link->post([this, link, texts, inner] {
            if (link->isCut()) // another result is shown since
                return;
            m_rendering.reset();
            showTexts(std::move(*texts), inner);
        });
    });
}

void ExchangePanel::showTexts(BodyTexts texts, bool withInner)
{
    if (texts.responseLines)
        m_ui->responseView->setSource(texts.response, std::move(*texts.responseLines));
    else
        m_ui->responseView->setSource(texts.response);
    m_ui->rawResponseView->setText(texts.raw);
    if (withInner)
        m_ui->innerResponseView->setText(texts.inner);
    Q_EMIT responseShown();
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
