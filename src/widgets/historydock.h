#pragma once

#include "history/historystore.h"

#include <QDockWidget>
#include <QTimer>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace zd {

class HistoryModel;
class HistoryService;

// View → History: every call of the history, newest first, filtered by text, result and client (the
// filter waits for a pause in typing; the history answers from its own thread). Enter or a double
// click opens an entry, with its stored request and response; recall() steps through them
// (Ctrl+Up, Ctrl+Down).
class HistoryDock : public QDockWidget
{
    Q_OBJECT
public:
    HistoryDock(HistoryService *history, QWidget *parent = nullptr);

    // Opens the history with these limits (on its own thread); opened() tells how it went.
    void open(qint64 maxEntries, qint64 maxBytes);
    // Lists the calls again at once (a change of the filter text waits for a pause in typing).
    void refresh();
    // How many list requests have been answered (what tests wait for).
    [[nodiscard]] int refreshes() const { return m_refreshes; }
    // Opens the entry older (+1) or newer (-1) than the one opened last; false at either end.
    bool recall(int step);
    void clearHistory();
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] HistoryModel *model() const { return m_model; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    void setUnavailable(const QString &message);
    // "This profile only" lists the calls made with this profile (its id; empty: none selected).
    void setCurrentProfile(const QString &profileId);
    void setThisProfileOnly(bool only);
    // How "Clear" asks before deleting (a dialog by default; tests answer instead).
    void setConfirm(std::function<bool(const QString &title, const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }

Q_SIGNALS:
    // An entry opened, with its stored bodies.
    void entryOpened(const zd::HistoryEntry &entry);
    // The list shows the history's answer to the latest request.
    void refreshed();
    // The history was opened: message is empty when all was well, else what happened.
    void opened(const QString &message);

private:
    void openRow(int row);

    HistoryService *m_history;
    QTimer m_refreshSoon;  // a refresh after a pause in typing, or after a burst of changes
    quint64 m_request = 0; // the latest list request; older answers are dropped
    int m_refreshes = 0;
    QLineEdit *m_filter;
    QComboBox *m_result;
    QComboBox *m_client;
    QCheckBox *m_thisProfile;
    QString m_profileId;
    HistoryModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
    std::function<bool(const QString &, const QString &)> m_confirm;
    int m_cursor = -1; // the row opened last; -1: none (the next recall opens the newest)
};

} // namespace zd
