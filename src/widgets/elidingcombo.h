#pragma once

#include <QComboBox>

namespace zd {

// A combo box whose label never clips a name: the current text is painted elided (in the middle by
// default, so "Renamed local (copy)" and "Renamed local (imported)" keep the part that tells them
// apart) and the full text is its tooltip. Its size does not follow its items, so a long name never
// widens the window: that name is elided instead.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT
public:
    // Room asked for, in characters as wide as "X": at least MinimumLength (the built-in profile names
    // whole, also in a window at its narrowest in German or Polish), PreferredLength where there is room.
    static constexpr int MinimumLength = 15;
    static constexpr int PreferredLength = 20;

    explicit ElidingComboBox(QWidget *parent = nullptr);

    [[nodiscard]] Qt::TextElideMode elideMode() const { return m_elideMode; }
    void setElideMode(Qt::TextElideMode mode);
    // The current text as it is painted in the room the label has now.
    [[nodiscard]] QString shownText() const;
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] int labelWidth(const QStyleOptionComboBox &option) const;
    void updateToolTip();

    Qt::TextElideMode m_elideMode = Qt::ElideMiddle;
};

} // namespace zd
