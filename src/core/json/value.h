#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace zd::json {

class Value;
struct Member;
namespace detail {
struct LazyNode;
}
using Array = std::vector<Value>;
using Object = std::vector<Member>;

// A JSON number exactly as the document wrote it. Integers keep every digit (Python ints have no
// size limit, and customer IDs may exceed 2^53); floats are re-rendered from their double value.
struct Number
{
    QByteArray text;
    bool integer = true;

    static Number fromInteger(qint64 value);
    static Number fromDouble(double value);

    [[nodiscard]] double toDouble() const;
    // The double a number text reads as, as Python's float() reads it.
    [[nodiscard]] static double toDouble(QByteArrayView text);
    [[nodiscard]] std::optional<qint64> toInt64() const;
    [[nodiscard]] bool isZero() const;
};

// An immutable JSON value with the semantics of the value Python's json.loads returns: objects keep
// their members in document order, numbers keep their exact text.
class Value
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    Value() = default;
    static Value fromBool(bool value);
    static Value fromNumber(Number value);
    static Value fromInteger(qint64 value);
    static Value fromDouble(double value);
    static Value fromString(QString value);
    static Value fromArray(Array values);
    static Value fromObject(Object members);

    [[nodiscard]] Type type() const
    {
        const size_t index = m_value.index();
        return index < LazyIndex ? static_cast<Type>(index) : lazyType();
    }
    [[nodiscard]] bool isNull() const { return type() == Type::Null; }
    [[nodiscard]] bool isBool() const { return type() == Type::Bool; }
    [[nodiscard]] bool isNumber() const { return type() == Type::Number; }
    [[nodiscard]] bool isString() const { return type() == Type::String; }
    [[nodiscard]] bool isArray() const { return type() == Type::Array; }
    [[nodiscard]] bool isObject() const { return type() == Type::Object; }

    // Accessors return an empty value of the asked type when the value is of another type.
    [[nodiscard]] bool toBool() const;
    [[nodiscard]] const Number &toNumber() const;
    [[nodiscard]] const QString &toString() const;
    [[nodiscard]] const Array &toArray() const;
    [[nodiscard]] const Object &toObject() const;

    // The value of the member named key, or nullptr (objects only).
    [[nodiscard]] const Value *find(QStringView key) const;

    // Python's truth value: null, false, 0, 0.0, "", [] and {} are false.
    [[nodiscard]] bool isTruthy() const;

    // Python's ==: objects compare without regard to member order, 1 == 1.0.
    friend bool operator==(const Value &a, const Value &b);

    // The same value written the same way: the same members in the same order, the same number texts
    // (1 and 1.0 differ), unlike ==.
    friend bool identical(const Value &a, const Value &b);

    // A value read from a Document (see document.h), or nullptr: the writer reads such values from
    // the document's bytes instead of making them.
    [[nodiscard]] const detail::LazyNode *lazyNode() const;
    static Value fromLazy(std::shared_ptr<const detail::LazyNode> node);

private:
    static constexpr size_t LazyIndex = 6;
    [[nodiscard]] Type lazyType() const;
    // The value itself, or for a lazy value what it reads as (made on first use).
    [[nodiscard]] const Value &resolved() const;

    std::variant<std::monostate, bool, Number, QString, std::shared_ptr<const Array>,
                 std::shared_ptr<const Object>, std::shared_ptr<const detail::LazyNode>>
        m_value;
};

struct Member
{
    QString key;
    Value value;
};

} // namespace zd::json
