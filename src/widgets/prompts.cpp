#include "prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

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
    prompts.unsaved = [parent](const QString &title, const QString &question) {
        QMessageBox box(QMessageBox::Warning, title, question,
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
        box.setDefaultButton(QMessageBox::Save);
        box.setEscapeButton(QMessageBox::Cancel); // Esc and the title bar's close button too
        switch (box.exec()) {
        case QMessageBox::Save:
            return Unsaved::Save;
        case QMessageBox::Discard:
            return Unsaved::Discard;
        default:
            return Unsaved::Cancel;
        }
    };
    prompts.nameTaken = [parent](const QString &title, const QString &question, const QString &keepBothName) {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
        QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
        QPushButton *keepBoth = box.addButton(tr("&Keep both"), QMessageBox::AcceptRole);
        keepBoth->setToolTip(tr("The imported profile is added as \"%1\".").arg(keepBothName));
        QPushButton *skip = box.addButton(tr("&Skip"), QMessageBox::RejectRole);
        box.setDefaultButton(keepBoth);
        box.setEscapeButton(skip);
        box.exec();
        if (box.clickedButton() == replace)
            return ImportChoice::Replace;
        if (box.clickedButton() == keepBoth)
            return ImportChoice::KeepBoth;
        return ImportChoice::Skip;
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
