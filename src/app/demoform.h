#pragma once

#include "lookup/lookupform.h"
#include "profile/profile.h"
#include "profile/profileform.h"

namespace zd {

// A built-in "Demo server" profile (with its demo server's address), customer 123.
[[nodiscard]] inline LookupForm demoForm(const Profile &demo)
{
    LookupForm form = formFromProfile(demo, Profile::builtInPassword(demo.id), LookupForm());
    form.apiPassword = Profile::builtInApiPassword(demo.id);
    form.customerId = QStringLiteral("123");
    return form;
}

// The built-in "Demo server" (Zato 3.2) profile against the demo server at address, customer 123.
[[nodiscard]] inline LookupForm demoForm(const QString &address)
{
    return demoForm(Profile::builtIns(address).constFirst());
}

} // namespace zd
