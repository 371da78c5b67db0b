#include "connectiondialog.h"

#include "ui_connectiondialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStyle>
#include <QStyleOptionFrame>

namespace zd {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    m_chooseFile = [this](const QString &title, const QString &directory, const QString &filter) {
        return QFileDialog::getOpenFileName(this, title, directory, filter);
    };
    // Wide enough for its example text: a placeholder is a hint only when it can be read whole.
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (edit->placeholderText().isEmpty())
            continue;
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.lineWidth =
            edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
        const int frame =
            edit->width() - edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit).width();
        const QMargins text = edit->textMargins();
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + frame +
                              text.left() + text.right() +
                              8); // 8: QLineEdit's inner margins, 2 a side, and air
    }
    connect(m_ui->caFileBrowseButton, &QToolButton::clicked, this, [this] {
        browse(m_ui->caFileEdit, tr("Extra CA file"), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    });
    connect(m_ui->clientCertBrowseButton, &QToolButton::clicked, this, [this] {
        browse(m_ui->clientCertEdit, tr("Client certificate"),
               tr("Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)"));
    });
    connect(m_ui->clientKeyBrowseButton, &QToolButton::clicked, this, [this] {
        browse(m_ui->clientKeyEdit, tr("Client key"), tr("Private keys (*.key *.pem);;All files (*)"));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->noVerifyCheck, &QCheckBox::toggled, this, &ConnectionDialog::updateEnabled);
    connect(m_ui->frontEndHeadersCheck, &QCheckBox::toggled, this, &ConnectionDialog::updateEnabled);
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
    m_ui->frontEndHeadersCheck->setChecked(tls.frontEndHeaders);
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
                       m_ui->clientKeyEdit->text().trimmed(), !m_ui->noVerifyCheck->isChecked(),
                       m_ui->frontEndHeadersCheck->isChecked()};
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

void ConnectionDialog::browse(QLineEdit *edit, const QString &title, const QString &filter)
{
    const QString current = edit->text().trimmed();
    const QString directory = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString chosen = m_chooseFile(title, directory, filter);
    if (chosen.isEmpty())
        return;
    edit->setText(QDir::toNativeSeparators(chosen));
    edit->setFocus();
}

void ConnectionDialog::fitHeight()
{
    if (!isVisible())
        return; // a dialog not shown yet takes its size from its layout when it is
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void ConnectionDialog::updateEnabled()
{
    m_ui->noVerifyWarningLabel->setVisible(m_ui->noVerifyCheck->isChecked());
    m_ui->frontEndHeadersWarningLabel->setVisible(m_ui->frontEndHeadersCheck->isChecked());
    fitHeight();
    const bool manual = m_ui->proxyModeCombo->currentIndex() == int(ProxySettings::Mode::Manual);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->proxyHostEdit), static_cast<QWidget *>(m_ui->proxyPortSpin),
          static_cast<QWidget *>(m_ui->proxyUserEdit), static_cast<QWidget *>(m_ui->proxyPasswordEdit)})
        widget->setEnabled(manual);
}

} // namespace zd
