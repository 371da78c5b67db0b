#pragma once

#include "invoke/calltypes.h"
#include "invoke/outcome.h"
#include "prompts.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace zd {

namespace Ui {
class ExchangePanel;
}

class ComparePanel;
class JsonViewer;
class LazyPage;
class WorkerLink;
struct BodyTexts;
struct BothReport;
struct HistoryEntry;

// What went over the wire, in tabs: the request as sent, the response pretty-printed and raw, the
// decoded inner service response, the data tree, Compare, and Both clients side by side. Bodies of
// any size are shown whole: a large one is pretty-printed in a worker, and the text views lay out
// only what is on screen. A call reopened from the history is marked as such.
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

    void clear();
    void showRequest(const HttpRequestData &request);
    // The exchange of a finished call; responseShown() says when the text views have all of it.
    void showResult(const InvokeResult &result, const Outcome &outcome);
    // Marks what the tabs show as the call entry kept in the history.
    void markFromHistory(const HistoryEntry &entry);
    void showComparisonStarted();
    void showComparison(const BothReport &report);

    // The body of the last response, saved as received.
    void saveResponseBody();
    // Whether the text views have the whole of the last result yet (a large one is rendered in a worker).
    [[nodiscard]] bool isResponseShown() const { return !m_rendering; }
    // The data tree, built now if its tab has not been shown yet.
    [[nodiscard]] JsonViewer *dataViewer() const;

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void responseShown();

private:
    // What Both clients sends, in words.
    [[nodiscard]] static QString bothClientsCalls();
    void setHistoryMark(const QString &text);
    void showTexts(BodyTexts texts, bool withInner);
    void stopRendering();
    void showData(const json::Value &data);

    std::unique_ptr<Ui::ExchangePanel> m_ui;
    LazyPage *m_treePage; // the data tree, built when its tab is first shown
    json::Value m_data;   // what the tree is to show, kept until it is built
    Prompts m_prompts;
    std::optional<InvokeResult> m_last;
    std::shared_ptr<WorkerLink> m_rendering; // the worker rendering the last result's texts
};

} // namespace zd
