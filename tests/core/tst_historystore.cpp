// The call history in a real SQLite file: entries survive a restart, the limits drop the oldest, the
// password is nowhere in the file, a damaged file is set aside and a locked one reported.
#include "history/historystore.h"
#include "invoke/requestbuilder.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zd;

namespace {

const QString password = u"S3cret-History-Pw"_qs;

LookupForm formFor(const QString &customerId, ClientKind client = ClientKind::Json)
{
    LookupForm form;
    form.address = u"http://127.0.0.1:17010"_qs;
    form.anyPath = u"/clients/django/any-service-invoker"_qs;
    form.jsonPath = u"/clients/django/json-client"_qs;
    form.apiPath = u"/zato/api/invoke"_qs;
    form.user = u"django"_qs;
    form.password = password;
    form.customerId = customerId;
    form.client = client;
    return form;
}

// A finished call as the invoker reports it: the request really built (with its Authorization header).
HistoryEntry entryFor(const QString &customerId, int status = 200,
                      QByteArray body = R"({"name": "Victoria Murray"})",
                      ClientKind client = ClientKind::Json)
{
    const LookupForm form = formFor(customerId, client);
    InvokeResult result;
    result.client = client;
    result.request = buildRequest(client, form.toCallSpec()).request;
    result.response.status = status;
    result.response.reason = status == 200 ? "OK" : "Unauthorized";
    result.response.headers = {{"Content-Type", "application/json"}, {"X-Zato-CID", "abc123"}};
    result.response.body = std::move(body);
    result.response.complete = true;
    result.ok = status == 200;
    result.cid = u"abc123"_qs;
    result.elapsedMs = 2.5;
    return HistoryEntry::of(form, result, u"profile-1"_qs, u"Demo"_qs, 1024 * 1024);
}

} // namespace

class tst_HistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void entriesSurviveARestart();
    void limitsDropTheOldest();
    void filters();
    void passwordIsNowhereInTheFile();
    void damagedFileIsSetAside();
    void lockedFileIsReported();

private:
    QString path() const { return m_dir->filePath(u"history.sqlite"_qs); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryStore::entriesSurviveARestart()
{
    qint64 second = 0;
    {
        HistoryStore store(path());
        QCOMPARE(store.open(), QString());
        for (const QString &id : {u"1"_qs, u"2"_qs, u"3"_qs}) {
            HistoryEntry entry = entryFor(id);
            QVERIFY(store.add(entry));
            QVERIFY(entry.id > 0);
            if (id == u"2")
                second = entry.id;
        }
    }
    HistoryStore again(path());
    QCOMPARE(again.open(), QString());
    QCOMPARE(again.count(), 3);
    const QList<HistoryEntry> entries = again.list();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.first().form.customerId, u"3"_qs); // newest first
    QCOMPARE(entries.last().form.customerId, u"1"_qs);
    const std::optional<HistoryEntry> entry = again.get(second);
    QVERIFY(entry);
    QCOMPARE(entry->form.customerId, u"2"_qs);
    QCOMPARE(entry->form.client, ClientKind::Json);
    QCOMPARE(entry->form.jsonPath, u"/clients/django/json-client"_qs);
    QCOMPARE(entry->form.user, u"django"_qs);
    QVERIFY(entry->form.password.isEmpty());
    QCOMPARE(entry->status, 200);
    QCOMPARE(entry->responseBody, QByteArray(R"({"name": "Victoria Murray"})"));
    QVERIFY(entry->responseHead.contains("X-Zato-CID: abc123"));
    QCOMPARE(entry->requestBody, QByteArray(R"({"cust_id": "2"})"));
    QVERIFY(entry->requestHead.contains("Authorization: Basic ********"));
    QCOMPARE(entry->cid, u"abc123"_qs);
    QCOMPARE(entry->outcome, u"allowed"_qs);
    QCOMPARE(entry->elapsedMs, 2.5);
    QVERIFY(again.clear());
    QCOMPARE(again.count(), 0);
}

void tst_HistoryStore::limitsDropTheOldest()
{
    HistoryStore store(path());
    QCOMPARE(store.open(), QString());
    store.setLimits(5, 1LL << 30);
    QList<qint64> ids;
    for (int i = 0; i < 8; ++i) {
        HistoryEntry entry = entryFor(QString::number(i));
        QVERIFY(store.add(entry));
        ids << entry.id;
    }
    QCOMPARE(store.count(), 5);
    QVERIFY(!store.get(ids[0]));
    QVERIFY(!store.get(ids[2]));
    QVERIFY(store.get(ids[3]));
    QCOMPARE(store.list().last().form.customerId, u"3"_qs);

    // By size: 3,000-byte bodies under a 10,000-byte cap keep the newest ones that fit.
    store.setLimits(100, 10000);
    for (int i = 0; i < 6; ++i) {
        HistoryEntry entry = entryFor(u"big"_qs + QString::number(i), 200, QByteArray(3000, 'x'));
        QVERIFY(store.add(entry));
    }
    QVERIFY2(store.totalBytes() <= 10000, qPrintable(QString::number(store.totalBytes())));
    QCOMPARE(store.list().first().form.customerId, u"big5"_qs);
    QVERIFY(store.count() >= 2);
    // The newest call is kept even when it alone is larger than the cap.
    store.setLimits(100, 10);
    HistoryEntry huge = entryFor(u"huge"_qs, 200, QByteArray(50000, 'y'));
    QVERIFY(store.add(huge));
    QCOMPARE(store.count(), 1);
}

void tst_HistoryStore::filters()
{
    HistoryStore store(path());
    QCOMPARE(store.open(), QString());
    HistoryEntry a = entryFor(u"123"_qs);
    HistoryEntry b = entryFor(u"456"_qs, 401, "Unauthorized", ClientKind::Json);
    HistoryEntry c = entryFor(u"789"_qs, 200, R"({"zato_env": {}})", ClientKind::AnyService);
    QVERIFY(store.add(a) && store.add(b) && store.add(c));
    const auto text = [](const QString &text) {
        HistoryFilter filter;
        filter.text = text;
        return filter;
    };
    QCOMPARE(store.list(text(u"456"_qs)).size(), 1);
    QCOMPARE(store.list(text(u"any-service"_qs)).size(), 1); // the path
    QCOMPARE(store.list(text(u"100%"_qs)).size(), 0);        // LIKE wildcards are literal
    HistoryFilter notOk;
    notOk.ok = false;
    QCOMPARE(store.list(notOk).size(), 1);
    QCOMPARE(store.list(notOk).first().outcome, u"401"_qs);
    HistoryFilter any;
    any.client = ClientKind::AnyService;
    QCOMPARE(store.list(any).size(), 1);
    QCOMPARE(store.list(any).first().form.customerId, u"789"_qs);
    HistoryFilter profile;
    profile.profileId = u"profile-1"_qs;
    QCOMPARE(store.list(profile).size(), 3);
    profile.profileId = QString(); // calls made with no profile: none here
    QCOMPARE(store.list(profile).size(), 0);
}

void tst_HistoryStore::passwordIsNowhereInTheFile()
{
    {
        HistoryStore store(path());
        QCOMPARE(store.open(), QString());
        for (ClientKind client : {ClientKind::AnyService, ClientKind::Json, ClientKind::Api}) {
            HistoryEntry entry = entryFor(u"123"_qs, 200, R"({"name": "Victoria Murray"})", client);
            QVERIFY(store.add(entry));
        }
    }
    QByteArray everything;
    for (const QString &file : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile f(m_dir->filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        everything += f.readAll();
    }
    QVERIFY(everything.contains("Victoria Murray")); // the file really holds the calls
    QVERIFY(!everything.contains(password.toUtf8()));
    QVERIFY(!everything.contains(
        QByteArray(reinterpret_cast<const char *>(password.utf16()), password.size() * 2))); // UTF-16 too
    QVERIFY(!everything.contains(QByteArray("django:" + password.toUtf8()).toBase64()));
    QVERIFY(!everything.contains(password.toUtf8().toBase64()));
}

void tst_HistoryStore::damagedFileIsSetAside()
{
    {
        QFile garbage(path());
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, '\x5a') + "this is not an SQLite database");
    }
    HistoryStore store(path());
    const QString message = store.open();
    QVERIFY2(message.contains(u"damaged") && message.contains(u".broken-"), qPrintable(message));
    QVERIFY(store.isAvailable());
    const QStringList aside = QDir(m_dir->path()).entryList({u"history.sqlite.broken-*"_qs});
    QCOMPARE(aside.size(), 1);
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().endsWith("this is not an SQLite database")); // untouched
    HistoryEntry entry = entryFor(u"1"_qs);
    QVERIFY(store.add(entry));
    QCOMPARE(store.count(), 1);
}

void tst_HistoryStore::lockedFileIsReported()
{
    {
        HistoryStore first(path());
        QCOMPARE(first.open(), QString());
        HistoryEntry entry = entryFor(u"kept"_qs);
        QVERIFY(first.add(entry));
    }
    // Another process holding an exclusive lock, as a second copy of the app in the middle of a write.
    QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"locker"_qs);
    other.setDatabaseName(path());
    QVERIFY(other.open());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(u"PRAGMA locking_mode = EXCLUSIVE"_qs));
    QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_qs));
    {
        HistoryStore store(path());
        const QString message = store.open();
        QVERIFY2(message.contains(u"cannot be used"), qPrintable(message));
        QVERIFY(!store.isAvailable());
        HistoryEntry entry = entryFor(u"lost"_qs);
        QVERIFY(!store.add(entry));
    }
    QVERIFY(lock.exec(u"ROLLBACK"_qs));
    lock = QSqlQuery();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"locker"_qs);
    // Nothing was set aside or lost.
    QCOMPARE(QDir(m_dir->path()).entryList({u"*.broken-*"_qs}).size(), 0);
    HistoryStore after(path());
    QCOMPARE(after.open(), QString());
    QCOMPARE(after.count(), 1);
    QCOMPARE(after.list().first().form.customerId, u"kept"_qs);
}

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
