#include "tokendialog.h"

#include "oauth/tokeninfo.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace zd {

TokenDialog::TokenDialog(QWidget *parent)
    : QDialog(parent), m_status(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Get token"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Token"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth); // a long claim or message read whole
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

void TokenDialog::fetch(TokenProvider *tokens, const CallSpec &call)
{
    const QString url = call.auth.oauth2.tokenUrl.trimmed();
    m_status->setText(tr("Asking %1 for a token…").arg(url));
    m_text->clear();
    tokens->get(
        call, this, [this, url](const TokenResult &result) { showResult(result, url); }, true);
}

QString TokenDialog::shownText() const
{
    return m_status->text() + u'\n' + m_text->toPlainText();
}

void TokenDialog::showResult(const TokenResult &result, const QString &tokenUrl)
{
    if (!result.answer.ok()) {
        m_status->setText(tr("No token: %1").arg(result.answer.error));
        m_text->clear();
    } else {
        m_status->setText(tr("The endpoint gave a token, kept for the calls until shortly before it "
                             "expires. The token itself is not shown."));
        m_text->setPlainText(tokenSummaryText(result, tokenUrl, QDateTime::currentDateTimeUtc()));
    }
    Q_EMIT answered(result);
}

} // namespace zd
