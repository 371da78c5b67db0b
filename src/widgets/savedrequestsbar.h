#pragma once

#include "lookup/lookupform.h"
#include "profile/profile.h"
#include "prompts.h"

#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QSpinBox;
class QToolButton;

namespace zd {

class ProfileStore;
struct HistoryEntry;

// The saved requests of the current profile, above the Request tab: pick one to open it; Save, Run,
// and Save as, Rename, Duplicate, Delete; the status the request is expected to get. They are kept in
// the profile file, never with a secret header.
class SavedRequestsBar : public QWidget
{
    Q_OBJECT
public:
    // How the bar reaches the window: the form as the user has it, a way to fill it, the profile
    // selected, and a way to send the form's call.
    struct Access
    {
        std::function<LookupForm()> form;
        std::function<void(const LookupForm &)> setForm;
        std::function<Profile()> profile;
        std::function<void()> send;
    };

    SavedRequestsBar(ProfileStore *store, Access access, QWidget *parent = nullptr);
    ~SavedRequestsBar() override;

    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    // The selected profile's requests listed again.
    void reload();
    // Lists the requests of the selected profile when another one has been selected.
    void followProfile();
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] QString currentName() const { return m_current; }

    bool open(const QString &name);
    bool save();   // the request in the form, under the name opened (asked for when none is)
    bool saveAs(); // under a new name
    bool rename();
    bool duplicate();
    bool remove();
    // Opens the request chosen and sends it.
    bool run(const QString &name);
    // A history entry's request, saved under a name asked for, expecting the status it got.
    bool saveHistoryEntry(const HistoryEntry &entry);
    // The history entry opened last, for "Save the opened history call…".
    void setHistoryEntry(const HistoryEntry &entry);
    // A call finished: when it is a saved request's with an expected status, whether it got it (a
    // sentence for the status bar), else "".
    [[nodiscard]] QString checkExpected(const InvokeResult &result) const;

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);

private:
    [[nodiscard]] QList<SavedRequest> requests() const;
    bool store(QList<SavedRequest> requests, const QString &select);
    std::optional<QString> askName(const QString &title, const QString &suggested);
    bool saveUnder(SavedRequest request, bool replace);

    ProfileStore *m_store;
    Access m_access;
    Prompts m_prompts;
    QString m_current;   // the request opened or saved last
    QString m_profileId; // the profile whose requests are listed
    QComboBox *m_combo;
    QSpinBox *m_expected;
    QToolButton *m_more;
    QAction *m_saveEntry;
    std::unique_ptr<HistoryEntry> m_entry;
};

} // namespace zd
