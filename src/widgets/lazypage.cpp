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
        layout()->addWidget(m_content);
        if (isVisible())
            m_content->show(); // now, not on the layout's later turn: no frame without it
    }
    return m_content;
}

void LazyPage::showEvent(QShowEvent *event)
{
    content(); // before the page's first frame, so it is painted with its content
    QWidget::showEvent(event);
}

} // namespace zd
