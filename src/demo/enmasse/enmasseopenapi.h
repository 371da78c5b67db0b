#pragma once

#include "democonfig.h"
#include "enmasse/enmassereader.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace zd::demo {

// One item of an enmasse file's channel_openapi (zato-platform.md §4): its name, which gives its
// address, and rest_channel_list, the REST channels it includes, each a name or {name, state: on, off
// or disabled}; only "on" or no state is in. Every name must be one of fileChannels (the channel_rest
// items of the file). addresses: the /openapi/<slug> addresses taken so far -> where; this one is added.
// Throws enmasse::Failure naming file:line.
[[nodiscard]] OpenApiChannel readOpenApiItem(const enmasse::Reader &reader, const enmasse::Item &item,
                                             const QSet<QString> &fileChannels,
                                             QHash<QString, QString> &addresses);

} // namespace zd::demo
