#pragma once

#include "probe/serverprobe.h"

#include <QDialog>
#include <memory>

class QNetworkAccessManager;
class QPushButton;

namespace zd {

namespace Ui {
class ServerCheckDialog;
}

class NetworkPool;

// Check server: runs the server probe for an address (and optionally the invoke API's credential) and
// shows what the server is, which clients work with it, and each request the probe sent.
class ServerCheckDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerCheckDialog(QWidget *parent = nullptr);
    ~ServerCheckDialog() override;

    // The fields as the window holds them; the password stays in memory.
    void setServer(const QString &address, const QString &user, const QString &password);
    // Starts the checks (the Check button does the same).
    void check();

Q_SIGNALS:
    void checked(const zd::ProbeReport &report);

private:
    void showReport(const ProbeReport &report);
    void setRunning(bool running);

    std::unique_ptr<Ui::ServerCheckDialog> m_ui;
    QNetworkAccessManager *m_network;
    NetworkPool *m_networks;
    ServerProbe *m_probe;
    QPushButton *m_checkButton;
    bool m_running = false;
};

} // namespace zd
