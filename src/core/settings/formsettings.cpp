#include "formsettings.h"

#include "invoke/callcheck.h"
#include "settings.h"

namespace zd {

LookupForm savedLookupForm(const QSettings &settings)
{
    LookupForm saved;
    saved.address = settings::LookupAddress.get(settings);
    saved.anyPath = settings::LookupAnyPath.get(settings);
    saved.jsonPath = settings::LookupJsonPath.get(settings);
    saved.apiPath = settings::LookupApiPath.get(settings);
    saved.user = settings::LookupUser.get(settings);
    saved.apiUser = settings::LookupApiUser.get(settings);
    saved.service = settings::LookupService.get(settings);
    saved.customerId = settings::LookupCustomerId.get(settings);
    saved.client = ClientKind(qBound(0, settings::LookupClient.get(settings), 2));
    return saved;
}

void saveLookupForm(QSettings &settings, const LookupForm &form)
{
    settings::LookupAddress.set(settings, withoutUserInfo(form.address)); // never a password in clear
    settings::LookupAnyPath.set(settings, form.anyPath);
    settings::LookupJsonPath.set(settings, form.jsonPath);
    settings::LookupApiPath.set(settings, form.apiPath);
    settings::LookupUser.set(settings, form.user);
    settings::LookupApiUser.set(settings, form.apiUser);
    settings::LookupService.set(settings, form.service);
    settings::LookupCustomerId.set(settings, form.customerId);
    settings::LookupClient.set(settings, int(form.client));
}

} // namespace zd
