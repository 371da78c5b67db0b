#pragma once

#include "calltypes.h"

#include <QList>
#include <QString>

namespace zd {

// The checks a call passes before anything is sent, in one place: the window marks its fields with
// them, and the request builder refuses a call that fails them. Each returns the problem in words
// (what is wrong and what to write instead), or an empty string.
[[nodiscard]] QString addressProblem(const QString &address);
// The address with any user name and password (user:password@) taken out: what may be kept.
[[nodiscard]] QString withoutUserInfo(const QString &address);
// required: an empty path is a problem (the client kind needs one).
[[nodiscard]] QString pathProblem(const QString &path, ClientKind kind, bool required);
// The address and the path joined as Python's clients join them.
[[nodiscard]] QString urlProblem(const QString &address, const QString &path);
[[nodiscard]] QString serviceProblem(const CallSpec &spec, ClientKind kind);
[[nodiscard]] QString headerProblem(const HttpHeader &header);

// The path field of a form or profile (anything with anyPath, jsonPath and apiPath) that a client
// kind calls.
template <typename Holder> [[nodiscard]] auto &clientPath(Holder &holder, ClientKind kind)
{
    switch (kind) {
    case ClientKind::Json:
        return holder.jsonPath;
    case ClientKind::Api:
        return holder.apiPath;
    case ClientKind::AnyService:
        break;
    }
    return holder.anyPath;
}

} // namespace zd
