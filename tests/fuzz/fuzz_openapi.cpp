// libFuzzer: what a server's /openapi/{name} or a user's file may hold, read into operations and their
// request templates (yaml-cpp, $ref chains and cycles, examples of any shape), then put on channels.
#include "access/openapi.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const zd::access::OpenApiRead read = zd::access::readOpenApi(bytes, QStringLiteral("fuzz.yaml"));
    if (read.operations) {
        zd::access::AccessTest test;
        for (const zd::access::ApiOperation &operation : *read.operations) {
            zd::access::Channel channel;
            channel.name = operation.name;
            channel.path = operation.path;
            channel.method = operation.method;
            test.configuration.channels << channel;
            test.channels << zd::access::FileChannel{operation.name, zd::access::samplePath(operation.path),
                                                     operation.method, QString()};
        }
        if (!zd::access::applyOperations(test, *read.operations).isEmpty())
            __builtin_trap(); // every operation has its own channel here
    } else if (read.error.isEmpty()) {
        __builtin_trap(); // a document not read always says why
    }
    return 0;
}
