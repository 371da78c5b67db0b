#pragma once

#include "invoke/calltypes.h"
#include "lookup/lookupform.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace zd {

// One call as history keeps it: what was sent (the form, the request as built, headers with the
// Authorization value masked) and what came back (status, headers, the body up to a cap, timings,
// CID, outcome). Never the password.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime time;
    QString profileId;
    QString profileName;
    LookupForm form; // password always empty
    QString url;
    QByteArray requestHead; // request line and headers, Authorization masked
    QByteArray requestBody;
    int status = 0;
    QByteArray responseHead;
    QByteArray responseBody;  // up to the cap
    qint64 responseBytes = 0; // the whole body's size
    double elapsedMs = 0;
    std::optional<double> serverMs;
    QString cid;
    QString outcome; // outcomeKey(): allowed, 401, 403, ..., timeout
    bool ok = false;

    // The entry for a finished call; bodyCap bounds the response body kept.
    static HistoryEntry of(const LookupForm &form, const InvokeResult &result, const QString &profileId,
                           const QString &profileName, qsizetype bodyCap);
    // The call as it was kept, read again as the client reads a response: the request (its
    // Authorization value masked), the response (its body up to the cap), timings and outcome.
    [[nodiscard]] InvokeResult storedResult() const;
    // The form of this call to put back into current: the password, TLS and proxy settings stay
    // those of current (the history never has a password).
    [[nodiscard]] LookupForm reopened(const LookupForm &current) const;
    // Whether the response body was kept whole.
    [[nodiscard]] bool bodyComplete() const { return responseBytes <= responseBody.size(); }
};

struct HistoryFilter
{
    QString text;           // in service, path, address, customer ID, CID or outcome
    std::optional<bool> ok; // only ok, or only not ok
    std::optional<ClientKind> client;
    std::optional<QString> profileId; // only this profile's calls ("" for calls made with none)
};

// Every call, in an SQLite database (Qt SQL). Bounded by a count and a total size, the oldest dropped
// first. A database that is not one (corrupt, or another file) is set aside as .broken-<time> and a
// new one started; a locked or unwritable one turns history off for the session. Either way open()
// says so in words and the app goes on.
class HistoryStore
{
public:
    explicit HistoryStore(QString path);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Empty when all is well; otherwise what happened and what was done about it.
    QString open();
    [[nodiscard]] bool isAvailable() const { return m_available; }
    [[nodiscard]] QString path() const { return m_path; }

    void setLimits(qint64 maxEntries, qint64 maxBytes);
    // Adds entry (its id is set) and drops the oldest beyond the limits. False with error on failure.
    bool add(HistoryEntry &entry, QString *error = nullptr);
    // Newest first, at most limit, bodies left out (get() has them).
    [[nodiscard]] QList<HistoryEntry> list(const HistoryFilter &filter = {}, int limit = 1000) const;
    [[nodiscard]] std::optional<HistoryEntry> get(qint64 id) const;
    [[nodiscard]] qint64 count() const;
    [[nodiscard]] qint64 totalBytes() const;
    bool clear(QString *error = nullptr);

private:
    bool prepare(QString *error);
    void enforceLimits();

    QString m_path;
    QString m_connection;
    bool m_available = false;
    qint64 m_maxEntries = 1000;
    qint64 m_maxBytes = 64LL * 1024 * 1024;
};

} // namespace zd
