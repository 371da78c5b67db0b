// libFuzzer: the profile file loader. A file that loads must write and load back unchanged.
#include "profile/profilejson.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const zd::ProfilesRead read =
        zd::readProfiles(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (read.error.isEmpty() && read.schema <= zd::ProfileSchemaVersion) {
        const QByteArray written = zd::writeProfiles(read.profiles);
        const zd::ProfilesRead again = zd::readProfiles(written);
        if (!again.error.isEmpty() || zd::writeProfiles(again.profiles) != written)
            __builtin_trap();
    }
    return 0;
}
