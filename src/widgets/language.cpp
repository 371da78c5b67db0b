#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace zd {

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
