#include "value.h"

#include "document.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace zd::json {

namespace {

const Number &emptyNumber()
{
    static const Number number{QByteArrayLiteral("0"), true};
    return number;
}

const QString &emptyString()
{
    static const QString string;
    return string;
}

const Array &emptyArray()
{
    static const Array array;
    return array;
}

const Object &emptyObject()
{
    static const Object object;
    return object;
}

// The decimal magnitude of a number text that from_chars found out of range: positive means the
// value overflows (infinity), otherwise it underflows (zero), as Python's float() decides.
int decimalMagnitude(QByteArrayView text)
{
    int intDigits = 0;
    int leadingFractionZeros = 0;
    bool seenNonZero = false;
    bool inFraction = false;
    int exponent = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '.') {
            inFraction = true;
        } else if (c == 'e' || c == 'E') {
            exponent = text.sliced(i + 1).toInt();
            break;
        } else if (c >= '0' && c <= '9') {
            if (!inFraction) {
                if (c != '0' || seenNonZero)
                    ++intDigits;
            } else if (!seenNonZero && intDigits == 0 && c == '0') {
                ++leadingFractionZeros;
            }
            if (c != '0')
                seenNonZero = true;
        }
    }
    return intDigits > 0 ? intDigits + exponent : exponent - leadingFractionZeros;
}

} // namespace

Number Number::fromInteger(qint64 value)
{
    return Number{QByteArray::number(value), true};
}

Number Number::fromDouble(double value)
{
    if (std::isnan(value))
        return Number{QByteArrayLiteral("NaN"), false};
    if (std::isinf(value))
        return Number{value > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity"), false};
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    Q_UNUSED(ec);
    return Number{QByteArray(buffer, end - buffer), false};
}

double Number::toDouble() const
{
    return toDouble(text);
}

double Number::toDouble(QByteArrayView text)
{
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "Infinity")
        return std::numeric_limits<double>::infinity();
    if (text == "-Infinity")
        return -std::numeric_limits<double>::infinity();
    const char *begin = text.data();
    const bool negative = begin[0] == '-';
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, begin + text.size(), value);
    Q_UNUSED(ptr);
    if (ec == std::errc::result_out_of_range) {
        value = decimalMagnitude(text) > 0 ? std::numeric_limits<double>::infinity() : 0.0;
        return negative ? -value : value;
    }
    return value;
}

std::optional<qint64> Number::toInt64() const
{
    if (!integer)
        return std::nullopt;
    qint64 value = 0;
    const char *begin = text.constData();
    const auto [ptr, ec] = std::from_chars(begin, begin + text.size(), value);
    if (ec != std::errc() || ptr != begin + text.size())
        return std::nullopt;
    return value;
}

bool Number::isZero() const
{
    if (integer)
        return text == "0";
    return toDouble() == 0.0;
}

Value Value::fromBool(bool value)
{
    Value v;
    v.m_value = value;
    return v;
}

Value Value::fromNumber(Number value)
{
    Value v;
    v.m_value = std::move(value);
    return v;
}

Value Value::fromInteger(qint64 value)
{
    return fromNumber(Number::fromInteger(value));
}

Value Value::fromDouble(double value)
{
    return fromNumber(Number::fromDouble(value));
}

Value Value::fromString(QString value)
{
    Value v;
    v.m_value = std::move(value);
    return v;
}

Value Value::fromArray(Array values)
{
    Value v;
    v.m_value = std::make_shared<const Array>(std::move(values));
    return v;
}

Value Value::fromObject(Object members)
{
    Value v;
    v.m_value = std::make_shared<const Object>(std::move(members));
    return v;
}

Value Value::fromLazy(std::shared_ptr<const detail::LazyNode> node)
{
    Value v;
    v.m_value = std::move(node);
    return v;
}

const detail::LazyNode *Value::lazyNode() const
{
    const auto *node = std::get_if<std::shared_ptr<const detail::LazyNode>>(&m_value);
    return node ? node->get() : nullptr;
}

Value::Type Value::lazyType() const
{
    return lazyNode()->type;
}

const Value &Value::resolved() const
{
    const detail::LazyNode *node = lazyNode();
    return node ? node->resolved() : *this;
}

bool Value::toBool() const
{
    const bool *b = std::get_if<bool>(&resolved().m_value);
    return b && *b;
}

const Number &Value::toNumber() const
{
    const Number *n = std::get_if<Number>(&resolved().m_value);
    return n ? *n : emptyNumber();
}

const QString &Value::toString() const
{
    const QString *s = std::get_if<QString>(&resolved().m_value);
    return s ? *s : emptyString();
}

const Array &Value::toArray() const
{
    const auto *a = std::get_if<std::shared_ptr<const Array>>(&resolved().m_value);
    return a ? **a : emptyArray();
}

const Object &Value::toObject() const
{
    const auto *o = std::get_if<std::shared_ptr<const Object>>(&resolved().m_value);
    return o ? **o : emptyObject();
}

const Value *Value::find(QStringView key) const
{
    for (const Member &member : toObject()) {
        if (member.key == key)
            return &member.value;
    }
    return nullptr;
}

bool Value::isTruthy() const
{
    if (const detail::LazyNode *node = lazyNode())
        return node->document->isTruthy(node->index);
    switch (type()) {
    case Type::Null:
        return false;
    case Type::Bool:
        return toBool();
    case Type::Number:
        return !toNumber().isZero();
    case Type::String:
        return !toString().isEmpty();
    case Type::Array:
        return !toArray().empty();
    case Type::Object:
        return !toObject().empty();
    }
    return false;
}

bool operator==(const Value &a, const Value &b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case Value::Type::Null:
        return true;
    case Value::Type::Bool:
        return a.toBool() == b.toBool();
    case Value::Type::Number: {
        const Number &x = a.toNumber();
        const Number &y = b.toNumber();
        if (x.integer && y.integer)
            return x.text == y.text;
        return x.toDouble() == y.toDouble();
    }
    case Value::Type::String:
        return a.toString() == b.toString();
    case Value::Type::Array:
        return a.toArray() == b.toArray();
    case Value::Type::Object: {
        const Object &x = a.toObject();
        const Object &y = b.toObject();
        if (x.size() != y.size())
            return false;
        for (const Member &member : x) {
            const Value *other = b.find(member.key);
            if (!other || !(member.value == *other))
                return false;
        }
        return true;
    }
    }
    return false;
}

bool identical(const Value &a, const Value &b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case Value::Type::Null:
        return true;
    case Value::Type::Bool:
        return a.toBool() == b.toBool();
    case Value::Type::Number:
        return a.toNumber().integer == b.toNumber().integer && a.toNumber().text == b.toNumber().text;
    case Value::Type::String:
        return a.toString() == b.toString();
    case Value::Type::Array:
        return std::equal(a.toArray().cbegin(), a.toArray().cend(), b.toArray().cbegin(), b.toArray().cend(),
                          [](const Value &x, const Value &y) { return identical(x, y); });
    case Value::Type::Object:
        return std::equal(
            a.toObject().cbegin(), a.toObject().cend(), b.toObject().cbegin(), b.toObject().cend(),
            [](const Member &x, const Member &y) { return x.key == y.key && identical(x.value, y.value); });
    }
    return false;
}

} // namespace zd::json
