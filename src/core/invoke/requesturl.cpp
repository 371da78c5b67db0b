#include "requesturl.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace zd {

namespace {

struct UrlText
{
    Q_DECLARE_TR_FUNCTIONS(CallCheck)
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    return pattern;
}

} // namespace

QStringList pathPlaceholders(const QString &path)
{
    QStringList names;
    for (const QRegularExpressionMatch &match : placeholderPattern().globalMatch(path)) {
        if (!names.contains(match.captured(1)))
            names << match.captured(1);
    }
    return names;
}

QString withPathParams(const QString &path, const QList<NamedValue> &params, QString *error)
{
    const QStringList names = pathPlaceholders(path);
    for (const NamedValue &param : params) {
        if (!names.contains(param.name)) {
            *error = UrlText::tr("The path parameter \"%1\" has no {%1} placeholder in the path %2.")
                         .arg(param.name, path);
            return path;
        }
    }
    QString filled;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : placeholderPattern().globalMatch(path)) {
        const QString name = match.captured(1);
        const auto param = std::find_if(params.cbegin(), params.cend(),
                                        [&name](const NamedValue &p) { return p.name == name; });
        if (param == params.cend()) {
            *error = UrlText::tr("The path %1 has the placeholder {%2}, but no value is given for it.")
                         .arg(path, name);
            return path;
        }
        filled += QStringView(path).mid(from, match.capturedStart() - from);
        filled += QString::fromLatin1(QUrl::toPercentEncoding(param->value));
        from = match.capturedEnd();
    }
    filled += QStringView(path).mid(from);
    return filled;
}

QByteArray quotePlus(const QString &text)
{
    QByteArray encoded = QUrl::toPercentEncoding(text, QByteArrayLiteral(" "));
    encoded.replace(' ', '+');
    return encoded;
}

QString withQuery(const QString &path, const QList<NamedValue> &query, QString *error)
{
    if (query.isEmpty())
        return path;
    QByteArrayList pairs;
    for (const NamedValue &param : query) {
        if (param.name.isEmpty()) {
            *error = UrlText::tr("A query parameter has no name (its value is \"%1\").").arg(param.value);
            return path;
        }
        pairs << quotePlus(param.name) + '=' + quotePlus(param.value);
    }
    const qsizetype hash = path.indexOf(u'#');
    const QString fragment = hash >= 0 ? path.mid(hash) : QString();
    QString head = hash >= 0 ? path.left(hash) : path;
    const qsizetype question = head.indexOf(u'?');
    const QString added = QString::fromLatin1(pairs.join('&'));
    if (question < 0)
        head += u'?' + added;
    else if (question == head.size() - 1)
        head += added;
    else
        head += u'&' + added;
    return head + fragment;
}

} // namespace zd
