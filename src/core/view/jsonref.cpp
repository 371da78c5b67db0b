#include "jsonref.h"

#include "json/writer.h"
#include <QCoreApplication>
#include <QLatin1StringView>

namespace zd {

using json::Value;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(zd::JsonTreeModel)
};

// The longest string shown whole in a preview, in characters.
constexpr qsizetype PreviewLength = 200;

QString quotedPreview(const QString &text)
{
    if (text.size() <= PreviewLength)
        return QString::fromUtf8(json::quote(text, false));
    return QString::fromUtf8(json::quote(text.left(PreviewLength), false)).chopped(1) + u"…\"";
}

} // namespace

JsonRef JsonRef::of(const Value &value)
{
    JsonRef ref;
    if (const json::detail::LazyNode *node = value.lazyNode()) {
        ref.m_document = node->document;
        ref.m_at = node->index;
    } else {
        ref.m_value = &value;
    }
    return ref;
}

Value::Type JsonRef::type() const
{
    if (m_document)
        return m_document->type(m_at);
    return m_value ? m_value->type() : Value::Type::Null;
}

qsizetype JsonRef::childCount() const
{
    switch (type()) {
    case Value::Type::Array:
        return m_document ? m_document->size(m_at) : qsizetype(m_value->toArray().size());
    case Value::Type::Object:
        return m_document ? m_document->size(m_at) : qsizetype(m_value->toObject().size());
    default:
        return 0;
    }
}

QString JsonRef::typeName() const
{
    switch (type()) {
    case Value::Type::Null:
        return QStringLiteral("null");
    case Value::Type::Bool:
        return QStringLiteral("boolean");
    case Value::Type::Number: {
        const bool integer = m_document ? m_document->isInteger(m_at) : m_value->toNumber().integer;
        return integer ? QStringLiteral("integer") : QStringLiteral("float");
    }
    case Value::Type::String:
        return QStringLiteral("string");
    case Value::Type::Array:
        return QStringLiteral("array");
    case Value::Type::Object:
        return QStringLiteral("object");
    }
    return QString();
}

QString JsonRef::preview() const
{
    switch (type()) {
    case Value::Type::Array:
        return Text::tr("[%n item(s)]", nullptr, int(qMin<qsizetype>(childCount(), INT_MAX)));
    case Value::Type::Object:
        return Text::tr("{%n member(s)}", nullptr, int(qMin<qsizetype>(childCount(), INT_MAX)));
    case Value::Type::String:
        if (m_document) {
            // A string with no escape is ASCII: its first bytes are its first characters.
            if (const std::optional<QByteArrayView> plain = m_document->plainString(m_at)) {
                const QString shown =
                    QString::fromLatin1(plain->first(qMin(plain->size(), PreviewLength + 1)));
                return quotedPreview(shown);
            }
            return quotedPreview(m_document->string(m_at));
        }
        return quotedPreview(m_value->toString());
    default:
        return QString::fromUtf8(json::dumps(toValue()));
    }
}

qsizetype JsonRef::stringSize() const
{
    if (!m_document)
        return m_value->toString().size();
    if (const std::optional<QByteArrayView> plain = m_document->plainString(m_at))
        return plain->size();
    return m_document->string(m_at).size();
}

bool JsonRef::contains(const QString &text) const
{
    switch (type()) {
    case Value::Type::String:
        if (m_document) {
            if (const std::optional<QByteArrayView> plain = m_document->plainString(m_at))
                return QLatin1StringView(*plain).contains(text, Qt::CaseInsensitive);
            return m_document->string(m_at).contains(text, Qt::CaseInsensitive);
        }
        return m_value->toString().contains(text, Qt::CaseInsensitive);
    case Value::Type::Number:
        return QLatin1StringView(m_document ? m_document->numberText(m_at) : m_value->toNumber().text)
            .contains(text, Qt::CaseInsensitive);
    case Value::Type::Bool:
    case Value::Type::Null:
        return QString::fromUtf8(json::dumps(toValue())).contains(text, Qt::CaseInsensitive);
    default:
        return false;
    }
}

Value JsonRef::toValue() const
{
    if (m_document)
        return json::documentValue(m_document, m_at);
    return m_value ? *m_value : Value();
}

JsonChildren::JsonChildren(JsonRef container) : m_container(std::move(container))
{
    m_count = m_container.childCount();
    if (!m_container.m_document)
        return;
    m_cursor = m_container.m_at + 1; // a container's first value follows it on the tape
    if (m_container.m_document->hasRepeatedKeys(m_container.m_at))
        m_members = m_container.m_document->members(m_container.m_at);
}

JsonRef JsonChildren::current() const
{
    if (m_container.m_document) {
        JsonRef ref;
        ref.m_document = m_container.m_document;
        if (isItem())
            ref.m_at = m_cursor;
        else
            ref.m_at = repeatsKeys() ? m_members[size_t(m_row)].second : m_cursor + 1;
        return ref;
    }
    const Value &value = *m_container.m_value;
    return JsonRef::of(isItem() ? value.toArray()[size_t(m_row)] : value.toObject()[size_t(m_row)].value);
}

QString JsonChildren::key() const
{
    if (isItem())
        return QString();
    if (const json::Document *document = m_container.m_document.get())
        return document->string(repeatsKeys() ? m_members[size_t(m_row)].first : m_cursor);
    return m_container.m_value->toObject()[size_t(m_row)].key;
}

bool JsonChildren::keyContains(const QString &text) const
{
    if (isItem())
        return false;
    if (const json::Document *document = m_container.m_document.get()) {
        const json::Document::Index at = repeatsKeys() ? m_members[size_t(m_row)].first : m_cursor;
        if (const std::optional<QByteArrayView> plain = document->plainString(at))
            return QLatin1StringView(*plain).contains(text, Qt::CaseInsensitive);
    }
    return key().contains(text, Qt::CaseInsensitive);
}

void JsonChildren::advance()
{
    if (atEnd())
        return;
    ++m_row;
    if (const json::Document *document = m_container.m_document.get(); document && !repeatsKeys() && !atEnd())
        m_cursor = isItem() ? document->next(m_cursor) : document->next(m_cursor + 1);
}

void JsonChildren::skipTo(qsizetype row)
{
    while (m_row < row && !atEnd())
        advance();
}

} // namespace zd
