#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace zd {

// zato-desk --demo's two demo servers, Zato 3.2's and 4.1's, from the demo module (demomodule.h),
// which is loaded on the first start: a window started without --demo never maps it, nor libcrypto,
// which only it links.
class DemoServers
{
public:
    // Loads the module and starts both servers on loopback; nullptr, and why in words for the user,
    // when either cannot.
    [[nodiscard]] static std::unique_ptr<DemoServers> start(QString *error);
    // Where the module is looked for: the file ZD_DEMO_MODULE names, or ../lib/zato-desk/ from the
    // program once installed, then the build tree for a program run from it.
    [[nodiscard]] static QStringList moduleCandidates();

    [[nodiscard]] QString address32() const { return m_address32; }
    [[nodiscard]] QString address41() const { return m_address41; }

private:
    DemoServers(QObject *owner, QString address32, QString address41);

    std::unique_ptr<QObject> m_owner; // both servers; they stop with it
    QString m_address32;
    QString m_address41;
};

} // namespace zd
