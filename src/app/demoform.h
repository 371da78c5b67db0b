#pragma once

#include "lookup/lookupform.h"

namespace zd {

// The fields of the Django sample against the built-in demo server at address, customer 123.
[[nodiscard]] inline LookupForm demoForm(const QString &address)
{
    LookupForm form;
    form.address = address;
    form.anyPath = QStringLiteral("/clients/django/any-service-invoker");
    form.jsonPath = QStringLiteral("/clients/django/json-client");
    form.apiPath = QStringLiteral("/zato/api/invoke");
    form.user = QStringLiteral("django");
    form.password = QStringLiteral("my-password");
    form.service = QStringLiteral("customer.get1");
    form.customerId = QStringLiteral("123");
    return form;
}

} // namespace zd
