// Compare with previous: JSON-aware differences between two responses.
#include "view/jsondiff.h"

#include "json/parser.h"
#include <QTest>

using namespace zd;

namespace {

json::Value parse(const char *text)
{
    return json::parse(text).value;
}

QStringList describe(const QList<JsonChange> &changes)
{
    QStringList out;
    for (const JsonChange &change : changes) {
        const char *kind = change.kind == JsonChange::Kind::Added     ? "+"
                           : change.kind == JsonChange::Kind::Removed ? "-"
                                                                      : "~";
        out << QString::fromLatin1(kind) + change.path + u' ' + QString::fromUtf8(change.before) + u" -> " +
                   QString::fromUtf8(change.after);
    }
    return out;
}

} // namespace

class tst_JsonDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderAndSpacingDoNotCount();
    void changesAddsAndRemovals();
    void arraysItemByItem();
    void limit();
};

void tst_JsonDiff::orderAndSpacingDoNotCount()
{
    QVERIFY(diffJson(parse(R"({"a": 1, "b": [1.0, "x"]})"), parse(R"({"b":[1,"x"],"a":1})")).isEmpty());
}

void tst_JsonDiff::changesAddsAndRemovals()
{
    const QStringList changes =
        describe(diffJson(parse(R"({"name": "Victoria Murray", "id": 1, "gone": true,
                                                        "address": {"city": "Oslo", "zip key": "0150"}})"),
                          parse(R"({"name": "Victoria Murray-Smith", "id": 1, "new": null,
                                                        "address": {"city": "Oslo", "zip key": "0151"}})")));
    QCOMPARE(changes, (QStringList{
                          u"~name \"Victoria Murray\" -> \"Victoria Murray-Smith\""_qs,
                          u"+new  -> null"_qs,
                          u"~address[\"zip key\"] \"0150\" -> \"0151\""_qs,
                          u"-gone true -> "_qs,
                      }));
    // A value that changes type is one change.
    QCOMPARE(describe(diffJson(parse(R"({"a": [1]})"), parse(R"({"a": {"x": 1}})"))),
             (QStringList{u"~a [1] -> {\"x\": 1}"_qs}));
    // Whole documents of different kinds.
    QCOMPARE(describe(diffJson(parse("1"), parse("\"1\""))), (QStringList{u"~ 1 -> \"1\""_qs}));
}

void tst_JsonDiff::arraysItemByItem()
{
    QCOMPARE(describe(diffJson(parse(R"({"items": [{"id": 1}, {"id": 2}, {"id": 3}]})"),
                               parse(R"({"items": [{"id": 1}, {"id": 20}]})"))),
             (QStringList{u"~items[1].id 2 -> 20"_qs, u"-items[2] {\"id\": 3} -> "_qs}));
}

void tst_JsonDiff::limit()
{
    QByteArray a = "[0", b = "[1";
    for (int i = 1; i < 5000; ++i) {
        a += ", " + QByteArray::number(i);
        b += ", " + QByteArray::number(i + 1);
    }
    a += ']';
    b += ']';
    QCOMPARE(diffJson(json::parse(a).value, json::parse(b).value, 100).size(), 100);
}

QTEST_GUILESS_MAIN(tst_JsonDiff)
#include "tst_jsondiff.moc"
