#include "mainwindow.h"

#include "comparepanel.h"
#include "connectiondialog.h"
#include "history/historystore.h"
#include "historydock.h"
#include "invoke/invoker.h"
#include "invoke/outcome.h"
#include "jsonviewer.h"
#include "matrixview.h"
#include "profile/profile.h"
#include "profilecontroller.h"
#include "prompts.h"
#include "rbac/compare.h"
#include "resultpresenter.h"
#include "ui_mainwindow.h"
#include "windowmenus.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidgetItem>

namespace zd {

namespace {

int indexOf(ClientKind kind)
{
    return int(kind);
}

} // namespace

MainWindow::MainWindow(QNetworkAccessManager *network, QSettings *settings, ProfileStore *profiles,
                       SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_network(network), m_settings(settings)
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
    for (size_t i = 0; i < m_comparers.size(); ++i) {
        m_comparers[i] = createInvoker(i == 0 ? ClientKind::AnyService : ClientKind::Json, m_network, this);
        connect(m_comparers[i], &Invoker::finished, this, [this, i](const InvokeResult &result) {
            m_compared[i] = result;
            if (m_compared[0] && m_compared[1])
                showComparison();
        });
    }
    for (ClientKind kind : {ClientKind::AnyService, ClientKind::Json, ClientKind::Api}) {
        Invoker *invoker = createInvoker(kind, m_network, this);
        connect(invoker, &Invoker::finished, this, &MainWindow::onFinished);
        m_invokers[size_t(indexOf(kind))] = invoker;
    }

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
    if (m_comparers[0]->isRunning() || m_comparers[1]->isRunning())
        return;
    LookupForm current = form();
    current.client = ClientKind::AnyService;
    QList<LookupForm::FieldError> errors = current.validate();
    current.client = ClientKind::Json;
    for (const LookupForm::FieldError &error : current.validate()) {
        if (std::none_of(errors.cbegin(), errors.cend(),
                         [&error](const auto &e) { return e.field == error.field; }))
            errors.append(error);
    }
    showFieldErrors(errors);
    if (!errors.isEmpty()) {
        statusBar()->showMessage(tr("Nothing was sent: correct the marked fields."), 5000);
        return;
    }
    m_compared = {};
    m_ui->comparisonLabel->setText(tr("Calling both clients…"));
    m_ui->rawTabs->setCurrentWidget(m_ui->comparisonTab);
    current.client = ClientKind::AnyService;
    m_comparers[0]->start(current.toCallSpec());
    current.client = ClientKind::Json;
    m_comparers[1]->start(current.toCallSpec());
}

void MainWindow::showComparison()
{
    const InvokeResult &any = *m_compared[0];
    const InvokeResult &json = *m_compared[1];
    const ClientComparison c = zd::compareClients(any, json);
    const auto fill = [this](int column, const InvokeResult &result, const std::optional<double> &serverMs) {
        const Outcome outcome = explainOutcome(result);
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
    fill(0, any, c.anyServerMs);
    fill(1, json, c.jsonServerMs);
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
    return m_current && m_current->isRunning();
}

void MainWindow::invoke()
{
    if (isCalling())
        return;
    const LookupForm current = form();
    const QList<LookupForm::FieldError> errors = current.validate();
    showFieldErrors(errors);
    if (!errors.isEmpty()) {
        statusBar()->showMessage(tr("Nothing was sent: correct the marked fields."), 5000);
        return;
    }
    clearResult(*m_ui);
    ++m_callNumber;
    m_sentForm = current;
    m_viewer->clear();
    m_largeBodyBar->hide();
    m_current = m_invokers[size_t(indexOf(current.client))];
    setCalling(true);
    statusBar()->showMessage(tr("Calling %1…").arg(clientKindName(current.client)));
    m_current->start(current.toCallSpec());
}

void MainWindow::cancel()
{
    if (isCalling())
        m_current->cancel();
}

void MainWindow::onFinished(const InvokeResult &result)
{
    setCalling(false);
    m_last = result;
    const bool rendered = presentResult(*m_ui, result, renderLimit());
    m_viewer->setDocument(result.data);
    m_compare->showResult(m_sentForm, result);
    m_largeBodyLabel->setText(
        tr("The response body is %1 MB, more than the %2 MB shown at once, so it is not "
           "rendered as text: the data tree has all of it.")
            .arg(double(result.response.body.size()) / 1048576.0, 0, 'f', 1)
            .arg(double(renderLimit()) / 1048576.0, 0, 'f', 1));
    m_largeBodyBar->setVisible(!rendered);
    openHistory();
    if (m_history && m_history->isAvailable() && result.error.kind != ErrorKind::Usage) {
        const Profile &profile = m_profiles->current();
        HistoryEntry entry = HistoryEntry::of(
            m_sentForm, result, profile.id, profile.name,
            m_settings->value(QStringLiteral("history/maxBodyBytes"), 1024 * 1024).toLongLong());
        QString error;
        if (!m_history->add(entry, &error))
            m_historyDock->setUnavailable(tr("This call was not recorded in the history: %1").arg(error));
        m_historyDock->setCurrentProfile(profile.id);
        m_historyDock->refresh();
    }
    statusBar()->showMessage(result.ok ? tr("Done.") : tr("Done: not ok."), 5000);
    saveSettings();
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
    restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    m_ui->mainSplitter->restoreState(m_settings->value(QStringLiteral("window/splitter")).toByteArray());
    LookupForm saved;
    saved.address = m_settings->value(QStringLiteral("lookup/address")).toString();
    saved.anyPath = m_settings->value(QStringLiteral("lookup/anyPath")).toString();
    saved.jsonPath = m_settings->value(QStringLiteral("lookup/jsonPath")).toString();
    saved.apiPath = m_settings->value(QStringLiteral("lookup/apiPath")).toString();
    saved.user = m_settings->value(QStringLiteral("lookup/user")).toString();
    saved.service = m_settings->value(QStringLiteral("lookup/service"), saved.service).toString();
    saved.customerId = m_settings->value(QStringLiteral("lookup/customerId")).toString();
    saved.client = ClientKind(qBound(0, m_settings->value(QStringLiteral("lookup/client")).toInt(), 2));
    setForm(saved);
}

void MainWindow::saveSettings() const
{
    const LookupForm current = form();
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), saveState());
    m_settings->setValue(QStringLiteral("window/splitter"), m_ui->mainSplitter->saveState());
    m_settings->setValue(QStringLiteral("lookup/address"), current.address);
    m_settings->setValue(QStringLiteral("lookup/anyPath"), current.anyPath);
    m_settings->setValue(QStringLiteral("lookup/jsonPath"), current.jsonPath);
    m_settings->setValue(QStringLiteral("lookup/apiPath"), current.apiPath);
    m_settings->setValue(QStringLiteral("lookup/user"), current.user);
    m_settings->setValue(QStringLiteral("lookup/service"), current.service);
    m_settings->setValue(QStringLiteral("lookup/customerId"), current.customerId);
    m_settings->setValue(QStringLiteral("lookup/client"), int(current.client));
    // The password is never written: it lives in memory for this session only.
}

} // namespace zd
