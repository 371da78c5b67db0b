#pragma once

#include "json/value.h"
#include <QDateTime>
#include <QHash>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace zd {

struct InvokeResult;
struct LookupForm;

// Compare: the data of each response beside the previous response to the same call (same client,
// address, path, service and customer ID) or beside a pinned one, JSON-aware (jsondiff.h).
class ComparePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePanel(QWidget *parent = nullptr);

    // Compares result with its baseline and then keeps it as the previous response to this call.
    void showResult(const LookupForm &form, const InvokeResult &result);
    // Pins the last response shown, or unpins.
    void togglePin();
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QString summary() const;
    [[nodiscard]] bool isPinned() const { return m_pinned.has_value(); }

private:
    struct Kept
    {
        json::Value data;
        QDateTime time;
        QString call;
    };

    QHash<QString, Kept> m_previous;
    std::optional<Kept> m_pinned;
    std::optional<Kept> m_last;
    QLabel *m_summary;
    QPushButton *m_pin;
    QTableWidget *m_table;
};

} // namespace zd
