#pragma once

#include "invoke/calltypes.h"

#include <QDialog>
#include <functional>
#include <memory>

class QLineEdit;

namespace zd {

namespace Ui {
class ConnectionDialog;
}

// A profile's HTTPS, proxy and timeout settings. The "do not verify" switch shows its warning while on;
// the certificate, key and CA files can be typed or chosen with Browse.
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

    // How Browse asks for a file: a file dialog by default; tests answer instead. Returns the path
    // chosen, or "" when the user cancels.
    using FileChooser =
        std::function<QString(const QString &title, const QString &directory, const QString &filter)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

private:
    void updateEnabled();
    void browse(QLineEdit *edit, const QString &title, const QString &filter);
    // Grows the dialog when a wrapped text needs more height than it has.
    void fitHeight();
    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    FileChooser m_chooseFile;
};

} // namespace zd
