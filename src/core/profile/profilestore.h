#pragma once

#include "profile.h"

#include <QList>
#include <QString>
#include <functional>

namespace zd {

// What becomes of an imported profile whose name is already taken.
enum class ImportChoice {
    Replace,  // it replaces the profile of that name, which keeps its id (and so its saved password)
    KeepBoth, // it is added beside it under a new name (" (imported)" added)
    Skip,     // it is not imported
};
// Asked for each imported profile whose name is taken, with the name it gets if both are kept.
using ImportDecision = std::function<ImportChoice(const Profile &incoming, const QString &keepBothName)>;

// The saved profiles: one versioned JSON file, written atomically. Every change locks the file,
// reads it again and applies just that change, so two windows (or a window and the CLI) never
// overwrite each other's changes. A file that does not parse is moved aside, never overwritten. A
// file that cannot be read (no permission, a symbolic link that leads nowhere, a directory, a device,
// a FIFO, larger than MaxProfileFileBytes) or from a newer or unknown version is refused and left as
// it is: nothing is saved until it is fixed.
class ProfileStore
{
public:
    static constexpr qint64 MaxProfileFileBytes = 16 * 1024 * 1024;

    explicit ProfileStore(QString fileName = defaultFileName());

    // $XDG_CONFIG_HOME/zato-desk/profiles.json, shared by zato-desk and zato-invoke.
    [[nodiscard]] static QString defaultFileName();

    // Reads the file. Returns a message for the user when something needs saying (a broken file moved
    // aside, a file refused); a missing file is an empty store.
    QString load();

    [[nodiscard]] const QList<Profile> &profiles() const { return m_profiles; }
    [[nodiscard]] std::optional<Profile> byName(const QString &name) const;
    [[nodiscard]] std::optional<Profile> byId(const QString &id) const;
    // The file was refused (unreadable, or from another version): nothing can be saved.
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] const QString &fileName() const { return m_fileName; }

    // Adds the profile or replaces the one with its id, keeping the saved requests the file has for it.
    // Returns an error, or "" when saved.
    QString save(const Profile &profile);
    // Sets the saved requests of a profile (adding it when it is not saved yet, a built-in one say).
    QString saveRequests(const Profile &profile, const QList<SavedRequest> &requests);
    QString remove(const QString &id);

    // Export writes the given profiles, without secrets. Import adds a file's profiles; for each one
    // whose name is taken (by a saved profile, a built-in one or one imported before it), decide says
    // what becomes of it, asked before the file is locked; without decide, both are kept. Returns the
    // error or "", and the profiles imported or replaced, as saved.
    [[nodiscard]] static QString exportTo(const QString &fileName, const QList<Profile> &profiles);
    QString importFrom(const QString &fileName, QList<Profile> *imported = nullptr,
                       const ImportDecision &decide = {});

private:
    QString change(const std::function<QString(QList<Profile> &)> &apply);
    QString readFile(QList<Profile> &profiles, bool moveBrokenAside);
    QString refuse(const QString &message);

    QString m_fileName;
    QList<Profile> m_profiles;
    bool m_readOnly = false;
};

} // namespace zd
