#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace zd {

// One setting: its key in the settings file and its default, which also fixes its type.
template <typename T> struct Setting
{
    const char *key;
    T defaultValue;

    // The stored value, or the default when there is none or it does not convert to T.
    [[nodiscard]] T get(const QSettings &settings) const
    {
        const QVariant value = settings.value(QLatin1StringView(key));
        if (!value.isValid() || !value.canConvert<T>())
            return defaultValue;
        return value.value<T>();
    }
    // Writes value only when it differs from what is kept: an unchanged setting is never rewritten.
    void set(QSettings &settings, const T &value) const
    {
        const QLatin1StringView name(key);
        const QVariant kept = settings.value(name);
        if (kept.isValid() && kept.canConvert<T>() && kept.value<T>() == value)
            return;
        settings.setValue(name, QVariant::fromValue(value));
    }
};

// Every setting the programs keep, in one table.
namespace settings {
inline const Setting<QByteArray> WindowGeometry{"window/geometry", {}};
inline const Setting<QByteArray> WindowState{"window/state", {}};
inline const Setting<QByteArray> WindowSplitter{"window/splitter", {}};

// The lookup form as last used (never the password).
inline const Setting<QString> LookupAddress{"lookup/address", {}};
inline const Setting<QString> LookupAnyPath{"lookup/anyPath", {}};
inline const Setting<QString> LookupJsonPath{"lookup/jsonPath", {}};
inline const Setting<QString> LookupApiPath{"lookup/apiPath", {}};
inline const Setting<QString> LookupUser{"lookup/user", {}};
inline const Setting<QString> LookupApiUser{"lookup/apiUser", {}}; // the user name only, never its password
inline const Setting<QString> LookupService{"lookup/service", QStringLiteral("customer.get1")};
inline const Setting<QString> LookupCustomerId{"lookup/customerId", {}};
inline constexpr Setting<int> LookupClient{"lookup/client", 0}; // ClientKind

inline const Setting<QString> CurrentProfile{"profiles/current", {}};

inline constexpr Setting<qint64> HistoryMaxEntries{"history/maxEntries", 1000};
inline constexpr Setting<qint64> HistoryMaxBytes{"history/maxBytes", 64LL * 1024 * 1024};
inline constexpr Setting<qint64> HistoryMaxBodyBytes{"history/maxBodyBytes", 1024 * 1024};

// The largest response body a call holds (zato-invoke: --max-body).
inline constexpr Setting<qint64> MaxBodyBytes{"network/maxBodyBytes", 512LL * 1024 * 1024};

// Bodies larger than this are not rendered into the text panels until asked.
inline constexpr Setting<qint64> RenderLimitBytes{"viewer/renderLimitBytes", 2 * 1024 * 1024};

inline const Setting<QString> ColorScheme{"ui/colorScheme", {}}; // system, light or dark
inline const Setting<QString> Language{"ui/language", {}};       // empty: the system's
} // namespace settings

} // namespace zd
