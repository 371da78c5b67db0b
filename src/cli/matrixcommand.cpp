#include "matrixcommand.h"

#include "hardening/boundedread.h"
#include "profile/profilestore.h"
#include "rbac/credentialresolver.h"
#include "rbac/matrixrunner.h"
#include "syncsecrets.h"

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
    return CommandOutput{QByteArray(), (u"zato-invoke matrix: " + message + u'\n').toUtf8(), 2};
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
    parser.addOptions({junit, csv, concurrency});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList files = parser.positionalArguments().mid(1); // after "matrix"
    if (files.size() != 1)
        return usage(Text::tr("give one matrix file: zato-invoke matrix FILE [--junit OUT] [--csv OUT] "
                              "[--concurrency N]"));
    bool ok = false;
    const int workers = parser.value(concurrency).toInt(&ok);
    if (!ok || workers < 1 || workers > 64)
        return usage(
            Text::tr("--concurrency \"%1\" is not a number from 1 to 64.").arg(parser.value(concurrency)));

    const BoundedRead file = readFileBounded(files.constFirst(), MaxMatrixFileBytes, Fifo::Accepted);
    if (!file.ok())
        return usage(Text::tr("cannot read %1: %2").arg(files.constFirst(), file.error));
    const MatrixRead read = readMatrix(file.bytes);
    if (!read.definition)
        return usage(read.error);
    const MatrixDefinition &matrix = *read.definition;
    QString error;
    const std::optional<QList<ResolvedCredential>> credentials = resolve(matrix, store, secrets, &error);
    if (!credentials)
        return usage(error);

    MatrixRunner runner;
    QList<MatrixCell> cells;
    QEventLoop loop;
    QObject::connect(&runner, &MatrixRunner::cellFinished, &loop,
                     [&cells](const MatrixCell &cell) { cells << cell; });
    QObject::connect(&runner, &MatrixRunner::finished, &loop, &QEventLoop::quit);
    runner.start(matrix, *credentials, MatrixRunner::allCells(matrix), workers);
    if (runner.isRunning())
        loop.exec();
    std::sort(cells.begin(), cells.end(), [](const MatrixCell &a, const MatrixCell &b) {
        return std::pair(a.row, a.column) < std::pair(b.row, b.column);
    });

    CommandOutput output;
    int mismatches = 0;
    for (const MatrixCell &cell : cells) {
        const bool match = cell.matches();
        mismatches += match ? 0 : 1;
        output.out += QStringLiteral("%1  %2  %3  expected %4  got %5  %6 ms\n")
                          .arg(match ? QStringLiteral("ok  ") : QStringLiteral("FAIL"))
                          .arg(matrix.credentials.at(cell.row).name, -16)
                          .arg(matrix.channels.at(cell.column).name, -24)
                          .arg(cell.expected.isEmpty() ? QStringLiteral("-") : cell.expected, -8)
                          .arg(cell.actual, -8)
                          .arg(cell.elapsedMs, 0, 'f', 1)
                          .toUtf8();
    }
    output.out += Text::tr("%1 cells, %2 as expected, %3 not.\n")
                      .arg(cells.size())
                      .arg(cells.size() - mismatches)
                      .arg(mismatches)
                      .toUtf8();
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
    output.exitCode = mismatches == 0 ? 0 : 1;
    return output;
}

} // namespace zd::cli
