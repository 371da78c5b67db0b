#pragma once

#include "json/value.h"
#include <QString>
#include <optional>

namespace zd::demo {

// A named data model of a service's input or output, as a JSON schema object: what Zato reads from a
// service's dataclass models for its OpenAPI documents (zato-platform.md §4).
struct ServiceModel
{
    QString name; // its name under components.schemas
    json::Value schema;
};

struct ServiceModels
{
    std::optional<ServiceModel> input;  // none: the service takes no input
    std::optional<ServiceModel> output; // none: no output model
};

// The models of a demo service: customer.get1 and customer.get2 take {"cust_id": integer} and answer
// {"name": string}; demo.ping takes nothing and answers {"is_ok": boolean, "cid": string}; every other
// service has none.
[[nodiscard]] ServiceModels serviceModels(const QString &service);

} // namespace zd::demo
