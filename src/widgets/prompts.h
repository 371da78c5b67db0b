#pragma once

#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace zd {

// The questions the window asks. The defaults are Qt's dialogs; tests give answers instead, so no
// test waits on a modal dialog.
struct Prompts
{
    std::function<std::optional<QString>(const QString &title, const QString &label, const QString &text)>
        text;
    std::function<bool(const QString &title, const QString &question)> confirm;
    std::function<QString(const QString &title)> openFile;
    std::function<QString(const QString &title, const QString &suggested)> saveFile;
    std::function<void(const QString &title, const QString &message)> tell;

    [[nodiscard]] static Prompts dialogs(QWidget *parent);
};

} // namespace zd
