#pragma once

#include "profile.h"

#include <QByteArray>

namespace zd {

// The profile file's schema version; a file with a higher one is refused, never rewritten.
// 2 added "auth" and "api_key_header"; a file of version 1 is read as HTTP Basic.
inline constexpr int ProfileSchemaVersion = 3;

struct ProfilesRead
{
    QList<Profile> profiles;
    int schema = ProfileSchemaVersion;
    // Non-empty: "schema" as written, when it is not a version (an integer from 1 up): a file from an
    // unknown version, refused like a newer one, never rewritten.
    QString unknownSchema;
    QString error; // non-empty: the text is not a profile file we can read
};

// {"schema": 1, "profiles": [...]}: every field but the secrets. Also the import/export format.
[[nodiscard]] QByteArray writeProfiles(const QList<Profile> &profiles);
[[nodiscard]] ProfilesRead readProfiles(const QByteArray &json);

} // namespace zd
