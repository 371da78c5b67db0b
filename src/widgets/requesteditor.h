#pragma once

#include "lookup/lookupform.h"

#include <QHash>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QLineEdit;
class QTableWidget;

namespace zd {

namespace Ui {
class RequestEditor;
}

// The Request tab: the method, the payload (JSON checked as it is typed, or raw text; Pretty, Compact,
// Load from file…), the headers, the query parameters, and one field for each {name} placeholder of
// the channel path. What it holds is a RequestDraft; the core checks and sends it.
class RequestEditor : public QWidget
{
    Q_OBJECT
public:
    // The largest file Load from file… reads.
    static constexpr qint64 MaxPayloadFileBytes = 16 * 1024 * 1024;

    explicit RequestEditor(QWidget *parent = nullptr);
    ~RequestEditor() override;

    void setRequest(const RequestDraft &request);
    [[nodiscard]] RequestDraft request() const;
    // The channel path the request goes to: a field for each of its {name} placeholders.
    void setPath(const QString &path);
    [[nodiscard]] QStringList placeholders() const { return m_placeholders; }
    // The customer ID of the lookup: written into the payload while it is the lookup's.
    void setCustomerId(const QString &customerId);
    // Shows the request's problems among errors; gives the first one the focus when focus is true.
    // Returns whether there was one.
    bool showErrors(const QList<LookupForm::FieldError> &errors, bool focus);
    void setCalling(bool calling);
    // How Load from file… asks for a file (a dialog by default; tests answer instead).
    void setOpenFile(std::function<QString(const QString &title)> openFile)
    {
        m_openFile = std::move(openFile);
    }
    void loadFile();

Q_SIGNALS:
    void edited();
    void sendRequested();
    // The payload was edited into the customer lookup's shape, {"cust_id": "<id>"}.
    void customerIdEdited(const QString &customerId);

private:
    void payloadEdited();
    void checkPayload();
    void reformat(bool pretty);
    void addRow(QTableWidget *table, const QString &name, const QString &value, std::optional<bool> enabled);
    void removeRow(QTableWidget *table);
    void showPartError(const QString &message);

    std::unique_ptr<Ui::RequestEditor> m_ui;
    QTimer m_check; // the payload checked after a pause in typing
    QStringList m_placeholders;
    QHash<QString, QLineEdit *> m_pathEdits;
    QHash<QString, QString> m_pathValues; // typed values, kept while their placeholder is away
    std::function<QString(const QString &)> m_openFile;
    bool m_filling = false;
};

} // namespace zd
