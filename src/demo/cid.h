#pragma once

#include "invoke/calltypes.h"

#include <QString>

namespace zd::demo {

// A new correlation ID in the format of the server generation: Zato 2.0's "K" and 27 Crockford
// base32 characters, or Zato 3.x's 24 lowercase hex characters (96 random bits).
[[nodiscard]] QString newCid(Wire wire);

} // namespace zd::demo
