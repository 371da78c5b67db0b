#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace zd {

// A file to choose: the dialog's title, its filters (the first one selected, "All files (*)" last)
// and the suffix a name typed without one gets.
struct FileQuestion
{
    QString title;
    QString filter;    // "CSV files (*.csv);;All files (*)"
    QString suffix;    // "csv"
    QString suggested; // the name offered when saving
};

// Where files are chosen. The defaults are Qt's file dialogs; tests answer instead (and read what
// was asked), so no test waits on a modal dialog. An empty name: the user cancelled.
struct FileDialogs
{
    std::function<QString(const FileQuestion &question)> open;
    std::function<QString(const FileQuestion &question)> save;

    [[nodiscard]] static FileDialogs dialogs(QWidget *parent);
};

// The name with ".suffix" added when its file name has no suffix of its own.
[[nodiscard]] QString withSuffix(const QString &name, const QString &suffix);

} // namespace zd
