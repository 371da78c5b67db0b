#include "call/callsession.h"
#include "cliarguments.h"
#include "clioutput.h"
#include "hardening/boundedread.h"
#include "hardening/processhardening.h"
#include "invoke/networkpool.h"
#include "invoke/requestbuilder.h"
#include "keychainsecretstore.h"
#include "matrixcommand.h"
#include "probecommand.h"
#include "profile/profilestore.h"
#include "profilescommand.h"
#include "syncsecrets.h"
#include "tokencommand.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <cstdio>

namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

zd::cli::StdinText readStdin()
{
    zd::BoundedRead in = zd::readStdinBounded(zd::cli::MaxPasswordStdinBytes);
    return zd::cli::StdinText{std::move(in.bytes), in.error};
}

int usageError(const zd::cli::ParseOutcome &outcome, const QString &message)
{
    if (outcome.format == zd::cli::OutputFormat::Json)
        write(stdout, zd::cli::formatUsageErrorJson(message));
    write(stderr, (u"zato-invoke: " + message + u'\n' + u"Try 'zato-invoke --help'.\n").toUtf8());
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    zd::hardenProcess(); // before any secret is read
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zato-invoke"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZD_VERSION));
    QNetworkProxyFactory::setUseSystemConfiguration(true); // a profile's "system" proxy setting

    // The keychain itself, with no in-memory fallback: a one-shot process must say when a password
    // cannot be kept rather than pretend to keep it.
    zd::KeychainSecretStore secrets;
    zd::ProfileStore store;
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == u"profiles" || command == u"matrix" || command == u"probe" || command == u"token") {
        const zd::cli::CommandOutput output =
            command == u"matrix"  ? zd::cli::runMatrixCommand(arguments, store, secrets)
            : command == u"probe" ? zd::cli::runProbeCommand(arguments, readStdin)
            : command == u"token" ? zd::cli::runTokenCommand(arguments, store, secrets, readStdin)
                                  : zd::cli::runProfilesCommand(arguments, store, secrets, readStdin);
        write(stdout, output.out);
        write(stderr, output.err);
        return output.exitCode;
    }

    zd::cli::ProfileAccess profiles;
    profiles.find = [&store](const QString &name, QString *error) -> std::optional<zd::Profile> {
        const QString message = store.load();
        if (store.profiles().isEmpty() && !message.isEmpty())
            *error = message;
        return store.byName(name);
    };
    profiles.secret = [&secrets](const QString &key, QString *error) {
        return zd::cli::readSecret(secrets, key, error);
    };
    const zd::cli::ParseOutcome outcome = zd::cli::parseArguments(arguments, readStdin, profiles);
    switch (outcome.action) {
    case zd::cli::ParseOutcome::Action::ShowHelp:
    case zd::cli::ParseOutcome::Action::ShowVersion:
        write(stdout, outcome.text.toUtf8());
        return 0;
    case zd::cli::ParseOutcome::Action::UsageError:
        return usageError(outcome, outcome.text);
    case zd::cli::ParseOutcome::Action::Run:
        break;
    }

    const zd::cli::CliArguments &args = outcome.arguments;
    // Validate the whole call before anything is sent (an OAuth2 call's token is got later: a stand-in
    // takes its place here).
    if (const zd::BuildResult built = zd::buildRequest(args.client, zd::withTokenStandIn(args.spec));
        !built.ok())
        return usageError(outcome, built.error);

    if (args.load) {
        zd::LoadRunner runner;
        QObject::connect(&runner, &zd::LoadRunner::finished, &app, [&args](const zd::LoadReport &report) {
            write(stdout, args.format == zd::cli::OutputFormat::Json ? zd::cli::formatLoadJson(report)
                                                                     : zd::cli::formatLoadText(report));
            QCoreApplication::exit(report.okCalls == report.calls ? 0 : 1);
        });
        runner.start(args.client, args.spec, args.repeat, args.duration, args.concurrency);
        return QCoreApplication::exec();
    }

    QNetworkAccessManager network;
    zd::NetworkPool networks(&network);
    zd::CallSession session(&networks);
    QObject::connect(&session, &zd::CallSession::finished, &app, [&args](const zd::CallReport &report) {
        const zd::InvokeResult &result = report.result;
        // Written as it is made: a large body is not held a second time as its report.
        const auto toStdout = [](QByteArrayView piece) {
            std::fwrite(piece.data(), 1, size_t(piece.size()), stdout);
        };
        if (args.format == zd::cli::OutputFormat::Json) {
            zd::cli::writeJson(result, toStdout);
            std::fflush(stdout);
        } else {
            zd::cli::writeText(result, toStdout);
            std::fflush(stdout);
            if (result.error.kind != zd::ErrorKind::None)
                write(stderr, zd::cli::neutralised((u"zato-invoke: " + zd::errorKindName(result.error.kind) +
                                                    u" error: " + result.error.message + u'\n')
                                                       .toUtf8()));
        }
        QCoreApplication::exit(zd::cli::exitCode(result));
    });
    session.call(args.client, args.spec);
    return QCoreApplication::exec();
}
