#include "serverprobe.h"

#include "json/writer.h"
#include <QCoreApplication>

namespace zd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerProbe)
};

bool present(ProbeAnswer answer)
{
    return answer == ProbeAnswer::NeedsCredentials || answer == ProbeAnswer::CredentialsRefused ||
           answer == ProbeAnswer::Works;
}

QString verdictSentence(const ProbeReport &report)
{
    switch (report.verdict) {
    case ProbeVerdict::Unreachable:
        return Text::tr(
                   "No HTTP answer from %1: %2 Check the address, the port and that the server is running.")
            .arg(report.address, report.transportError);
    case ProbeVerdict::NotZato:
        return Text::tr(
                   "%1 answers HTTP, but nothing there answers as a Zato server does: no ping, no "
                   "dispatcher, no invoke API, no \"URL not found (CID: …)\". Check the address and the port "
                   "(a Zato server listens on 17010, its load balancer on 11223).")
            .arg(report.address);
    case ProbeVerdict::Zato32:
        return Text::tr("This is a Zato 3.2 (or 3.3) server: it has the zato.service.invoke dispatcher at "
                        "/zato/admin/invoke and the public invoke API at /zato/api/invoke/{service}.");
    case ProbeVerdict::Zato41Legacy:
        return Text::tr("This is a Zato 4.1 server built before May 2026: it has the zato.service.invoke "
                        "dispatcher at /zato/admin/invoke and no invoke API at /zato/api/invoke.");
    case ProbeVerdict::Zato41:
        return Text::tr(
            "This is a Zato 4.1 server: it has no zato.service.invoke dispatcher; its invoke API at "
            "/zato/api/invoke/{service} takes the admin.invoke user.");
    case ProbeVerdict::ZatoUnknown:
        return Text::tr("This is a Zato server, but none of its invoke endpoints answered as a known version "
                        "does.");
    }
    return QString();
}

QString credentialSentence(ProbeAnswer answer, const QString &what)
{
    switch (answer) {
    case ProbeAnswer::Works:
        return Text::tr("The credentials given work with %1.").arg(what);
    case ProbeAnswer::CredentialsRefused:
        return Text::tr("The credentials given were refused by %1 (401): check the user and the password.")
            .arg(what);
    case ProbeAnswer::NeedsCredentials:
        return Text::tr("A user and a password are needed for %1; none were given.").arg(what);
    default:
        return QString();
    }
}

} // namespace

QStringList ProbeReport::workingClients() const
{
    QStringList clients;
    if (verdict == ProbeVerdict::Unreachable || verdict == ProbeVerdict::NotZato)
        return clients;
    if (present(dispatcher))
        clients << QStringLiteral("AnyServiceInvoker");
    clients << QStringLiteral("JSONClient");
    if (present(invokeApi))
        clients << QStringLiteral("Invoke API");
    return clients;
}

QString ProbeReport::summary() const
{
    QStringList lines{verdictSentence(*this)};
    if (verdict == ProbeVerdict::Unreachable || verdict == ProbeVerdict::NotZato)
        return lines.join(u'\n');

    if (present(dispatcher))
        lines << Text::tr("AnyServiceInvoker will work (point it at /zato/admin/invoke or a channel of "
                          "zato.service.invoke).");
    else
        lines << Text::tr("AnyServiceInvoker will not work: there is no dispatcher. Use the Invoke API or "
                          "JSONClient.");
    lines << Text::tr("JSONClient works with any of the server's REST channels.");
    if (present(invokeApi)) {
        const QString user = invokeApiRealm == u"Zato admin invoke" || verdict == ProbeVerdict::Zato41
                                 ? QStringLiteral("admin.invoke")
                                 : QStringLiteral("pubapi");
        lines << Text::tr("The Invoke API will work, with the %1 user.").arg(user);
    } else {
        lines << Text::tr("The Invoke API will not work: /zato/api/invoke answers 404.");
    }
    for (const QString &sentence : {credentialSentence(dispatcher, Text::tr("the dispatcher")),
                                    credentialSentence(invokeApi, Text::tr("the invoke API"))}) {
        if (!sentence.isEmpty())
            lines << sentence;
    }
    if (wrongMethodGives405 == true)
        lines << Text::tr("A wrong method gets 405 with the Allow list (%1).").arg(allowHeader);
    else if (wrongMethodGives405 == false)
        lines << Text::tr("A wrong method gets 404, not 405.");
    else
        lines << Text::tr(
            "How a wrong method is answered was not checked (name a channel with a fixed method, "
            "or give admin.invoke credentials on a 4.1 server).");
    lines << (cidHeader ? Text::tr("The X-Zato-CID header is on.")
                        : Text::tr("The X-Zato-CID header is off: the CID is in error bodies only."));
    return lines.join(u'\n');
}

QString probeVerdictKey(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::Unreachable:
        return QStringLiteral("unreachable");
    case ProbeVerdict::NotZato:
        return QStringLiteral("not-zato");
    case ProbeVerdict::Zato32:
        return QStringLiteral("zato-3.2");
    case ProbeVerdict::Zato41Legacy:
        return QStringLiteral("zato-4.1-dispatcher");
    case ProbeVerdict::Zato41:
        return QStringLiteral("zato-4.1");
    case ProbeVerdict::ZatoUnknown:
        return QStringLiteral("zato-unknown");
    }
    return QString();
}

QString probeAnswerKey(ProbeAnswer answer)
{
    switch (answer) {
    case ProbeAnswer::NotChecked:
        return QStringLiteral("not-checked");
    case ProbeAnswer::Absent:
        return QStringLiteral("absent");
    case ProbeAnswer::NeedsCredentials:
        return QStringLiteral("needs-credentials");
    case ProbeAnswer::CredentialsRefused:
        return QStringLiteral("credentials-refused");
    case ProbeAnswer::Works:
        return QStringLiteral("works");
    case ProbeAnswer::Unexpected:
        return QStringLiteral("unexpected");
    }
    return QString();
}

QByteArray ProbeReport::toJson() const
{
    using json::Value;
    json::Array stepValues;
    for (const ProbeStep &step : steps)
        stepValues.push_back(Value::fromObject({
            {QStringLiteral("check"), Value::fromString(step.check)},
            {QStringLiteral("request"), Value::fromString(step.request)},
            {QStringLiteral("http_status"), step.status > 0 ? Value::fromInteger(step.status) : Value()},
            {QStringLiteral("finding"), Value::fromString(step.finding)},
        }));
    json::Array clients;
    for (const QString &client : workingClients())
        clients.push_back(Value::fromString(client));
    const Value report = Value::fromObject({
        {QStringLiteral("address"), Value::fromString(address)},
        {QStringLiteral("server"), Value::fromString(probeVerdictKey(verdict))},
        {QStringLiteral("ping"), Value::fromString(probeAnswerKey(ping))},
        {QStringLiteral("dispatcher"), Value::fromString(probeAnswerKey(dispatcher))},
        {QStringLiteral("invoke_api"), Value::fromString(probeAnswerKey(invokeApi))},
        {QStringLiteral("invoke_api_realm"),
         invokeApiRealm.isEmpty() ? Value() : Value::fromString(invokeApiRealm)},
        {QStringLiteral("wrong_method_405"),
         wrongMethodGives405 ? Value::fromBool(*wrongMethodGives405) : Value()},
        {QStringLiteral("allow"), allowHeader.isEmpty() ? Value() : Value::fromString(allowHeader)},
        {QStringLiteral("cid_header"), Value::fromBool(cidHeader)},
        {QStringLiteral("clients"), Value::fromArray(std::move(clients))},
        {QStringLiteral("summary"), Value::fromString(summary())},
        {QStringLiteral("steps"), Value::fromArray(std::move(stepValues))},
    });
    return json::dumps(report, json::WriteOptions{false, 2}) + '\n';
}

} // namespace zd
