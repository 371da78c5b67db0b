#pragma once

#include <QTabWidget>

namespace zd {

// Tabs that are all in sight, whatever the language: when the titles do not fit, the longest are
// shortened with an ellipsis first, to a common width, and short ones keep their whole title; the
// whole title is each tab's tooltip. No scroll arrows.
class FittingTabWidget : public QTabWidget
{
    Q_OBJECT
public:
    explicit FittingTabWidget(QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace zd
