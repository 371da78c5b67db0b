// The lazy JSON tree: structure, fetching in batches, paths, values and find, on generated documents
// of 100k+ nodes, each as a tree of values and as a Document read from its tape (which the model
// must leave unopened); and the body classification that sends non-text to the hex view.
#include "view/bodykind.h"
#include "view/jsontreemodel.h"

#include "json/document.h"
#include "json/parser.h"
#include "json/writer.h"
#include <QSignalSpy>
#include <QTest>

using namespace zd;
using json::Value;

namespace {

// {"data": {"count": N, "items": [{"id": i, "name": "Customer i", "tags": ["a", "b"]}, ...]}}:
// 1 + 1 + 1 + N * 6 nodes.
Value customers(int count)
{
    json::Array items;
    items.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        items.push_back(Value::fromObject({
            {u"id"_qs, Value::fromInteger(i)},
            {u"name"_qs, Value::fromString(u"Customer "_qs + QString::number(i))},
            {u"tags"_qs, Value::fromArray({Value::fromString(u"a"_qs), Value::fromString(u"b"_qs)})},
        }));
    return Value::fromObject(
        {{u"data"_qs, Value::fromObject({{u"count"_qs, Value::fromInteger(count)},
                                         {u"items"_qs, Value::fromArray(std::move(items))}})}});
}

// The same document as a tree of values, or as a Document over its text.
Value customers(int count, bool fromDocument)
{
    return fromDocument ? json::parseDocument(json::dumps(customers(count))).value : customers(count);
}

Value parsed(const QByteArray &text, bool fromDocument)
{
    return (fromDocument ? json::parseDocument(text) : json::parse(text)).value;
}

void addKinds()
{
    QTest::addColumn<bool>("fromDocument");
    QTest::newRow("tree") << false;
    QTest::newRow("document") << true;
}

// Whether a Document's value has been opened into a tree.
bool opened(const Value &value)
{
    return value.lazyNode() && value.lazyNode()->isOpened();
}

QModelIndex child(const JsonTreeModel &model, const QModelIndex &parent, const QString &key)
{
    for (int row = 0; row < model.rowCount(parent); ++row)
        if (model.index(row, 0, parent).data().toString() == key)
            return model.index(row, 0, parent);
    return {};
}

} // namespace

class tst_JsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largeDocumentIsLazy_data() { addKinds(); }
    void largeDocumentIsLazy();
    void pathsAndValues_data() { addKinds(); }
    void pathsAndValues();
    void findReachesUnexpandedBranches_data() { addKinds(); }
    void findReachesUnexpandedBranches();
    void keyOrderAndExactNumbers_data() { addKinds(); }
    void keyOrderAndExactNumbers();
    void modelIsConsistent_data() { addKinds(); }
    void modelIsConsistent();
    void scalarDocumentIsOneRow_data() { addKinds(); }
    void scalarDocumentIsOneRow();
    void documentsStayUnopened();
    void bodyKinds();
    void hexDumpOfNonUtf8();
};

void tst_JsonTreeModel::largeDocumentIsLazy()
{
    QFETCH(bool, fromDocument);
    constexpr int count = 30000; // 180,003 nodes
    JsonTreeModel model;
    model.setDocument(customers(count, fromDocument));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.materialisedNodes(), 1);
    const QModelIndex data = model.index(0, 0);
    QVERIFY(model.hasChildren(data));
    QCOMPARE(model.rowCount(data), 0); // nothing below until the view asks
    QVERIFY(model.canFetchMore(data));
    model.fetchMore(data);
    QCOMPARE(model.rowCount(data), 2);
    const QModelIndex items = child(model, data, u"items"_qs);
    QCOMPARE(model.index(items.row(), JsonTreeModel::SizeColumn, data).data().toLongLong(), count);
    QCOMPARE(model.index(items.row(), JsonTreeModel::TypeColumn, data).data().toString(), u"array"_qs);
    model.fetchMore(items);
    QCOMPARE(model.rowCount(items), JsonTreeModel::batchSize); // one batch
    QVERIFY(model.canFetchMore(items));
    model.fetchMore(items);
    QCOMPARE(model.rowCount(items), 2 * JsonTreeModel::batchSize);
    QCOMPARE(model.materialisedNodes(), 1 + 2 + 2 * JsonTreeModel::batchSize);
    while (model.canFetchMore(items))
        model.fetchMore(items);
    QCOMPARE(model.rowCount(items), count);
    // The items' own members are still not made.
    QCOMPARE(model.materialisedNodes(), 1 + 2 + count);
    const QModelIndex last = model.index(count - 1, 0, items);
    QCOMPARE(last.data().toString(), u"[29999]"_qs);
    QCOMPARE(model.parent(last), items);
    QCOMPARE(model.index(last.row(), JsonTreeModel::ValueColumn, items).data().toString(),
             u"{3 member(s)}"_qs);
}

void tst_JsonTreeModel::pathsAndValues()
{
    QFETCH(bool, fromDocument);
    JsonTreeModel model;
    model.setDocument(customers(10, fromDocument));
    const QModelIndex data = model.index(0, 0);
    model.fetchMore(data);
    const QModelIndex items = child(model, data, u"items"_qs);
    model.fetchMore(items);
    const QModelIndex third = model.index(3, 0, items);
    model.fetchMore(third);
    const QModelIndex name = child(model, third, u"name"_qs);
    QCOMPARE(model.path(name), u"$.data.items[3].name"_qs);
    QCOMPARE(model.valueText(name), QByteArray("\"Customer 3\""));
    QCOMPARE(model.path(items), u"$.data.items"_qs);
    QCOMPARE(model.valueText(third),
             QByteArray("{\n    \"id\": 3,\n    \"name\": \"Customer 3\",\n    \"tags\": [\n        \"a\",\n"
                        "        \"b\"\n    ]\n}"));

    // Paths are JSONPaths: keys that are not identifiers are quoted, a root array is $[i].
    model.setDocument(parsed(R"([{"a key": {"x-y": 1, "_ok$": 2}}])", fromDocument));
    const QModelIndex first = model.index(0, 0);
    model.fetchMore(first);
    const QModelIndex spaced = model.index(0, 0, first);
    model.fetchMore(spaced);
    QCOMPARE(model.path(model.index(0, 0, spaced)), u"$[0][\"a key\"][\"x-y\"]"_qs);
    QCOMPARE(model.path(model.index(1, 0, spaced)), u"$[0][\"a key\"][\"_ok$\"]"_qs);
}

void tst_JsonTreeModel::findReachesUnexpandedBranches()
{
    QFETCH(bool, fromDocument);
    constexpr int count = 20000;
    JsonTreeModel model;
    model.setDocument(customers(count, fromDocument));
    const QModelIndex found = model.find(u"customer 19999"_qs);
    QVERIFY(found.isValid());
    QCOMPARE(model.path(found), u"$.data.items[19999].name"_qs);
    // Only the way there was made: the items (in batches) and the three members of the last one.
    QVERIFY2(model.materialisedNodes() < count + 10, qPrintable(QString::number(model.materialisedNodes())));
    // The next match wraps around to the first one; a key matches as well as a value.
    QCOMPARE(model.path(model.find(u"Customer 1"_qs, found)), u"$.data.items[1].name"_qs);
    QCOMPARE(model.path(model.find(u"COUNT"_qs)), u"$.data.count"_qs);
    QVERIFY(!model.find(u"nowhere to be found"_qs).isValid());
}

void tst_JsonTreeModel::keyOrderAndExactNumbers()
{
    QFETCH(bool, fromDocument);
    JsonTreeModel model;
    model.setDocument(
        parsed(R"({"z": 123456789012345678901234567890, "a": 1.50, "m": [true, null]})", fromDocument));
    QCOMPARE(model.index(0, 0).data().toString(), u"z"_qs);
    QCOMPARE(model.index(1, 0).data().toString(), u"a"_qs);
    QCOMPARE(model.index(2, 0).data().toString(), u"m"_qs);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(),
             u"123456789012345678901234567890"_qs);
    QCOMPARE(model.index(0, JsonTreeModel::TypeColumn).data().toString(), u"integer"_qs);
    QCOMPARE(model.index(1, JsonTreeModel::TypeColumn).data().toString(), u"float"_qs);
    QCOMPARE(model.index(2, JsonTreeModel::ValueColumn).data().toString(), u"[2 item(s)]"_qs);
}

// Every index made so far knows its parent and row, and fetching announces exactly the rows it adds.
void tst_JsonTreeModel::modelIsConsistent()
{
    QFETCH(bool, fromDocument);
    JsonTreeModel model;
    model.setDocument(customers(2500, fromDocument));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const QModelIndex data = model.index(0, 0);
    model.fetchMore(data);
    const QModelIndex items = child(model, data, u"items"_qs);
    while (model.canFetchMore(items))
        model.fetchMore(items);
    QCOMPARE(inserted.size(), 1 + 3); // data's two members, then three batches of items
    QCOMPARE(inserted.at(3).at(1).toInt(), 2000);
    QCOMPARE(inserted.at(3).at(2).toInt(), 2499);
    (void)model.find(u"Customer 2499"_qs);
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            for (int column = 0; column < JsonTreeModel::ColumnCount; ++column) {
                const QModelIndex index = model.index(row, column, parent);
                QVERIFY(index.isValid());
                QCOMPARE(index.row(), row);
                QCOMPARE(model.parent(index), parent);
            }
            walk(model.index(row, 0, parent));
        }
    };
    walk({});
    QVERIFY(!model.index(model.rowCount(items), 0, items).isValid());
    QCOMPARE(model.rowCount(model.index(0, JsonTreeModel::ValueColumn)), 0); // only column 0 has children
    model.setDocument(parsed("[]", fromDocument));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasChildren());
}

// A document that is not a container (a JSONClient answer of one string, say) is one row, the
// document itself: $, with its value, type and size, found by Find; clear() shows nothing.
void tst_JsonTreeModel::scalarDocumentIsOneRow()
{
    QFETCH(bool, fromDocument);
    JsonTreeModel model;
    model.setDocument(parsed(R"("Caf\u00e9 au lait")", fromDocument));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex row = model.index(0, JsonTreeModel::KeyColumn);
    QCOMPARE(model.data(row).toString(), u"$"_qs);
    QCOMPARE(model.data(model.index(0, JsonTreeModel::ValueColumn)).toString(), u"\"Café au lait\""_qs);
    QCOMPARE(model.data(model.index(0, JsonTreeModel::TypeColumn)).toString(), u"string"_qs);
    QCOMPARE(model.data(model.index(0, JsonTreeModel::SizeColumn)).value<qsizetype>(), 12);
    QVERIFY(!model.hasChildren(row));
    QCOMPARE(model.path(row), u"$"_qs);
    QCOMPARE(model.valueText(row), QByteArray(R"("Café au lait")"));
    QCOMPARE(model.find(u"AU L"_qs, {}), row);
    QCOMPARE(model.find(u"AU L"_qs, row), row); // the only match, found again
    QVERIFY(!model.find(u"tea"_qs, {}).isValid());

    model.setDocument(parsed("-0.5e3", fromDocument));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, JsonTreeModel::ValueColumn)).toString(),
             u"-500.0"_qs); // as Python writes it
    QCOMPARE(model.data(model.index(0, JsonTreeModel::TypeColumn)).toString(), u"float"_qs);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasChildren());
    QVERIFY(!model.find(u"0"_qs, {}).isValid());
}

// A Document is read from its tape: fetching, find, paths and values never open it into a tree. Keys
// repeated in an object show once, the last value at the first key's place, as Python reads them;
// escaped and long strings are previewed as their text.
void tst_JsonTreeModel::documentsStayUnopened()
{
    const Value document = customers(3000, true);
    JsonTreeModel model;
    model.setDocument(document);
    const QModelIndex data = model.index(0, 0);
    model.fetchMore(data);
    const QModelIndex items = child(model, data, u"items"_qs);
    model.fetchMore(items);
    QCOMPARE(model.rowCount(items), JsonTreeModel::batchSize);
    const QModelIndex found = model.find(u"customer 2999"_qs);
    QCOMPARE(model.path(found), u"$.data.items[2999].name"_qs);
    QCOMPARE(model.valueText(model.index(2999, 0, items)).left(16), QByteArray("{\n    \"id\": 2999"));
    QVERIFY(!opened(document));
    QVERIFY(!opened(document.lazyNode()->resolved().toObject().front().value)); // opened here, not above

    const QByteArray text =
        QByteArray(R"({"a": 1, "b": "caf\u00e9 \"x\"", "a": [3], "c": ")") + QByteArray(300, 'y') + "\"}";
    const Value repeated = parsed(text, true);
    model.setDocument(repeated);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), u"a"_qs);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), u"[1 item(s)]"_qs);
    QCOMPARE(model.index(1, 0).data().toString(), u"b"_qs);
    QCOMPARE(model.index(1, JsonTreeModel::ValueColumn).data().toString(), u"\"café \\\"x\\\"\""_qs);
    QCOMPARE(model.index(1, JsonTreeModel::SizeColumn).data().toLongLong(), 8);
    QCOMPARE(model.index(2, JsonTreeModel::ValueColumn).data().toString(),
             u'"' + QString(200, u'y') + u"…\"");
    QCOMPARE(model.index(2, JsonTreeModel::SizeColumn).data().toLongLong(), 300);
    QCOMPARE(model.path(model.find(u"CAFÉ"_qs)), u"$.b"_qs);
    QCOMPARE(model.path(model.find(u"c"_qs, model.index(1, 0))), u"$.c"_qs);
    QVERIFY(!opened(repeated));
}

void tst_JsonTreeModel::bodyKinds()
{
    QCOMPARE(classifyBody(QByteArray()), BodyKind::Empty);
    QCOMPARE(classifyBody(QByteArray(R"({"a": [1, 2]})")), BodyKind::Json);
    QCOMPARE(classifyBody(QByteArray("Customer not found\n")), BodyKind::Text);
    QCOMPARE(classifyBody(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)), BodyKind::Binary);
    QCOMPARE(classifyBody(QByteArray("caf\xe9")), BodyKind::Binary);                // Latin-1, not UTF-8
    QCOMPARE(classifyBody(QByteArray("{\"a\": \"caf\xc3\xa9\"}")), BodyKind::Json); // UTF-8
}

void tst_JsonTreeModel::hexDumpOfNonUtf8()
{
    const QString dump = hexDump(QByteArray("caf\xe9 \x00\x01 ok", 10));
    QCOMPARE(dump, u"00000000  63 61 66 e9 20 00 01 20  6f 6b                    caf. .. ok\n"_qs);
    const QString limited = hexDump(QByteArray(100, 'x'), 32);
    QCOMPARE(limited.count(u'\n'), 2);
    QVERIFY2(limited.contains(u"68 more byte"), qPrintable(limited)); // the plural form is the translation's
}

QTEST_GUILESS_MAIN(tst_JsonTreeModel)
#include "tst_jsontreemodel.moc"
