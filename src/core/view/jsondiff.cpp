#include "jsondiff.h"

#include "json/writer.h"
#include <QHash>
#include <QRegularExpression>

namespace zd {

using json::Value;

namespace {

QByteArray text(const Value &value)
{
    constexpr qsizetype longest = 2000;
    QByteArray out = json::dumps(value, json::WriteOptions{false});
    if (out.size() > longest)
        out = out.left(longest) + "…";
    return out;
}

void diff(const Value &before, const Value &after, const QString &path, QList<JsonChange> &changes, int limit)
{
    if (changes.size() >= limit)
        return;
    if (before.isObject() && after.isObject()) {
        QHash<QString, const Value *> old;
        for (const json::Member &member : before.toObject())
            old.insert(member.key, &member.value);
        for (const json::Member &member : after.toObject()) {
            const auto it = old.constFind(member.key);
            if (it == old.cend())
                changes.append(
                    {JsonChange::Kind::Added, memberPath(path, member.key), {}, text(member.value)});
            else
                diff(**it, member.value, memberPath(path, member.key), changes, limit);
            old.remove(member.key);
            if (changes.size() >= limit)
                return;
        }
        for (const json::Member &member : before.toObject()) // removed, in their old order
            if (old.contains(member.key) && changes.size() < limit)
                changes.append(
                    {JsonChange::Kind::Removed, memberPath(path, member.key), text(member.value), {}});
        return;
    }
    if (before.isArray() && after.isArray()) {
        const json::Array &a = before.toArray();
        const json::Array &b = after.toArray();
        const size_t common = std::min(a.size(), b.size());
        for (size_t i = 0; i < common && changes.size() < limit; ++i)
            diff(a[i], b[i], itemPath(path, qsizetype(i)), changes, limit);
        for (size_t i = common; i < b.size() && changes.size() < limit; ++i)
            changes.append({JsonChange::Kind::Added, itemPath(path, qsizetype(i)), {}, text(b[i])});
        for (size_t i = common; i < a.size() && changes.size() < limit; ++i)
            changes.append({JsonChange::Kind::Removed, itemPath(path, qsizetype(i)), text(a[i]), {}});
        return;
    }
    if (!(before == after))
        changes.append({JsonChange::Kind::Changed, path, text(before), text(after)});
}

} // namespace

QString memberPath(const QString &parent, const QString &key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    if (identifier.match(key).hasMatch())
        return parent.isEmpty() ? key : parent + u'.' + key;
    return parent + u'[' + QString::fromUtf8(json::quote(key, false)) + u']';
}

QString itemPath(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

QList<JsonChange> diffJson(const Value &before, const Value &after, int limit)
{
    QList<JsonChange> changes;
    diff(before, after, QString(), changes, limit);
    return changes;
}

} // namespace zd
