#include "customerbackend.h"

#include <QCryptographicHash>

namespace zd::demo {

std::optional<QString> CustomerBackend::lookUp(const QString &customerId)
{
    if (customerId.startsWith(u"missing"))
        return std::nullopt;
    if (customerId == u"123")
        return QStringLiteral("Victoria Murray");
    if (customerId == u"456")
        return QStringLiteral("James Edmunds");

    static const char *const first[] = {"Amelia", "Oliver", "Isla",  "George", "Ava",   "Noah",   "Emily",
                                        "Arthur", "Grace",  "Leo",   "Freya",  "Oscar", "Sophia", "Harry",
                                        "Lily",   "Jacob",  "Chloe", "Thomas", "Mia",   "Henry"};
    static const char *const last[] = {"Smith",  "Jones",    "Taylor",   "Brown",  "Williams",
                                       "Wilson", "Johnson",  "Davies",   "Patel",  "Wright",
                                       "Walker", "Robinson", "Thompson", "Evans",  "Hughes",
                                       "Green",  "Lewis",    "Wood",     "Harris", "Martin"};
    const QByteArray digest = QCryptographicHash::hash(customerId.toUtf8(), QCryptographicHash::Sha256);
    const auto byte = [&digest](int i) { return static_cast<unsigned char>(digest.at(i)); };
    return QString::fromLatin1(first[byte(0) % std::size(first)]) + u' ' +
           QString::fromLatin1(last[byte(1) % std::size(last)]);
}

} // namespace zd::demo
