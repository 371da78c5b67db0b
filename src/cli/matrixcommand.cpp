#include "matrixcommand.h"

#include "clioutput.h"
#include "hardening/boundedread.h"
#include "matrixsources.h"
#include "profile/profilestore.h"
#include "rbac/credentialresolver.h"
#include "rbac/matrixrunner.h"
#include "syncsecrets.h"

#include "json/writer.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QSaveFile>

namespace zd::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(zato_invoke)
};

constexpr qint64 MaxMatrixFileBytes = 16 * 1024 * 1024;

CommandOutput usage(const QString &message)
{
    return CommandOutput::usageError(QStringLiteral("matrix"), message);
}

// Each row's user and password, as the window's matrix view resolves them; every row's error is told.
std::optional<QList<ResolvedCredential>> resolve(const MatrixDefinition &matrix, ProfileStore &store,
                                                 SecretStore &secrets, QString *error)
{
    const bool namesAProfile = std::any_of(matrix.credentials.cbegin(), matrix.credentials.cend(),
                                           [](const MatrixCredential &c) { return !c.profile.isEmpty(); });
    if (namesAProfile)
        store.load();
    QList<CredentialResolution> rows;
    CredentialResolver resolver;
    waitFor([&](QObject *context, const std::function<void()> &finish) {
        QObject::connect(&resolver, &CredentialResolver::finished, context,
                         [&rows, finish](const QList<CredentialResolution> &resolved) {
                             rows = resolved;
                             finish();
                         });
        resolver.start(matrix, store, secrets);
    });
    if (const QString errors = CredentialResolver::errors(rows); !errors.isEmpty()) {
        *error = errors;
        return std::nullopt;
    }
    QList<ResolvedCredential> resolved;
    for (const CredentialResolution &row : rows)
        resolved << row.credential;
    return resolved;
}

QList<MatrixCell> runCells(const MatrixDefinition &matrix, const QList<ResolvedCredential> &credentials,
                           int workers)
{
    MatrixRunner runner;
    QList<MatrixCell> cells;
    QEventLoop loop;
    QObject::connect(&runner, &MatrixRunner::cellFinished, &loop,
                     [&cells](const MatrixCell &cell) { cells << cell; });
    QObject::connect(&runner, &MatrixRunner::finished, &loop, &QEventLoop::quit);
    runner.start(matrix, credentials, MatrixRunner::allCells(matrix), workers);
    if (runner.isRunning())
        loop.exec();
    std::sort(cells.begin(), cells.end(), [](const MatrixCell &a, const MatrixCell &b) {
        return std::pair(a.row, a.column) < std::pair(b.row, b.column);
    });
    return cells;
}

// Whether no cell reached the server at all: refused, no such host, a timeout, TLS, a broken connection.
bool unreachable(const QList<MatrixCell> &cells)
{
    const QStringList transport = {QStringLiteral("refused"), QStringLiteral("dns"),
                                   QStringLiteral("timeout"), QStringLiteral("tls"),
                                   QStringLiteral("closed"),  QStringLiteral("transport")};
    return !cells.isEmpty() &&
           std::all_of(cells.cbegin(), cells.cend(),
                       [&transport](const MatrixCell &cell) { return transport.contains(cell.actual); });
}

QByteArray textReport(const MatrixDefinition &matrix, const QList<MatrixCell> &cells, int mismatches)
{
    // Columns as wide as their longest name, so every line of a report lines up.
    qsizetype rowWidth = 16;
    qsizetype columnWidth = 24;
    for (const MatrixCredential &credential : matrix.credentials)
        rowWidth = std::max(rowWidth, credential.name.size());
    for (const MatrixChannel &channel : matrix.channels)
        columnWidth = std::max(columnWidth, channel.name.size());
    QByteArray out;
    for (const MatrixCell &cell : cells) {
        const bool match = cell.matches();
        out += QStringLiteral("%1  %2  %3  expected %4  got %5  %6 ms\n")
                   .arg(match ? QStringLiteral("ok  ") : QStringLiteral("FAIL"))
                   .arg(matrix.credentials.at(cell.row).name, -int(rowWidth))
                   .arg(matrix.channels.at(cell.column).name, -int(columnWidth))
                   .arg(cell.expected.isEmpty() ? QStringLiteral("-") : cell.expected, -8)
                   .arg(cell.actual, -8)
                   .arg(cell.elapsedMs, 0, 'f', 1)
                   .toUtf8();
        if (const QString reason = matrix.reason(cell.row, cell.column); !match && !reason.isEmpty())
            out += (u"      " + Text::tr("expected because: %1").arg(reason) + u'\n').toUtf8();
    }
    out += Text::tr("%1 cells, %2 as expected, %3 not.\n")
               .arg(cells.size())
               .arg(cells.size() - mismatches)
               .arg(mismatches)
               .toUtf8();
    return out;
}

// {"cells": [{credential, channel, method, path, expected, reason, actual, http_status, as_expected}],
// "differ": N}
QByteArray jsonReport(const MatrixDefinition &matrix, const QList<MatrixCell> &cells, int mismatches)
{
    using json::Value;
    json::Array list;
    for (const MatrixCell &cell : cells) {
        const MatrixChannel &channel = matrix.channels.at(cell.column);
        const QString reason = matrix.reason(cell.row, cell.column);
        list.push_back(Value::fromObject({
            {QStringLiteral("credential"), Value::fromString(matrix.credentials.at(cell.row).name)},
            {QStringLiteral("channel"), Value::fromString(channel.name)},
            {QStringLiteral("method"),
             Value::fromString(channel.method.isEmpty() ? QStringLiteral("POST") : channel.method)},
            {QStringLiteral("path"), Value::fromString(channel.path)},
            {QStringLiteral("expected"),
             cell.expected.isEmpty() ? Value() : Value::fromString(cell.expected)},
            {QStringLiteral("reason"), reason.isEmpty() ? Value() : Value::fromString(reason)},
            {QStringLiteral("actual"), Value::fromString(cell.actual)},
            {QStringLiteral("http_status"), cell.status > 0 ? Value::fromInteger(cell.status) : Value()},
            {QStringLiteral("as_expected"), Value::fromBool(cell.matches())},
        }));
    }
    const Value root = Value::fromObject({{QStringLiteral("cells"), Value::fromArray(std::move(list))},
                                          {QStringLiteral("differ"), Value::fromInteger(mismatches)}});
    return json::dumps(root, json::WriteOptions{false, 2}) + '\n';
}

QString writeFile(const QString &name, const QByteArray &bytes)
{
    QSaveFile file(name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Text::tr("Cannot write %1: %2").arg(name, file.errorString());
    return QString();
}

} // namespace

CommandOutput runMatrixCommand(const QStringList &arguments, ProfileStore &store, SecretStore &secrets)
{
    QCommandLineParser parser;
    const QCommandLineOption junit(QStringLiteral("junit"), QString(), QStringLiteral("OUT"));
    const QCommandLineOption csv(QStringLiteral("csv"), QString(), QStringLiteral("OUT"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QString(), QStringLiteral("N"),
                                         QStringLiteral("4"));
    const QCommandLineOption enmasseFile(QStringLiteral("from-enmasse"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption discover(QStringLiteral("discover"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("USER"),
                                  QStringLiteral("admin.invoke"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"), QString(), QStringLiteral("VAR"));
    const QCommandLineOption secret(QStringLiteral("secret"), QString(), QStringLiteral("DEFINITION=VAR"));
    const QCommandLineOption apiKeyHeader(QStringLiteral("api-key-header"), QString(),
                                          QStringLiteral("DEFINITION=HEADER"));
    const QCommandLineOption realm(QStringLiteral("realm"), QString(), QStringLiteral("DEFINITION=REALM"));
    const QCommandLineOption envFile(QStringLiteral("env-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption openApi(QStringLiteral("openapi"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption openApiFile(QStringLiteral("openapi-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption address(QStringLiteral("address"), QString(), QStringLiteral("URL"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("text|json"),
                                    QStringLiteral("text"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({junit, csv, concurrency, enmasseFile, discover, user, passwordEnv, secret,
                       apiKeyHeader, realm, envFile, openApi, openApiFile, address, format, help});
    const QString synopsis =
        Text::tr("zato-invoke matrix FILE [--junit OUT] [--csv OUT] [--format text|json] "
                 "[--concurrency N]\n"
                 "zato-invoke matrix --from-enmasse FILE [--env-file FILE] --address URL "
                 "[same options]\n"
                 "zato-invoke matrix --discover --address URL --user admin.invoke --password-env VAR "
                 "[--secret DEFINITION=VAR]... [--env-file FILE] [same options]\n"
                 "  with either: [--openapi NAME | --openapi-file FILE] [--secret DEFINITION=VAR]...\n"
                 "               [--api-key-header DEFINITION=HEADER]... [--realm DEFINITION=REALM]...");
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help))
        return CommandOutput{
            (synopsis + u"\n\n" +
             Text::tr(
                 "Runs a saved matrix, or the matrix a server's configuration makes, read from its enmasse "
                 "file or discovered through its admin services: each security definition, no "
                 "credentials, and each definition with a wrong secret, against each REST channel, with the "
                 "outcome every cell must have and why. A server never gives its secrets: --secret names "
                 "the variable (of the env file or the environment) that holds a definition's. The "
                 "payloads come from an OpenAPI document: the server's /openapi/NAME (read with the "
                 "configuration's Basic Auth credentials) or a file; otherwise each call sends {}. Exits 0 "
                 "when every cell is as expected, 1 when any differs, 2 for a bad file, bad arguments or "
                 "refused admin credentials, 3 when the server cannot be reached.") +
             u'\n')
                .toUtf8(),
            QByteArray(), 0};
    const QStringList files = parser.positionalArguments().mid(1); // after "matrix"
    const bool enmasse = parser.isSet(enmasseFile);
    const bool discovery = parser.isSet(discover);
    const bool derived = enmasse || discovery;
    if (enmasse && discovery)
        return usage(Text::tr("give --from-enmasse FILE or --discover, not both."));
    if (derived ? !files.isEmpty() : files.size() != 1)
        return usage(Text::tr("give one matrix file, --from-enmasse FILE or --discover:\n%1").arg(synopsis));
    if (derived && parser.value(address).isEmpty())
        return usage(Text::tr("%1 needs --address, the server to test, e.g. http://127.0.0.1:17010")
                         .arg(enmasse ? QStringLiteral("--from-enmasse") : QStringLiteral("--discover")));
    if (!derived && (parser.isSet(envFile) || parser.isSet(address)))
        return usage(Text::tr("--env-file and --address go with --from-enmasse or --discover; a matrix file "
                              "has its address."));
    if (!discovery && (parser.isSet(user) || parser.isSet(passwordEnv)))
        return usage(Text::tr("--user and --password-env go with --discover."));
    if (!derived && (parser.isSet(secret) || parser.isSet(apiKeyHeader) || parser.isSet(realm)))
        return usage(
            Text::tr("--secret, --api-key-header and --realm go with --from-enmasse or --discover."));
    if (!derived && (parser.isSet(openApi) || parser.isSet(openApiFile)))
        return usage(Text::tr("--openapi and --openapi-file go with --from-enmasse or --discover."));
    if (parser.isSet(openApi) && parser.isSet(openApiFile))
        return usage(Text::tr("give --openapi NAME or --openapi-file FILE, not both."));
    if (discovery && !parser.isSet(passwordEnv))
        return usage(Text::tr("--discover needs --password-env VAR, the variable holding the password of "
                              "the server's admin.invoke definition."));
    bool ok = false;
    const int workers = parser.value(concurrency).toInt(&ok);
    if (!ok || workers < 1 || workers > 64)
        return usage(
            Text::tr("--concurrency \"%1\" is not a number from 1 to 64.").arg(parser.value(concurrency)));
    const QString reportFormat = parser.value(format);
    if (reportFormat != u"text" && reportFormat != u"json")
        return usage(Text::tr("--format \"%1\" is not text or json.").arg(reportFormat));

    DerivedMatrix loaded;
    QString error;
    if (derived) {
        const std::optional<Variables> variables = readVariables(parser.value(envFile), &error);
        if (!variables)
            return usage(error);
        std::optional<QString> password;
        if (discovery) {
            password = variables->value(parser.value(passwordEnv));
            if (!password)
                return usage(Text::tr("--password-env: the variable %1 is not set in the env file or the "
                                      "environment.")
                                 .arg(parser.value(passwordEnv)));
        }
        const OpenApiSource openApiSource{parser.value(openApi), parser.value(openApiFile)};
        const GivenValues given{parser.values(secret), parser.values(apiKeyHeader), parser.values(realm)};
        DerivedMatrixRead read = enmasse ? matrixFromEnmasse(parser.value(enmasseFile), *variables,
                                                             parser.value(address), openApiSource, given)
                                         : matrixFromServer(parser.value(address), parser.value(user),
                                                            *password, given, *variables, openApiSource);
        if (!read.matrix) {
            CommandOutput failed = usage(read.error);
            failed.err = neutralised(failed.err); // names and answers from the server, never its commands
            failed.exitCode = read.exitCode;
            return failed;
        }
        loaded = std::move(*read.matrix);
    } else {
        const BoundedRead file = readFileBounded(files.constFirst(), MaxMatrixFileBytes, Fifo::Accepted);
        if (!file.ok())
            return usage(Text::tr("cannot read %1: %2").arg(files.constFirst(), file.error));
        const MatrixRead read = readMatrix(file.bytes);
        if (!read.definition)
            return usage(read.error);
        loaded.matrix = *read.definition;
        const std::optional<QList<ResolvedCredential>> credentials =
            resolve(loaded.matrix, store, secrets, &error);
        if (!credentials)
            return usage(error);
        loaded.credentials = *credentials;
    }
    const MatrixDefinition &matrix = loaded.matrix;
    const QList<MatrixCell> cells = runCells(matrix, loaded.credentials, workers);
    const int mismatches = int(
        std::count_if(cells.cbegin(), cells.cend(), [](const MatrixCell &cell) { return !cell.matches(); }));

    CommandOutput output;
    // Names, reasons and explanations may come from the server: written, never obeyed by the terminal.
    output.err = neutralised(loaded.warnings);
    output.out = reportFormat == u"json" ? jsonReport(matrix, cells, mismatches)
                                         : neutralised(textReport(matrix, cells, mismatches));
    for (const auto &[option, bytes] :
         {std::pair{&junit, matrixJUnit(matrix, cells)}, std::pair{&csv, matrixCsv(matrix, cells)}}) {
        if (!parser.isSet(*option))
            continue;
        if (const QString writeError = writeFile(parser.value(*option), bytes); !writeError.isEmpty()) {
            output.err += (writeError + u'\n').toUtf8();
            output.exitCode = 3;
            return output;
        }
    }
    if (unreachable(cells)) {
        output.err += (Text::tr("The server at %1 could not be reached by any call: %2")
                           .arg(matrix.address, cells.constFirst().explanation) +
                       u'\n')
                          .toUtf8();
        output.exitCode = 3;
        return output;
    }
    output.exitCode = mismatches == 0 ? 0 : 1;
    return output;
}

} // namespace zd::cli
