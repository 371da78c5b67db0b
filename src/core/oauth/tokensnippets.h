#pragma once

#include "invoke/calltypes.h"

#include <QString>
#include <QStringView>

namespace zd {

// Copy as for an OAuth2 call: the line that gets its token first, before the call itself. The client
// secret is $ZATO_CLIENT_SECRET (os.environ['ZATO_CLIENT_SECRET']) unless includeSecret. Empty for the
// other kinds.
// Python, with requests (imported by the caller): token = requests.post(URL, data={...}).json()[...]
[[nodiscard]] QString pythonTokenLine(const CallSpec &spec, bool includeSecret);
// Shell, with curl and sed, into $ZATO_TOKEN (a token is base64url or opaque text, never a quote).
[[nodiscard]] QString shellTokenLine(const CallSpec &spec, bool includeSecret);

// The Python variable the token line writes and the call's header reads.
inline constexpr QStringView PythonTokenVariable = u"token";

} // namespace zd
