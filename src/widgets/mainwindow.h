#pragma once

#include "invoke/snippets.h"
#include "lookup/lookupform.h"

#include <QMainWindow>
#include <memory>

class QNetworkAccessManager;
class QProgressBar;
class QSettings;
class QTimer;

namespace zd {

namespace Ui {
class MainWindow;
}

class CallSession;
class ComparePanel;
class MatrixView;
class HistoryDock;
class HistoryService;
class JsonViewer;
class NetworkPool;
class ProfileController;
class ProfileStore;
class SavedRequestsBar;
class SecretStore;
class WindowMenus;
struct BothReport;
struct CallReport;
struct HistoryEntry;
struct HttpRequestData;
struct Prompts;

// The desktop version of Zato's Django and Flask samples. It assembles the panels (connection,
// lookup, result, the exchange tabs, history) and hands what the user asks for to the call session;
// what the panels show follows from what the session reports.
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
    [[nodiscard]] bool isCalling() const { return m_current != 0; }
    [[nodiscard]] ProfileController *profiles() const { return m_profiles; }
    [[nodiscard]] WindowMenus *menus() const { return m_menus; }
    [[nodiscard]] SavedRequestsBar *savedRequests() const { return m_requests; }
    // The dialogs the window asks through; tests replace them.
    void setPrompts(const Prompts &prompts);
    void openConnectionSettings();

    // Checks the fields and sends the call; does nothing while a call runs.
    void invoke();
    // A response too large to hold: the call again, its body written to a file the user picks.
    void invokeSavingBody();
    void cancel();
    // Sends the same customer ID through AnyServiceInvoker and JSONClient and shows both.
    void compareClients();
    MatrixView *openMatrix();
    void openServerCheck();
    // Get token: a new token of the connection's OAuth2 settings, and what it says of itself.
    void openTokenDialog();
    void copyCorrelationId();
    // The call in the form, as a snippet on the clipboard (the password only when asked for).
    using Snippet = SnippetKind;
    void copyAs(SnippetKind snippet, bool includePassword);
    // The body of the last response, saved as received.
    void saveResponseBody();
    [[nodiscard]] JsonViewer *dataViewer() const;
    [[nodiscard]] ComparePanel *comparePanel() const { return m_compare; }

    // What the first frame does not need: the selected profile's secrets from the keychain, and the
    // history's store (opened on its own thread). zato-desk asks once its first frame is on screen; a
    // call made before asks first, so the history records it (its password is the form's as it is).
    // Once only; later calls do nothing.
    void openServices();
    // Records every call in history and shows View → History; the history's store opens with
    // openServices().
    void setHistory(HistoryService *history);
    // What opening the history said (empty when all was well).
    [[nodiscard]] QString historyMessage() const { return m_historyMessage; }
    [[nodiscard]] HistoryDock *historyDock() const { return m_historyDock; }
    // Puts the previous (+1) or next (-1) call of the history into the form.
    bool recallCall(int step);
    // Whether the panels show a call reopened from the history rather than one just made.
    [[nodiscard]] bool showsHistoryEntry() const { return m_fromHistory; }

Q_SIGNALS:
    void callFinished(const zd::InvokeResult &result);
    void comparisonFinished();
    // Any field the user can edit changed.
    void formEdited();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void startLookup(const QString &bodyFile);
    void connectMenus();
    void onSent(quint64 number, const HttpRequestData &request);
    void onFinished(const CallReport &report);
    void onBothFinished(const BothReport &report);
    void showEntry(const HistoryEntry &entry);
    void showFieldErrors(const QList<LookupForm::FieldError> &errors);
    // The Request tab follows the form: the path's placeholders, a customer ID typed in the lookup.
    void followForm();
    void setCalling(bool calling);
    void restoreSettings();
    void saveSettings() const;
    void openHistory();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QSettings *m_settings;
    NetworkPool *m_networks;
    CallSession *m_session;
    ProfileStore *m_store;
    SecretStore *m_secrets;
    ProfileController *m_profiles = nullptr;
    WindowMenus *m_menus = nullptr;
    SavedRequestsBar *m_requests = nullptr;
    QString m_customerId; // the lookup's customer ID as the Request tab last followed it
    ComparePanel *m_compare = nullptr;
    QProgressBar *m_busy = nullptr;
    QTimer *m_elapsed = nullptr; // the time a running call has taken, shown while it runs
    std::unique_ptr<Prompts> m_prompts;
    HistoryService *m_history = nullptr;
    HistoryDock *m_historyDock = nullptr;
    QString m_historyMessage;
    quint64 m_current = 0; // the number of the lookup running, 0: none
    qint64 m_sentAt = 0;   // when it was sent (ms since the epoch)
    bool m_comparing = false;
    bool m_fromHistory = false;
    bool m_servicesOpen = false;
};

} // namespace zd
