#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace zd {

// Find in a text view: the string, next and previous, a case option, and what the last search found.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *edit() const { return m_edit; }
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool caseSensitive() const;
    // Shows the bar with the string selected, ready to type over.
    void open();
    void setStatus(const QString &text);
    [[nodiscard]] QString status() const;

Q_SIGNALS:
    void findRequested(bool backward);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_case;
    QLabel *m_status;
};

} // namespace zd
