#pragma once

#include "invoke/calltypes.h"

#include <QDialog>
#include <memory>

namespace zd {

namespace Ui {
class ConnectionDialog;
}

// A profile's HTTPS, proxy and timeout settings. The "do not verify" switch shows its warning while on.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setSettings(const TlsSettings &tls, const ProxySettings &proxy, std::chrono::milliseconds timeout);
    [[nodiscard]] TlsSettings tls() const;
    [[nodiscard]] ProxySettings proxy() const;
    [[nodiscard]] std::chrono::milliseconds timeout() const;

private:
    void updateEnabled();
    std::unique_ptr<Ui::ConnectionDialog> m_ui;
};

} // namespace zd
