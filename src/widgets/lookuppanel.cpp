#include "lookuppanel.h"

#include "ui_lookuppanel.h"

namespace zd {

LookupPanel::LookupPanel(QWidget *parent) : QGroupBox(parent), m_ui(std::make_unique<Ui::LookupPanel>())
{
    m_ui->setupUi(this);
    connect(m_ui->customerIdEdit, &QLineEdit::textEdited, this, &LookupPanel::edited);
    for (QRadioButton *radio : {m_ui->anyServiceInvokerRadio, m_ui->jsonClientRadio, m_ui->apiRadio})
        connect(radio, &QRadioButton::clicked, this, &LookupPanel::edited);
    connect(m_ui->invokeButton, &QPushButton::clicked, this, &LookupPanel::invokeRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LookupPanel::cancelRequested);
    connect(m_ui->compareButton, &QPushButton::clicked, this, &LookupPanel::compareRequested);
    connect(m_ui->matrixButton, &QPushButton::clicked, this, &LookupPanel::matrixRequested);
    m_ui->invokeButton->setToolTip(
        tr("Get customer (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_ui->cancelButton->setToolTip(tr("Cancel the call (Esc)"));
}

LookupPanel::~LookupPanel() = default;

void LookupPanel::setLookup(const LookupForm &form)
{
    m_ui->customerIdEdit->setText(form.customerId);
    m_ui->anyServiceInvokerRadio->setChecked(form.client == ClientKind::AnyService);
    m_ui->jsonClientRadio->setChecked(form.client == ClientKind::Json);
    m_ui->apiRadio->setChecked(form.client == ClientKind::Api);
}

void LookupPanel::fillForm(LookupForm &form) const
{
    form.customerId = m_ui->customerIdEdit->text();
    form.client = m_ui->jsonClientRadio->isChecked() ? ClientKind::Json
                  : m_ui->apiRadio->isChecked()      ? ClientKind::Api
                                                     : ClientKind::AnyService;
}

void LookupPanel::showErrors(const QList<LookupForm::FieldError> &errors, bool focus)
{
    const auto error = std::find_if(errors.cbegin(), errors.cend(), [](const LookupForm::FieldError &e) {
        return e.field == LookupForm::Field::CustomerId;
    });
    const bool invalid = error != errors.cend();
    m_ui->customerIdErrorLabel->setText(invalid ? error->message : QString());
    m_ui->customerIdErrorLabel->setVisible(invalid);
    m_ui->customerIdEdit->setAccessibleDescription(invalid ? error->message : QString());
    if (invalid && focus)
        m_ui->customerIdEdit->setFocus();
}

void LookupPanel::setCalling(bool calling)
{
    m_ui->invokeButton->setEnabled(!calling);
    m_ui->cancelButton->setEnabled(calling);
}

} // namespace zd
