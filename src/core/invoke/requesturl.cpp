#include "requesturl.h"

#include <QCoreApplication>

namespace zd {

namespace {

struct UrlText
{
    Q_DECLARE_TR_FUNCTIONS(CallCheck)
};

bool isNameStart(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

struct Placeholder
{
    qsizetype begin; // its '{'
    qsizetype end;   // after its '}'
    QStringView name;
};

// Each {name} of a path (an ASCII letter or '_', then letters, digits or '_'), left to right, none
// overlapping. A scan of its own, so that the window's first path needs no regular expression engine.
template <typename Visit> void forEachPlaceholder(const QString &path, Visit visit)
{
    const qsizetype size = path.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (path[i] != u'{' || i + 1 >= size || !isNameStart(path[i + 1]))
            continue;
        qsizetype end = i + 2;
        while (end < size && isNameChar(path[end]))
            ++end;
        if (end < size && path[end] == u'}') {
            if (!visit(Placeholder{i, end + 1, QStringView(path).mid(i + 1, end - i - 1)}))
                return;
            i = end;
        }
    }
}

} // namespace

QStringList pathPlaceholders(const QString &path)
{
    QStringList names;
    forEachPlaceholder(path, [&names](const Placeholder &placeholder) {
        if (!names.contains(placeholder.name))
            names << placeholder.name.toString();
        return true;
    });
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
    bool missing = false;
    forEachPlaceholder(path, [&](const Placeholder &placeholder) {
        const auto param = std::find_if(params.cbegin(), params.cend(), [&placeholder](const NamedValue &p) {
            return p.name == placeholder.name;
        });
        if (param == params.cend()) {
            *error = UrlText::tr("The path %1 has the placeholder {%2}, but no value is given for it.")
                         .arg(path, placeholder.name.toString());
            missing = true;
            return false;
        }
        filled += QStringView(path).mid(from, placeholder.begin - from);
        filled += QString::fromLatin1(QUrl::toPercentEncoding(param->value));
        from = placeholder.end;
        return true;
    });
    if (missing)
        return path;
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
