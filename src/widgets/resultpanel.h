#pragma once

#include "invoke/calltypes.h"
#include "invoke/outcome.h"

#include <QGroupBox>
#include <QHash>
#include <memory>

class QLabel;

namespace zd {

namespace Ui {
class ResultPanel;
}

// Result: the customer's name, the correlation ID (with a copy button), the response time, the HTTP
// status, ok and has_data, and the outcome in plain words.
//
// Nothing a server sends can widen the window: each value is one line cut with an ellipsis to the room
// there is (the whole value in its tooltip, and copied by its context menu's Copy), and the outcome is
// wrapped in an area of its own that scrolls when it is longer than the room below the values, so the
// panel's size never depends on what it shows.
class ResultPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ResultPanel(QWidget *parent = nullptr);
    ~ResultPanel() override;

    void clear();
    void showResult(const InvokeResult &result, const Outcome &outcome);
    // While a call runs: how long it has been waiting.
    void showWaiting(double seconds);
    // The correlation ID shown ("" when there is none).
    [[nodiscard]] QString correlationId() const;

Q_SIGNALS:
    void copyCorrelationIdRequested();
    // A response too large to hold: the user asks for the call again with its body written to a file.
    void saveBodyToFileRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Shows text in one of the value labels (elided to its width); "" shows a dash.
    void setValue(QLabel *label, const QString &text);
    void elide(QLabel *label);

    std::unique_ptr<Ui::ResultPanel> m_ui;
    QHash<const QLabel *, QString> m_values; // each value label's whole text
    QString m_cid; // what Copy CID copies: the header's, or an error body's; empty before an answer
};

} // namespace zd
