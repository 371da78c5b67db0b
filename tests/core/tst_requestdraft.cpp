// The request a user writes (RequestDraft) and the requests a profile keeps: JSON errors at Python's
// line and column, Python's pretty and compact layouts, placeholders, what goes into a call, the
// customer lookup's payload, saved requests in profiles.json and from the history.
#include "history/historystore.h"
#include "lookup/lookupform.h"
#include "profile/profilejson.h"
#include "profile/profilestore.h"
#include "profile/savedrequests.h"
#include "request/requestdraft.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zd;
using namespace Qt::StringLiterals;

class tst_RequestDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonErrorsAtPythonsLineAndColumn_data();
    void jsonErrorsAtPythonsLineAndColumn();
    void prettyAndCompactArePythons();
    void placeholdersOfAPath();
    void pathParamsFillTheirPlaceholders();
    void validateNamesWhatIsWrong();
    void applyToFillsTheCall();
    void customerLookupPayload();
    void lookupFormSendsTheDraft();
    void secretHeadersAreRefused();
    void savedRequestsRoundTripInProfiles();
    void fileWithoutRequestsReadsAsNone();
    void storeKeepsRequestsWhenTheProfileIsSaved();
    void historyEntryBecomesARequest();
};

// Expected values: Python 3.11's json.loads (JSONDecodeError msg, lineno, colno) for the same text.
void tst_RequestDraft::jsonErrorsAtPythonsLineAndColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("offset");
    QTest::newRow("second line") << u"{\"a\": 1,\n  \"b\": }"_s << u"Expecting value"_s << 2 << 8 << 16;
    // An emoji is one code point to Python, two UTF-16 units to the editor's cursor.
    QTest::newRow("after an emoji") << u"[\"\U0001F600\", x]"_s << u"Expecting value"_s << 1 << 7 << 7;
    QTest::newRow("extra data") << u"{\"a\": 1}}"_s << u"Extra data"_s << 1 << 9 << 8;
}

void tst_RequestDraft::jsonErrorsAtPythonsLineAndColumn()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, offset);
    const std::optional<JsonTextError> error = jsonTextError(text);
    QVERIFY(error);
    QCOMPARE(error->message, message);
    QCOMPARE(error->line, line);
    QCOMPARE(error->column, column);
    QCOMPARE(error->offset, qsizetype(offset));

    RequestDraft draft;
    draft.payload = text;
    const QList<RequestDraft::Problem> problems = draft.validate(QString());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().part, RequestDraft::Part::Payload);
    QVERIFY2(problems.constFirst().message.contains(u"line %1, column %2"_s.arg(line).arg(column)),
             qPrintable(problems.constFirst().message));
    QCOMPARE(problems.constFirst().offset, qsizetype(offset));
    QVERIFY(!jsonTextError(u"{\"a\": [1, 2]}"_s));
}

void tst_RequestDraft::prettyAndCompactArePythons()
{
    const QString text =
        u"{\"b\": 1, \"a\": [1.50, 12345678901234567890123, 2E-7], \"c\": \"\u017c\", \"d\": {}, \"e\": []}"_s;
    // json.dumps(json.loads(text), indent=4, ensure_ascii=False)
    QCOMPARE(*prettyJson(text),
             u"{\n    \"b\": 1,\n    \"a\": [\n        1.5,\n        12345678901234567890123,\n"
             u"        2e-07\n    ],\n    \"c\": \"\u017c\",\n    \"d\": {},\n    \"e\": []\n}"_s);
    // json.dumps(json.loads(text))
    QCOMPARE(
        *compactJson(text),
        u"{\"b\": 1, \"a\": [1.5, 12345678901234567890123, 2e-07], \"c\": \"\\u017c\", \"d\": {}, \"e\": []}"_s);
    QVERIFY(!prettyJson(u"{nope"_s));
    QVERIFY(!compactJson(u"[1,"_s));
}

void tst_RequestDraft::placeholdersOfAPath()
{
    QCOMPARE(pathPlaceholders(u"/api/{customer}/orders/{order_id}?again={customer}"_s),
             (QStringList{u"customer"_s, u"order_id"_s}));
    QVERIFY(pathPlaceholders(u"/clients/django/json-client"_s).isEmpty());
    // A name is an ASCII letter or '_', then letters, digits or '_', between single braces; the scan
    // goes on after each placeholder it takes.
    QCOMPARE(pathPlaceholders(u"/{{a}}/{1x}/{_y2}/{b-c}/{}/{\u00e9}/{z"_s), (QStringList{u"a"_s, u"_y2"_s}));
    QCOMPARE(pathPlaceholders(u"{a}{b}}{c}"_s), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(pathPlaceholders(u"{a{b}"_s), QStringList{u"b"_s}); // a name cut short: looked for again after
}

void tst_RequestDraft::pathParamsFillTheirPlaceholders()
{
    QString error;
    QCOMPARE(withPathParams(u"/o/{id}/{{id}}/{n}x"_s, {{u"id"_s, u"a b/\u00e9"_s}, {u"n"_s, u"7"_s}}, &error),
             u"/o/a%20b%2F%C3%A9/{a%20b%2F%C3%A9}/7x"_s);
    QVERIFY(error.isEmpty());
    QCOMPARE(withPathParams(u"/o/{id}/{other}"_s, {{u"id"_s, u"1"_s}}, &error), u"/o/{id}/{other}"_s);
    QVERIFY2(error.contains(u"{other}"), qPrintable(error));
}

void tst_RequestDraft::validateNamesWhatIsWrong()
{
    const QString path = u"/orders/{order_id}"_s;
    RequestDraft draft;
    QCOMPARE(draft.validate(path).size(), 1);
    QCOMPARE(draft.validate(path).constFirst().part, RequestDraft::Part::PathParams);
    QVERIFY(draft.validate(path).constFirst().message.contains(u"{order_id}"));

    draft.pathParams = {{u"order_id"_s, u"7"_s}};
    QVERIFY(draft.validate(path).isEmpty());

    draft.pathParams.append({u"shop"_s, u"x"_s});
    QCOMPARE(draft.validate(path).size(), 1);
    QVERIFY(draft.validate(path).constFirst().message.contains(u"no {shop} placeholder"));
    draft.pathParams.removeLast();

    draft.headers = {{u"X-Fine"_s, u"1"_s, true}, {u"Bad Name"_s, u"1"_s, true}};
    QCOMPARE(draft.validate(path).size(), 1);
    QCOMPARE(draft.validate(path).constFirst().part, RequestDraft::Part::Headers);
    QCOMPARE(draft.validate(path).constFirst().row, 1);
    draft.headers[1].enabled = false; // a row switched off is not sent, nor checked
    QVERIFY(draft.validate(path).isEmpty());

    draft.query = {{QString(), u"lonely"_s}};
    QCOMPARE(draft.validate(path).constFirst().part, RequestDraft::Part::Query);

    RequestDraft raw;
    raw.mode = RequestDraft::Mode::Raw;
    raw.payload = u"not { json"_s;
    QVERIFY(raw.validate(QString()).isEmpty());
}

void tst_RequestDraft::applyToFillsTheCall()
{
    RequestDraft draft;
    draft.method = "PUT";
    draft.payload = u"{\"z\": 1,\n \"a\": \"\u00e9\"}"_s;
    draft.headers = {
        {u"X-Trace"_s, u"abc"_s, true}, {u"X-Off"_s, u"1"_s, false}, {QString(), QString(), true}};
    draft.query = {{u"page"_s, u"2"_s}, {QString(), QString()}};
    draft.pathParams = {{u"id"_s, u"5"_s}};
    CallSpec spec;
    draft.applyTo(spec);
    QCOMPARE(spec.method, QByteArray("PUT"));
    QCOMPARE(spec.payload.serialized(), QByteArray(R"({"z": 1, "a": "\u00e9"})")); // json.dumps
    QCOMPARE(spec.extraHeaders, (HttpHeaders{{"X-Trace", "abc"}}));
    QCOMPARE(spec.query, (QList<NamedValue>{{u"page"_s, u"2"_s}}));
    QCOMPARE(spec.pathParams, (QList<NamedValue>{{u"id"_s, u"5"_s}}));

    draft.mode = RequestDraft::Mode::Raw;
    draft.payload = u"a=1&b=\u00e9"_s;
    draft.applyTo(spec);
    QCOMPARE(spec.payload.kind, Payload::Kind::Raw);
    QCOMPARE(spec.payload.serialized(), QByteArray("a=1&b=\xc3\xa9"));

    RequestDraft empty;
    empty.applyTo(spec);
    QCOMPARE(spec.payload.serialized(), QByteArray("\"\"")); // Python's default payload ''
    QVERIFY(spec.method.isEmpty());
}

void tst_RequestDraft::customerLookupPayload()
{
    QCOMPARE(customerPayload(u"123"_s), u"{\"cust_id\": \"123\"}"_s);
    QCOMPARE(customerIdOf(u"{\n    \"cust_id\": \"456\"\n}"_s), std::optional<QString>(u"456"_s));
    QVERIFY(!customerIdOf(u"{\"cust_id\": 456}"_s));
    QVERIFY(!customerIdOf(u"{\"cust_id\": \"1\", \"x\": 2}"_s));
    QVERIFY(!customerIdOf(u"[\"cust_id\"]"_s));
}

void tst_RequestDraft::lookupFormSendsTheDraft()
{
    LookupForm form;
    form.address = u"http://127.0.0.1:17010"_s;
    form.jsonPath = u"/clients/django/json-client"_s;
    form.client = ClientKind::Json;
    form.customerId = u"123"_s;
    QVERIFY(form.validate().isEmpty());
    QCOMPARE(form.toCallSpec().payload.serialized(), QByteArray(R"({"cust_id": "123"})"));
    // A lookup payload in the draft: the customer ID is what is sent.
    form.request.payload = u"{\"cust_id\": \"999\"}"_s;
    QCOMPARE(form.toCallSpec().payload.serialized(), QByteArray(R"({"cust_id": "123"})"));

    form.request.payload = u"{\"order\": 7}"_s;
    form.customerId.clear(); // not needed for a payload of its own
    QVERIFY(form.validate().isEmpty());
    QCOMPARE(form.toCallSpec().payload.serialized(), QByteArray(R"({"order": 7})"));

    form.request.payload = u"{\"order\": }"_s;
    const QList<LookupForm::FieldError> errors = form.validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().field, LookupForm::Field::Request);
    QVERIFY2(errors.constFirst().message.contains(u"line 1, column 11"),
             qPrintable(errors.constFirst().message));

    form.request.payload.clear();
    QCOMPARE(form.validate().constFirst().field, LookupForm::Field::CustomerId);
}

void tst_RequestDraft::secretHeadersAreRefused()
{
    for (const QString &name : {u"Authorization"_s, u"proxy-authorization"_s, u"X-API-Key"_s,
                                u"X-Auth-Token"_s, u"api_key"_s, u"Cookie"_s, u"X-Client-Secret"_s})
        QVERIFY2(isSecretHeader(name), qPrintable(name));
    for (const QString &name : {u"X-Zato-User"_s, u"Accept"_s, u"X-Correlation-ID"_s})
        QVERIFY2(!isSecretHeader(name), qPrintable(name));
    RequestDraft draft;
    draft.headers = {{u"X-Trace"_s, u"1"_s, true}, {u"X-API-Key"_s, u"k"_s, false}};
    const QString problem = secretHeaderProblem(draft);
    QVERIFY(problem.contains(u"X-API-Key"));
    QVERIFY(problem.contains(u"authentication"));
}

namespace {

SavedRequest sampleRequest()
{
    SavedRequest saved;
    saved.name = u"Order 7"_s;
    saved.client = ClientKind::Json;
    saved.path = u"/orders/{order_id}"_s;
    saved.request.method = "GET";
    saved.request.payload = u"{\"x\": 12345678901234567890123}"_s;
    saved.request.headers = {{u"X-Trace"_s, u"1"_s, true}, {u"X-Off"_s, u"2"_s, false}};
    saved.request.query = {{u"page"_s, u"2"_s}};
    saved.request.pathParams = {{u"order_id"_s, u"7"_s}};
    saved.expectedStatus = 200;
    return saved;
}

} // namespace

void tst_RequestDraft::savedRequestsRoundTripInProfiles()
{
    Profile profile;
    profile.id = u"p1"_s;
    profile.name = u"Mine"_s;
    SavedRequest raw = sampleRequest();
    raw.name = u"Raw"_s;
    raw.client = ClientKind::Api;
    raw.service = u"my.service"_s;
    raw.request.method.clear();
    raw.request.mode = RequestDraft::Mode::Raw;
    raw.request.payload = u"plain text"_s;
    profile.requests = {sampleRequest(), raw};
    const QByteArray written = writeProfiles({profile});
    QVERIFY(written.contains("\"requests\""));
    QVERIFY(written.contains("\"expected_status\": 200"));
    const ProfilesRead read = readProfiles(written);
    QVERIFY(read.error.isEmpty());
    QCOMPARE(read.profiles.size(), 1);
    QCOMPARE(read.profiles.constFirst().requests, profile.requests);

    // A secret header that reached the list anyway is never written.
    profile.requests[0].request.headers.append({u"Authorization"_s, u"Bearer s3cret"_s, true});
    QVERIFY(!writeProfiles({profile}).contains("s3cret"));
}

void tst_RequestDraft::fileWithoutRequestsReadsAsNone()
{
    const QByteArray file =
        R"({"schema": 1, "profiles": [{"id": "a", "name": "Old", "address": "http://x"}]})";
    const ProfilesRead read = readProfiles(file);
    QVERIFY(read.error.isEmpty());
    QCOMPARE(read.profiles.size(), 1);
    QVERIFY(read.profiles.constFirst().requests.isEmpty());
    // And a profile with none writes no "requests" member: the file stays as older versions wrote it.
    QVERIFY(!writeProfiles(read.profiles).contains("requests"));
}

void tst_RequestDraft::storeKeepsRequestsWhenTheProfileIsSaved()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.json"_s));
    Profile profile;
    profile.id = u"p1"_s;
    profile.name = u"Mine"_s;
    QVERIFY(store.saveRequests(profile, {sampleRequest()}).isEmpty()); // not saved before: added
    QCOMPARE(store.byId(u"p1"_s)->requests.size(), 1);
    profile.address = u"http://other"_s; // the window saves the profile, with no requests in hand
    QVERIFY(store.save(profile).isEmpty());
    ProfileStore again(dir.filePath(u"profiles.json"_s));
    QVERIFY(again.load().isEmpty());
    QCOMPARE(again.byId(u"p1"_s)->address, u"http://other"_s);
    QCOMPARE(again.byId(u"p1"_s)->requests, (QList<SavedRequest>{sampleRequest()}));
    QVERIFY(again.saveRequests(profile, {}).isEmpty());
    QVERIFY(again.byId(u"p1"_s)->requests.isEmpty());
}

void tst_RequestDraft::historyEntryBecomesARequest()
{
    HistoryEntry entry;
    entry.form.client = ClientKind::Json;
    entry.form.jsonPath = u"/orders/{order_id}"_s;
    entry.requestHead = "GET http://127.0.0.1:1/orders/7%20b?page=2&q=a%26b HTTP/1.1\n"
                        "User-Agent: zato-desk/1\nAuthorization: Basic ********\nX-Trace: abc\n";
    const SavedRequest saved = savedRequestFromHistory(entry, u"From history"_s);
    QCOMPARE(saved.name, u"From history"_s);
    QCOMPARE(saved.path, u"/orders/{order_id}"_s);
    QCOMPARE(saved.request.method, QByteArray("GET"));
    QCOMPARE(saved.request.headers, (QList<HeaderRow>{{u"X-Trace"_s, u"abc"_s, true}}));
    QCOMPARE(saved.request.query, (QList<NamedValue>{{u"page"_s, u"2"_s}, {u"q"_s, u"a&b"_s}}));
    QCOMPARE(saved.request.pathParams, (QList<NamedValue>{{u"order_id"_s, u"7 b"_s}}));
    QVERIFY(saved.request.payload.isEmpty());

    // AnyServiceInvoker: the payload is the base64 inside the envelope.
    HistoryEntry any;
    any.form.client = ClientKind::AnyService;
    any.form.anyPath = u"/clients/django/any-service-invoker"_s;
    any.form.service = u"customer.get1"_s;
    any.requestHead = "POST http://127.0.0.1:1/clients/django/any-service-invoker HTTP/1.1\n";
    any.requestBody = R"({"name": "customer.get1", "payload": "eyJjdXN0X2lkIjogIjEyMyJ9"})";
    const SavedRequest lookup = savedRequestFromHistory(any, u"Lookup"_s);
    QCOMPARE(lookup.request.payload, u"{\"cust_id\": \"123\"}"_s);
    QCOMPARE(lookup.service, u"customer.get1"_s);
    QVERIFY(lookup.request.method.isEmpty());
}

QTEST_GUILESS_MAIN(tst_RequestDraft)
#include "tst_requestdraft.moc"
