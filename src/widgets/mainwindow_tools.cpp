// MainWindow: the call history (the dock, recalling calls) and Copy as.
#include "history/historystore.h"
#include "historydock.h"
#include "invoke/snippets.h"
#include "mainwindow.h"
#include "profile/profile.h"
#include "profilecontroller.h"
#include "prompts.h"
#include "windowmenus.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace zd {

void MainWindow::setHistory(HistoryStore *store)
{
    m_history = store;
    m_historyDock = new HistoryDock(store, this);
    m_historyDock->setConfirm(m_prompts->confirm);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_menus->viewMenu()->addAction(m_historyDock->toggleViewAction());
    restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray()); // the dock's place too
    m_historyDock->setCurrentProfile(m_profiles->current().id);
    connect(m_profiles, &ProfileController::passwordLoaded, m_historyDock,
            [this] { m_historyDock->setCurrentProfile(m_profiles->current().id); });
    QTimer::singleShot(100, this, &MainWindow::openHistory);
    connect(m_historyDock, &HistoryDock::entryOpened, this, [this](const HistoryEntry &entry) {
        LookupForm opened = entry.form;
        const LookupForm current = form();
        opened.password = current.password; // history never has it
        opened.tls = current.tls;
        opened.proxy = current.proxy;
        setForm(opened);
        Q_EMIT formEdited();
        statusBar()->showMessage(tr("Opened the call of %1.")
                                     .arg(QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat)),
                                 5000);
    });
}

void MainWindow::openHistory()
{
    if (!m_history || m_historyOpened)
        return;
    m_historyOpened = true;
    m_historyMessage = m_history->isAvailable() ? QString() : m_history->open();
    m_history->setLimits(
        m_settings->value(QStringLiteral("history/maxEntries"), 1000).toLongLong(),
        m_settings->value(QStringLiteral("history/maxBytes"), 64LL * 1024 * 1024).toLongLong());
    m_historyDock->setUnavailable(m_historyMessage);
    m_historyDock->refresh();
    if (!m_historyMessage.isEmpty())
        statusBar()->showMessage(m_historyMessage, 10000);
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
