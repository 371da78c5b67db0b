#pragma once

#include "invoke/calltypes.h"
#include "invoke/outcome.h"

#include <QGroupBox>
#include <memory>

namespace zd {

namespace Ui {
class ResultPanel;
}

// Result: the customer's name, the correlation ID (with a copy button), the response time, the HTTP
// status, ok and has_data, and the outcome in plain words.
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

private:
    std::unique_ptr<Ui::ResultPanel> m_ui;
    bool m_hasCid = false;
};

} // namespace zd
