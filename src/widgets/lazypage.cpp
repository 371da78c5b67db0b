#include "lazypage.h"

#include <QVBoxLayout>

namespace zd {

LazyPage::LazyPage(Build build, QWidget *parent) : QWidget(parent), m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::content()
{
    if (!m_content) {
        m_content = m_build(this);
        m_build = nullptr;
        layout()->addWidget(m_content);
        placeInFocusChain();
        if (isVisible())
            m_content->show(); // now, not on the layout's later turn: no frame without it
    }
    return m_content;
}

// A widget made after its window is put at the end of the window's focus chain: Tab would leave the
// content for the window's first widget. Its focusable widgets are put where the page stands instead,
// after the last focusable widget before it, in their own order.
void LazyPage::placeInFocusChain()
{
    const auto focusable = [](const QWidget *widget) { return widget->focusPolicy() & Qt::TabFocus; };
    QWidget *before = previousInFocusChain();
    while (before != window() && (!focusable(before) || isAncestorOf(before)))
        before = before->previousInFocusChain();
    QList<QWidget *> inContent;
    for (QWidget *widget = m_content; widget == m_content || m_content->isAncestorOf(widget);
         widget = widget->nextInFocusChain()) {
        if (focusable(widget))
            inContent << widget;
    }
    if (before == window()) // nothing focusable before the page: the content leads the chain
        before = inContent.isEmpty() ? nullptr : inContent.takeFirst();
    for (QWidget *widget : std::as_const(inContent)) {
        QWidget::setTabOrder(before, widget);
        before = widget;
    }
}

void LazyPage::showEvent(QShowEvent *event)
{
    content(); // before the page's first frame, so it is painted with its content
    QWidget::showEvent(event);
}

} // namespace zd
