#pragma once

#include <QWidget>
#include <functional>

namespace zd {

// A page (of a tab widget) whose content is built the first time it is shown, or asked for: what
// the window does not show at first is not built before its first frame. Its owner keeps what the
// content is to show until then, and gives it in build.
class LazyPage : public QWidget
{
    Q_OBJECT
public:
    using Build = std::function<QWidget *(QWidget *parent)>;

    explicit LazyPage(Build build, QWidget *parent = nullptr);

    // The content, built now if it was not.
    QWidget *content();
    [[nodiscard]] bool isBuilt() const { return m_content != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void placeInFocusChain();

    Build m_build;
    QWidget *m_content = nullptr;
};

} // namespace zd
