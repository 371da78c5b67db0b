#pragma once

#include "invoke/calltypes.h"

namespace zd::test {

// The call of Zato's Django sample: customer.get1 through the django AnyServiceInvoker channel.
inline CallSpec djangoSampleSpec(const QString &address = QStringLiteral("http://localhost:17010"))
{
    CallSpec spec;
    spec.address = address;
    spec.path = QStringLiteral("/clients/django/any-service-invoker");
    spec.user = QStringLiteral("django");
    spec.password = QStringLiteral("my-password");
    spec.service = QStringLiteral("customer.get1");
    return spec;
}

} // namespace zd::test
