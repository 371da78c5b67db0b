// OpenAPI documents read into operations with request templates built from their schemas, and those
// templates given to the channels of an access test with the same method and path.
#include "access/openapi.h"

#include "json/writer.h"
#include <QObject>
#include <QTest>

using namespace zd;
using namespace zd::access;

namespace {

const QByteArray document = R"(openapi: 3.1.0
info: {title: Orders, version: '1'}
paths:
  /api/orders/{order_id}:
    get:
      operationId: orders.get
      responses: {'200': {description: ok}}
    post:
      operationId: orders.update
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Update'}
  /api/orders:
    post:
      requestBody: {$ref: '#/components/requestBodies/NewOrder'}
  /api/tree:
    put:
      operationId: tree.put
      requestBody:
        content:
          application/json; charset=utf-8:
            schema: {$ref: '#/components/schemas/Node'}
  /api/upload:
    post:
      operationId: upload
      requestBody:
        content:
          application/octet-stream: {schema: {type: string}}
components:
  requestBodies:
    NewOrder:
      content:
        application/json:
          schema:
            allOf:
              - {$ref: '#/components/schemas/Customer'}
              - type: object
                properties:
                  items: {type: array, items: {type: object, properties: {sku: {type: string, example: A-1}, qty: {type: integer, default: 1}}}}
                  express: {type: boolean}
  schemas:
    Update:
      type: object
      properties:
        status: {type: string, enum: [open, closed]}
        note: {type: [string, 'null']}
        price: {type: number, example: 9.5}
        code: {type: string, example: '007'}
        pay: {oneOf: [{type: object, properties: {card: {type: string}}}, {type: string}]}
        tags: {type: array}
    Customer:
      type: object
      properties:
        cust_id: {type: integer, example: 123}
    Node:
      type: object
      properties:
        name: {type: string}
        child: {$ref: '#/components/schemas/Node'}
)";

QString templateOf(const QList<ApiOperation> &operations, const QString &name)
{
    for (const ApiOperation &operation : operations) {
        if (operation.name == name)
            return operation.payload ? QString::fromUtf8(json::dumps(*operation.payload))
                                     : QStringLiteral("(none)");
    }
    return QStringLiteral("(missing)");
}

} // namespace

class tst_OpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operationsAndTemplates();
    void jsonDocument();
    void notOpenApi_data();
    void notOpenApi();
    void templatesGoToTheirChannels();
    void aliasesCannotExpandWithoutEnd();
};

void tst_OpenApi::operationsAndTemplates()
{
    const OpenApiRead read = readOpenApi(document, QStringLiteral("orders.yaml"));
    QVERIFY2(read.operations, qPrintable(read.error));
    const QList<ApiOperation> &operations = *read.operations;
    QCOMPARE(operations.size(), 5);
    QCOMPARE(operations.at(0).method, QStringLiteral("GET"));
    QCOMPARE(operations.at(0).path, QStringLiteral("/api/orders/{order_id}"));
    QCOMPARE(templateOf(operations, QStringLiteral("orders.get")), QStringLiteral("(none)"));
    QCOMPARE(
        templateOf(operations, QStringLiteral("orders.update")),
        QStringLiteral(
            R"({"status": "open", "note": "", "price": 9.5, "code": "007", "pay": {"card": ""}, "tags": []})"));
    // No operationId: named by method and path; a request body by reference; allOf merged.
    QCOMPARE(templateOf(operations, QStringLiteral("POST /api/orders")),
             QStringLiteral(R"({"cust_id": 123, "items": [{"sku": "A-1", "qty": 1}], "express": false})"));
    // A schema that holds itself ends, as null, where it comes round again.
    QCOMPARE(templateOf(operations, QStringLiteral("tree.put")),
             QStringLiteral(R"({"name": "", "child": null})"));
    // Not JSON: no template.
    QCOMPARE(templateOf(operations, QStringLiteral("upload")), QStringLiteral("(none)"));
}

void tst_OpenApi::jsonDocument()
{
    const OpenApiRead read = readOpenApi(
        R"({"openapi": "3.0.3", "paths": {"/a": {"post": {"operationId": "a", "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"n": {"type": "integer", "default": 5}, "s": {"type": "string", "default": "x"}}}}}}}}}})",
        QStringLiteral("a.json"));
    QVERIFY2(read.operations, qPrintable(read.error));
    QCOMPARE(templateOf(*read.operations, QStringLiteral("a")), QStringLiteral(R"({"n": 5, "s": "x"})"));
}

void tst_OpenApi::notOpenApi_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("swagger 2") << QByteArray("swagger: '2.0'\npaths: {}\n")
                               << QStringLiteral(
                                      "x.yaml: not an OpenAPI 3 document (no \"openapi: 3.x\" at its top).");
    QTest::newRow("no paths") << QByteArray("openapi: 3.1.0\n")
                              << QStringLiteral("x.yaml: the document has no paths.");
    QTest::newRow("not YAML") << QByteArray("openapi: [3\n")
                              << QStringLiteral("x.yaml: yaml-cpp: error at line 2");
    QTest::newRow("HTML") << QByteArray("<html><body>Forbidden</body></html>")
                          << QStringLiteral("x.yaml: not an OpenAPI 3 document");
}

void tst_OpenApi::notOpenApi()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const OpenApiRead read = readOpenApi(text, QStringLiteral("x.yaml"));
    QVERIFY(!read.operations);
    QVERIFY2(read.error.startsWith(error), qPrintable(read.error));
}

void tst_OpenApi::templatesGoToTheirChannels()
{
    AccessTest test;
    const auto add = [&test](const QString &name, const QString &path, const QString &method) {
        Channel channel;
        channel.name = name;
        channel.path = path;
        channel.method = method;
        test.configuration.channels << channel;
        test.channels << FileChannel{name, samplePath(path), method, QString()};
    };
    add(QStringLiteral("by-id"), QStringLiteral("/api/orders/{id}"), QStringLiteral("POST")); // another name
    add(QStringLiteral("any-method"), QStringLiteral("/api/orders"), QString()); // called with POST
    add(QStringLiteral("get-only"), QStringLiteral("/api/orders/{id}"), QStringLiteral("GET"));
    add(QStringLiteral("elsewhere"), QStringLiteral("/api/other"), QString());
    const QStringList unmatched =
        applyOperations(test, *readOpenApi(document, QStringLiteral("o")).operations);
    QCOMPARE(json::dumps(*test.channels.at(0).payload).left(18), QByteArray(R"({"status": "open",)"));
    QCOMPARE(json::dumps(*test.channels.at(1).payload).left(15), QByteArray(R"({"cust_id": 123)"));
    QVERIFY(!test.channels.at(2).payload.has_value()); // GET: the operation has no body
    QVERIFY(!test.channels.at(3).payload.has_value());
    QCOMPARE(unmatched, (QStringList{QStringLiteral("tree.put"), QStringLiteral("upload")}));

    // The matrix calls each channel with its template.
    const AccessMatrix matrix = accessMatrix(test, QStringLiteral("http://127.0.0.1:1"));
    QCOMPARE(json::dumps(matrix.matrix.channels.at(1).payload).left(15), QByteArray(R"({"cust_id": 123)"));
    QCOMPARE(json::dumps(matrix.matrix.channels.at(3).payload), QByteArray("{}"));
    QCOMPARE(json::dumps(matrix.matrix.channels.at(2).payload), QByteArray(R"("")"));
}

namespace {

qsizetype valuesIn(const json::Value &value)
{
    qsizetype count = 1;
    if (value.isArray()) {
        for (const json::Value &item : value.toArray())
            count += valuesIn(item);
    } else if (value.isObject()) {
        for (const json::Member &member : value.toObject())
            count += valuesIn(member.value);
    }
    return count;
}

} // namespace

// A "billion laughs" document: nine levels of aliases, each naming the one below ten times, would make
// 10^9 values of one example. The template stops at a bound instead.
void tst_OpenApi::aliasesCannotExpandWithoutEnd()
{
    QByteArray yaml =
        "openapi: 3.1.0\nx-lol:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level <= 8; ++level) {
        const QByteArray below = "*l" + QByteArray::number(level - 1);
        yaml += "  l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [" + below;
        for (int i = 1; i < 10; ++i)
            yaml += ", " + below;
        yaml += "]\n";
    }
    yaml += "paths:\n  /a:\n    post:\n      operationId: a\n      requestBody:\n        content:\n"
            "          application/json:\n            schema: {example: *l8}\n";
    const OpenApiRead read = readOpenApi(yaml, QStringLiteral("lol.yaml"));
    QVERIFY2(read.operations, qPrintable(read.error));
    QCOMPARE(read.operations->size(), 1);
    const qsizetype values = valuesIn(*read.operations->constFirst().payload);
    QVERIFY2(values <= 100001, qPrintable(QString::number(values)));
    QVERIFY(values > 1000); // what fits in the bound is kept
}

QTEST_GUILESS_MAIN(tst_OpenApi)
#include "tst_openapi.moc"
