#include "matrixcommand.h"

#include "rbac/matrixrunner.h"
#include "syncsecrets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QProcessEnvironment>
#include <QSaveFile>

namespace zd::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(zato_invoke)
};

CommandOutput usage(const QString &message)
{
    return CommandOutput{QByteArray(), (u"zato-invoke matrix: " + message + u'\n').toUtf8(), 2};
}

// Each row's user and password: from its profile, an environment variable, or the keychain.
std::optional<QList<ResolvedCredential>> resolve(const MatrixDefinition &matrix, ProfileStore &store,
                                                 SecretStore &secrets, QString *error)
{
    QList<ResolvedCredential> resolved;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    bool storeLoaded = false;
    for (const MatrixCredential &credential : matrix.credentials) {
        ResolvedCredential r{credential.user, QString()};
        QString keychainError;
        if (!credential.profile.isEmpty()) {
            if (!storeLoaded) {
                store.load();
                storeLoaded = true;
            }
            const std::optional<Profile> profile = store.byName(credential.profile);
            if (!profile) {
                *error = Text::tr("Row \"%1\" names the profile \"%2\", which does not exist.")
                             .arg(credential.name, credential.profile);
                return std::nullopt;
            }
            if (r.user.isEmpty())
                r.user = profile->user;
            r.password = readSecret(secrets, profilePasswordKey(profile->id), &keychainError)
                             .value_or(Profile::builtInPassword(profile->id));
        } else if (!credential.passwordEnv.isEmpty()) {
            if (!env.contains(credential.passwordEnv)) {
                *error = Text::tr("Row \"%1\": the environment variable %2 is not set.")
                             .arg(credential.name, credential.passwordEnv);
                return std::nullopt;
            }
            r.password = env.value(credential.passwordEnv);
        } else {
            const std::optional<QString> saved =
                readSecret(secrets, matrixPasswordKey(credential.name), &keychainError);
            if (!saved) {
                *error =
                    Text::tr(
                        "Row \"%1\" has no password: give it a \"password_env\" or a \"profile\", or save "
                        "it from the window's matrix view%2.")
                        .arg(credential.name,
                             keychainError.isEmpty() ? QString() : u" (" + keychainError + u')');
                return std::nullopt;
            }
            r.password = *saved;
        }
        resolved.append(r);
    }
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

    QFile file(files.constFirst());
    if (!file.open(QIODevice::ReadOnly))
        return usage(Text::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const MatrixRead read = readMatrix(file.readAll());
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
