#pragma once

#include "lookup/lookupform.h"
#include "profile.h"

namespace zd {

// The window's fields from a profile (and its password from the keychain), keeping the customer ID.
[[nodiscard]] LookupForm formFromProfile(const Profile &profile, const QString &password,
                                         const LookupForm &current);
// The profile the fields describe, with base's id and name.
[[nodiscard]] Profile profileFromForm(const LookupForm &form, const Profile &base);

} // namespace zd
