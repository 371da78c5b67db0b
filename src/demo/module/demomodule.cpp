// The demo module's entry point (demomodule.h).
#include "demomodule.h"

#include "demoserver.h"

#include <QCoreApplication>
#include <memory>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(zd::demo::Module)
};

QObject *start(QString *address32, QString *address41, QString *error)
{
    using namespace zd::demo;
    auto owner = std::make_unique<QObject>();
    auto *server32 = new DemoServer(DemoConfig::defaults(), nullptr, owner.get());
    auto *server41 = new DemoServer(DemoConfig::defaults(Flavour::Zato41), nullptr, owner.get());
    for (const auto &[server, version] : {std::pair{server32, "3.2"}, std::pair{server41, "4.1"}}) {
        if (!server->listen()) {
            *error = Text::tr("Zato %1's server cannot listen: %2")
                         .arg(QLatin1StringView(version), server->errorString());
            return nullptr;
        }
    }
    *address32 = server32->address();
    *address41 = server41->address();
    return owner.release();
}

} // namespace

extern "C" Q_DECL_EXPORT const zd::demo::ModuleApi *zd_demo_module()
{
    static const zd::demo::ModuleApi api{zd::demo::ModuleAbiVersion, &start};
    return &api;
}
