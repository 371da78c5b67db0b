#pragma once

#include <QList>
#include <QString>

namespace zd {

// The languages Zato Desk speaks: their codes and their names in themselves.
struct Language
{
    QString code; // "en", "de", "pl"
    QString nativeName;
};
[[nodiscard]] QList<Language> availableLanguages();

// Installs the translations for language (a code from availableLanguages(); empty: the system's UI
// languages, in order) and Qt's own, so standard dialogs match. Returns the code used ("en" when
// nothing matched). Call before any window is created; a change takes effect at the next start.
QString installTranslations(const QString &language);

} // namespace zd
