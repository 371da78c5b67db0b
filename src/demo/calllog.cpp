#include "gateway.h"

namespace zd::demo {

namespace {

// Text from a request, made safe for a one-line log: a backslash, a double quote and every control
// character (C0, DEL, C1, the Unicode line and paragraph separators, bidirectional overrides) come
// out as escapes, so a field can never end the line, forge another one or steer a terminal.
QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\\' || u == u'"') {
            out += u'\\';
            out += c;
        } else if (u == u'\n') {
            out += u"\\n";
        } else if (u == u'\r') {
            out += u"\\r";
        } else if (u == u'\t') {
            out += u"\\t";
        } else if (u < 0x20 || (u >= 0x7f && u < 0xa0)) {
            out += u"\\x" + QString::number(u, 16).rightJustified(2, u'0');
        } else if (u == 0x2028 || u == 0x2029 || (u >= 0x202a && u <= 0x202e) ||
                   (u >= 0x2066 && u <= 0x2069)) {
            out += u"\\u" + QString::number(u, 16).rightJustified(4, u'0');
        } else {
            out += c;
        }
    }
    return out;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : escaped(text);
}

} // namespace

QString CallLog::toText() const
{
    // Built by concatenation: a field holding %1 is never taken for a placeholder.
    const QString cache = !cacheHit   ? QStringLiteral("-")
                          : *cacheHit ? QStringLiteral("hit")
                                      : QStringLiteral("miss");
    return u"cid=" + escaped(cid) + u' ' + escaped(QString::fromLatin1(method)) + u' ' +
           escaped(QString::fromUtf8(path)) + u" status=" + QString::number(status) + u" user=" +
           orDash(user) + u" channel=\"" + escaped(channel) + u"\" service=" + orDash(service) + u" cache=" +
           cache + u" time=" + QString::number(elapsedMs, 'f', 2) + u"ms";
}

} // namespace zd::demo
