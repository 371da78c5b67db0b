#include "mainwindow.h"

#include "call/callsession.h"
#include "comparepanel.h"
#include "connectionpanel.h"
#include "exchangepanel.h"
#include "history/historyservice.h"
#include "historydock.h"
#include "invoke/callcheck.h"
#include "invoke/networkpool.h"
#include "lookuppanel.h"
#include "matrixview.h"
#include "profile/savedrequests.h"
#include "profilecontroller.h"
#include "prompts.h"
#include "requesteditor.h"
#include "resultpanel.h"
#include "savedrequestsbar.h"
#include "settings/formsettings.h"
#include "settings/settings.h"
#include "ui_mainwindow.h"
#include "windowmenus.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace zd {

MainWindow::MainWindow(QNetworkAccessManager *network, QSettings *settings, ProfileStore *profiles,
                       SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_settings(settings),
      m_networks(new NetworkPool(network, NetworkPool::Mode::PerProxy, this)),
      m_session(new CallSession(m_networks, this)), m_store(profiles), m_secrets(secrets),
      m_elapsed(new QTimer(this)), m_prompts(std::make_unique<Prompts>(Prompts::dialogs(this)))
{
    m_ui->setupUi(this);
    ConnectionPanel *connection = m_ui->connectionGroup;
    LookupPanel *lookup = m_ui->callGroup;
    connect(connection, &ConnectionPanel::edited, this, &MainWindow::formEdited);
    connect(connection, &ConnectionPanel::tokenRequested, this, &MainWindow::openTokenDialog);
    connect(lookup, &LookupPanel::edited, this, &MainWindow::formEdited);
    connect(lookup, &LookupPanel::invokeRequested, this, &MainWindow::invoke);
    connect(lookup, &LookupPanel::cancelRequested, this, &MainWindow::cancel);
    connect(lookup, &LookupPanel::compareRequested, this, &MainWindow::compareClients);
    connect(lookup, &LookupPanel::matrixRequested, this, &MainWindow::openMatrix);
    RequestEditor *editor = m_ui->requestEditor;
    connect(editor, &RequestEditor::edited, this, &MainWindow::formEdited);
    connect(editor, &RequestEditor::sendRequested, this, &MainWindow::invoke);
    connect(editor, &RequestEditor::customerIdEdited, this, [this](const QString &id) {
        LookupForm current = form();
        current.customerId = m_customerId = id;
        m_ui->callGroup->setLookup(current);
    });
    connect(this, &MainWindow::formEdited, this, &MainWindow::followForm);
    connect(m_ui->resultGroup, &ResultPanel::copyCorrelationIdRequested, this,
            &MainWindow::copyCorrelationId);
    connect(m_ui->resultGroup, &ResultPanel::saveBodyToFileRequested, this, &MainWindow::invokeSavingBody);
    m_compare = new ComparePanel(m_session, this);
    m_ui->exchangePanel->setComparePanel(m_compare);
    connect(m_ui->exchangePanel, &ExchangePanel::statusMessage, statusBar(), &QStatusBar::showMessage);

    m_session->setMaxBodyBytes(settings::MaxBodyBytes.get(*m_settings));
    connect(m_session, &CallSession::sent, this, &MainWindow::onSent);
    connect(m_session, &CallSession::finished, this, &MainWindow::onFinished);
    connect(m_session, &CallSession::bothFinished, this, &MainWindow::onBothFinished);
    connect(m_session, &CallSession::historyFailed, this, [this](const QString &error) {
        if (m_historyDock)
            m_historyDock->setUnavailable(tr("This call was not recorded in the history: %1").arg(error));
    });
    m_elapsed->setInterval(100);
    connect(m_elapsed, &QTimer::timeout, this, [this] {
        m_ui->resultGroup->showWaiting(double(QDateTime::currentMSecsSinceEpoch() - m_sentAt) / 1000.0);
    });
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // moving: how long a call takes is not known
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    restoreSettings();

    m_profiles = new ProfileController(
        this, connection, {[this] { return form(); }, [this](const LookupForm &f) { setForm(f); }}, profiles,
        secrets, settings);
    connect(m_profiles, &ProfileController::titleChanged, this, &QMainWindow::setWindowTitle);
    m_requests = new SavedRequestsBar(profiles,
                                      {[this] { return form(); },
                                       [this](const LookupForm &f) {
                                           setForm(f);
                                           Q_EMIT formEdited();
                                       },
                                       [this] { return m_profiles->current(); }, [this] { invoke(); }},
                                      m_ui->requestPage);
    m_ui->requestPageLayout->insertWidget(0, m_requests);
    connect(m_requests, &SavedRequestsBar::message, statusBar(), &QStatusBar::showMessage);
    connect(m_profiles, &ProfileController::titleChanged, m_requests, &SavedRequestsBar::followProfile);
    connect(this, &MainWindow::formEdited, m_profiles, &ProfileController::updateModified);
    m_profiles->updateModified();
    m_menus = new WindowMenus(this, m_profiles->menu(), settings);
    m_menus->setSecrets(secrets);
    connectMenus();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectMenus()
{
    connect(m_menus, &WindowMenus::invokeRequested, this, &MainWindow::invoke);
    connect(m_menus, &WindowMenus::cancelRequested, this, &MainWindow::cancel);
    connect(m_menus, &WindowMenus::compareRequested, this, &MainWindow::compareClients);
    connect(m_menus, &WindowMenus::matrixRequested, this, &MainWindow::openMatrix);
    connect(m_menus, &WindowMenus::importConfigurationRequested, this,
            [this] { openMatrix()->importConfiguration(); });
    connect(m_menus, &WindowMenus::discoverRequested, this, [this] { openMatrix()->discoverFromServer(); });
    connect(m_menus, &WindowMenus::serverCheckRequested, this, &MainWindow::openServerCheck);
    connect(m_menus, &WindowMenus::connectionSettingsRequested, this, &MainWindow::openConnectionSettings);
    connect(m_menus, &WindowMenus::copyCorrelationIdRequested, this, &MainWindow::copyCorrelationId);
    connect(m_menus, &WindowMenus::recallRequested, this, &MainWindow::recallCall);
    connect(m_menus, &WindowMenus::copyAsRequested, this, &MainWindow::copyAs);
}

namespace {

// The path whose {name} placeholders the Request tab fills: the channel's (the dispatcher has none).
QString requestPath(const LookupForm &form)
{
    return form.client == ClientKind::AnyService ? QString() : clientPath(form, form.client);
}

} // namespace

void MainWindow::setForm(const LookupForm &form)
{
    m_ui->connectionGroup->setConnection(form);
    m_ui->callGroup->setLookup(form);
    m_customerId = form.customerId;
    m_ui->requestEditor->setPath(requestPath(form));
    m_ui->requestEditor->setRequest(form.effectiveRequest());
}

void MainWindow::followForm()
{
    const LookupForm current = form();
    m_ui->requestEditor->setPath(requestPath(current));
    if (current.customerId != m_customerId) {
        m_customerId = current.customerId;
        m_ui->requestEditor->setCustomerId(current.customerId);
    }
}

LookupForm MainWindow::form() const
{
    LookupForm form;
    m_ui->connectionGroup->fillForm(form);
    m_ui->callGroup->fillForm(form);
    form.request = m_ui->requestEditor->request();
    return form;
}

void MainWindow::setPrompts(const Prompts &prompts)
{
    *m_prompts = prompts;
    m_ui->exchangePanel->setPrompts(prompts);
    if (m_historyDock)
        m_historyDock->setConfirm(prompts.confirm);
    m_profiles->setPrompts(prompts);
    m_requests->setPrompts(prompts);
    m_ui->requestEditor->setOpenFile(prompts.openFile);
}

void MainWindow::openConnectionSettings()
{
    m_ui->connectionGroup->openSettings(); // edited() follows a change
}

void MainWindow::invoke()
{
    startLookup(QString());
}

void MainWindow::invokeSavingBody()
{
    if (isCalling())
        return;
    const QString file = m_prompts->saveFile(tr("Save the response body"), QStringLiteral("response.json"));
    if (!file.isEmpty())
        startLookup(file);
}

void MainWindow::startLookup(const QString &bodyFile)
{
    if (isCalling())
        return;
    openServices(); // the history records this call
    const LookupForm current = form();
    const Profile &profile = m_profiles->current();
    m_session->setProfile(profile.id, profile.name);
    const Started started = m_session->start(current, bodyFile);
    showFieldErrors(started.errors);
    if (!started.errors.isEmpty()) {
        statusBar()->showMessage(tr("Nothing was sent: correct the marked fields."), 5000);
        return;
    }
    m_current = started.number;
    m_fromHistory = false;
    m_ui->resultGroup->clear();
    m_ui->exchangePanel->clear();
    setCalling(true);
    saveLookupForm(*m_settings, current); // the fields as last used, never the password
    statusBar()->showMessage(tr("Calling %1…").arg(clientKindName(current.client)));
}

void MainWindow::cancel()
{
    if (isCalling())
        m_session->cancel();
}

void MainWindow::compareClients()
{
    if (m_comparing)
        return;
    openServices();
    const Profile &profile = m_profiles->current();
    m_session->setProfile(profile.id, profile.name);
    const QList<LookupForm::FieldError> errors = m_session->startBoth(form()).errors;
    showFieldErrors(errors);
    if (!errors.isEmpty()) {
        statusBar()->showMessage(tr("Nothing was sent: correct the marked fields."), 5000);
        return;
    }
    m_comparing = true;
    m_ui->exchangePanel->showComparisonStarted();
}

void MainWindow::onSent(quint64 number, const HttpRequestData &request)
{
    if (number != m_current)
        return;
    // The request as it went out, while the answer is awaited; the time counts until it comes.
    m_ui->exchangePanel->showRequest(request);
    m_sentAt = QDateTime::currentMSecsSinceEpoch();
    m_elapsed->start();
}

void MainWindow::onFinished(const CallReport &report)
{
    if (report.number != m_current)
        return; // one of Both clients, reported by onBothFinished()
    m_current = 0;
    m_elapsed->stop();
    setCalling(false);
    const InvokeResult &result = report.result;
    m_ui->resultGroup->showResult(result, report.outcome);
    m_ui->exchangePanel->showResult(result, report.outcome);
    m_compare->showReport(report);
    statusBar()->showMessage(result.error.kind == ErrorKind::Cancelled ? tr("Cancelled.")
                             : result.ok                               ? tr("Done.")
                                                                       : tr("Done: not ok."),
                             5000);
    if (const QString expected = m_requests->checkExpected(result); !expected.isEmpty())
        statusBar()->showMessage(expected, 10000);
    Q_EMIT callFinished(result);
}

void MainWindow::onBothFinished(const BothReport &report)
{
    m_comparing = false;
    m_ui->exchangePanel->showComparison(report);
    Q_EMIT comparisonFinished();
}

void MainWindow::showFieldErrors(const QList<LookupForm::FieldError> &errors)
{
    const bool connectionMarked = m_ui->connectionGroup->showErrors(errors);
    m_ui->callGroup->showErrors(errors, !connectionMarked);
    const auto marked = [&errors](LookupForm::Field field) {
        return std::any_of(errors.cbegin(), errors.cend(),
                           [field](const LookupForm::FieldError &e) { return e.field == field; });
    };
    const bool customerMarked = marked(LookupForm::Field::CustomerId);
    if (customerMarked && !connectionMarked)
        m_ui->callTabs->setCurrentWidget(m_ui->lookupPage);
    const bool focusRequest = !connectionMarked && !customerMarked;
    if (focusRequest && marked(LookupForm::Field::Request))
        m_ui->callTabs->setCurrentWidget(m_ui->requestPage);
    m_ui->requestEditor->showErrors(errors, focusRequest);
}

void MainWindow::setCalling(bool calling)
{
    m_ui->callGroup->setCalling(calling);
    m_ui->requestEditor->setCalling(calling);
    m_busy->setVisible(calling); // receiving and reading, however long; Esc cancels
}

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
    connect(m_historyDock, &HistoryDock::entryOpened, this, &MainWindow::showEntry);
    if (m_servicesOpen)
        openHistory();
}

void MainWindow::openServices()
{
    if (m_servicesOpen)
        return;
    m_servicesOpen = true;
    m_profiles->loadCurrentSecrets();
    if (m_history)
        openHistory();
}

void MainWindow::openHistory()
{
    // Opened on the history's own thread (its integrity check never holds the window up).
    m_history->open(settings::HistoryMaxEntries.get(*m_settings), settings::HistoryMaxBytes.get(*m_settings),
                    this, [this](const QString &message) {
                        m_historyMessage = message;
                        m_historyDock->setUnavailable(message);
                        m_historyDock->refresh();
                        if (!message.isEmpty())
                            statusBar()->showMessage(message, 10000);
                    });
}

bool MainWindow::recallCall(int step)
{
    return m_historyDock && m_historyDock->recall(step);
}

// A call opened from the history: its form (with the password and connection settings kept from
// the form), and, unless a call is running, its stored request and response in the panels.
void MainWindow::showEntry(const HistoryEntry &entry)
{
    LookupForm opened = entry.reopened(form());
    opened.request = savedRequestFromHistory(entry, QString()).request;
    setForm(opened);
    m_requests->setHistoryEntry(entry);
    Q_EMIT formEdited();
    const QString time = QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    statusBar()->showMessage(tr("Opened the call of %1.").arg(time), 5000);
    if (isCalling())
        return;
    m_fromHistory = true;
    const InvokeResult result = entry.storedResult();
    const Outcome outcome = explainOutcome(result);
    m_ui->resultGroup->showResult(result, outcome);
    m_ui->exchangePanel->showResult(result, outcome);
    m_ui->exchangePanel->markFromHistory(entry);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_profiles->mayClose()) { // unsaved profile changes, and the user chose to stay
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    restoreGeometry(settings::WindowGeometry.get(*m_settings));
    restoreState(settings::WindowState.get(*m_settings));
    m_ui->mainSplitter->restoreState(settings::WindowSplitter.get(*m_settings));
    setForm(savedLookupForm(*m_settings));
}

void MainWindow::saveSettings() const
{
    settings::WindowGeometry.set(*m_settings, saveGeometry());
    settings::WindowState.set(*m_settings, saveState());
    settings::WindowSplitter.set(*m_settings, m_ui->mainSplitter->saveState());
    saveLookupForm(*m_settings, form());
}

} // namespace zd
