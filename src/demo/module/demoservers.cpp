#include "demoservers.h"

#include "demomodule.h"
#include "modules/moduleloader.h"

#include <QCoreApplication>

namespace zd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(zd::DemoServers)
};

} // namespace

DemoServers::DemoServers(QObject *owner, QString address32, QString address41)
    : m_owner(owner), m_address32(std::move(address32)), m_address41(std::move(address41))
{}

QStringList DemoServers::moduleCandidates()
{
    return zd::moduleCandidates({"ZD_DEMO_MODULE", QStringLiteral(ZD_DEMO_MODULE_RELATIVE),
                                 QStringLiteral(ZD_DEMO_MODULE_BUILD), QStringLiteral(ZD_BUILD_DIR)});
}

std::unique_ptr<DemoServers> DemoServers::start(QString *error)
{
    QStringList tried;
    const auto *module = loadModule<demo::ModuleApi>(moduleCandidates(), demo::ModuleEntryPoint,
                                                     demo::ModuleAbiVersion, &tried);
    if (!module) {
        *error = Text::tr("The demo servers cannot start: their module cannot be loaded (%1). Reinstall "
                          "Zato Desk.")
                     .arg(tried.join(u"; "));
        return nullptr;
    }
    QString address32;
    QString address41;
    QString why;
    QObject *owner = module->start(&address32, &address41, &why);
    if (!owner) {
        *error = Text::tr("The demo servers cannot start: %1.").arg(why);
        return nullptr;
    }
    return std::unique_ptr<DemoServers>(new DemoServers(owner, address32, address41));
}

} // namespace zd
