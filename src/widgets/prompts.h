#pragma once

#include "profile/profilestore.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace zd {

// The questions the window asks. The defaults are Qt's dialogs; tests give answers instead, so no
// test waits on a modal dialog.
struct Prompts
{
    Q_DECLARE_TR_FUNCTIONS(Prompts)

public:
    // What to do with unsaved changes before going on (switching profiles, closing the window).
    enum class Unsaved {
        Save,
        Discard,
        Cancel, // go nowhere: the changes stay as they are
    };

    std::function<std::optional<QString>(const QString &title, const QString &label, const QString &text)>
        text;
    std::function<bool(const QString &title, const QString &question)> confirm;
    std::function<Unsaved(const QString &title, const QString &question)> unsaved;
    // An imported profile whose name is taken: replace the one of that name, keep both (the imported
    // one as keepBothName) or skip it.
    std::function<ImportChoice(const QString &title, const QString &question, const QString &keepBothName)>
        nameTaken;
    std::function<QString(const QString &title)> openFile;
    std::function<QString(const QString &title, const QString &suggested)> saveFile;
    std::function<void(const QString &title, const QString &message)> tell;

    [[nodiscard]] static Prompts dialogs(QWidget *parent);
};

} // namespace zd
