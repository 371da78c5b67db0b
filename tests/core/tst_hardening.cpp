// The process hardening both programs start with (not dumpable, no core file, SIGXFSZ ignored) and
// the bounded read behind the profile file, --payload-file and --password-stdin.
#include "hardening/boundedread.h"
#include "hardening/processhardening.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

using namespace zd;

class tst_Hardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void processIsHardened();
    void wipeClearsInPlace();
    void boundedReadTakesRegularFilesOnly();
    void boundedReadStopsAtTheLimit();
};

void tst_Hardening::processIsHardened()
{
    rlimit coreBefore{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &coreBefore), 0);
    hardenProcess();

    struct sigaction xfsz = {};
    QCOMPARE(sigaction(SIGXFSZ, nullptr, &xfsz), 0);
    QVERIFY(xfsz.sa_handler == SIG_IGN);
    rlimit core{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(core.rlim_cur, rlim_t(0));
    QCOMPARE(core.rlim_max, coreBefore.rlim_max); // what this program starts may still dump
#ifdef __linux__
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
}

void tst_Hardening::wipeClearsInPlace()
{
    QByteArray bytes("s3cret-Pa55");
    const char *where = bytes.constData();
    wipe(bytes);
    QCOMPARE(bytes.constData(), where); // the same buffer, not a cleared copy
    QCOMPARE(bytes, QByteArray(11, '\0'));

    QString text = QStringLiteral("s3cret-Pa55");
    text.detach();
    const QChar *chars = text.constData();
    wipe(text);
    QCOMPARE(text.constData(), chars);
    QCOMPARE(text, QString(11, QChar(0)));
}

void tst_Hardening::boundedReadTakesRegularFilesOnly()
{
    QTemporaryDir dir;
    const QString regular = dir.filePath(QStringLiteral("payload.json"));
    QFile file(regular);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"cust_id\": 1}");
    file.close();
    BoundedRead read = readFileBounded(regular, 1024, Fifo::Refused);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.bytes, QByteArray("{\"cust_id\": 1}"));

    read = readFileBounded(QStringLiteral("/dev/zero"), 1024, Fifo::Accepted);
    QCOMPARE(read.error, QStringLiteral("it is a device, not a file"));
    read = readFileBounded(dir.path(), 1024, Fifo::Accepted);
    QCOMPARE(read.error, QStringLiteral("it is a directory"));
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    read = readFileBounded(fifo, 1024, Fifo::Refused); // refused before it is opened: no wait for a writer
    QCOMPARE(read.error, QStringLiteral("it is a FIFO (a named pipe), not a regular file"));
    read = readFileBounded(dir.filePath(QStringLiteral("missing")), 1024, Fifo::Refused);
    QCOMPARE(read.error, QStringLiteral("No such file or directory"));
}

void tst_Hardening::boundedReadStopsAtTheLimit()
{
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("big"));
    QFile file(name);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(16 * 1024 * 1024 + 1)); // sparse: nothing written
    file.close();
    BoundedRead read = readFileBounded(name, 16 * 1024 * 1024, Fifo::Refused);
    QCOMPARE(read.error, QStringLiteral("it is larger than 16 MB, the most that is read"));
    QVERIFY(read.bytes.isEmpty());
    read = readFileBounded(name, 16 * 1024 * 1024 + 1, Fifo::Refused);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.bytes.size(), 16 * 1024 * 1024 + 1);
    QCOMPARE(byteLimitText(64 * 1024), QStringLiteral("64 KB"));
    QCOMPARE(byteLimitText(1000), QStringLiteral("1000 bytes"));
}

QTEST_GUILESS_MAIN(tst_Hardening)
#include "tst_hardening.moc"
