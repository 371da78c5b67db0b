#pragma once

#include "democonfig.h"
#include "enmasse/enmassereader.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace zd::demo {

// How an enmasse file is read: where ${NAME} and Zato_Enmasse_Env.NAME come from, and which of the
// demo server's services stand in for the file's own.
struct EnmasseOptions
{
    QHash<QString, QString> env;        // from --env-file; looked up before the process environment
    bool useProcessEnvironment = true;  // tests turn this off to be independent of the caller's shell
    QHash<QString, QString> serviceMap; // a service the file names -> a service the demo server runs
    Flavour flavour = Flavour::Zato32;  // a JSON file's, unless its "zato" member says otherwise
};

struct EnmasseLoad
{
    std::optional<DemoConfig> config;
    QString error;        // "file:line: item: what is wrong. What to do."
    QStringList warnings; // things loaded that the demo server cannot honour, said the same way
};

// Reads a Zato enmasse file (and the files it includes) into a demo server configuration. The layout
// decides the flavour: a 4.1 file (security, groups, channel_rest, channel_openapi) gives a Zato 4.1 server,
// a 3.2 file (def_sec, channel_plain_http, security_groups, security_name) a Zato 3.2 server; each comes with
// the objects a real server of that version has built in (builtinObjects()).
[[nodiscard]] EnmasseLoad loadEnmasse(const QString &fileName, const EnmasseOptions &options);

// The security definitions and channels a fresh server of that flavour has before any import.
[[nodiscard]] DemoConfig builtinObjects(Flavour flavour);

// Whether a channel may name this service: the demo server runs it (ServiceRegistry, the admin
// services, the invoker).
[[nodiscard]] bool isDemoService(const QString &name);

// The configuration as Zato 4.1 exports it with enmasse: no secrets, no internal objects, no API-key
// header or realm.
[[nodiscard]] QByteArray exportEnmasse(const DemoConfig &config);

using enmasse::EnvFile; // --env-file, read as the access test reads it
using enmasse::readEnvFile;

// "their.service=customer.get2" into map; false with error when it is not of that form or the target
// is not a demo service.
bool addServiceMapping(const QString &mapping, QHash<QString, QString> &map, QString &error);
// A file of such lines (# comments and blank lines skipped).
bool readServiceMapFile(const QString &fileName, QHash<QString, QString> &map, QString &error);

// --config: a .yaml or .yml file is read as enmasse, anything else as the JSON configuration.
[[nodiscard]] EnmasseLoad loadConfigFile(const QString &fileName, const EnmasseOptions &options);

} // namespace zd::demo
