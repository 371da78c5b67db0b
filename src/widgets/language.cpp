#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace zd {

namespace {

// The keys of the window's shortcuts whose names Qt's translations leave in English (Qt's German
// has Strg, Umschalt, Hoch and Herunter, but Return; Polish keeps Return too). The sources are
// Qt's own key names.
struct KeyName
{
    const char *source;
    const char *comment;
};
const KeyName keyNames[] = {
    QT_TRANSLATE_NOOP3("zd::KeyNames", "Return", "the key on the keyboard"),
    QT_TRANSLATE_NOOP3("zd::KeyNames", "Enter", "the key on the keyboard"),
    QT_TRANSLATE_NOOP3("zd::KeyNames", "Esc", "the key on the keyboard"),
};

} // namespace

KeyNameTranslator::KeyNameTranslator(const QTranslator *names, QObject *parent)
    : QTranslator(parent), m_names(names)
{}

QString KeyNameTranslator::translate(const char *context, const char *sourceText, const char *, int) const
{
    if (!m_names || qstrcmp(context, "QShortcut") != 0)
        return QString();
    for (const KeyName &key : keyNames) {
        if (qstrcmp(sourceText, key.source) == 0)
            return m_names->translate("zd::KeyNames", key.source, key.comment); // null: not translated
    }
    return QString();
}

QList<Language> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("pl"), QStringLiteral("Polski")}};
}

QString installTranslations(const QString &language)
{
    QStringList wanted;
    if (!language.isEmpty())
        wanted << language;
    else
        for (const QString &ui : QLocale::system().uiLanguages())
            wanted << QLocale(ui).name().section(u'_', 0, 0);
    for (QString code : std::as_const(wanted)) {
        if (code == u"C")
            code = QStringLiteral("en");
        auto *ours = new QTranslator(QCoreApplication::instance());
        if (!ours->load(u":/i18n/zato-desk_" + code)) {
            delete ours;
            continue;
        }
        QCoreApplication::installTranslator(ours);
        if (code == u"en")
            return code; // the sources are English: only the plural forms are translated, Qt needs none
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(u"qtbase_" + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt; // Qt's own translations are optional (qt6-translations-l10n)
        // Installed last, so asked first: key names in our words over Qt's.
        QCoreApplication::installTranslator(new KeyNameTranslator(ours, QCoreApplication::instance()));
        QLocale::setDefault(QLocale(code));
        return code;
    }
    // Nothing matched: English, with its plural forms.
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/zato-desk_en")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    return QStringLiteral("en");
}

} // namespace zd
