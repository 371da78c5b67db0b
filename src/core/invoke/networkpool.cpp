#include "networkpool.h"

#include "tlsconfig.h"

#include <QNetworkAccessManager>
#include <QUrl>

namespace zd {

NetworkPool::NetworkPool(QNetworkAccessManager *base, Mode mode, QObject *parent)
    : QObject(parent), m_base(base), m_mode(mode)
{}

QNetworkAccessManager *NetworkPool::managerFor(const CallSpec &spec)
{
    if (m_mode == Mode::Fixed)
        return m_base;
    const QNetworkProxy proxy = networkProxy(spec.proxy, QUrl(spec.address.trimmed()));
    if (proxy.type() == QNetworkProxy::DefaultProxy)
        return m_base;
    for (const auto &[known, manager] : std::as_const(m_managers)) {
        if (known == proxy)
            return manager;
    }
    auto *manager = new QNetworkAccessManager(this);
    manager->setProxy(proxy);
    m_managers.append({proxy, manager});
    return manager;
}

} // namespace zd
