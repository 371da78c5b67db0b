// The admin services' lists (zato-platform.md §2.5) read into an access test: what becomes a row, a
// column and a rule, what is left out as the server's own, and answers that are not what a Zato 4.1
// server gives.
#include "access/adminlists.h"

#include "json/parser.h"
#include <QObject>
#include <QTest>

using namespace zd;
using namespace zd::access;

namespace {

json::Value parsed(const char *text)
{
    const json::ParseResult result = json::parse(QByteArrayView(text));
    if (!result.ok)
        qFatal("test JSON: %s", qPrintable(result.error));
    return result.value;
}

// A server with its own admin.invoke and ping, two Basic definitions, an API key with its own header,
// a static and a JWT bearer token, an mTLS definition, one group; its answers as Zato 4.1 gives them.
AdminLists serverLists()
{
    AdminLists lists;
    lists.security = parsed(R"([
        {"id": 1, "name": "admin.invoke", "is_active": true, "sec_type": "basic_auth", "username": "admin.invoke", "realm": "Zato admin invoke"},
        {"id": 2, "name": "crm.basic", "is_active": true, "sec_type": "basic_auth", "username": "crm-app", "realm": "CRM"},
        {"id": 3, "name": "billing.basic", "is_active": true, "sec_type": "basic_auth", "username": "billing-app", "realm": null},
        {"id": 4, "name": "partner.apikey", "is_active": true, "sec_type": "apikey", "username": null, "realm": null},
        {"id": 5, "name": "batch.static", "is_active": true, "sec_type": "oauth", "username": null, "realm": null},
        {"id": 6, "name": "idp.jwt", "is_active": true, "sec_type": "oauth", "username": "client", "realm": null},
        {"id": 7, "name": "edge.mtls", "is_active": true, "sec_type": "mtls", "username": null, "realm": null}])");
    lists.apiKeys = parsed(
        R"([{"id": 4, "name": "partner.apikey", "is_active": true, "username": null, "header": "X-Partner-Key"}])");
    lists.bearerTokens = parsed(R"({"zato_security_oauth_get_list_response": [
        {"id": 5, "name": "batch.static", "is_static_token": true},
        {"id": 6, "name": "idp.jwt", "is_static_token": false, "issuer": "https://idp"}]})");
    lists.groups = parsed(R"([{"id": 9, "name": "internal.apps", "members": [
        {"name": "crm.basic", "security_id": 2}, {"name": "partner.apikey", "security_id": 4}]}])");
    lists.channels = parsed(R"([
        {"id": 1, "name": "zato.api.invoke", "is_internal": true, "url_path": "/zato/api/invoke/{service_name}", "security_name": "admin.invoke"},
        {"id": 2, "name": "zato.ping", "is_internal": false, "url_path": "/zato/ping"},
        {"id": 3, "name": "orders.get", "is_active": true, "is_internal": false, "url_path": "/api/orders/{order_id}", "method": "get", "service_name": "orders.get", "security_name": "crm.basic", "data_format": "json", "security_groups": []},
        {"id": 4, "name": "orders.list", "is_active": true, "url_path": "/api/orders", "method": null, "service_name": "orders.list", "security_name": null, "security_groups": [9]},
        {"id": 5, "name": "orders.old", "is_active": false, "url_path": "/api/v0/orders", "security_name": "billing.basic", "data_format": "xml"}])");
    return lists;
}

const FileCredential *credential(const AccessTest &test, const QString &name)
{
    for (const FileCredential &item : test.credentials) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

} // namespace

class tst_AdminLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheServersConfiguration();
    void secretsGivenMakeRowsCallable();
    void groupsByIdWhenNamesAreNotGiven();
    void badAnswers_data();
    void badAnswers();
    void asksTheFiveServices();
};

void tst_AdminLists::readsTheServersConfiguration()
{
    const AccessTestRead read = accessFromAdminLists(serverLists(), {});
    QVERIFY2(read.test, qPrintable(read.error));
    const AccessTest &test = *read.test;
    // The server's own definition and channels are left out, as an export leaves them.
    QVERIFY(!credential(test, QStringLiteral("admin.invoke")));
    QCOMPARE(test.channels.size(), 3);
    QCOMPARE(test.channels.at(0).name, QStringLiteral("orders.get"));
    QCOMPARE(test.channels.at(0).path, QStringLiteral("/api/orders/1"));
    QCOMPARE(test.channels.at(0).method, QStringLiteral("GET"));
    QCOMPARE(test.channels.at(0).service, QStringLiteral("orders.get"));
    QCOMPARE(test.channels.at(1).method, QString());

    const Configuration &configuration = test.configuration;
    QCOMPARE(configuration.definition(QStringLiteral("crm.basic"))->realm, QStringLiteral("CRM"));
    QCOMPARE(configuration.definition(QStringLiteral("billing.basic"))->realm, QStringLiteral("zato"));
    QCOMPARE(configuration.definition(QStringLiteral("partner.apikey"))->header, QByteArray("X-Partner-Key"));
    QCOMPARE(configuration.definition(QStringLiteral("batch.static"))->type, SecurityType::BearerToken);
    QCOMPARE(configuration.channels.at(0).security, QStringLiteral("crm.basic"));
    QCOMPARE(configuration.channels.at(1).groups, QStringList{QStringLiteral("internal.apps")});
    QCOMPARE(configuration.channels.at(2).isActive, false);
    QCOMPARE(configuration.channels.at(2).jsonErrors, false);
    QCOMPARE(configuration.group(QStringLiteral("internal.apps"))->members,
             (QStringList{QStringLiteral("crm.basic"), QStringLiteral("partner.apikey")}));

    // No secret was given: nothing is callable, and each kind says why.
    for (const FileCredential &item : test.credentials)
        QVERIFY2(!item.callable, qPrintable(item.name));
    QCOMPARE(credential(test, QStringLiteral("crm.basic"))->user, QStringLiteral("crm-app"));
    const QString warnings = test.allWarnings().join(u'\n');
    QVERIFY(warnings.contains(
        QStringLiteral("zato.security.get-list: \"crm.basic\": the server never gives a secret")));
    QVERIFY(warnings.contains(QStringLiteral("\"idp.jwt\": a bearer token checked as a JWT")));
    QVERIFY(warnings.contains(QStringLiteral("\"edge.mtls\": a mtls definition has no row")));
}

void tst_AdminLists::secretsGivenMakeRowsCallable()
{
    const AccessTestRead read =
        accessFromAdminLists(serverLists(), {{QStringLiteral("crm.basic"), QStringLiteral("s1")},
                                             {QStringLiteral("partner.apikey"), QStringLiteral("k1")},
                                             {QStringLiteral("batch.static"), QStringLiteral("t1")},
                                             {QStringLiteral("idp.jwt"), QStringLiteral("eyJ.token")}});
    QVERIFY2(read.test, qPrintable(read.error));
    const AccessTest &test = *read.test;
    QVERIFY(credential(test, QStringLiteral("crm.basic"))->callable);
    QCOMPARE(credential(test, QStringLiteral("crm.basic"))->secret, QStringLiteral("s1"));
    QVERIFY(credential(test, QStringLiteral("partner.apikey"))->callable);
    QCOMPARE(credential(test, QStringLiteral("partner.apikey"))->header, QByteArray("X-Partner-Key"));
    QVERIFY(credential(test, QStringLiteral("batch.static"))->callable);
    QVERIFY(!credential(test, QStringLiteral("billing.basic"))->callable);
    // A JWT definition is called with a token of the user's own, when one is given.
    QVERIFY(credential(test, QStringLiteral("idp.jwt"))->callable);
    QCOMPARE(credential(test, QStringLiteral("idp.jwt"))->secret, QStringLiteral("eyJ.token"));
    QVERIFY(!test.allWarnings().join(u'\n').contains(QStringLiteral("\"crm.basic\"")));
}

void tst_AdminLists::groupsByIdWhenNamesAreNotGiven()
{
    AdminLists lists = serverLists();
    lists.channels = parsed(R"([{"id": 4, "name": "orders.list", "url_path": "/api/orders",
        "security_groups": [9], "security_group_names": ["internal.apps"]}])");
    QCOMPARE(accessFromAdminLists(lists, {}).test->configuration.channels.at(0).groups,
             QStringList{QStringLiteral("internal.apps")});
    lists.channels =
        parsed(R"([{"id": 4, "name": "orders.list", "url_path": "/api/orders", "security_groups": [8]}])");
    const AccessTestRead read = accessFromAdminLists(lists, {});
    QVERIFY(!read.test);
    QCOMPARE(read.error,
             QStringLiteral("zato.http-soap.get-list: \"orders.list\": a security group id not in "
                            "zato.groups.get-list."));
}

void tst_AdminLists::badAnswers_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("error");
    QTest::newRow("not a list") << QStringLiteral("security") << QByteArray(R"({"a": 1, "b": 2})")
                                << QStringLiteral(
                                       "zato.security.get-list did not answer with a list. Is this "
                                       "a Zato 4.1 server?");
    QTest::newRow("unknown security")
        << QStringLiteral("channels")
        << QByteArray(R"([{"name": "a", "url_path": "/a", "security_name": "ghost"}])")
        << QStringLiteral("zato.http-soap.get-list: \"a\": its security \"ghost\" is "
                          "not in zato.security.get-list.");
    QTest::newRow("unknown member") << QStringLiteral("groups")
                                    << QByteArray(R"([{"name": "g", "members": [{"name": "ghost"}]}])")
                                    << QStringLiteral(
                                           "zato.groups.get-list: group \"g\" has member \"ghost\", "
                                           "which is not in zato.security.get-list.");
    QTest::newRow("members missing") << QStringLiteral("groups") << QByteArray(R"([{"name": "g"}])")
                                     << QStringLiteral("zato.groups.get-list listed group \"g\" without its "
                                                       "members.");
    QTest::newRow("no channels") << QStringLiteral("channels") << QByteArray("[]")
                                 << QStringLiteral("The server has no REST channel of its users to test.");
    QTest::newRow("nameless") << QStringLiteral("security") << QByteArray(R"([{"sec_type": "basic_auth"}])")
                              << QStringLiteral("zato.security.get-list listed an item without a name.");
}

void tst_AdminLists::badAnswers()
{
    QFETCH(QString, list);
    QFETCH(QByteArray, answer);
    QFETCH(QString, error);
    AdminLists lists = serverLists();
    const json::Value value = json::parse(answer).value;
    if (list == u"security")
        lists.security = value;
    else if (list == u"channels")
        lists.channels = value;
    else
        lists.groups = value;
    const AccessTestRead read = accessFromAdminLists(lists, {});
    QVERIFY(!read.test);
    QCOMPARE(read.error, error);

    // A secret for a definition the server does not have.
    const AccessTestRead unknown =
        accessFromAdminLists(serverLists(), {{QStringLiteral("ghost"), QStringLiteral("s")}});
    QVERIFY(!unknown.test);
    QVERIFY(unknown.error.contains(QStringLiteral("\"ghost\", which is not a security definition")));
}

void tst_AdminLists::asksTheFiveServices()
{
    const QList<AdminQuery> queries = adminQueries();
    QStringList services;
    for (const AdminQuery &query : queries)
        services << query.service;
    QCOMPARE(services, (QStringList{QStringLiteral("zato.security.get-list"),
                                    QStringLiteral("zato.security.apikey.get-list"),
                                    QStringLiteral("zato.security.oauth.get-list"),
                                    QStringLiteral("zato.groups.get-list"),
                                    QStringLiteral("zato.http-soap.get-list")}));
    const json::Value &channels = queries.constLast().request;
    QCOMPARE(channels.find(u"connection")->toString(), QStringLiteral("channel"));
    QCOMPARE(channels.find(u"transport")->toString(), QStringLiteral("plain_http"));
    QVERIFY(channels.find(u"needs_security_group_names")->toBool());
    QVERIFY(queries.at(3).request.find(u"needs_members")->toBool());
}

QTEST_GUILESS_MAIN(tst_AdminLists)
#include "tst_adminlists.moc"
