// Parsing a large response body: zd::json::Document (the compact tape a response is read into),
// zd::json::parse (Python's json.loads rules, exact numbers, our ordered tree) beside simdjson
// building the same tree, simdjson's parse alone (the floor) and QJsonDocument (sorted keys,
// doubles), in one run. Prints the median of each and its ratios.
#include "json/document.h"
#include "json/parser.h"
#include "json/writer.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <simdjson.h>
#include <vector>

namespace {

zd::json::Value convert(simdjson::dom::element element)
{
    using zd::json::Value;
    switch (element.type()) {
    case simdjson::dom::element_type::ARRAY: {
        zd::json::Array values;
        for (simdjson::dom::element item : element.get_array())
            values.push_back(convert(item));
        return Value::fromArray(std::move(values));
    }
    case simdjson::dom::element_type::OBJECT: {
        zd::json::Object members;
        for (simdjson::dom::key_value_pair field : element.get_object()) {
            const std::string_view key = field.key;
            members.push_back({QString::fromUtf8(key.data(), qsizetype(key.size())), convert(field.value)});
        }
        return Value::fromObject(std::move(members));
    }
    case simdjson::dom::element_type::INT64:
        return Value::fromInteger(int64_t(element));
    case simdjson::dom::element_type::UINT64:
        return Value::fromNumber({QByteArray::number(quint64(uint64_t(element))), true});
    case simdjson::dom::element_type::DOUBLE:
        return Value::fromDouble(double(element));
    case simdjson::dom::element_type::STRING: {
        const std::string_view text = element;
        return Value::fromString(QString::fromUtf8(text.data(), qsizetype(text.size())));
    }
    case simdjson::dom::element_type::BOOL:
        return Value::fromBool(bool(element));
    case simdjson::dom::element_type::NULL_VALUE:
        return Value();
    }
    return Value();
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int megabytes = argc > 1 ? std::atoi(argv[1]) : 20;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 7;

    QByteArray body = "[";
    const QByteArray item =
        R"({"id": 1234567890123, "name": "Victoria Murray", "city": "\u0141\u00f3d\u017a", )"
        R"("score": 12.5, "tags": ["a", "b"], "active": true, "parent": null}, )";
    while (body.size() < qsizetype(megabytes) * 1024 * 1024)
        body += item;
    body.chop(2);
    body += "]";

    simdjson::dom::parser parser;
    const simdjson::padded_string padded(body.constData(), size_t(body.size()));
    size_t sink = 0;

    const double document = medianMs(runs, [&] {
        zd::json::ParseResult result;
        sink += size_t(zd::json::Document::build(body, &result)->size(0));
    });
    const double pretty = medianMs(runs, [&] {
        sink += size_t(zd::json::dumps(zd::json::parseDocument(body).value, {false, 4}).size());
    });
    const double ours = medianMs(runs, [&] { sink += zd::json::parse(body).value.toArray().size(); });
    const double simdTree =
        medianMs(runs, [&] { sink += convert(parser.parse(padded).value()).toArray().size(); });
    const double simdOnly = medianMs(runs, [&] { sink += parser.parse(padded).get_array().size(); });
    const double qt = medianMs(runs, [&] { sink += size_t(QJsonDocument::fromJson(body).array().size()); });

    std::printf("## Parsing a %d MB JSON array (%d runs each, median)\n\n", megabytes, runs);
    std::printf("| Parser | ms | MB/s | ratio to zd::json::parse | ratio to simdjson parse only |\n"
                "|:---|---:|---:|---:|---:|\n");
    const auto row = [&](const char *name, double ms) {
        std::printf("| %s | %.1f | %.0f | %.2f | %.2f |\n", name, ms,
                    double(body.size()) / 1048576.0 / (ms / 1000.0), ms / ours, ms / simdOnly);
    };
    row("zd::json::Document (Python rules, tape over the bytes)", document);
    row("zd::json::Document + pretty text (indent 4)", pretty);
    row("zd::json::parse (Python rules, ordered tree, exact numbers)", ours);
    row("simdjson DOM + conversion to the same tree", simdTree);
    row("simdjson DOM parse only (no usable tree)", simdOnly);
    row("QJsonDocument (sorted keys, doubles)", qt);
    std::fprintf(stderr, "(checksum %zu)\n", sink);
    return 0;
}
