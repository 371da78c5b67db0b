#pragma once

#include <QString>
#include <optional>

namespace zd::demo {

// The stand-in for the samples' customer backend. 123 is Victoria Murray and 456 James Edmunds, as in
// Zato's documentation; every other ID gets a generated full name that is always the same for the
// same ID. IDs starting with "missing" are not found.
class CustomerBackend
{
public:
    // The full name, or nullopt for an ID that is not found.
    [[nodiscard]] static std::optional<QString> lookUp(const QString &customerId);
};

} // namespace zd::demo
