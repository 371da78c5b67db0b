#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

namespace zd {

// Help → Keyboard shortcuts: each action with a shortcut, in words and keys, as the platform
// writes them. Built from the actions themselves, so it cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    [[nodiscard]] QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace zd
