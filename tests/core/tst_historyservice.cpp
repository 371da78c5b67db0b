// The call history on its own thread, with a file that does not exist yet: nothing is opened (no file,
// no SQLite in the process) until a call is added; then the file holds it. A file that appears
// meanwhile is read, and a history that cannot be created says so when the first call is added.
#include "history/historyservice.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zd;

namespace {

HistoryEntry entryFor(const QString &customerId)
{
    LookupForm form;
    form.address = u"http://127.0.0.1:17010"_qs;
    form.jsonPath = u"/clients/django/json-client"_qs;
    form.customerId = customerId;
    InvokeResult result;
    result.response.status = 200;
    result.response.body = R"({"name": "Victoria Murray"})";
    result.response.complete = true;
    result.ok = true;
    return HistoryEntry::of(form, result, u"profile-1"_qs, u"Demo"_qs, 1024);
}

// Qt's SQLite driver, loaded when a database is first opened.
bool sqliteIsMapped()
{
    QFile maps(u"/proc/self/maps"_qs);
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libqsqlite");
}

// The answers of a HistoryService, waited for on this thread's event loop.
struct Answers
{
    explicit Answers(HistoryService &s) : service(s) {}
    HistoryService &service;
    QObject context;

    std::optional<QString> open()
    {
        std::optional<QString> message;
        service.open(100, 1024 * 1024, &context, [&](const QString &m) { message = m; });
        return QTest::qWaitFor([&] { return message.has_value(); }) ? message : std::nullopt;
    }
    std::pair<bool, QString> add(const QString &customerId)
    {
        std::optional<std::pair<bool, QString>> answer;
        service.add(entryFor(customerId), &context, [&](bool ok, const QString &e) { answer = {ok, e}; });
        return QTest::qWaitFor([&] { return answer.has_value(); }) ? *answer
                                                                   : std::pair{false, u"no answer"_qs};
    }
    QStringList customers()
    {
        std::optional<QList<HistoryEntry>> entries;
        service.list(HistoryFilter(), 10, &context, [&](const QList<HistoryEntry> &list) { entries = list; });
        QStringList ids;
        if (QTest::qWaitFor([&] { return entries.has_value(); }))
            for (const HistoryEntry &entry : *entries)
                ids << entry.form.customerId;
        return ids;
    }
    bool clear()
    {
        std::optional<bool> ok;
        service.clear(&context, [&](bool cleared, const QString &) { ok = cleared; });
        return QTest::qWaitFor([&] { return ok.has_value(); }) && *ok;
    }
};

} // namespace

class tst_HistoryService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingIsOpenedUntilACallIsAdded();
    void aFileThatAppearsIsRead();
    void aHistoryThatCannotBeCreatedSaysSoOnTheFirstCall();
};

// The first test of the process: nothing before it has loaded SQLite.
void tst_HistoryService::nothingIsOpenedUntilACallIsAdded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"data/history.sqlite"_qs);
    HistoryService service(path);
    Answers answers(service);
    QCOMPARE(answers.open(), QString());
    QVERIFY(service.isAvailable());
    QCOMPARE(answers.customers(), QStringList());
    QVERIFY(answers.clear());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!sqliteIsMapped());

    QCOMPARE(answers.add(u"7"_qs), std::pair(true, QString()));
    QVERIFY(QFile::exists(path));
    QVERIFY(sqliteIsMapped());
    QCOMPARE(answers.add(u"8"_qs), std::pair(true, QString()));
    QCOMPARE(answers.customers(), (QStringList{u"8"_qs, u"7"_qs}));
}

void tst_HistoryService::aFileThatAppearsIsRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_qs);
    HistoryService first(path);
    Answers firstAnswers(first);
    QCOMPARE(firstAnswers.open(), QString());
    {
        HistoryService other(path); // another window, which records a call meanwhile
        Answers otherAnswers(other);
        QCOMPARE(otherAnswers.open(), QString());
        QCOMPARE(otherAnswers.add(u"42"_qs), std::pair(true, QString()));
    }
    QCOMPARE(firstAnswers.customers(), QStringList{u"42"_qs});
}

void tst_HistoryService::aHistoryThatCannotBeCreatedSaysSoOnTheFirstCall()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"not-a-folder"_qs));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    HistoryService service(dir.filePath(u"not-a-folder/history.sqlite"_qs));
    Answers answers(service);
    QCOMPARE(answers.open(), QString());
    const auto [ok, error] = answers.add(u"7"_qs);
    QVERIFY(!ok);
    QVERIFY2(error.contains(u"calls are not recorded this session"), qPrintable(error));
    // Said once: later calls are simply not recorded.
    QCOMPARE(answers.add(u"8"_qs), std::pair(false, QString()));
}

QTEST_GUILESS_MAIN(tst_HistoryService)
#include "tst_historyservice.moc"
