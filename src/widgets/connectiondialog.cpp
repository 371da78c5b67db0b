#include "connectiondialog.h"

#include "ui_connectiondialog.h"

namespace zd {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->noVerifyCheck, &QCheckBox::toggled, this, &ConnectionDialog::updateEnabled);
    connect(m_ui->proxyModeCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateEnabled);
    updateEnabled();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setSettings(const TlsSettings &tls, const ProxySettings &proxy,
                                   std::chrono::milliseconds timeout)
{
    m_ui->caFileEdit->setText(tls.caFile);
    m_ui->clientCertEdit->setText(tls.clientCertificateFile);
    m_ui->clientKeyEdit->setText(tls.clientKeyFile);
    m_ui->noVerifyCheck->setChecked(!tls.verify);
    m_ui->proxyModeCombo->setCurrentIndex(int(proxy.mode));
    m_ui->proxyHostEdit->setText(proxy.host);
    if (proxy.port > 0)
        m_ui->proxyPortSpin->setValue(proxy.port);
    m_ui->proxyUserEdit->setText(proxy.user);
    m_ui->proxyPasswordEdit->setText(proxy.password);
    m_ui->timeoutSpin->setValue(int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()));
    updateEnabled();
}

TlsSettings ConnectionDialog::tls() const
{
    return TlsSettings{m_ui->caFileEdit->text().trimmed(), m_ui->clientCertEdit->text().trimmed(),
                       m_ui->clientKeyEdit->text().trimmed(), !m_ui->noVerifyCheck->isChecked()};
}

ProxySettings ConnectionDialog::proxy() const
{
    return ProxySettings{ProxySettings::Mode(m_ui->proxyModeCombo->currentIndex()),
                         m_ui->proxyHostEdit->text().trimmed(), quint16(m_ui->proxyPortSpin->value()),
                         m_ui->proxyUserEdit->text(), m_ui->proxyPasswordEdit->text()};
}

std::chrono::milliseconds ConnectionDialog::timeout() const
{
    return std::chrono::seconds(m_ui->timeoutSpin->value());
}

void ConnectionDialog::updateEnabled()
{
    m_ui->noVerifyWarningLabel->setVisible(m_ui->noVerifyCheck->isChecked());
    const bool manual = m_ui->proxyModeCombo->currentIndex() == int(ProxySettings::Mode::Manual);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->proxyHostEdit), static_cast<QWidget *>(m_ui->proxyPortSpin),
          static_cast<QWidget *>(m_ui->proxyUserEdit), static_cast<QWidget *>(m_ui->proxyPasswordEdit)})
        widget->setEnabled(manual);
}

} // namespace zd
