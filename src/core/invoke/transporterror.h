#pragma once

#include "calltypes.h"

#include <QNetworkReply>

namespace zd {

// True when a reply with this error still carries a complete HTTP response to read (4xx/5xx).
[[nodiscard]] bool isHttpStatusError(QNetworkReply::NetworkError error);

// The user-facing error of a reply that did not deliver a complete HTTP response.
[[nodiscard]] CallError transportError(QNetworkReply::NetworkError error, const QString &qtMessage,
                                       const QUrl &url);

} // namespace zd
