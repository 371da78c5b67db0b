#include "cliarguments.h"
#include "clioutput.h"
#include "invoke/invoker.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <cstdio>

namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QByteArray readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QByteArray();
    return in.readAll();
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
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zato-invoke"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZD_VERSION));

    const zd::cli::ParseOutcome outcome = zd::cli::parseArguments(QCoreApplication::arguments(), readStdin);
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
    // Validate the whole call before anything is sent.
    if (const zd::BuildResult built = zd::buildRequest(args.client, args.spec); !built.ok())
        return usageError(outcome, built.error);

    QNetworkAccessManager network;
    zd::Invoker *invoker = zd::createInvoker(args.client, &network, &app);
    QObject::connect(invoker, &zd::Invoker::finished, &app, [&args](const zd::InvokeResult &result) {
        if (args.format == zd::cli::OutputFormat::Json) {
            write(stdout, zd::cli::formatJson(result));
        } else {
            write(stdout, zd::cli::formatText(result));
            if (result.error.kind != zd::ErrorKind::None)
                write(stderr, (u"zato-invoke: " + zd::errorKindName(result.error.kind) + u" error: " +
                               result.error.message + u'\n')
                                  .toUtf8());
        }
        QCoreApplication::exit(zd::cli::exitCode(result));
    });
    invoker->start(args.spec);
    return QCoreApplication::exec();
}
