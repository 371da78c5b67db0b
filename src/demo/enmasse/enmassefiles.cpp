#include "adminservices.h"
#include "enmasse.h"
#include "enmasse/enmassereader.h"
#include "openapichannel.h"
#include "services.h"

#include <QFile>
#include <QFileInfo>

namespace zd::demo {

using enmasse::Text;

DemoConfig builtinObjects(Flavour flavour)
{
    // A 3.2 server's own: admin.invoke with the dispatcher, pubapi with the invoker, ping. The newest 4.1's
    // (zato-platform.md §2.1, §2.4, §4): admin.invoke on /zato/api/invoke/{service_name}, ping without
    // security, /openapi/{name} for OpenAPI channels, no X-Zato-CID by default.
    const QStringList definitions{QStringLiteral("admin.invoke"), QStringLiteral("pubapi")};
    const QStringList channels{
        QStringLiteral("admin.invoke.json"), QStringLiteral("pub.zato.service.service-invoker"),
        QStringLiteral("zato.api.invoke"), QStringLiteral("zato.ping"), openApiService.toString()};
    const DemoConfig all = DemoConfig::defaults(flavour);
    DemoConfig config = all;
    config.security.clear();
    config.groups.clear();
    config.channels.clear();
    for (const SecurityDefinition &definition : all.security) {
        if (definitions.contains(definition.name))
            config.security.append(definition);
    }
    for (const Channel &channel : all.channels) {
        if (channels.contains(channel.name))
            config.channels.append(channel);
    }
    return config;
}

bool isDemoService(const QString &name)
{
    return ServiceRegistry::exists(name) || AdminServices::handles(name);
}

bool addServiceMapping(const QString &mapping, QHash<QString, QString> &map, QString &error)
{
    const qsizetype equals = mapping.indexOf(u'=');
    const QString theirs = mapping.left(equals).trimmed();
    const QString ours = mapping.mid(equals + 1).trimmed();
    if (equals <= 0 || theirs.isEmpty() || ours.isEmpty()) {
        error = Text::tr("\"%1\" is not a service mapping. Write their.service=customer.get2.").arg(mapping);
        return false;
    }
    if (!isDemoService(ours)) {
        error = Text::tr("\"%1\" maps %2 to %3, which does not run in the demo server. Map it to "
                         "customer.get1, customer.get2, demo.ping or demo.sized-body.")
                    .arg(mapping, theirs, ours);
        return false;
    }
    map.insert(theirs, ours);
    return true;
}

bool readServiceMapFile(const QString &fileName, QHash<QString, QString> &map, QString &error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        error = Text::tr("Cannot read the service map %1: %2").arg(fileName, file.errorString());
        return false;
    }
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (!addServiceMapping(line, map, error)) {
            error = QStringLiteral("%1:%2: ").arg(fileName).arg(number) + error;
            return false;
        }
    }
    return true;
}

EnmasseLoad loadConfigFile(const QString &fileName, const EnmasseOptions &options)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"yaml" || suffix == u"yml")
        return loadEnmasse(fileName, options);
    const ConfigLoad json = loadConfig(fileName, options.flavour);
    EnmasseLoad load;
    load.config = json.config;
    load.error = json.error;
    return load;
}

} // namespace zd::demo
