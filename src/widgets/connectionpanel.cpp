#include "connectionpanel.h"

#include "connectiondialog.h"
#include "tokenrequestdialog.h"
#include "ui_connectionpanel.h"

#include <QMenu>

namespace zd {

ConnectionPanel::ConnectionPanel(QWidget *parent)
    : QGroupBox(parent), m_ui(std::make_unique<Ui::ConnectionPanel>())
{
    m_ui->setupUi(this);
    for (QLineEdit *edit : {m_ui->addressEdit, m_ui->anyPathEdit, m_ui->jsonPathEdit, m_ui->apiPathEdit,
                            m_ui->usernameEdit, m_ui->passwordEdit, m_ui->apiUserEdit, m_ui->apiPasswordEdit,
                            m_ui->serviceEdit, m_ui->apiKeyHeaderEdit, m_ui->apiKeyEdit, m_ui->tokenEdit,
                            m_ui->tokenUrlEdit, m_ui->clientIdEdit, m_ui->clientSecretEdit, m_ui->scopesEdit})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionPanel::edited);
    const std::pair<AuthKind, QString> kinds[] = {{AuthKind::None, tr("None")},
                                                  {AuthKind::Basic, tr("HTTP Basic")},
                                                  {AuthKind::ApiKey, tr("API key")},
                                                  {AuthKind::Bearer, tr("Bearer token")},
                                                  {AuthKind::OAuth2, tr("OAuth2 token")}};
    for (const auto &[kind, text] : kinds)
        m_ui->authCombo->addItem(text, int(kind));
    m_ui->authCombo->setCurrentIndex(m_ui->authCombo->findData(int(AuthKind::Basic)));
    m_ui->authCombo->setToolTip(
        tr("How the channels authenticate: no credentials, HTTP Basic (a user and a "
           "password), an API key in a header, a bearer token (Authorization: "
           "Bearer), or a bearer token got from an OAuth2 token endpoint with a client "
           "id and secret. The Invoke API's own user below always uses HTTP Basic."));
    m_ui->tokenUrlEdit->setToolTip(tr("The identity provider's token endpoint. A token is asked for there by "
                                      "the client credentials grant before the first call, and kept until "
                                      "shortly before it expires."));
    m_ui->clientSecretEdit->setToolTip(
        tr("The client's secret. Like every password, it is kept in the system keychain only."));
    m_ui->scopesEdit->setToolTip(tr("The scopes to ask for, separated by spaces; empty: none asked for."));
    m_ui->getTokenButton->setToolTip(tr("Ask the token endpoint for a token now and show what it says: its "
                                        "expiry, and a JWT's header and claims."));
    m_ui->tokenRequestButton->setToolTip(
        tr("A JSON body instead of a form, other field names, extra fields such as an audience."));
    connect(m_ui->getTokenButton, &QPushButton::clicked, this, &ConnectionPanel::tokenRequested);
    connect(m_ui->tokenRequestButton, &QPushButton::clicked, this, [this] {
        TokenRequestDialog dialog(window());
        dialog.setSettings(m_oauth2);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_oauth2 = dialog.settings(m_oauth2);
        Q_EMIT edited();
    });
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, &ConnectionPanel::showAuthFields);
    connect(m_ui->authCombo, &QComboBox::activated, this, &ConnectionPanel::edited);
    m_ui->apiKeyHeaderEdit->setToolTip(tr("The header the key goes in, as the channel's security definition "
                                          "names it; empty: X-API-Key."));
    m_ui->apiKeyEdit->setToolTip(
        tr("The API key, sent as the header's whole value. Like every password, it is "
           "kept in the system keychain only."));
    m_ui->tokenEdit->setToolTip(tr("The bearer token, sent as Authorization: Bearer <token>. Like every "
                                   "password, it is kept in the system keychain only."));
    for (QLineEdit *edit : {m_ui->usernameEdit, m_ui->passwordEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionPanel::updateUserHint);
    connect(m_ui->connectionSettingsButton, &QToolButton::clicked, this, &ConnectionPanel::openSettings);
    connect(m_ui->showPasswordCheck, &QCheckBox::toggled, this, [this](bool show) {
        for (QLineEdit *edit : {m_ui->passwordEdit, m_ui->apiPasswordEdit, m_ui->apiKeyEdit, m_ui->tokenEdit,
                                m_ui->clientSecretEdit})
            edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_ui->apiUserEdit->setToolTip(
        tr("The user of the Invoke API channel, when it is not the user name above "
           "(a 3.2 server's API takes \"pubapi\", a 4.1 server's \"admin.invoke\"). "
           "Leave it empty to call the API with the user name and password above."));
    m_ui->apiPasswordEdit->setToolTip(tr(
        "The password of the Invoke API user. Like every password, it is kept in the system keychain only."));
    connect(m_ui->profileCombo, &QComboBox::activated, this,
            [this](int index) { Q_EMIT profileChosen(m_ui->profileCombo->itemData(index).toString()); });
    showAuthFields();
}

ConnectionPanel::~ConnectionPanel() = default;

void ConnectionPanel::setConnection(const LookupForm &form)
{
    m_ui->addressEdit->setText(form.address);
    m_ui->anyPathEdit->setText(form.anyPath);
    m_ui->jsonPathEdit->setText(form.jsonPath);
    m_ui->apiPathEdit->setText(form.apiPath);
    m_ui->usernameEdit->setText(form.user);
    m_ui->passwordEdit->setText(form.password);
    m_ui->apiUserEdit->setText(form.apiUser);
    m_ui->apiPasswordEdit->setText(form.apiPassword);
    m_ui->serviceEdit->setText(form.service);
    m_ui->authCombo->setCurrentIndex(m_ui->authCombo->findData(int(form.authKind)));
    m_ui->apiKeyHeaderEdit->setText(QString::fromLatin1(form.apiKeyHeader));
    m_ui->apiKeyEdit->setText(form.apiKey);
    m_ui->tokenEdit->setText(form.token);
    m_oauth2 = form.oauth2;
    m_ui->tokenUrlEdit->setText(form.oauth2.tokenUrl);
    m_ui->clientIdEdit->setText(form.oauth2.clientId);
    m_ui->clientSecretEdit->setText(form.clientSecret);
    m_ui->scopesEdit->setText(form.oauth2.scopes.join(u' '));
    showAuthFields();
    m_tls = form.tls;
    m_proxy = form.proxy;
    m_timeout = form.timeout;
    m_ui->tlsWarningLabel->setText(
        tr("Certificate verification is off for this connection: anyone between you and "
           "the server can read and change these calls, passwords included."));
    m_ui->tlsWarningLabel->setVisible(!form.tls.verify);
}

void ConnectionPanel::openSettings()
{
    ConnectionDialog dialog(window());
    dialog.setSettings(m_tls, m_proxy, m_timeout);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_tls = dialog.tls();
    m_proxy = dialog.proxy();
    m_timeout = dialog.timeout();
    m_ui->tlsWarningLabel->setVisible(!m_tls.verify);
    Q_EMIT edited();
}

void ConnectionPanel::fillForm(LookupForm &form) const
{
    form.address = m_ui->addressEdit->text();
    form.anyPath = m_ui->anyPathEdit->text().trimmed();
    form.jsonPath = m_ui->jsonPathEdit->text().trimmed();
    form.apiPath = m_ui->apiPathEdit->text().trimmed();
    form.user = m_ui->usernameEdit->text();
    form.password = m_ui->passwordEdit->text();
    form.apiUser = m_ui->apiUserEdit->text();
    form.apiPassword = m_ui->apiPasswordEdit->text();
    form.service = m_ui->serviceEdit->text();
    form.authKind = authKind();
    form.apiKeyHeader = m_ui->apiKeyHeaderEdit->text().trimmed().toLatin1();
    if (form.apiKeyHeader.isEmpty())
        form.apiKeyHeader = QByteArrayLiteral("X-API-Key");
    form.apiKey = m_ui->apiKeyEdit->text();
    form.token = m_ui->tokenEdit->text();
    form.oauth2 = m_oauth2;
    form.oauth2.tokenUrl = m_ui->tokenUrlEdit->text().trimmed();
    form.oauth2.clientId = m_ui->clientIdEdit->text();
    form.oauth2.scopes = m_ui->scopesEdit->text().split(u' ', Qt::SkipEmptyParts);
    form.clientSecret = m_ui->clientSecretEdit->text();
    form.tls = m_tls;
    form.proxy = m_proxy;
    form.timeout = m_timeout;
}

bool ConnectionPanel::showErrors(const QList<LookupForm::FieldError> &errors)
{
    using Field = LookupForm::Field;
    const std::pair<Field, std::pair<QLabel *, QLineEdit *>> fields[] = {
        {Field::Address, {m_ui->addressErrorLabel, m_ui->addressEdit}},
        {Field::AnyPath, {m_ui->anyPathErrorLabel, m_ui->anyPathEdit}},
        {Field::JsonPath, {m_ui->jsonPathErrorLabel, m_ui->jsonPathEdit}},
        {Field::ApiPath, {m_ui->apiPathErrorLabel, m_ui->apiPathEdit}},
        {Field::Service, {m_ui->serviceErrorLabel, m_ui->serviceEdit}},
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
    return first != nullptr;
}

void ConnectionPanel::setProfiles(const QList<std::pair<QString, QString>> &profiles,
                                  const QString &currentId)
{
    m_ui->profileCombo->clear();
    for (const auto &[id, name] : profiles)
        m_ui->profileCombo->addItem(name, id);
    // -1: the fields as they were restored, no profile yet.
    m_ui->profileCombo->setCurrentIndex(currentId.isEmpty() ? -1 : m_ui->profileCombo->findData(currentId));
}

void ConnectionPanel::setCurrentProfile(const QString &id)
{
    m_ui->profileCombo->setCurrentIndex(id.isEmpty() ? -1 : m_ui->profileCombo->findData(id));
}

void ConnectionPanel::setProfileName(const QString &id, const QString &name)
{
    const int index = m_ui->profileCombo->findData(id);
    if (index >= 0)
        m_ui->profileCombo->setItemText(index, name);
}

void ConnectionPanel::setProfileMenu(QMenu *menu)
{
    m_ui->profileMenuButton->setMenu(menu);
}

void ConnectionPanel::showKeychainWarning(const QString &message, const QString &detail)
{
    QLabel *label = m_ui->keychainWarningLabel;
    // What happened and what to do first; the keychain's own words after it, smaller.
    QString text = u"<p>" + message.toHtmlEscaped() + u"</p>";
    if (!detail.isEmpty())
        text += u"<p><small>" + tr("Details: %1").arg(detail).toHtmlEscaped() + u"</small></p>";
    label->setText(message.isEmpty() ? QString() : text);
    label->setToolTip(detail);
    label->setAccessibleDescription(detail.isEmpty() ? message
                                                     : message + u' ' + tr("Details: %1").arg(detail));
    label->setVisible(!message.isEmpty());
}

AuthKind ConnectionPanel::authKind() const
{
    return AuthKind(m_ui->authCombo->currentData().toInt());
}

// Only the fields of the chosen kind: user and password, header and key, or token.
void ConnectionPanel::showAuthFields()
{
    const AuthKind kind = authKind();
    const bool basic = kind == AuthKind::Basic;
    const bool apiKey = kind == AuthKind::ApiKey;
    const bool bearer = kind == AuthKind::Bearer;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->usernameLabel), static_cast<QWidget *>(m_ui->usernameEdit),
          static_cast<QWidget *>(m_ui->passwordLabel), static_cast<QWidget *>(m_ui->passwordEdit)})
        widget->setVisible(basic);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->apiKeyHeaderLabel), static_cast<QWidget *>(m_ui->apiKeyHeaderEdit),
          static_cast<QWidget *>(m_ui->apiKeyLabel), static_cast<QWidget *>(m_ui->apiKeyEdit)})
        widget->setVisible(apiKey);
    m_ui->tokenLabel->setVisible(bearer);
    m_ui->tokenEdit->setVisible(bearer);
    const bool oauth2 = kind == AuthKind::OAuth2;
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_ui->tokenUrlLabel, m_ui->tokenUrlEdit, m_ui->clientIdLabel, m_ui->clientIdEdit,
             m_ui->clientSecretLabel, m_ui->clientSecretEdit, m_ui->scopesLabel, m_ui->scopesEdit,
             m_ui->getTokenButton, m_ui->tokenRequestButton})
        widget->setVisible(oauth2);
    updateUserHint();
}

// A password with no user name is sent as Basic ":password": allowed, but seldom meant.
void ConnectionPanel::updateUserHint()
{
    const bool show = authKind() == AuthKind::Basic && m_ui->usernameEdit->text().isEmpty() &&
                      !m_ui->passwordEdit->text().isEmpty();
    m_ui->usernameHintLabel->setText(
        show ? tr("The user name is empty: the password is sent with an empty user name.") : QString());
    m_ui->usernameHintLabel->setVisible(show);
    m_ui->usernameEdit->setAccessibleDescription(show ? m_ui->usernameHintLabel->text() : QString());
}

} // namespace zd
