#include "fittingtabs.h"

#include <QTabBar>
#include <algorithm>
#include <climits>

namespace zd {

namespace {

class FittingTabBar : public QTabBar
{
public:
    using QTabBar::QTabBar;

    // Lays the tabs out again for the width the tab widget has now.
    void refit() { setElideMode(elideMode()); }

protected:
    QSize tabSizeHint(int index) const override
    {
        // QTabBar::minimumTabSizeHint() asks this too, with the title elided to a few letters.
        QSize size = QTabBar::tabSizeHint(index);
        size.setWidth(std::min(size.width(), widest()));
        return size;
    }

private:
    // The width no tab goes beyond: the water level at which the tabs' whole widths, each cut to it,
    // fill the width there is (INT_MAX when they all fit).
    [[nodiscard]] int widest() const
    {
        const int available = parentWidget() ? parentWidget()->contentsRect().width() : width();
        QList<int> widths;
        for (int i = 0; i < count(); ++i)
            widths << QTabBar::tabSizeHint(i).width();
        std::sort(widths.begin(), widths.end());
        int left = available;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const int share = left / int(widths.size() - i);
            if (widths.at(i) > share)
                return share;
            left -= widths.at(i);
        }
        return INT_MAX;
    }
};

} // namespace

FittingTabWidget::FittingTabWidget(QWidget *parent) : QTabWidget(parent)
{
    setTabBar(new FittingTabBar(this));
    setUsesScrollButtons(false);
    setElideMode(Qt::ElideRight);
}

void FittingTabWidget::resizeEvent(QResizeEvent *event)
{
    QTabWidget::resizeEvent(event);
    // The titles are set after the tabs are inserted (by the form): their tooltips follow them here.
    for (int i = 0; i < count(); ++i)
        setTabToolTip(i, tabText(i).remove(u'&'));
    static_cast<FittingTabBar *>(tabBar())->refit();
}

} // namespace zd
