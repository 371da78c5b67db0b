#include "elidingcombo.h"

#include <QAbstractItemView>
#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace zd {

ElidingComboBox::ElidingComboBox(QWidget *parent) : QComboBox(parent)
{
    setMinimumContentsLength(MinimumLength);
    view()->setTextElideMode(m_elideMode);
    // The tooltip follows the current text, also when the current item's text changes (the " *").
    connect(this, &QComboBox::currentTextChanged, this, &ElidingComboBox::updateToolTip);
    connect(model(), &QAbstractItemModel::dataChanged, this, &ElidingComboBox::updateToolTip);
}

QSize ElidingComboBox::sizeHint() const
{
    QSize size = minimumSizeHint();
    size.rwidth() += (PreferredLength - MinimumLength) * fontMetrics().horizontalAdvance(u'X');
    return size;
}

void ElidingComboBox::setElideMode(Qt::TextElideMode mode)
{
    m_elideMode = mode;
    view()->setTextElideMode(mode);
    update();
}

// The width QStyle's combo label draws its text in: the edit field, less the icon and the margins
// QCommonStyle's CE_ComboBoxLabel keeps.
int ElidingComboBox::labelWidth(const QStyleOptionComboBox &option) const
{
    QRect rect = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    if (!option.currentIcon.isNull())
        rect.setLeft(rect.left() + option.iconSize.width() + 4);
    return rect.width() - 2;
}

QString ElidingComboBox::shownText() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    return option.fontMetrics.elidedText(option.currentText, m_elideMode, labelWidth(option));
}

void ElidingComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    if (!isEditable())
        option.currentText =
            option.fontMetrics.elidedText(option.currentText, m_elideMode, labelWidth(option));
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

void ElidingComboBox::updateToolTip()
{
    setToolTip(currentText());
}

} // namespace zd
