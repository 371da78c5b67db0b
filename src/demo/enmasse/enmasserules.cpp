#include "enmasserules.h"

#include "jwt/jwt.h"

#include <QUrl>

namespace zd::demo {

using namespace enmasse;

std::optional<RateLimit> readRateLimit(const Item &item)
{
    const std::optional<YAML::Node> node = item.field("rate_limiting");
    if (!node || node->IsNull())
        return std::nullopt;
    const auto unsupported = [&item](const YAML::Node &at, const QString &what) {
        return Failure{Text::tr("%1: rate_limiting: %2 is not supported by the demo server, which knows one "
                                "all-day limit for every address. Simplify the rule or leave it out.")
                           .arg(item.where(at), what)};
    };
    if (!node->IsSequence() || node->size() != 1 || !(*node)[0].IsMap())
        throw unsupported(*node, Text::tr("anything but a single rule"));
    const YAML::Node rule = (*node)[0];
    if (const YAML::Node cidrs = rule["cidr_list"]; cidrs && !cidrs.IsNull()) {
        for (const YAML::Node &cidr : cidrs) {
            const std::string c = cidr.IsScalar() ? cidr.Scalar() : std::string();
            if (c != "*" && c != "0.0.0.0/0" && c != "::/0")
                throw unsupported(cidr, Text::tr("a limit for some addresses only"));
        }
    }
    const YAML::Node ranges = rule["time_range"];
    if (!ranges || !ranges.IsSequence() || ranges.size() != 1 || !ranges[0].IsMap())
        throw unsupported(rule, Text::tr("anything but one time_range"));
    const YAML::Node range = ranges[0];
    const auto flag = [&range](const char *key) {
        const YAML::Node value = range[key];
        return value && value.IsScalar() && (value.Scalar() == "true" || value.Scalar() == "True");
    };
    if (const YAML::Node allDay = range["is_all_day"]; allDay && !flag("is_all_day"))
        throw unsupported(allDay, Text::tr("a limit for part of the day"));
    if (flag("disallowed"))
        throw unsupported(range, Text::tr("disallowed"));
    if (flag("disabled"))
        return std::nullopt;
    const YAML::Node limit = range["limit"];
    bool ok = false;
    const int requests = limit && limit.IsScalar() ? QString::fromStdString(limit.Scalar()).toInt(&ok) : 0;
    if (!ok || requests < 1)
        throw Failure{Text::tr("%1: rate_limiting: limit must be a whole number of requests, 1 or more.")
                          .arg(item.where(limit ? limit : range))};
    const YAML::Node unitNode = range["limit_unit"];
    const QString unit =
        unitNode && unitNode.IsScalar() ? QString::fromStdString(unitNode.Scalar()) : QStringLiteral("m");
    int seconds = 0;
    if (unit == u"m" || unit == u"minute")
        seconds = 60;
    else if (unit == u"h" || unit == u"hour")
        seconds = 3600;
    else if (unit == u"d" || unit == u"day")
        seconds = 86400;
    else
        throw Failure{Text::tr("%1: rate_limiting: limit_unit \"%2\" is not m, h or d (minute, hour, day).")
                          .arg(item.where(unitNode), unit)};
    return RateLimit{requests, seconds};
}

std::optional<JwtRules> readJwtRules(const Reader &reader, const Item &item)
{
    JwtRules rules;
    rules.issuer = reader.text(item, "issuer").value_or(QString());
    rules.audience = reader.text(item, "audience").value_or(QString());
    rules.jwksUrl = reader.text(item, "jwks_url").value_or(QString());
    rules.claims = reader.list(item, "claims").value_or(QStringList());
    const bool demoKeys = rules.jwksUrl.isEmpty() ? rules.issuer == jwt::demoIssuer
                                                  : QUrl(rules.jwksUrl).path() == u"/demo/oauth/jwks";
    if (rules.issuer.isEmpty() || rules.audience.isEmpty() || !demoKeys)
        return std::nullopt;
    return rules;
}

} // namespace zd::demo
