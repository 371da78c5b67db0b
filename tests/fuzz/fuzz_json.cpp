// libFuzzer: the Python-rules JSON parser and writer, and Python's base64 decoding. Whatever parses
// must write and parse back to the same value.
#include "dispatcher.h"

#include "json/parser.h"
#include "json/writer.h"
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const zd::json::ParseResult parsed = zd::json::parse(bytes);
    if (parsed.ok) {
        for (const zd::json::WriteOptions options :
             {zd::json::WriteOptions{}, zd::json::WriteOptions{false, 2},
              zd::json::WriteOptions{true, -1, true}}) {
            const QByteArray written = zd::json::dumps(parsed.value, options);
            const zd::json::ParseResult again = zd::json::parse(written);
            if (!again.ok || zd::json::dumps(again.value, options) != written)
                __builtin_trap();
        }
    }
    QString error;
    (void)zd::demo::pythonBase64Decode(bytes, &error);
    return 0;
}
