// libFuzzer: the Python-rules JSON parser and writer, the compact Document, and Python's base64
// decoding. Whatever parses must write and parse back to the same value; the Document must agree
// with the parser on every input (the result, the error, the value) and write the same text, whole and
// a line at a time (PrettyLines, as the Response panel's text is made on demand), and from every state
// kept on the way.
#include "dispatcher.h"

#include "json/document.h"
#include "json/parser.h"
#include "json/prettylines.h"
#include "json/writer.h"
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const zd::json::ParseResult parsed = zd::json::parse(bytes);
    const zd::json::ParseResult document = zd::json::parseDocument(bytes);
    if (document.ok != parsed.ok || document.error != parsed.error || document.errorChar != parsed.errorChar)
        __builtin_trap();
    if (parsed.ok) {
        for (const zd::json::WriteOptions options :
             {zd::json::WriteOptions{}, zd::json::WriteOptions{false, 4},
              zd::json::WriteOptions{true, -1, true}}) {
            if (zd::json::dumps(zd::json::parseDocument(bytes).value, options) !=
                zd::json::dumps(parsed.value, options))
                __builtin_trap();
        }
        if (!identical(document.value, parsed.value))
            __builtin_trap();
        if (const zd::json::detail::LazyNode *node = document.value.lazyNode()) {
            for (const zd::json::WriteOptions options :
                 {zd::json::WriteOptions{false, 4}, zd::json::WriteOptions{true, 0}}) {
                QByteArray lines;
                std::vector<std::pair<qint64, zd::json::PrettyLines>> kept;
                zd::json::PrettyLines(node->document, node->index, options)
                    .writeAll(
                        1024,
                        [&kept](qint64 at, const zd::json::PrettyLines &state) {
                            kept.emplace_back(at, state);
                        },
                        [&lines](QByteArrayView piece) { lines += piece; });
                if (lines != zd::json::dumps(parsed.value, options))
                    __builtin_trap();
                // Each kept state writes the rest of the text from where it was kept.
                for (auto &[at, state] : kept) {
                    QByteArray rest;
                    state.write(rest, lines.size());
                    if (rest != QByteArrayView(lines).sliced(at))
                        __builtin_trap();
                }
            }
        }
    }
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
