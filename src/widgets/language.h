#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QTranslator>

namespace zd {

// The languages Zato Desk speaks: their codes and their names in themselves.
struct Language
{
    QString code; // "en", "de", "pl"
    QString nativeName;
};
[[nodiscard]] QList<Language> availableLanguages();

// Key names as the user's language writes them. Qt writes a key sequence's keys through its own
// translations (context "QShortcut"), which leave some in English: German gets "Strg+Return". Asked
// before Qt's translations, this answers the names of those keys from names (our translations,
// context "zd::KeyNames"), when names has them; every other text it leaves to the next translator.
class KeyNameTranslator : public QTranslator
{
    Q_OBJECT
public:
    explicit KeyNameTranslator(const QTranslator *names, QObject *parent = nullptr);
    [[nodiscard]] const QTranslator *names() const { return m_names; }
    [[nodiscard]] bool isEmpty() const override { return false; }
    [[nodiscard]] QString translate(const char *context, const char *sourceText,
                                    const char *disambiguation = nullptr, int n = -1) const override;

private:
    QPointer<const QTranslator> m_names;
};

// Installs the translations for language (a code from availableLanguages(); empty: the system's UI
// languages, in order) and Qt's own, so standard dialogs match, with a KeyNameTranslator over
// them. Returns the code used ("en" when
// nothing matched). Call before any window is created; a change takes effect at the next start.
QString installTranslations(const QString &language);

} // namespace zd
