#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace zd {

class CallSession;
struct CallReport;

// Compare: the data of each response beside its baseline, which the call session keeps (the
// previous response to the same call, or a pinned one), JSON-aware (jsondiff.h).
class ComparePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePanel(CallSession *session, QWidget *parent = nullptr);

    // Shows the differences between the report's data and its baseline.
    void showReport(const CallReport &report);
    // Pins the last ok response, or unpins.
    void togglePin();
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QString summary() const;
    [[nodiscard]] bool isPinned() const;

private:
    CallSession *m_session;
    QLabel *m_summary;
    QPushButton *m_pin;
    QTableWidget *m_table;
};

} // namespace zd
