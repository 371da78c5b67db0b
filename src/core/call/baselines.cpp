#include "baselines.h"

#include "lookup/lookupform.h"

namespace zd {

std::optional<Baseline> Baselines::baselineFor(const QString &call) const
{
    if (m_pinned)
        return m_pinned;
    const auto previous = m_previous.constFind(call);
    if (previous == m_previous.cend())
        return std::nullopt;
    return *previous;
}

void Baselines::keep(const QString &call, const json::Value &data, const QDateTime &time)
{
    const Baseline kept{data, time, false};
    m_previous.insert(call, kept);
    m_last = kept;
}

bool Baselines::pin()
{
    if (!m_last)
        return false;
    m_pinned = m_last;
    m_pinned->pinned = true;
    return true;
}

QString compareKey(const LookupForm &form)
{
    const CallSpec spec = form.toCallSpec();
    return clientKindName(form.client) + u' ' + spec.address + spec.path + u' ' + spec.service + u" #" +
           form.customerId.trimmed();
}

} // namespace zd
