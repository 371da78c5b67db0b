// MainWindow: the call history (the dock, recalling calls and showing them again) and Copy as.
#include "call/callsession.h"
#include "history/historyservice.h"
#include "historydock.h"
#include "invoke/snippets.h"
#include "jsonviewer.h"
#include "mainwindow.h"
#include "profile/profile.h"
#include "profilecontroller.h"
#include "prompts.h"
#include "resultpresenter.h"
#include "settings/settings.h"
#include "ui_mainwindow.h"
#include "windowmenus.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace zd {

void MainWindow::setHistory(HistoryService *history)
{
    m_history = history;
    m_session->setHistory(history, settings::HistoryMaxBodyBytes.get(*m_settings));
    m_historyDock = new HistoryDock(history, this);
    m_historyDock->setConfirm(m_prompts->confirm);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_menus->viewMenu()->addAction(m_historyDock->toggleViewAction());
    restoreState(settings::WindowState.get(*m_settings)); // the dock's place too
    m_historyDock->setCurrentProfile(m_profiles->current().id);
    connect(m_profiles, &ProfileController::passwordLoaded, m_historyDock,
            [this] { m_historyDock->setCurrentProfile(m_profiles->current().id); });
    connect(m_historyDock, &HistoryDock::entryOpened, this, [this](const HistoryEntry &entry) {
        LookupForm opened = entry.form;
        const LookupForm current = form();
        opened.password = current.password; // history never has it
        opened.tls = current.tls;
        opened.proxy = current.proxy;
        setForm(opened);
        Q_EMIT formEdited();
        showEntry(entry);
    });
    // Opened on the history's own thread (its integrity check never holds the window up).
    history->open(settings::HistoryMaxEntries.get(*m_settings), settings::HistoryMaxBytes.get(*m_settings),
                  this, [this](const QString &message) {
                      m_historyMessage = message;
                      m_historyDock->setUnavailable(message);
                      m_historyDock->refresh();
                      if (!message.isEmpty())
                          statusBar()->showMessage(message, 10000);
                  });
}

void MainWindow::showEntry(const HistoryEntry &entry)
{
    if (isCalling())
        return; // the call running now has the panels
    ++m_callNumber;
    m_fromHistory = true;
    const InvokeResult result = entry.storedResult();
    m_last = result;
    const bool rendered = presentResult(*m_ui, result, renderLimit());
    m_viewer->setDocument(result.data);
    m_largeBodyBar->setVisible(!rendered);
    const QString time = QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    m_historyBanner->setText(
        entry.bodyComplete()
            ? tr("From the history: the call of %1, as it was kept. Get customer calls again.").arg(time)
            : tr("From the history: the call of %1, as it was kept (the first %2 of its %3 bytes of "
                 "response body). Get customer calls again.")
                  .arg(time)
                  .arg(entry.responseBody.size())
                  .arg(entry.responseBytes));
    m_historyBanner->show();
    statusBar()->showMessage(tr("Opened the call of %1.").arg(time), 5000);
}

bool MainWindow::recallCall(int step)
{
    return m_historyDock && m_historyDock->recall(step);
}

void MainWindow::copyAs(Snippet snippet, bool includePassword)
{
    const LookupForm current = form();
    const QList<LookupForm::FieldError> errors = current.validate();
    showFieldErrors(errors);
    if (!errors.isEmpty()) {
        statusBar()->showMessage(tr("Nothing was copied: correct the marked fields."), 5000);
        return;
    }
    const CallSpec spec = current.toCallSpec();
    const SnippetOptions options{includePassword};
    const QString text = snippet == Snippet::Curl     ? curlCommand(current.client, spec, options)
                         : snippet == Snippet::Python ? pythonSnippet(current.client, spec, options)
                                                      : zatoServiceInvoke(spec);
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(includePassword
                                 ? tr("Copied, with the password.")
                                 : tr("Copied; the password is left out (ZATO_PASSWORD stands in)."),
                             5000);
}

} // namespace zd
