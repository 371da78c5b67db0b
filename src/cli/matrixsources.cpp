#include "matrixsources.h"

#include "access/openapifetch.h"
#include "access/serverdiscovery.h"
#include "enmasse/enmassereader.h"
#include "hardening/boundedread.h"
#include "invoke/networkpool.h"
#include "syncsecrets.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace zd::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(zato_invoke)
};

DerivedMatrix derived(const access::AccessTest &test, const QString &address)
{
    const access::AccessMatrix built = access::accessMatrix(test, address);
    DerivedMatrix result{built.matrix, built.credentials, QByteArray()};
    for (const QString &warning : test.allWarnings())
        result.warnings += (Text::tr("warning: %1").arg(warning) + u'\n').toUtf8();
    return result;
}

constexpr qint64 MaxOpenApiBytes = 32 * 1024 * 1024;

// The payload templates of the OpenAPI document given, put on the test's channels; an operation no
// channel has is said as a warning. A document that cannot be had: an error, exit 2 (3 unreachable).
std::optional<DerivedMatrixRead> applyOpenApi(access::AccessTest &test, const QString &address,
                                              const OpenApiSource &source)
{
    if (source.channel.isEmpty() && source.file.isEmpty())
        return std::nullopt;
    access::OpenApiRead read;
    if (!source.file.isEmpty()) {
        const BoundedRead file = readFileBounded(source.file, MaxOpenApiBytes, Fifo::Accepted);
        if (!file.ok())
            return DerivedMatrixRead{std::nullopt,
                                     Text::tr("cannot read %1: %2").arg(source.file, file.error)};
        read = access::readOpenApi(file.bytes, source.file);
    } else {
        QNetworkAccessManager network;
        NetworkPool networks(&network);
        access::OpenApiFetch fetch(&networks);
        access::OpenApiFetched fetched;
        waitFor([&](QObject *context, const std::function<void()> &finish) {
            QObject::connect(&fetch, &access::OpenApiFetch::finished, context,
                             [&fetched, finish](const access::OpenApiFetched &result) {
                                 fetched = result;
                                 finish();
                             });
            access::OpenApiFetchSpec spec;
            spec.address = address;
            spec.name = source.channel;
            spec.credentials = access::basicCredentials(test);
            fetch.start(spec);
        });
        if (!fetched.operations)
            return DerivedMatrixRead{std::nullopt, fetched.error, fetched.unreachable ? 3 : 2};
        read.operations = fetched.operations;
    }
    if (!read.operations)
        return DerivedMatrixRead{std::nullopt, read.error};
    for (const QString &operation : access::applyOperations(test, *read.operations))
        test.warnings << Text::tr("OpenAPI operation %1 is no REST channel of the configuration: not tested.")
                             .arg(operation);
    return std::nullopt;
}

// DEFINITION=VALUE pairs of an option into a map; the error names the option and the pair.
std::optional<QHash<QString, QString>> pairs(const QStringList &given, const QString &option,
                                             const QString &example, QString *error)
{
    QHash<QString, QString> values;
    for (const QString &pair : given) {
        const QString definition = pair.section(u'=', 0, 0).trimmed();
        const QString value = pair.section(u'=', 1).trimmed();
        if (definition.isEmpty() || value.isEmpty() || !pair.contains(u'=')) {
            *error = Text::tr("%1 \"%2\" is not DEFINITION=VALUE, e.g. %3.").arg(option, pair, example);
            return std::nullopt;
        }
        values.insert(definition, value);
    }
    return values;
}

// The fill-ins given: secrets read from their variables, headers and realms as they are.
std::optional<access::FillIns> fillIns(const GivenValues &given, const Variables &variables, QString *error)
{
    const auto secrets =
        pairs(given.secrets, QStringLiteral("--secret"), QStringLiteral("crm.basic=CRM_PASSWORD"), error);
    const auto headers = pairs(given.headers, QStringLiteral("--api-key-header"),
                               QStringLiteral("partner.apikey=X-Partner-Key"), error);
    const auto realms =
        pairs(given.realms, QStringLiteral("--realm"), QStringLiteral("crm.basic=CRM"), error);
    if (!secrets || !headers || !realms)
        return std::nullopt;
    access::FillIns result;
    for (auto it = secrets->cbegin(); it != secrets->cend(); ++it) {
        const std::optional<QString> secret = variables.value(it.value());
        if (!secret) {
            *error = Text::tr("--secret %1: the variable %2 is not set in the env file or the environment.")
                         .arg(it.key(), it.value());
            return std::nullopt;
        }
        result.secrets.insert(it.key(), *secret);
    }
    for (auto it = headers->cbegin(); it != headers->cend(); ++it)
        result.headers.insert(it.key(), it.value().toLatin1());
    result.realms = *realms;
    return result;
}

} // namespace

std::optional<QString> Variables::value(const QString &name) const
{
    if (const auto it = file.constFind(name); it != file.cend())
        return *it;
    if (qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
        return qEnvironmentVariable(name.toLocal8Bit().constData());
    return std::nullopt;
}

std::optional<Variables> readVariables(const QString &envFile, QString *error)
{
    Variables variables;
    if (envFile.isEmpty())
        return variables;
    const enmasse::EnvFile read = enmasse::readEnvFile(envFile);
    if (!read.values) {
        *error = read.error;
        return std::nullopt;
    }
    variables.file = *read.values;
    return variables;
}

DerivedMatrixRead matrixFromEnmasse(const QString &file, const Variables &variables, const QString &address,
                                    const OpenApiSource &openApi, const GivenValues &given)
{
    QString error;
    const std::optional<access::FillIns> filled = fillIns(given, variables, &error);
    if (!filled)
        return DerivedMatrixRead{std::nullopt, error};
    access::AccessTestRead read = access::readEnmasseAccess(file, variables.file);
    if (!read.test)
        return DerivedMatrixRead{std::nullopt, read.error};
    if (error = access::fillIn(*read.test, *filled); !error.isEmpty())
        return DerivedMatrixRead{std::nullopt, error};
    if (std::optional<DerivedMatrixRead> failed = applyOpenApi(*read.test, address, openApi))
        return std::move(*failed);
    return DerivedMatrixRead{derived(*read.test, address), QString()};
}

DerivedMatrixRead matrixFromServer(const QString &address, const QString &user, const QString &password,
                                   const GivenValues &given, const Variables &variables,
                                   const OpenApiSource &openApi)
{
    QString error;
    std::optional<access::FillIns> filled = fillIns(given, variables, &error);
    if (!filled)
        return DerivedMatrixRead{std::nullopt, error};
    access::DiscoverySpec spec;
    spec.address = address;
    spec.user = user;
    spec.password = password;
    spec.secrets = std::exchange(filled->secrets, {});
    QNetworkAccessManager network;
    NetworkPool networks(&network);
    access::ServerDiscovery discovery(&networks);
    access::Discovery found;
    waitFor([&](QObject *context, const std::function<void()> &finish) {
        QObject::connect(&discovery, &access::ServerDiscovery::finished, context,
                         [&found, finish](const access::Discovery &result) {
                             found = result;
                             finish();
                         });
        discovery.start(spec);
    });
    if (!found.test)
        return DerivedMatrixRead{std::nullopt, found.error,
                                 found.failure == access::Discovery::Failure::Unreachable ? 3 : 2};
    if (error = access::fillIn(*found.test, *filled); !error.isEmpty())
        return DerivedMatrixRead{std::nullopt, error};
    if (std::optional<DerivedMatrixRead> failed = applyOpenApi(*found.test, address, openApi))
        return std::move(*failed);
    return DerivedMatrixRead{derived(*found.test, address), QString()};
}

} // namespace zd::cli
