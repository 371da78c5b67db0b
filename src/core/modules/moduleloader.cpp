#include "moduleloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace zd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(zd::ModuleLoader)
};

} // namespace

QStringList moduleCandidates(const ModulePlaces &places)
{
    if (const QString forced = qEnvironmentVariable(places.environment); !forced.isEmpty())
        return {forced};
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList candidates{QDir(appDir).filePath(places.installed)};
    if (appDir == places.buildDir || appDir.startsWith(places.buildDir + u'/'))
        candidates << places.built;
    return candidates;
}

namespace detail {

QFunctionPointer moduleEntry(const QString &path, const char *entryPoint, QStringList *failures)
{
    QLibrary library(path);
    library.setLoadHints(QLibrary::PreventUnloadHint);
    const QFunctionPointer entry = library.resolve(entryPoint);
    if (!entry)
        failures->append(library.errorString());
    return entry;
}

QString otherVersion(const QString &path)
{
    return Text::tr("%1 is from another version of Zato Desk").arg(path);
}

} // namespace detail

} // namespace zd
