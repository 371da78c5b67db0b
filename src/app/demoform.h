#pragma once

#include "lookup/lookupform.h"
#include "profile/profile.h"
#include "profile/profileform.h"

namespace zd {

// The built-in "Demo server" profile against the demo server at address, customer 123.
[[nodiscard]] inline LookupForm demoForm(const QString &address)
{
    const Profile demo = Profile::builtIns(address).constFirst();
    LookupForm form = formFromProfile(demo, Profile::builtInPassword(demo.id), LookupForm());
    form.apiPassword = Profile::builtInApiPassword(demo.id);
    form.customerId = QStringLiteral("123");
    return form;
}

} // namespace zd
