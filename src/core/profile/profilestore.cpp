#include "profilestore.h"

#include "hardening/boundedread.h"
#include "profilejson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace zd {

namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
};

QString writeAtomically(const QString &fileName, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return StoreText::tr("Cannot write %1: %2").arg(fileName, file.errorString());
    // A short write (a full disk, a file size limit) must not replace the previous file: QSaveFile's
    // commit() alone was seen to accept a truncated file, so the written size is checked first.
    errno = 0;
    const bool written = file.write(bytes) == bytes.size() && file.flush() && file.size() == bytes.size() &&
                         file.error() == QFileDevice::NoError;
    const int writeError = errno;
    if (!written) {
        // Qt sets no reason for a write cut short (it says "Unknown error"); the system's is clearer.
        const bool limit = writeError == EFBIG || writeError == ENOSPC || writeError == EDQUOT;
        const QString reason = limit ? QString::fromLocal8Bit(std::strerror(writeError)) : file.errorString();
        file.cancelWriting();
        file.commit();
        return StoreText::tr("Cannot write %1: %2. The previous file is unchanged.").arg(fileName, reason);
    }
    if (!file.commit())
        return StoreText::tr("Cannot write %1: %2. The previous file is unchanged.")
            .arg(fileName, file.errorString());
    return QString();
}

} // namespace

ProfileStore::ProfileStore(QString fileName) : m_fileName(std::move(fileName)) {}

QString ProfileStore::defaultFileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/zato-desk/profiles.json";
}

QString ProfileStore::refuse(const QString &message)
{
    m_readOnly = true;
    return message;
}

QString ProfileStore::readFile(QList<Profile> &profiles, bool moveBrokenAside)
{
    m_readOnly = false;
    profiles.clear();
    const QFileInfo info(m_fileName);
    if (info.isSymLink() && !info.exists()) {
        // A link that leads nowhere is the user's (a dotfiles folder not there yet, say): it is not
        // replaced by a file, nor written through to create one where it points.
        struct stat target = {};
        const int error = ::stat(QFile::encodeName(m_fileName).constData(), &target) == 0 ? 0 : errno;
        return refuse(
            StoreText::tr("%1 is a symbolic link to %2, which cannot be opened (%3). It is left "
                          "as it is, and profiles cannot be saved until it is fixed: create "
                          "the file it points to, or remove the link.")
                .arg(m_fileName, info.symLinkTarget(), QString::fromLocal8Bit(std::strerror(error))));
    }
    if (!info.exists())
        return QString();
    const BoundedRead file = readFileBounded(m_fileName, MaxProfileFileBytes, Fifo::Refused);
    if (!file.ok())
        return refuse(StoreText::tr("Cannot read %1: %2. It is left as it is, and profiles cannot be "
                                    "saved until it can be read: fix it, or move it away to start with "
                                    "no saved profiles.")
                          .arg(m_fileName, file.error));
    const ProfilesRead read = readProfiles(file.bytes);
    if (!read.unknownSchema.isEmpty())
        return refuse(StoreText::tr("%1 is from an unknown version of Zato Desk (schema %2). It is left as "
                                    "it is and profiles cannot be changed until you update Zato Desk.")
                          .arg(m_fileName, read.unknownSchema));
    if (read.schema > ProfileSchemaVersion) {
        return refuse(StoreText::tr("%1 was written by a newer Zato Desk (schema %2; this one knows %3). It "
                                    "is left as it is and profiles cannot be changed until you update "
                                    "Zato Desk.")
                          .arg(m_fileName)
                          .arg(read.schema)
                          .arg(ProfileSchemaVersion));
    }
    if (!read.error.isEmpty()) {
        if (!moveBrokenAside)
            return StoreText::tr("%1 is %2.").arg(m_fileName, read.error);
        const QString aside = m_fileName + u".broken-" +
                              QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss"));
        if (!QFile::rename(m_fileName, aside))
            return StoreText::tr("%1 is %2, and it could not be moved aside.").arg(m_fileName, read.error);
        return StoreText::tr(
                   "The profile file was %1. It was kept as %2 and you start with no saved profiles.")
            .arg(read.error, aside);
    }
    profiles = read.profiles;
    return QString();
}

QString ProfileStore::load()
{
    // Saves replace the file whole (writeAtomically), so reading it needs no lock: the window's start
    // makes no lock file and waits for no disk flush. Only a broken file, which is moved aside, is
    // read again under the lock.
    if (const QString message = readFile(m_profiles, false); message.isEmpty() || m_readOnly)
        return message;
    QLockFile lock(m_fileName + u".lock");
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    lock.tryLock(5000);
    return readFile(m_profiles, true);
}

std::optional<Profile> ProfileStore::byName(const QString &name) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::byId(const QString &id) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

QString ProfileStore::change(const std::function<QString(QList<Profile> &)> &apply)
{
    const QString folder = QFileInfo(m_fileName).absolutePath();
    QDir().mkpath(folder);
    QLockFile lock(m_fileName + u".lock");
    if (!lock.tryLock(5000)) {
        if (lock.error() == QLockFile::PermissionError)
            return StoreText::tr("Profiles cannot be saved: the folder %1 is read-only (or not yours).")
                .arg(folder);
        if (lock.error() == QLockFile::LockFailedError)
            return StoreText::tr("The profile file is locked by another Zato Desk; try again.");
        return StoreText::tr("Profiles cannot be saved: the lock file in %1 cannot be made.").arg(folder);
    }
    // Start from what is on disk now, so changes made elsewhere since our load are kept. A file that
    // cannot be read, or is from another version, is never replaced.
    QList<Profile> current;
    if (const QString error = readFile(current, true); !error.isEmpty() && m_readOnly)
        return error;
    if (const QString error = apply(current); !error.isEmpty())
        return error;
    if (const QString error = writeAtomically(m_fileName, writeProfiles(current)); !error.isEmpty())
        return error;
    m_profiles = current;
    return QString();
}

QString ProfileStore::save(const Profile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return StoreText::tr("A profile needs a name.");
    return change([&profile](QList<Profile> &profiles) -> QString {
        for (const Profile &other : profiles) {
            if (other.name == profile.name && other.id != profile.id)
                return StoreText::tr("There is already a profile named \"%1\".").arg(profile.name);
        }
        Profile saved = profile;
        saved.proxy.password.clear(); // secrets never go to the file
        for (Profile &existing : profiles) {
            if (existing.id == saved.id) {
                saved.requests = existing.requests; // changed by saveRequests() only
                existing = saved;
                return QString();
            }
        }
        profiles.append(saved);
        return QString();
    });
}

QString ProfileStore::saveRequests(const Profile &profile, const QList<SavedRequest> &requests)
{
    if (profile.name.trimmed().isEmpty())
        return StoreText::tr("A profile needs a name.");
    return change([&profile, &requests](QList<Profile> &profiles) -> QString {
        for (Profile &existing : profiles) {
            if (existing.id == profile.id) {
                existing.requests = requests;
                return QString();
            }
        }
        Profile saved = profile;
        saved.proxy.password.clear();
        saved.requests = requests;
        profiles.append(saved);
        return QString();
    });
}

QString ProfileStore::remove(const QString &id)
{
    return change([&id](QList<Profile> &profiles) -> QString {
        profiles.removeIf([&id](const Profile &p) { return p.id == id; });
        return QString();
    });
}

QString ProfileStore::exportTo(const QString &fileName, const QList<Profile> &profiles)
{
    return writeAtomically(fileName, writeProfiles(profiles));
}

namespace {

bool nameTaken(const QList<Profile> &profiles, const QString &name)
{
    return std::any_of(profiles.cbegin(), profiles.cend(),
                       [&name](const Profile &p) { return p.name == name; });
}

QString keepBothName(const QList<Profile> &profiles, QString name)
{
    while (nameTaken(profiles, name))
        name += StoreText::tr(" (imported)");
    return name;
}

// The profiles the user sees: the saved ones and the built-ins no saved one stands for.
QList<Profile> withBuiltIns(QList<Profile> profiles)
{
    for (const Profile &builtIn : Profile::builtIns()) {
        if (!std::any_of(profiles.cbegin(), profiles.cend(), [&builtIn](const Profile &p) {
                return p.id == builtIn.id || p.name == builtIn.name;
            }))
            profiles.append(builtIn);
    }
    return profiles;
}

} // namespace

QString ProfileStore::importFrom(const QString &fileName, QList<Profile> *imported,
                                 const ImportDecision &decide)
{
    const BoundedRead file = readFileBounded(fileName, MaxProfileFileBytes, Fifo::Refused);
    if (!file.ok())
        return StoreText::tr("Cannot read %1: %2").arg(fileName, file.error);
    const ProfilesRead read = readProfiles(file.bytes);
    if (!read.unknownSchema.isEmpty())
        return StoreText::tr("%1 is from an unknown version of Zato Desk (schema %2).")
            .arg(fileName, read.unknownSchema);
    if (read.schema > ProfileSchemaVersion)
        return StoreText::tr("%1 was written by a newer Zato Desk (schema %2).")
            .arg(fileName)
            .arg(read.schema);
    if (!read.error.isEmpty())
        return StoreText::tr("%1 is %2.").arg(fileName, read.error);

    // Every clash decided first, against the profiles as they are on disk now, without the lock: the
    // user may take their time to answer.
    QList<Profile> seen = m_profiles;
    if (QList<Profile> onDisk; QFile::exists(m_fileName) && readFile(onDisk, false).isEmpty())
        seen = onDisk;
    seen = withBuiltIns(seen);
    QList<std::pair<Profile, ImportChoice>> plan;
    for (Profile profile : read.profiles) {
        ImportChoice choice = ImportChoice::KeepBoth;
        if (nameTaken(seen, profile.name)) {
            const QString renamed = keepBothName(seen, profile.name);
            if (decide)
                choice = decide(profile, renamed);
            if (choice == ImportChoice::KeepBoth)
                profile.name = renamed;
        }
        if (choice == ImportChoice::Skip)
            continue;
        if (choice == ImportChoice::KeepBoth)
            seen.append(profile);
        plan.append({profile, choice});
    }

    QList<Profile> added;
    const QString error = change([&plan, &added](QList<Profile> &profiles) -> QString {
        for (const auto &step : plan) {
            Profile profile = step.first; // a copy of its own: lambdas below capture it
            const ImportChoice choice = step.second;
            if (choice == ImportChoice::Replace) {
                const QList<Profile> shown = withBuiltIns(profiles);
                const auto same = std::find_if(shown.cbegin(), shown.cend(), [&profile](const Profile &p) {
                    return p.name == profile.name;
                });
                if (same != shown.cend()) {
                    profile.id = same->id;
                    const auto saved =
                        std::find_if(profiles.begin(), profiles.end(),
                                     [&profile](const Profile &p) { return p.id == profile.id; });
                    if (saved != profiles.end())
                        *saved = profile;
                    else
                        profiles.append(profile); // a built-in, saved from now on
                    added.append(profile);
                    continue;
                }
                // Gone since the question was asked: simply added.
            }
            profile.id = Profile::newId();
            profile.name = keepBothName(withBuiltIns(profiles), profile.name);
            profiles.append(profile);
            added.append(profile);
        }
        return QString();
    });
    if (error.isEmpty() && imported)
        *imported = added;
    return error;
}

} // namespace zd
