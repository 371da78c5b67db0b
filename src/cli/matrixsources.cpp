#include "matrixsources.h"

#include "access/serverdiscovery.h"
#include "enmasse/enmassereader.h"
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

DerivedMatrixRead matrixFromEnmasse(const QString &file, const Variables &variables, const QString &address)
{
    const access::AccessTestRead read = access::readEnmasseAccess(file, variables.file);
    if (!read.test)
        return DerivedMatrixRead{std::nullopt, read.error};
    return DerivedMatrixRead{derived(*read.test, address), QString()};
}

DerivedMatrixRead matrixFromServer(const QString &address, const QString &user, const QString &password,
                                   const QStringList &secretVariables, const Variables &variables)
{
    access::DiscoverySpec spec;
    spec.address = address;
    spec.user = user;
    spec.password = password;
    for (const QString &pair : secretVariables) {
        const QString definition = pair.section(u'=', 0, 0).trimmed();
        const QString variable = pair.section(u'=', 1).trimmed();
        if (definition.isEmpty() || variable.isEmpty() || !pair.contains(u'='))
            return DerivedMatrixRead{
                std::nullopt,
                Text::tr("--secret \"%1\" is not DEFINITION=VARIABLE, e.g. crm.basic=CRM_PASSWORD.")
                    .arg(pair)};
        const std::optional<QString> secret = variables.value(variable);
        if (!secret)
            return DerivedMatrixRead{
                std::nullopt, Text::tr("--secret %1: the variable %2 is not set in the env file or the "
                                       "environment.")
                                  .arg(definition, variable)};
        spec.secrets.insert(definition, *secret);
    }
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
    return DerivedMatrixRead{derived(*found.test, address), QString()};
}

} // namespace zd::cli
