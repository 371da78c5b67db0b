#pragma once

#include <QtGlobal>

namespace zd {

// Asks the kernel to back the room taken for a large body with 2 MB pages where it can (transparent huge
// pages on request, Linux): a 20 MB body is then written in tens of page faults, not five thousand. Only
// the whole 2 MB pages inside [data, data + size) are asked for; a smaller room is left as it is.
void adviseLargePages(const char *data, qsizetype size);

} // namespace zd
