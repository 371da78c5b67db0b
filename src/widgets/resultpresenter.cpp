#include "resultpresenter.h"

#include "invoke/exchangetext.h"
#include "invoke/outcome.h"
#include "lookup/lookupform.h"
#include "ui_mainwindow.h"

#include <QCoreApplication>

namespace zd {

namespace {

struct PresenterText
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
};

QString shown(const QByteArray &body, const std::function<QString(const QByteArray &)> &render)
{
    if (body.size() <= MaxShownBodyBytes)
        return render(body);
    return render(body.left(MaxShownBodyBytes)) + u'\n' +
           PresenterText::tr("[%n byte(s) in all; the first %1 are shown]", nullptr, int(body.size()))
               .arg(MaxShownBodyBytes);
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

void presentResult(Ui::MainWindow &ui, const InvokeResult &result)
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
    ui.explanationLabel->setStyleSheet(success ? QString() : QStringLiteral("color: #b00020;"));

    ui.requestView->setPlainText(sent ? requestText(result.request) : QString());
    if (result.response.status > 0) {
        ui.responseView->setPlainText(responseHead(result.response) + u'\n' +
                                      shown(result.response.body, prettyBody));
        ui.rawResponseView->setPlainText(
            shown(result.response.body, [](const QByteArray &bytes) { return QString::fromUtf8(bytes); }));
    } else {
        ui.responseView->setPlainText(outcome.explanation);
        ui.rawResponseView->clear();
    }
    ui.innerResponseView->setPlainText(
        result.innerServiceResponse ? *result.innerServiceResponse
                                    : PresenterText::tr("(only AnyServiceInvoker responses have one)"));
}

} // namespace zd
