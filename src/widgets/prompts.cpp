#include "prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace zd {

Prompts Prompts::dialogs(QWidget *parent)
{
    Prompts prompts;
    prompts.text = [parent](const QString &title, const QString &label,
                            const QString &text) -> std::optional<QString> {
        bool ok = false;
        const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
        return ok ? std::optional<QString>(answer) : std::nullopt;
    };
    prompts.confirm = [parent](const QString &title, const QString &question) {
        return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
    };
    prompts.openFile = [parent](const QString &title) {
        return QFileDialog::getOpenFileName(parent, title, QString(), QObject::tr("Profiles (*.json)"));
    };
    prompts.saveFile = [parent](const QString &title, const QString &suggested) {
        return QFileDialog::getSaveFileName(parent, title, suggested, QObject::tr("Profiles (*.json)"));
    };
    prompts.tell = [parent](const QString &title, const QString &message) {
        QMessageBox::information(parent, title, message);
    };
    return prompts;
}

} // namespace zd
