// The expected outcome of every credential on every kind of channel, written by hand from
// zato-platform.md §1.3 and §3.4 (not computed by the code under test): own definition only, groups only,
// both (AND), a group with no members, a definition in no group, an API key with a custom header, a static
// bearer token, an inactive channel, a method-restricted channel, a channel with no security.
#include "access/accessrules.h"

#include <QTest>

using namespace zd::access;

namespace {

Configuration configuration()
{
    Configuration c;
    c.definitions = {
        {QStringLiteral("crm.basic"), SecurityType::BasicAuth, QStringLiteral("CRM"), {}},
        {QStringLiteral("partner.apikey"), SecurityType::ApiKey, {}, QByteArrayLiteral("X-Partner-Key")},
        {QStringLiteral("billing.bearer"), SecurityType::BearerToken, {}, {}},
        {QStringLiteral("ops.basic"), SecurityType::BasicAuth, QStringLiteral("Ops"), {}},
        {QStringLiteral("lonely.basic"), SecurityType::BasicAuth, QStringLiteral("Lonely"), {}},
        {QStringLiteral("legacy.ntlm"), SecurityType::Ntlm, {}, {}},
    };
    c.groups = {
        {QStringLiteral("crm-clients"), {QStringLiteral("crm.basic"), QStringLiteral("partner.apikey")}},
        {QStringLiteral("ops-group"), {QStringLiteral("ops.basic")}},
        {QStringLiteral("nobody"), {}},
    };
    const auto channel = [](const char *name, const char *security, QStringList groups = {}) {
        Channel ch;
        ch.name = QString::fromLatin1(name);
        ch.path = u"/api/"_qs + ch.name;
        ch.security = QString::fromLatin1(security);
        ch.groups = std::move(groups);
        return ch;
    };
    c.channels = {
        channel("own-only", "crm.basic"),
        channel("groups-only", "", {QStringLiteral("crm-clients")}),
        channel("own-and-groups", "crm.basic", {QStringLiteral("ops-group")}),
        channel("empty-group", "", {QStringLiteral("nobody")}),
        channel("own-and-empty-group", "ops.basic", {QStringLiteral("nobody")}),
        channel("apikey", "partner.apikey"),
        channel("bearer", "billing.bearer"),
        channel("ntlm", "legacy.ntlm"),
        channel("open", ""),
    };
    Channel inactive = channel("inactive", "");
    inactive.isActive = false;
    Channel getOnly = channel("get-only", "crm.basic");
    getOnly.method = QStringLiteral("GET");
    c.channels << inactive << getOnly;
    return c;
}

} // namespace

class tst_AccessRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outcomes_data();
    void outcomes();
    void challenges_data();
    void challenges();
    void methodMismatchOnOlderServers();
    void basicAndApiKeyTogether();
    void reasonsNameTheDefinitions();
};

void tst_AccessRules::outcomes_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("credential"); // empty: no credentials
    QTest::addColumn<bool>("wrongSecret");
    QTest::addColumn<QString>("outcome");

    const auto row = [](const char *channel, const char *credential, bool wrong, const char *outcome) {
        QTest::addRow("%s / %s%s", channel, *credential ? credential : "(none)",
                      wrong ? " (wrong secret)" : "")
            << QString::fromLatin1(channel) << QString::fromLatin1(credential) << wrong
            << QString::fromLatin1(outcome);
    };
    // §3.4 step 3: the own definition, right secret only.
    row("own-only", "crm.basic", false, "allowed");
    row("own-only", "crm.basic", true, "401");
    row("own-only", "ops.basic", false, "401");
    row("own-only", "", false, "401");
    // Step 4: groups; members with the right secret, everyone else 403.
    row("groups-only", "crm.basic", false, "allowed");
    row("groups-only", "partner.apikey", false, "allowed");
    row("groups-only", "crm.basic", true, "403");
    row("groups-only", "lonely.basic", false, "403");
    row("groups-only", "billing.bearer", false, "403");
    row("groups-only", "", false, "403");
    // Step 6: own definition and groups: both. crm.basic is not in ops-group; ops.basic is not the own one.
    row("own-and-groups", "crm.basic", false, "403");
    row("own-and-groups", "ops.basic", false, "401");
    row("own-and-groups", "", false, "401");
    // Step 4, last line: groups with no members and no own definition: nobody.
    row("empty-group", "crm.basic", false, "403");
    row("empty-group", "", false, "403");
    // Empty groups with an own definition: only the definition counts.
    row("own-and-empty-group", "ops.basic", false, "allowed");
    row("own-and-empty-group", "crm.basic", false, "401");
    // API key and bearer as own definitions.
    row("apikey", "partner.apikey", false, "allowed");
    row("apikey", "partner.apikey", true, "401");
    row("apikey", "", false, "401");
    row("bearer", "billing.bearer", false, "allowed");
    row("bearer", "crm.basic", false, "401");
    // Outgoing-only types refuse everyone.
    row("ntlm", "legacy.ntlm", false, "401");
    // Step 1: inactive; step 5: no security.
    row("inactive", "crm.basic", false, "404");
    row("inactive", "", false, "404");
    row("open", "", false, "allowed");
    row("open", "lonely.basic", true, "allowed");
    // Step 2: the method comes before security.
    row("get-only", "crm.basic", false, "405");
    row("get-only", "", false, "405");
}

void tst_AccessRules::outcomes()
{
    QFETCH(QString, channel);
    QFETCH(QString, credential);
    QFETCH(bool, wrongSecret);
    const Configuration c = configuration();
    const Channel *target = nullptr;
    for (const Channel &item : c.channels) {
        if (item.name == channel)
            target = &item;
    }
    QVERIFY(target);
    Caller caller;
    caller.definition = credential.isEmpty() ? nullptr : c.definition(credential);
    QVERIFY(credential.isEmpty() || caller.definition);
    caller.secret = wrongSecret ? Caller::Secret::Wrong : Caller::Secret::Right;
    QTEST(expect(c, *target, caller, QStringLiteral("POST")).outcome, "outcome");
}

void tst_AccessRules::challenges_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QByteArray>("challenge");
    // §1.2: Basic names its realm, Bearer says Bearer, an API key sends none.
    QTest::newRow("basic") << QStringLiteral("own-only") << QByteArray(R"(Basic realm="CRM")");
    QTest::newRow("bearer") << QStringLiteral("bearer") << QByteArray("Bearer");
    QTest::newRow("apikey") << QStringLiteral("apikey") << QByteArray();
}

void tst_AccessRules::challenges()
{
    QFETCH(QString, channel);
    const Configuration c = configuration();
    for (const Channel &item : c.channels) {
        if (item.name == channel) {
            const Expectation e = expect(c, item, Caller{}, QStringLiteral("POST"));
            QCOMPARE(e.outcome, QStringLiteral("401"));
            QTEST(e.challenge, "challenge");
            return;
        }
    }
    QFAIL("no such channel");
}

void tst_AccessRules::methodMismatchOnOlderServers()
{
    Configuration c = configuration();
    c.methodMismatchIs405 = false;
    const Channel &getOnly = c.channels.constLast();
    QCOMPARE(expect(c, getOnly, Caller{c.definition(u"crm.basic"_qs)}, QStringLiteral("POST")).outcome,
             QStringLiteral("404"));
    QCOMPARE(expect(c, getOnly, Caller{c.definition(u"crm.basic"_qs)}, QStringLiteral("get")).outcome,
             QStringLiteral("allowed"));
}

void tst_AccessRules::basicAndApiKeyTogether()
{
    const Configuration c = configuration();
    Caller caller{c.definition(u"crm.basic"_qs)};
    caller.alsoSendsApiKey = true;
    QCOMPARE(expect(c, c.channels.at(1), caller, QStringLiteral("POST")).outcome, QStringLiteral("400"));
    // Without groups only the own definition is checked.
    QCOMPARE(expect(c, c.channels.at(0), caller, QStringLiteral("POST")).outcome, QStringLiteral("allowed"));
}

void tst_AccessRules::reasonsNameTheDefinitions()
{
    const Configuration c = configuration();
    const Expectation own = expect(c, c.channels.at(0), Caller{c.definition(u"crm.basic"_qs)}, u"POST"_qs);
    QCOMPARE(own.reason, QStringLiteral("crm.basic is the channel's own definition."));
    const Expectation notInGroup =
        expect(c, c.channels.at(1), Caller{c.definition(u"lonely.basic"_qs)}, u"POST"_qs);
    QCOMPARE(notInGroup.reason, QStringLiteral("lonely.basic is in no group of this channel (crm-clients)."));
    const Expectation inactive = expect(c, c.channels.at(9), Caller{}, u"POST"_qs);
    QCOMPARE(inactive.reason, QStringLiteral("The channel is inactive."));
}

QTEST_GUILESS_MAIN(tst_AccessRules)
#include "tst_accessrules.moc"
