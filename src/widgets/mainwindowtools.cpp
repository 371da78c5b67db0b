// The windows and copies the main window opens beside itself: the matrix, Get token, Check server,
// the correlation ID, Copy as and Save the response body.
#include "call/callsession.h"
#include "exchangepanel.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "prompts.h"
#include "resultpanel.h"
#include "servercheckdialog.h"
#include "tokendialog.h"
#include "ui_mainwindow.h"

#include <QClipboard>
#include <QGuiApplication>

namespace zd {

MatrixView *MainWindow::openMatrix()
{
    auto *view = new MatrixView(m_secrets, m_store, this);
    view->setObjectName(QStringLiteral("matrixView"));
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setDefaultAddress(form().address.trimmed());
    view->show();
    return view;
}

void MainWindow::openTokenDialog()
{
    auto *dialog = new TokenDialog(this);
    dialog->setObjectName(QStringLiteral("tokenDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->fetch(m_session->tokens(), form().toCallSpec());
    dialog->show();
}

void MainWindow::openServerCheck()
{
    auto *dialog = new ServerCheckDialog(this);
    dialog->setObjectName(QStringLiteral("serverCheckDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const LookupForm current = form();
    const auto [user, password] = current.credential(ClientKind::Api);
    dialog->setServer(current.address.trimmed(), user, password);
    dialog->show();
}

void MainWindow::copyCorrelationId()
{
    const QString cid = m_ui->resultGroup->correlationId();
    if (cid.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(cid);
    statusBar()->showMessage(tr("Correlation ID copied."), 3000);
}

void MainWindow::copyAs(SnippetKind snippet, bool includePassword)
{
    const LookupForm current = form();
    const QList<LookupForm::FieldError> errors = current.validate();
    showFieldErrors(errors);
    if (!errors.isEmpty()) {
        statusBar()->showMessage(tr("Nothing was copied: correct the marked fields."), 5000);
        return;
    }
    QGuiApplication::clipboard()->setText(
        zd::snippet(snippet, current.client, current.toCallSpec(), SnippetOptions{includePassword}));
    statusBar()->showMessage(includePassword
                                 ? tr("Copied, with the password.")
                                 : tr("Copied; the password is left out (ZATO_PASSWORD stands in)."),
                             5000);
}

JsonViewer *MainWindow::dataViewer() const
{
    return m_ui->exchangePanel->dataViewer();
}

void MainWindow::saveResponseBody()
{
    m_ui->exchangePanel->saveResponseBody();
}

} // namespace zd
