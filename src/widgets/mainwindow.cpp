#include "mainwindow.h"

#include "call/callsession.h"
#include "comparepanel.h"
#include "connectiondialog.h"
#include "historydock.h"
#include "invoke/exchangetext.h"
#include "invoke/networkpool.h"
#include "invoke/outcome.h"
#include "jsonviewer.h"
#include "matrixview.h"
#include "profile/profile.h"
#include "profilecontroller.h"
#include "prompts.h"
#include "rbac/compare.h"
#include "resultpresenter.h"
#include "settings/settings.h"
#include "ui_mainwindow.h"
#include "windowmenus.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QGuiApplication>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidgetItem>
#include <QTimer>

namespace zd {

MainWindow::MainWindow(QNetworkAccessManager *network, QSettings *settings, ProfileStore *profiles,
                       SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_settings(settings),
      m_networks(new NetworkPool(network, NetworkPool::Mode::PerProxy, this)),
      m_session(new CallSession(m_networks, this)), m_elapsed(new QTimer(this))
{
    m_ui->setupUi(this);
    for (QLineEdit *edit : {m_ui->addressEdit, m_ui->anyPathEdit, m_ui->jsonPathEdit, m_ui->apiPathEdit,
                            m_ui->usernameEdit, m_ui->passwordEdit, m_ui->serviceEdit})
        connect(edit, &QLineEdit::textEdited, this, &MainWindow::formEdited);
    for (QRadioButton *radio : {m_ui->anyServiceInvokerRadio, m_ui->jsonClientRadio, m_ui->apiRadio})
        connect(radio, &QRadioButton::clicked, this, &MainWindow::formEdited);
    connect(m_ui->connectionSettingsButton, &QToolButton::clicked, this, &MainWindow::openConnectionSettings);
    connect(m_ui->compareButton, &QPushButton::clicked, this, &MainWindow::compareClients);
    connect(m_ui->matrixButton, &QPushButton::clicked, this, &MainWindow::openMatrix);
    connect(m_session, &CallSession::sent, this, &MainWindow::onSent);
    connect(m_session, &CallSession::finished, this, &MainWindow::onFinished);
    connect(m_session, &CallSession::bothFinished, this, &MainWindow::showComparison);
    connect(m_session, &CallSession::historyFailed, this, [this](const QString &error) {
        if (m_historyDock)
            m_historyDock->setUnavailable(tr("This call was not recorded in the history: %1").arg(error));
    });
    m_elapsed->setInterval(100);
    connect(m_elapsed, &QTimer::timeout, this, [this] {
        m_ui->responseTimeLabel->setText(
            tr("%1 s…").arg(double(QDateTime::currentMSecsSinceEpoch() - m_sentAt) / 1000.0, 0, 'f', 1));
    });

    connect(m_ui->invokeButton, &QPushButton::clicked, this, &MainWindow::invoke);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_ui->showPasswordCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->passwordEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->copyCidButton, &QToolButton::clicked, this, &MainWindow::copyCorrelationId);
    m_ui->invokeButton->setToolTip(
        tr("Get customer (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_ui->cancelButton->setToolTip(tr("Cancel the call (Esc)"));
    setUpBodyViews();
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // moving: how long a call takes is not known
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    clearResult(*m_ui);
    restoreSettings();
    m_profiles = new ProfileController(this, *m_ui, profiles, secrets, settings);
    m_secrets = secrets;
    m_store = profiles;
    m_menus = new WindowMenus(this, m_ui->profileMenuButton->menu(), settings);
    m_prompts = std::make_unique<Prompts>(Prompts::dialogs(this));
}

void MainWindow::copyCorrelationId()
{
    if (!m_ui->copyCidButton->isEnabled() || m_ui->cidLabel->text().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_ui->cidLabel->text());
    statusBar()->showMessage(tr("Correlation ID copied."), 3000);
}

void MainWindow::compareClients()
{
    if (m_comparing)
        return;
    const Profile &profile = m_profiles->current();
    m_session->setProfile(profile.id, profile.name);
    const QList<LookupForm::FieldError> errors = m_session->startBoth(form()).errors;
    showFieldErrors(errors);
    if (!errors.isEmpty()) {
        statusBar()->showMessage(tr("Nothing was sent: correct the marked fields."), 5000);
        return;
    }
    m_comparing = true;
    m_ui->comparisonLabel->setText(tr("Calling both clients…"));
    m_ui->rawTabs->setCurrentWidget(m_ui->comparisonTab);
}

void MainWindow::showComparison(const BothReport &report)
{
    m_comparing = false;
    const ClientComparison &c = report.comparison;
    const auto fill = [this](int column, const CallReport &call, const std::optional<double> &serverMs) {
        const InvokeResult &result = call.result;
        const Outcome &outcome = call.outcome;
        const QString name = customerName(result);
        const QStringList values = {
            name.isEmpty() ? QStringLiteral("—") : name,
            outcome.kind == OutcomeClass::Success ? tr("ok") : outcome.explanation,
            result.response.status > 0 ? QString::number(result.response.status) : QStringLiteral("—"),
            tr("%1 ms").arg(result.elapsedMs, 0, 'f', 1),
            serverMs ? tr("%1 ms").arg(*serverMs) : tr("not sent"),
            result.response.status > 0 ? result.cid : QStringLiteral("—"),
        };
        for (int row = 0; row < values.size(); ++row)
            m_ui->comparisonTable->setItem(row, column, new QTableWidgetItem(values.at(row)));
    };
    fill(0, report.any, c.anyServerMs);
    fill(1, report.json, c.jsonServerMs);
    const QString verdict =
        !c.bothOk     ? tr("Not both calls succeeded, so the data cannot be compared.")
        : c.dataEqual ? tr("The data are equal (compared as JSON: key order and spacing do not matter).")
                      : tr("The data differ.");
    m_ui->comparisonLabel->setText(
        verdict + u' ' +
        tr("The dispatcher's overhead: %1 ms (AnyServiceInvoker's time minus JSONClient's).")
            .arg(c.overheadMs, 0, 'f', 1));
    Q_EMIT comparisonFinished();
}

void MainWindow::openMatrix()
{
    auto *view = new MatrixView(m_secrets, m_store, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setDefaultAddress(form().address.trimmed());
    view->show();
}

void MainWindow::setPrompts(const Prompts &prompts)
{
    *m_prompts = prompts;
    if (m_historyDock)
        m_historyDock->setConfirm(prompts.confirm);
    m_profiles->setPrompts(prompts);
}

void MainWindow::openConnectionSettings()
{
    ConnectionDialog dialog(this);
    dialog.setSettings(m_tls, m_proxy, m_timeout);
    if (dialog.exec() != QDialog::Accepted)
        return;
    LookupForm current = form();
    current.tls = dialog.tls();
    current.proxy = dialog.proxy();
    current.timeout = dialog.timeout();
    setForm(current);
    Q_EMIT formEdited();
}

MainWindow::~MainWindow() = default;

void MainWindow::setForm(const LookupForm &form)
{
    m_ui->addressEdit->setText(form.address);
    m_ui->anyPathEdit->setText(form.anyPath);
    m_ui->jsonPathEdit->setText(form.jsonPath);
    m_ui->apiPathEdit->setText(form.apiPath);
    m_ui->usernameEdit->setText(form.user);
    m_ui->passwordEdit->setText(form.password);
    m_ui->serviceEdit->setText(form.service);
    m_ui->customerIdEdit->setText(form.customerId);
    m_ui->anyServiceInvokerRadio->setChecked(form.client == ClientKind::AnyService);
    m_ui->jsonClientRadio->setChecked(form.client == ClientKind::Json);
    m_ui->apiRadio->setChecked(form.client == ClientKind::Api);
    m_tls = form.tls;
    m_proxy = form.proxy;
    m_timeout = form.timeout;
    m_ui->tlsWarningLabel->setText(
        tr("Certificate verification is off for this connection: anyone between you and "
           "the server can read and change these calls, passwords included."));
    m_ui->tlsWarningLabel->setVisible(!form.tls.verify);
}

LookupForm MainWindow::form() const
{
    LookupForm form;
    form.address = m_ui->addressEdit->text();
    form.anyPath = m_ui->anyPathEdit->text().trimmed();
    form.jsonPath = m_ui->jsonPathEdit->text().trimmed();
    form.apiPath = m_ui->apiPathEdit->text().trimmed();
    form.user = m_ui->usernameEdit->text();
    form.password = m_ui->passwordEdit->text();
    form.service = m_ui->serviceEdit->text();
    form.customerId = m_ui->customerIdEdit->text();
    form.tls = m_tls;
    form.proxy = m_proxy;
    form.timeout = m_timeout;
    form.client = m_ui->jsonClientRadio->isChecked() ? ClientKind::Json
                  : m_ui->apiRadio->isChecked()      ? ClientKind::Api
                                                     : ClientKind::AnyService;
    return form;
}

bool MainWindow::isCalling() const
{
    return m_current != 0;
}

void MainWindow::invoke()
{
    if (isCalling())
        return;
    const LookupForm current = form();
    const Profile &profile = m_profiles->current();
    m_session->setProfile(profile.id, profile.name);
    const Started started = m_session->start(current);
    showFieldErrors(started.errors);
    if (!started.errors.isEmpty()) {
        statusBar()->showMessage(tr("Nothing was sent: correct the marked fields."), 5000);
        return;
    }
    m_current = started.number;
    clearResult(*m_ui);
    ++m_callNumber;
    m_fromHistory = false;
    m_historyBanner->hide();
    m_viewer->clear();
    m_largeBodyBar->hide();
    setCalling(true);
    saveFormSettings();
    statusBar()->showMessage(tr("Calling %1…").arg(clientKindName(current.client)));
}

void MainWindow::cancel()
{
    if (isCalling())
        m_session->cancel();
}

void MainWindow::onSent(quint64 number, const HttpRequestData &request)
{
    if (number != m_current)
        return;
    // The request as it went out, while the answer is awaited; the time counts until it comes.
    m_ui->requestView->setPlainText(requestText(request));
    m_sentAt = QDateTime::currentMSecsSinceEpoch();
    m_elapsed->start();
}

void MainWindow::onFinished(const CallReport &report)
{
    if (report.number != m_current)
        return; // one of Both clients, reported by showComparison()
    m_current = 0;
    m_elapsed->stop();
    setCalling(false);
    const InvokeResult &result = report.result;
    m_last = result;
    const bool rendered = presentResult(*m_ui, result, renderLimit());
    m_viewer->setDocument(result.data);
    m_compare->showReport(report);
    m_largeBodyLabel->setText(
        tr("The response body is %1 MB, more than the %2 MB shown at once, so it is not "
           "rendered as text: the data tree has all of it.")
            .arg(double(result.response.body.size()) / 1048576.0, 0, 'f', 1)
            .arg(double(renderLimit()) / 1048576.0, 0, 'f', 1));
    m_largeBodyBar->setVisible(!rendered);
    statusBar()->showMessage(result.error.kind == ErrorKind::Cancelled ? tr("Cancelled.")
                             : result.ok                               ? tr("Done.")
                                                                       : tr("Done: not ok."),
                             5000);
    Q_EMIT callFinished(result);
}

void MainWindow::showFieldErrors(const QList<LookupForm::FieldError> &errors)
{
    using Field = LookupForm::Field;
    const std::pair<Field, std::pair<QLabel *, QLineEdit *>> fields[] = {
        {Field::Address, {m_ui->addressErrorLabel, m_ui->addressEdit}},
        {Field::AnyPath, {m_ui->anyPathErrorLabel, m_ui->anyPathEdit}},
        {Field::JsonPath, {m_ui->jsonPathErrorLabel, m_ui->jsonPathEdit}},
        {Field::ApiPath, {m_ui->apiPathErrorLabel, m_ui->apiPathEdit}},
        {Field::Service, {m_ui->serviceErrorLabel, m_ui->serviceEdit}},
        {Field::CustomerId, {m_ui->customerIdErrorLabel, m_ui->customerIdEdit}},
    };
    QLineEdit *first = nullptr;
    for (const auto &[field, widgets] : fields) {
        const auto [label, edit] = widgets;
        const auto error =
            std::find_if(errors.cbegin(), errors.cend(),
                         [field = field](const LookupForm::FieldError &e) { return e.field == field; });
        const bool invalid = error != errors.cend();
        label->setText(invalid ? error->message : QString());
        label->setVisible(invalid);
        edit->setAccessibleDescription(invalid ? error->message : QString());
        if (invalid && !first)
            first = edit;
    }
    if (first)
        first->setFocus();
}

void MainWindow::setCalling(bool calling)
{
    m_ui->invokeButton->setEnabled(!calling);
    m_ui->cancelButton->setEnabled(calling);
    m_busy->setVisible(calling); // receiving and reading, however long; Esc cancels
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    restoreGeometry(settings::WindowGeometry.get(*m_settings));
    restoreState(settings::WindowState.get(*m_settings));
    m_ui->mainSplitter->restoreState(settings::WindowSplitter.get(*m_settings));
    LookupForm saved;
    saved.address = settings::LookupAddress.get(*m_settings);
    saved.anyPath = settings::LookupAnyPath.get(*m_settings);
    saved.jsonPath = settings::LookupJsonPath.get(*m_settings);
    saved.apiPath = settings::LookupApiPath.get(*m_settings);
    saved.user = settings::LookupUser.get(*m_settings);
    saved.service = settings::LookupService.get(*m_settings);
    saved.customerId = settings::LookupCustomerId.get(*m_settings);
    saved.client = ClientKind(qBound(0, settings::LookupClient.get(*m_settings), 2));
    setForm(saved);
}

void MainWindow::saveFormSettings() const
{
    // The fields as last used; the password is never written: it lives in memory for this session.
    const LookupForm current = form();
    settings::LookupAddress.set(*m_settings, current.address);
    settings::LookupAnyPath.set(*m_settings, current.anyPath);
    settings::LookupJsonPath.set(*m_settings, current.jsonPath);
    settings::LookupApiPath.set(*m_settings, current.apiPath);
    settings::LookupUser.set(*m_settings, current.user);
    settings::LookupService.set(*m_settings, current.service);
    settings::LookupCustomerId.set(*m_settings, current.customerId);
    settings::LookupClient.set(*m_settings, int(current.client));
}

void MainWindow::saveSettings() const
{
    settings::WindowGeometry.set(*m_settings, saveGeometry());
    settings::WindowState.set(*m_settings, saveState());
    settings::WindowSplitter.set(*m_settings, m_ui->mainSplitter->saveState());
    saveFormSettings();
}

} // namespace zd
