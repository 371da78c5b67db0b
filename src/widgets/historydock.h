#pragma once

#include "history/historystore.h"

#include <QDockWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace zd {

// View → History: every call of the history store, newest first, filtered by text, result and client.
// Enter or a double click opens an entry into the form; recall() steps through them (Ctrl+Up, Ctrl+Down).
class HistoryDock : public QDockWidget
{
    Q_OBJECT
public:
    HistoryDock(HistoryStore *store, QWidget *parent = nullptr);

    void refresh();
    // Opens the entry older (+1) or newer (-1) than the one opened last; false at either end.
    bool recall(int step);
    void clearHistory();
    [[nodiscard]] QTableWidget *table() const { return m_table; }
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
    void entryOpened(const zd::HistoryEntry &entry);

private:
    void openRow(int row);

    HistoryStore *m_store;
    QLineEdit *m_filter;
    QComboBox *m_result;
    QComboBox *m_client;
    QCheckBox *m_thisProfile;
    QString m_profileId;
    QTableWidget *m_table;
    QLabel *m_message;
    QList<HistoryEntry> m_entries;
    std::function<bool(const QString &, const QString &)> m_confirm;
    int m_cursor = -1; // the row opened last; -1: none (the next recall opens the newest)
};

} // namespace zd
