#pragma once

#include "democonfig.h"
#include "enmasse/enmassereader.h"

#include <optional>

namespace zd::demo {

// An item's rate_limiting as the demo server keeps it: one all-day rule for every address, or none
// (no rule, or a disabled one). Throws enmasse::Failure naming file:line for a rule it cannot keep.
[[nodiscard]] std::optional<RateLimit> readRateLimit(const enmasse::Item &item);

// An inbound-JWT definition the demo server can check: keys from its own /demo/oauth/jwks (named by
// jwks_url, or implied by the demo issuer when there is none), and an audience; nullopt otherwise.
[[nodiscard]] std::optional<JwtRules> readJwtRules(const enmasse::Reader &reader, const enmasse::Item &item);

} // namespace zd::demo
