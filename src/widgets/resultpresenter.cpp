#include "resultpresenter.h"

#include "invoke/exchangetext.h"
#include "invoke/outcome.h"
#include "lookup/lookupform.h"
#include "statuscolors.h"
#include "ui_mainwindow.h"
#include "view/bodykind.h"

#include <QCoreApplication>

namespace zd {

namespace {

struct PresenterText
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
};

QString cut(QString text, qsizetype maxChars, qsizetype bodyBytes)
{
    if (text.size() <= maxChars)
        return text;
    text.truncate(maxChars);
    return text + u'\n' +
           PresenterText::tr("[%n byte(s) in all; the first %1 are shown]", nullptr,
                             int(qMin<qsizetype>(bodyBytes, INT_MAX)))
               .arg(maxChars);
}

QString timeText(const InvokeResult &result)
{
    QString text = PresenterText::tr("%1 ms").arg(result.elapsedMs, 0, 'f', 1);
    if (result.serverTimeMs)
        text += u"  " + PresenterText::tr("(server: %1 ms)").arg(*result.serverTimeMs);
    return text;
}

} // namespace

void clearResult(Ui::MainWindow &ui)
{
    for (QLabel *label :
         {ui.customerNameLabel, ui.cidLabel, ui.responseTimeLabel, ui.statusLabel, ui.flagsLabel})
        label->setText(QStringLiteral("—"));
    ui.explanationLabel->clear();
    ui.copyCidButton->setEnabled(false);
    for (QPlainTextEdit *view : {ui.requestView, ui.responseView, ui.rawResponseView, ui.innerResponseView})
        view->clear();
}

bool presentResult(Ui::MainWindow &ui, const InvokeResult &result, qsizetype renderLimit)
{
    const Outcome outcome = explainOutcome(result);
    const bool sent = result.error.kind != ErrorKind::Usage;
    const QString name = customerName(result);
    ui.customerNameLabel->setText(name.isEmpty() ? QStringLiteral("—") : name);
    ui.cidLabel->setText(result.response.status > 0 ? result.cid : QStringLiteral("—"));
    ui.copyCidButton->setEnabled(result.response.status > 0);
    ui.responseTimeLabel->setText(sent ? timeText(result) : QStringLiteral("—"));
    ui.statusLabel->setText(result.response.status > 0 ? QString::number(result.response.status) + u' ' +
                                                             QString::fromLatin1(result.response.reason)
                                                       : QStringLiteral("—"));
    ui.flagsLabel->setText(PresenterText::tr("ok: %1, has_data: %2")
                               .arg(result.ok ? QStringLiteral("true") : QStringLiteral("false"),
                                    result.hasData ? QStringLiteral("true") : QStringLiteral("false")));
    const bool success = outcome.kind == OutcomeClass::Success;
    ui.explanationLabel->setText(outcome.explanation);
    setStatusRole(ui.explanationLabel, success ? StatusRole::None : StatusRole::Error);

    ui.requestView->setPlainText(sent ? requestText(result.request) : QString());
    if (!result.innerServiceResponse)
        ui.innerResponseView->setPlainText(PresenterText::tr("(only AnyServiceInvoker responses have one)"));
    else if (result.innerServiceResponse->size() > renderLimit)
        ui.innerResponseView->setPlainText(
            PresenterText::tr("(%1 characters: too large to show here; the data tree has all of it)")
                .arg(result.innerServiceResponse->size()));
    else
        ui.innerResponseView->setPlainText(*result.innerServiceResponse);
    if (result.response.status <= 0) {
        ui.responseView->setPlainText(outcome.explanation);
        ui.rawResponseView->clear();
        return true;
    }
    if (result.response.body.size() > renderLimit) {
        ui.responseView->setPlainText(responseHead(result.response));
        ui.rawResponseView->clear();
        return false;
    }
    showBodyTexts(ui, renderBody(result, MaxRenderedBodyChars));
    return true;
}

BodyTexts renderBody(const InvokeResult &result, qsizetype maxChars)
{
    BodyTexts texts;
    const HttpResponseData &response = result.response;
    const qsizetype size = response.body.size();
    if (isBinaryBody(response.body)) {
        texts.response =
            responseHead(response) + u'\n' +
            PresenterText::tr("(%1 bytes that are not UTF-8 text: shown as hex under Raw response)")
                .arg(size);
        texts.raw = hexDump(response.body, maxChars / 5);
        return texts;
    }
    texts.response =
        cut(responseHead(response) + u'\n' + prettyBody(response.body, result.document), maxChars, size);
    texts.raw = cut(QString::fromUtf8(response.body), maxChars, size);
    return texts;
}

void showBodyTexts(Ui::MainWindow &ui, const BodyTexts &texts)
{
    ui.responseView->setPlainText(texts.response);
    ui.rawResponseView->setPlainText(texts.raw);
}

} // namespace zd
