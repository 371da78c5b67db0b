#include "servercheckdialog.h"

#include "invoke/networkpool.h"
#include "ui_servercheckdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QUrl>

namespace zd {

ServerCheckDialog::ServerCheckDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ServerCheckDialog>()),
      m_network(new QNetworkAccessManager(this)),
      m_networks(new NetworkPool(m_network, NetworkPool::Mode::PerProxy, this)),
      m_probe(new ServerProbe(m_networks, this))
{
    m_ui->setupUi(this);
    m_checkButton = m_ui->buttonBox->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setDefault(true);
    m_ui->stepsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->stepsTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_checkButton, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_probe->cancel();
        else
            check();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_probe, &ServerProbe::finished, this, &ServerCheckDialog::showReport);
}

ServerCheckDialog::~ServerCheckDialog() = default;

void ServerCheckDialog::setServer(const QString &address, const QString &user, const QString &password)
{
    m_ui->addressEdit->setText(address);
    m_ui->userEdit->setText(user);
    m_ui->passwordEdit->setText(password);
}

void ServerCheckDialog::check()
{
    const QString address = m_ui->addressEdit->text().trimmed();
    const QUrl url(address);
    if (address.isEmpty() || !url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
        url.host().isEmpty()) {
        m_ui->summaryLabel->setText(
            tr("The address must start with http:// or https:// and name a host, such "
               "as http://127.0.0.1:17010. Nothing was sent."));
        m_ui->addressEdit->setFocus();
        return;
    }
    const QString methodPath = m_ui->methodPathEdit->text().trimmed();
    if (!methodPath.isEmpty() && !methodPath.startsWith(u'/')) {
        m_ui->summaryLabel->setText(tr("The channel path must start with /. Nothing was sent."));
        m_ui->methodPathEdit->setFocus();
        return;
    }
    ProbeSpec spec;
    spec.address = address;
    spec.user = m_ui->userEdit->text().trimmed();
    spec.password = m_ui->passwordEdit->text();
    spec.methodCheckPath = methodPath;
    m_ui->stepsTree->clear();
    m_ui->summaryLabel->setText(tr("Checking %1…").arg(address));
    setRunning(true);
    m_probe->start(spec);
}

void ServerCheckDialog::setRunning(bool running)
{
    m_running = running;
    m_checkButton->setText(running ? tr("Ca&ncel") : tr("&Check"));
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->addressEdit), static_cast<QWidget *>(m_ui->userEdit),
          static_cast<QWidget *>(m_ui->passwordEdit), static_cast<QWidget *>(m_ui->methodPathEdit)})
        field->setEnabled(!running);
}

void ServerCheckDialog::showReport(const ProbeReport &report)
{
    setRunning(false);
    m_ui->summaryLabel->setText(report.summary());
    m_ui->stepsTree->clear();
    for (const ProbeStep &step : report.steps) {
        auto *item = new QTreeWidgetItem(m_ui->stepsTree);
        item->setText(0, step.request);
        item->setText(1, step.status > 0 ? QString::number(step.status) : tr("none"));
        item->setText(2, step.finding);
        item->setToolTip(2, step.finding);
    }
    Q_EMIT checked(report);
}

} // namespace zd
