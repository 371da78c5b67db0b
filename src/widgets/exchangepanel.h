#pragma once

#include "invoke/calltypes.h"
#include "invoke/outcome.h"
#include "prompts.h"

#include <QWidget>
#include <memory>
#include <optional>

class QSettings;

namespace zd {

namespace Ui {
class ExchangePanel;
}

class ComparePanel;
class JsonViewer;
struct BothReport;
struct HistoryEntry;

// What went over the wire, in tabs: the request as sent, the response pretty-printed and raw, the
// decoded inner service response, the data tree, Compare, and Both clients side by side. A body too
// large to lay out at once waits above the tabs for Show anyway (rendered in a worker) or Save body
// as; a call reopened from the history is marked as such.
class ExchangePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExchangePanel(QWidget *parent = nullptr);
    ~ExchangePanel() override;

    // Puts Compare (which speaks to the call session) after the data tree.
    void setComparePanel(ComparePanel *panel);
    // The dialogs Save body as asks through.
    void setPrompts(const Prompts &prompts);
    // Where the largest body shown as text at once is kept (settings::RenderLimitBytes).
    void setSettings(QSettings *settings) { m_settings = settings; }
    [[nodiscard]] qsizetype renderLimit() const;
    // View → Largest body shown as text: asks for the limit in MB.
    void askRenderLimit();

    void clear();
    void showRequest(const HttpRequestData &request);
    // The exchange of a finished call; a body above renderLimit() bytes waits for Show anyway.
    void showResult(const InvokeResult &result, const Outcome &outcome);
    // Marks what the tabs show as the call entry kept in the history.
    void markFromHistory(const HistoryEntry &entry);
    void showComparisonStarted();
    void showComparison(const BothReport &report);

    // The body of the last response: rendered into the text panels although it is large, or saved.
    void showLargeBodyAnyway();
    void saveResponseBody();
    [[nodiscard]] JsonViewer *dataViewer() const { return m_viewer; }

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    // What Both clients sends, in words.
    [[nodiscard]] static QString bothClientsCalls();
    void setHistoryMark(const QString &text);

    std::unique_ptr<Ui::ExchangePanel> m_ui;
    JsonViewer *m_viewer;
    Prompts m_prompts;
    QSettings *m_settings = nullptr;
    std::optional<InvokeResult> m_last;
    quint64 m_shown = 0; // counts the results shown: a late Show anyway of an earlier one is dropped
};

} // namespace zd
