#include "tokenrequestdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace zd {

namespace {

// "name=value" lines as fields; a line that is not one is reported by its number.
QList<NamedValue> fieldsOf(const QString &text, int *badLine)
{
    QList<NamedValue> fields;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            *badLine = i + 1;
            return {};
        }
        fields.append({line.left(equals).trimmed(), line.mid(equals + 1)});
    }
    return fields;
}

} // namespace

TokenRequestDialog::TokenRequestDialog(QWidget *parent)
    : QDialog(parent), m_format(new QComboBox(this)), m_idField(new QLineEdit(this)),
      m_secretField(new QLineEdit(this)), m_extra(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Token request"));
    m_format->addItem(tr("Form (application/x-www-form-urlencoded)"), int(OAuth2Settings::Format::Form));
    m_format->addItem(tr("JSON"), int(OAuth2Settings::Format::Json));
    m_idField->setPlaceholderText(QStringLiteral("client_id"));
    m_secretField->setPlaceholderText(QStringLiteral("client_secret"));
    m_extra->setPlaceholderText(tr("audience=https://api.example.com"));
    m_extra->setTabChangesFocus(true);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Body:"), m_format);
    form->addRow(tr("Client &id field:"), m_idField);
    form->addRow(tr("Client &secret field:"), m_secretField);
    form->addRow(tr("&Extra fields, one name=value a line:"), m_extra);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TokenRequestDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("The token request sends grant_type=client_credentials, the client id and "
                      "secret and the scopes; change these only where the identity provider "
                      "asks for something else."),
                   this));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void TokenRequestDialog::setSettings(const OAuth2Settings &settings)
{
    m_format->setCurrentIndex(m_format->findData(int(settings.format)));
    m_idField->setText(settings.clientIdField == u"client_id" ? QString() : settings.clientIdField);
    m_secretField->setText(settings.clientSecretField == u"client_secret" ? QString()
                                                                          : settings.clientSecretField);
    QStringList lines;
    for (const NamedValue &field : settings.extraFields)
        lines << field.name + u'=' + field.value;
    m_extra->setPlainText(lines.join(u'\n'));
}

OAuth2Settings TokenRequestDialog::settings(OAuth2Settings base) const
{
    base.format = OAuth2Settings::Format(m_format->currentData().toInt());
    base.clientIdField =
        m_idField->text().trimmed().isEmpty() ? QStringLiteral("client_id") : m_idField->text().trimmed();
    base.clientSecretField = m_secretField->text().trimmed().isEmpty() ? QStringLiteral("client_secret")
                                                                       : m_secretField->text().trimmed();
    int badLine = 0;
    base.extraFields = fieldsOf(m_extra->toPlainText(), &badLine);
    return base;
}

void TokenRequestDialog::check()
{
    int badLine = 0;
    fieldsOf(m_extra->toPlainText(), &badLine);
    if (badLine > 0) {
        m_error->setText(tr("Extra fields, line %1: not of the form name=value.").arg(badLine));
        m_error->show();
        m_extra->setFocus();
        return;
    }
    accept();
}

} // namespace zd
