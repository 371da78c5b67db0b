#include "profileform.h"

#include "invoke/callcheck.h"

namespace zd {

LookupForm formFromProfile(const Profile &profile, const QString &password, const LookupForm &current)
{
    LookupForm form;
    form.address = profile.address;
    form.anyPath = profile.anyPath;
    form.jsonPath = profile.jsonPath;
    form.apiPath = profile.apiPath;
    form.user = profile.user;
    form.password = password;
    form.apiUser = profile.apiUser; // its password comes from the keychain, as the main one
    form.authKind = profile.auth;   // the API key and token too
    form.apiKeyHeader = profile.apiKeyHeader;
    form.oauth2 = profile.oauth2; // its client secret comes from the keychain
    form.service = profile.anyService;
    form.customerId = current.customerId;
    form.request = current.request; // the Request tab stays as it is
    form.client = profile.client;
    form.timeout = std::chrono::seconds(profile.timeoutSeconds);
    form.tls = profile.tls;
    form.proxy = profile.proxy;
    return form;
}

Profile profileFromForm(const LookupForm &form, const Profile &base)
{
    Profile profile = base;
    profile.address = withoutUserInfo(form.address.trimmed()); // a password never goes to the file
    profile.anyPath = form.anyPath;
    profile.jsonPath = form.jsonPath;
    profile.apiPath = form.apiPath;
    profile.user = form.user;
    profile.apiUser = form.apiUser;
    profile.auth = form.authKind;
    profile.apiKeyHeader =
        form.apiKeyHeader.trimmed().isEmpty() ? QByteArrayLiteral("X-API-Key") : form.apiKeyHeader.trimmed();
    profile.oauth2 = form.oauth2;
    profile.anyService = form.service;
    profile.client = form.client;
    profile.timeoutSeconds = int(std::chrono::duration_cast<std::chrono::seconds>(form.timeout).count());
    profile.tls = form.tls;
    profile.proxy = form.proxy;
    return profile;
}

} // namespace zd
