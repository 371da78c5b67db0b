#pragma once

#include "invoke/calltypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace zd {

// Token request: how the token request is written, where the identity provider differs from the
// usual: a form or a JSON body, the names of the client id's and secret's fields, and extra fields
// (one name=value a line), as a Zato bearer_token definition has them.
class TokenRequestDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TokenRequestDialog(QWidget *parent = nullptr);
    void setSettings(const OAuth2Settings &settings);
    // settings with this dialog's fields; the URL, client id and scopes are kept as they are.
    [[nodiscard]] OAuth2Settings settings(OAuth2Settings base) const;

private:
    void check();

    QComboBox *m_format;
    QLineEdit *m_idField;
    QLineEdit *m_secretField;
    QPlainTextEdit *m_extra;
    QLabel *m_error;
};

} // namespace zd
