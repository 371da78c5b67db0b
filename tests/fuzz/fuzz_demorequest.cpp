// libFuzzer: the demo server's request handling: raw bytes through the HTTP parser, every complete
// request through channels, authentication, RBAC, the dispatcher and the services, and the answer
// serialised.
#include "gateway.h"
#include "requestparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const zd::demo::DemoConfig config = zd::demo::DemoConfig::defaults();
    static std::unique_ptr<zd::demo::Cache> cache = zd::demo::createMemoryCache();
    static zd::demo::ServiceRegistry services(cache.get(), std::chrono::seconds(60));
    static zd::demo::Gateway gateway(config, &services, [](std::function<void()> work) { work(); });

    QByteArray pending(reinterpret_cast<const char *>(data), qsizetype(size));
    zd::demo::RequestParser parser(1024 * 1024);
    for (int i = 0; i < 16; ++i) {
        zd::demo::DemoRequest request;
        zd::demo::RequestParser::Status status = parser.feed(pending, request);
        while (status == zd::demo::RequestParser::Status::Header)
            status = parser.feed(pending, request);
        if (status != zd::demo::RequestParser::Status::Ready)
            break;
        zd::demo::CallLog log;
        const zd::demo::DemoResponse response = gateway.handle(request, log);
        (void)zd::demo::serialize(response, request, request.keepAlive);
    }
    return 0;
}
