#pragma once

#include "json/value.h"
#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

namespace zd {

struct LookupForm;

// What Compare sets a response beside: the data of an earlier response, and when it came.
struct Baseline
{
    json::Value data;
    QDateTime time;
    bool pinned = false;
};

// The responses Compare needs: the previous successful response to each call (same client, address,
// path, service and customer ID) and the one the user pinned.
class Baselines
{
public:
    // The baseline for a response to call: the pinned one if any, else the previous one to call.
    [[nodiscard]] std::optional<Baseline> baselineFor(const QString &call) const;
    // Keeps data as the previous response to call and as the last one (what pin() pins).
    void keep(const QString &call, const json::Value &data, const QDateTime &time);
    // Pins the last kept response; false when there is none.
    bool pin();
    void unpin() { m_pinned.reset(); }
    [[nodiscard]] bool isPinned() const { return m_pinned.has_value(); }
    [[nodiscard]] bool hasLast() const { return m_last.has_value(); }

private:
    QHash<QString, Baseline> m_previous;
    std::optional<Baseline> m_last;
    std::optional<Baseline> m_pinned;
};

// The key of "the same call" for Compare.
[[nodiscard]] QString compareKey(const LookupForm &form);

} // namespace zd
