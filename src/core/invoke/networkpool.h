#pragma once

#include "calltypes.h"

#include <QList>
#include <QNetworkProxy>
#include <QObject>

class QNetworkAccessManager;

namespace zd {

// The network managers calls go through, one per proxy: a call's proxy is chosen for that call (by
// its settings and its server's address) and never set on a manager that other calls share. The
// base manager serves calls that take the system's proxy; the others are made on first use and
// kept, so calls through the same proxy share kept-alive connections.
class NetworkPool : public QObject
{
    Q_OBJECT
public:
    // fixed: every call goes through base whatever its proxy (tests with a fake network manager).
    enum class Mode { PerProxy, Fixed };
    explicit NetworkPool(QNetworkAccessManager *base, Mode mode = Mode::PerProxy, QObject *parent = nullptr);

    [[nodiscard]] QNetworkAccessManager *managerFor(const CallSpec &spec);

private:
    QNetworkAccessManager *m_base;
    Mode m_mode;
    QList<std::pair<QNetworkProxy, QNetworkAccessManager *>> m_managers;
};

} // namespace zd
