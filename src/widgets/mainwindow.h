#pragma once

#include "invoke/calltypes.h"
#include "lookup/lookupform.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QNetworkAccessManager;
class QSettings;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace zd {

class CallSession;
class NetworkPool;
class ProfileController;
class ProfileStore;
class SecretStore;
class ComparePanel;
class HistoryDock;
class HistoryService;
struct BothReport;
struct CallReport;
struct HistoryEntry;
class JsonViewer;
class WindowMenus;
struct Prompts;

// The desktop version of Zato's Django and Flask samples: connection fields, a customer ID, the
// client to use, the result in plain words and the raw exchange. Calls run asynchronously.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // settings keeps the geometry and the last used fields (never the password); profiles and secrets
    // are the saved profiles and the keychain (or its session fallback). Calls go through network
    // (or, for a proxy of their own, a network manager made for it).
    MainWindow(QNetworkAccessManager *network, QSettings *settings, ProfileStore *profiles,
               SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setForm(const LookupForm &form);
    [[nodiscard]] LookupForm form() const;
    [[nodiscard]] bool isCalling() const;
    [[nodiscard]] ProfileController *profiles() const { return m_profiles; }
    // The dialogs the window asks through; tests replace them.
    void setPrompts(const Prompts &prompts);
    void openConnectionSettings();

    // Validates the fields and sends the call; does nothing while a call runs.
    void invoke();
    void cancel();
    // Sends the same customer ID through AnyServiceInvoker and JSONClient and shows both.
    void compareClients();
    void openMatrix();
    void copyCorrelationId();
    // The call in the form, as a snippet on the clipboard (the password only when asked for).
    enum class Snippet { Curl, Python, ZatoServiceInvoke };
    void copyAs(Snippet snippet, bool includePassword);
    // The body of the last response: rendered into the text panels although it is large, or saved.
    void showLargeBodyAnyway();
    void saveResponseBody();
    [[nodiscard]] JsonViewer *dataViewer() const { return m_viewer; }
    [[nodiscard]] ComparePanel *comparePanel() const { return m_compare; }
    [[nodiscard]] qsizetype renderLimit() const;
    // View → Largest body shown as text: asks for the render limit in MB.
    void askRenderLimit();
    // Records every call in history and shows View → History; the history opens on its own thread.
    void setHistory(HistoryService *history);
    [[nodiscard]] CallSession *session() const { return m_session; }
    // What opening the history said (empty when all was well).
    [[nodiscard]] QString historyMessage() const { return m_historyMessage; }
    [[nodiscard]] HistoryDock *historyDock() const { return m_historyDock; }
    // Puts the previous (+1) or next (-1) call of the history into the form.
    bool recallCall(int step);
    // Whether the panels show a call reopened from the history rather than one just made.
    [[nodiscard]] bool showsHistoryEntry() const { return m_fromHistory; }
    [[nodiscard]] WindowMenus *menus() const { return m_menus; }

Q_SIGNALS:
    void callFinished(const zd::InvokeResult &result);
    void comparisonFinished();
    // Any field the user can edit changed.
    void formEdited();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onSent(quint64 number, const HttpRequestData &request);
    void onFinished(const CallReport &report);
    void showEntry(const HistoryEntry &entry);
    void showFieldErrors(const QList<LookupForm::FieldError> &errors);
    void setCalling(bool calling);
    void showComparison(const BothReport &report);
    void setUpBodyViews();
    void restoreSettings();
    void saveSettings() const;
    void saveFormSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QSettings *m_settings;
    NetworkPool *m_networks;
    CallSession *m_session;
    quint64 m_current = 0; // the number of the lookup running, 0: none
    bool m_comparing = false;
    ProfileController *m_profiles = nullptr;
    SecretStore *m_secrets = nullptr;
    ProfileStore *m_store = nullptr;
    WindowMenus *m_menus = nullptr;
    JsonViewer *m_viewer = nullptr;
    ComparePanel *m_compare = nullptr;
    QProgressBar *m_busy = nullptr;
    QWidget *m_largeBodyBar = nullptr;
    QLabel *m_largeBodyLabel = nullptr;
    QLabel *m_historyBanner = nullptr; // says the panels show a call from the history
    std::optional<InvokeResult> m_last;
    std::unique_ptr<Prompts> m_prompts;
    HistoryService *m_history = nullptr;
    HistoryDock *m_historyDock = nullptr;
    QTimer *m_elapsed = nullptr; // the time a running call has taken, shown while it runs
    qint64 m_sentAt = 0;         // when it was sent (QDateTime msecs)
    quint64 m_callNumber = 0;    // counts lookups shown, so late work for an earlier one is dropped
    bool m_fromHistory = false;
    QString m_historyMessage;
    TlsSettings m_tls;
    ProxySettings m_proxy;
    std::chrono::milliseconds m_timeout{60000};
};

} // namespace zd
