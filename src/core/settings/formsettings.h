#pragma once

#include "lookup/lookupform.h"

class QSettings;

namespace zd {

// The lookup form as last used, kept in the settings (never the password, TLS or proxy settings:
// those belong to profiles). Each field is written only when it changed.
[[nodiscard]] LookupForm savedLookupForm(const QSettings &settings);
void saveLookupForm(QSettings &settings, const LookupForm &form);

} // namespace zd
