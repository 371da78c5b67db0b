// A large body of announced length is read into its Document as it arrives, over a real loopback
// socket, in pieces with pauses between them: the call's document is the one a parse of the whole
// body gives, for a valid body and for one with an error near its end, of announced length or chunked;
// a body in a declared charset is read from its text instead; a body cut short ends as a transport
// error, with nothing left waiting; the room a large body is read into is asked to be backed by 2 MB
// pages.
#include "callonce.h"
#include "rawhttpserver.h"
#include "samplespec.h"
#include "vmflags.h"

#include "json/document.h"
#include "json/writer.h"
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace zd;
using zd::test::RawHttpServer;

namespace {

// About 2 MB of records, with escapes, text beyond ASCII and a repeated key among them.
QByteArray records()
{
    QByteArray body = "[";
    for (int i = 0; body.size() < 2 * 1024 * 1024; ++i) {
        if (i > 0)
            body += ", ";
        body += R"({"id": )" + QByteArray::number(i) + R"(, "name": "Customer \u0141\u00f3d\u017a )" +
                QByteArray::number(i) + R"(", "city": "Łódź", "score": 12.5e-3, "id": )" +
                QByteArray::number(-i) + R"(, "tags": ["a", null, true]})";
    }
    return body + "]";
}

// The body sent in pieces, a few milliseconds apart, after headers announcing its length (or in
// chunks of unknown total length).
RawHttpServer::Reply inPieces(const QByteArray &body, const QByteArray &contentType, qsizetype sent,
                              bool chunked)
{
    RawHttpServer::Reply reply;
    reply.parts << "HTTP/1.1 200 OK\r\nContent-Type: " + contentType +
                       (chunked ? QByteArray("\r\nTransfer-Encoding: chunked")
                                : "\r\nContent-Length: " + QByteArray::number(body.size())) +
                       "\r\n\r\n";
    const qsizetype piece = body.size() / 16 + 1;
    for (qsizetype at = 0; at < sent; at += piece) {
        const QByteArray part = body.mid(at, qMin(piece, sent - at));
        reply.parts << (chunked ? QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n" : part);
    }
    if (chunked && sent == body.size())
        reply.parts << "0\r\n\r\n";
    reply.delayMs = 5;
    reply.close = sent < body.size();
    return reply;
}

InvokeResult call(const QByteArray &body, const QByteArray &contentType = "application/json",
                  qsizetype sent = -1, bool chunked = false)
{
    RawHttpServer raw;
    raw.listen();
    raw.setHandler([&](const RawHttpServer::Request &) {
        return inPieces(body, contentType, sent < 0 ? body.size() : sent, chunked);
    });
    CallSpec spec = zd::test::djangoSampleSpec(raw.address());
    spec.timeout = std::chrono::milliseconds(30000);
    QNetworkAccessManager network;
    return zd::test::callOnce(ClientKind::Json, spec, &network, 40000);
}

QByteArray written(const json::ParseResult &parsed)
{
    return json::dumps(parsed.value, {false, 4});
}

} // namespace

class tst_ArrivingBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aValidBody();
    void aBodyWithAnErrorNearItsEnd();
    void aBodyInADeclaredCharset();
    void aBodyCutShort();
    void aChunkedBody();
    void aCallStoppedMidBody();
    void aLargeBodysRoomIsOnLargePages_data();
    void aLargeBodysRoomIsOnLargePages();
};

void tst_ArrivingBody::aLargeBodysRoomIsOnLargePages_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("of announced length") << false;
    QTest::newRow("chunked") << true;
}

// The body the call gives back is the room it was read into: its whole 2 MB pages carry "hg".
void tst_ArrivingBody::aLargeBodysRoomIsOnLargePages()
{
    QFETCH(bool, chunked);
    const QByteArray body = "[" + QByteArray("0, ").repeated(3 * 1024 * 1024) + "0]"; // 9 MB
    const InvokeResult result = call(body, "application/json", -1, chunked);
    QCOMPARE(result.error.kind, ErrorKind::None);
    QCOMPARE(result.response.body, body);
    constexpr quintptr LargePage = 2 * 1024 * 1024;
    const auto start = quintptr(result.response.body.constData());
    const quintptr firstWhole = (start + LargePage - 1) & ~(LargePage - 1);
    QVERIFY(zd::test::flagsAt(reinterpret_cast<const void *>(firstWhole)).contains("hg"));
}

void tst_ArrivingBody::aValidBody()
{
    const QByteArray body = records();
    const InvokeResult result = call(body);
    QCOMPARE(result.error.kind, ErrorKind::None);
    QCOMPARE(result.response.body, body);
    QVERIFY(result.document.ok);
    QCOMPARE(written(result.document), written(json::parseDocument(body)));
    QVERIFY(result.ok);
    QCOMPARE(json::dumps(result.data), json::dumps(json::parseDocument(body).value));
}

void tst_ArrivingBody::aBodyWithAnErrorNearItsEnd()
{
    QByteArray badNumber = records();
    badNumber.replace(badNumber.lastIndexOf("12.5e-3"), 7, "12.5e-"); // in the last record
    for (const QByteArray &body : QByteArrayList{records() + " x", records().chopped(1), badNumber}) {
        const json::ParseResult expected = json::parseDocument(body);
        QVERIFY(!expected.ok);
        const InvokeResult result = call(body);
        QCOMPARE(result.response.body, body);
        QVERIFY(!result.document.ok);
        QCOMPARE(result.document.error, expected.error);
        QCOMPARE(result.document.errorChar, expected.errorChar);
    }
}

void tst_ArrivingBody::aBodyInADeclaredCharset()
{
    const QByteArray body = R"({"name": "caf)" + QByteArray(2 * 1024 * 1024, '\xe9') + R"("})";
    const InvokeResult result = call(body, "application/json; charset=iso-8859-1");
    QVERIFY(result.document.ok);
    QCOMPARE(written(result.document), written(json::parseDocument(QString::fromLatin1(body).toUtf8())));
}

void tst_ArrivingBody::aBodyCutShort()
{
    const QByteArray body = records();
    const InvokeResult result = call(body, "application/json", body.size() / 2);
    QCOMPARE(result.error.kind, ErrorKind::Transport);
    QVERIFY(!result.ok);
}

// Of unknown length: read as it arrives once it is large, valid or not.
void tst_ArrivingBody::aChunkedBody()
{
    for (const QByteArray &body : QByteArrayList{records(), records() + " x"}) {
        const json::ParseResult expected = json::parseDocument(body);
        const InvokeResult result = call(body, "application/json", -1, true);
        QCOMPARE(result.response.body, body);
        QCOMPARE(result.document.ok, expected.ok);
        QCOMPARE(result.document.error, expected.error);
        QCOMPARE(result.document.errorChar, expected.errorChar);
        QCOMPARE(written(result.document), written(expected));
    }
    const InvokeResult cut = call(records(), "application/json", records().size() / 2, true);
    QCOMPARE(cut.error.kind, ErrorKind::Transport);
}

// Cancelled, or out of time, while the body is being read: the call ends so, and the bytes being
// read are let go only once their reader has stopped.
void tst_ArrivingBody::aCallStoppedMidBody()
{
    const QByteArray body = records();
    RawHttpServer raw;
    raw.listen();
    raw.setHandler([&](const RawHttpServer::Request &) {
        RawHttpServer::Reply reply = inPieces(body, "application/json", body.size(), false);
        reply.delayMs = 40;
        return reply;
    });
    QNetworkAccessManager network;
    CallSpec spec = zd::test::djangoSampleSpec(raw.address());
    spec.timeout = std::chrono::milliseconds(30000);
    Call cancelled(ClientKind::Json, spec, &network);
    QSignalSpy cancelledDone(&cancelled, &Call::finished);
    cancelled.start();
    QTimer::singleShot(150, &cancelled, &Call::cancel);
    QVERIFY(cancelledDone.wait(20000));
    QCOMPARE(cancelledDone.constFirst().constFirst().value<InvokeResult>().error.kind, ErrorKind::Cancelled);

    spec.timeout = std::chrono::milliseconds(150);
    const InvokeResult timedOut = zd::test::callOnce(ClientKind::Json, spec, &network);
    QCOMPARE(timedOut.error.kind, ErrorKind::Timeout);
}

QTEST_GUILESS_MAIN(tst_ArrivingBody)
#include "tst_arrivingbody.moc"
