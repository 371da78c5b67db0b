#include "windowmenus.h"

#include "language.h"
#include "lazypage.h"
#include "profile/secretstore.h"
#include "settings/settings.h"
#include "shortcutsdialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <functional>

namespace zd {

WindowMenus::WindowMenus(QMainWindow *window, QMenu *profileMenu, QSettings *settings)
    : QObject(window), m_window(window), m_settings(settings)
{
    QMenuBar *bar = window->menuBar();
    bar->addMenu(addCallMenu());
    profileMenu->setTitle(tr("&Profile"));
    bar->addMenu(profileMenu);
    bar->addMenu(addViewMenu());
    bar->addMenu(addHelpMenu());

    connect(&m_system, &SystemColorScheme::changed, this,
            [this](std::optional<bool> dark) { applyColorScheme(m_scheme, dark); });
    setColorScheme(colorSchemeFromKey(settings::ColorScheme.get(*m_settings)), false);
}

QMenu *WindowMenus::addCallMenu()
{
    auto *menu = new QMenu(tr("&Call"), m_window);
    const auto add = [this, menu](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *action = menu->addAction(text);
        action->setShortcuts(keys);
        m_window->addAction(action); // active while the menu bar is hidden too
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(tr("&Get customer"),
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
        &WindowMenus::invokeRequested);
    add(tr("Ca&ncel the call"), {QKeySequence(Qt::Key_Escape)}, &WindowMenus::cancelRequested);
    add(tr("Call &both clients"), {QKeySequence(Qt::CTRL | Qt::Key_B)}, &WindowMenus::compareRequested);
    menu->addSeparator();
    add(tr("Channel and RBAC &matrix…"), {QKeySequence(Qt::CTRL | Qt::Key_M)}, &WindowMenus::matrixRequested);
    add(tr("&Import server configuration…"), {}, &WindowMenus::importConfigurationRequested);
    add(tr("&Discover from server…"), {}, &WindowMenus::discoverRequested);
    add(tr("Check the ser&ver…"), {}, &WindowMenus::serverCheckRequested);
    add(tr("Connection &settings…"), {QKeySequence(Qt::CTRL | Qt::Key_Comma)},
        &WindowMenus::connectionSettingsRequested);
    add(tr("Copy the &correlation ID"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        &WindowMenus::copyCorrelationIdRequested);
    add(tr("&Previous call"), {QKeySequence(Qt::CTRL | Qt::Key_Up)}, [this] { Q_EMIT recallRequested(+1); });
    add(tr("Ne&xt call"), {QKeySequence(Qt::CTRL | Qt::Key_Down)}, [this] { Q_EMIT recallRequested(-1); });
    QMenu *copyAs = menu->addMenu(tr("Copy &as"));
    auto *withPassword = new QAction(tr("Include the &password"), copyAs);
    withPassword->setCheckable(true); // off again at every start
    const std::pair<SnippetKind, QString> snippets[] = {
        {SnippetKind::Curl, tr("&curl command")},
        {SnippetKind::Python, tr("&Python (zato-client)")},
        {SnippetKind::ZatoServiceInvoke, tr("&zato service invoke")},
        {SnippetKind::Requests, tr("python-&requests")},
        {SnippetKind::ZatoClient, tr("ZatoClient (&newest zato-client)")},
    };
    for (const auto &[snippet, text] : snippets)
        connect(copyAs->addAction(text), &QAction::triggered, this, [this, snippet = snippet, withPassword] {
            Q_EMIT copyAsRequested(snippet, withPassword->isChecked());
        });
    copyAs->addSeparator();
    copyAs->addAction(withPassword);
    menu->addSeparator();
    add(tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, [this] { m_window->close(); });
    return menu;
}

QMenu *WindowMenus::addViewMenu()
{
    auto *menu = new QMenu(tr("&View"), m_window);
    m_viewMenu = menu;
    QMenu *schemes = menu->addMenu(tr("&Colour scheme"));
    m_schemeGroup = new QActionGroup(this);
    const std::pair<ColorScheme, QString> choices[] = {
        {ColorScheme::System, tr("Follow the &system")},
        {ColorScheme::Light, tr("&Light")},
        {ColorScheme::Dark, tr("&Dark")},
    };
    for (const auto &[scheme, text] : choices) {
        QAction *action = schemes->addAction(text);
        action->setCheckable(true);
        action->setData(colorSchemeKey(scheme));
        m_schemeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, scheme = scheme] { setColorScheme(scheme, true); });
    }

    QMenu *languages = menu->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(this);
    const QString current = settings::Language.get(*m_settings);
    QList<Language> choicesOfLanguage = availableLanguages();
    choicesOfLanguage.prepend({QString(), tr("Follow the system")});
    for (const Language &language : std::as_const(choicesOfLanguage)) {
        QAction *action = languages->addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(language.code == current);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language.code] {
            settings::Language.set(*m_settings, code);
            m_window->statusBar()->showMessage(tr("The language changes when Zato Desk starts again."), 8000);
        });
    }
    return menu;
}

QMenu *WindowMenus::addHelpMenu()
{
    auto *menu = new QMenu(tr("&Help"), m_window);
    QAction *shortcuts = menu->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_window->addAction(shortcuts);
    connect(shortcuts, &QAction::triggered, this, &WindowMenus::showShortcuts);
    menu->addSeparator();
    connect(menu->addAction(tr("&About Zato Desk")), &QAction::triggered, this, &WindowMenus::showAbout);
    connect(menu->addAction(tr("About &Qt")), &QAction::triggered, qApp, &QApplication::aboutQt);
    return menu;
}

QList<QAction *> WindowMenus::shortcutActions() const
{
    QList<QAction *> actions;
    const std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &items) {
        for (QAction *action : items) {
            if (action->menu())
                collect(action->menu()->actions());
            else if (!action->shortcuts().isEmpty())
                actions << action;
        }
    };
    collect(m_window->menuBar()->actions());
    // Then those of the window's panels (Find in the data): every action with a shortcut is listed,
    // those of pages not shown yet too, so those are built first.
    for (LazyPage *page : m_window->findChildren<LazyPage *>())
        page->content();
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty() && !actions.contains(action))
            actions << action;
    }
    return actions;
}

void WindowMenus::setColorScheme(ColorScheme scheme, bool persist)
{
    m_scheme = scheme;
    if (persist)
        settings::ColorScheme.set(*m_settings, colorSchemeKey(scheme));
    for (QAction *action : m_schemeGroup->actions())
        action->setChecked(action->data().toString() == colorSchemeKey(scheme));
    applyColorScheme(scheme, m_system.prefersDark());
}

void WindowMenus::showShortcuts()
{
    ShortcutsDialog dialog(shortcutActions(), m_window);
    dialog.exec();
}

QString WindowMenus::aboutText() const
{
    using Keychain = SessionSecretStore::Keychain;
    const auto *session = qobject_cast<const SessionSecretStore *>(m_secrets);
    const Keychain keychain = session                                              ? session->keychainState()
                              : qobject_cast<const MemorySecretStore *>(m_secrets) ? Keychain::Unavailable
                                                                                   : Keychain::Unknown;
    QString passwords;
    switch (keychain) {
    case Keychain::Available:
        passwords = tr("Passwords are kept in the system keychain only.");
        break;
    case Keychain::Unavailable:
        passwords = tr("No system keychain is available in this session: passwords are kept in memory "
                       "until Zato Desk quits, never written to disk, and asked for again next time.");
        break;
    case Keychain::Unknown:
        passwords = tr("Passwords are kept in the system keychain only; where none is available, in memory "
                       "for the session, never on disk.");
        break;
    }
    return tr("<h3>Zato Desk %1</h3>"
              "<p>Call Zato services by hand, test channels and credentials, and see exactly what went over "
              "the wire.</p>"
              "<p>%3</p>"
              "<p>Licence: MIT. Built with Qt %2.</p>")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
             passwords.toHtmlEscaped());
}

void WindowMenus::showAbout()
{
    QMessageBox::about(m_window, tr("About Zato Desk"), aboutText());
}

} // namespace zd
