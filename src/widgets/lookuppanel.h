#pragma once

#include "lookup/lookupform.h"

#include <QGroupBox>
#include <memory>

namespace zd {

namespace Ui {
class LookupPanel;
}

// Customer lookup: the customer ID, the client to call with, and the buttons that call (Get
// customer, Cancel, Both clients, Matrix).
class LookupPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit LookupPanel(QWidget *parent = nullptr);
    ~LookupPanel() override;

    // The lookup part of a form: the customer ID and the client.
    void setLookup(const LookupForm &form);
    void fillForm(LookupForm &form) const;
    // Marks the customer ID when errors name it; gives it the focus when focus is true.
    void showErrors(const QList<LookupForm::FieldError> &errors, bool focus);
    // While a call runs, Get customer is off and Cancel on.
    void setCalling(bool calling);

Q_SIGNALS:
    void edited();
    void invokeRequested();
    void cancelRequested();
    void compareRequested();
    void matrixRequested();

private:
    std::unique_ptr<Ui::LookupPanel> m_ui;
};

} // namespace zd
