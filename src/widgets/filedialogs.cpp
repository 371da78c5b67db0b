#include "filedialogs.h"

#include <QFileDialog>
#include <QFileInfo>

namespace zd {

FileDialogs FileDialogs::dialogs(QWidget *parent)
{
    FileDialogs dialogs;
    dialogs.open = [parent](const FileQuestion &question) {
        return QFileDialog::getOpenFileName(parent, question.title, QString(), question.filter);
    };
    dialogs.save = [parent](const FileQuestion &question) {
        QFileDialog dialog(parent, question.title, question.suggested, question.filter);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(question.suffix); // before the overwrite question, which then names it
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return QString();
        return withSuffix(dialog.selectedFiles().constFirst(), question.suffix);
    };
    return dialogs;
}

QString withSuffix(const QString &name, const QString &suffix)
{
    if (name.isEmpty() || suffix.isEmpty() || !QFileInfo(name).suffix().isEmpty())
        return name;
    return name + u'.' + suffix;
}

} // namespace zd
