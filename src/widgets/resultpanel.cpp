#include "resultpanel.h"

#include "invoke/outcome.h"
#include "lookup/lookupform.h"
#include "statuscolors.h"
#include "ui_resultpanel.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>

namespace zd {

namespace {

const QString none = QStringLiteral("—");

// The most of a value a label or its tooltip holds: a value from the server may be megabytes.
constexpr qsizetype maxShownChars = 2000;
// The most of an outcome shown (a service error's details may be a long traceback): the Response
// tabs hold the rest.
constexpr qsizetype maxExplanationChars = 20000;
// A tooltip's lines are at most this long, so a value without spaces does not run off the screen.
constexpr qsizetype tooltipLineChars = 100;

// text on one line: line breaks and tabs as spaces.
QString oneLine(QString text)
{
    for (QChar &c : text)
        if (c.unicode() < 0x20)
            c = u' ';
    return text;
}

// text cut to maxShownChars, broken into lines of at most tooltipLineChars (after a space where there
// is one in the line, anywhere otherwise); removing the added line breaks gives the cut text back.
QString tooltipText(const QString &text)
{
    const QString cut = text.size() > maxShownChars ? text.left(maxShownChars) + u'…' : text;
    QString wrapped;
    qsizetype lineStart = 0;
    while (cut.size() - lineStart > tooltipLineChars) {
        const QStringView line = QStringView(cut).mid(lineStart, tooltipLineChars);
        const qsizetype space = std::max(line.lastIndexOf(u' '), line.lastIndexOf(u'\n'));
        const qsizetype length = space > 0 ? space + 1 : tooltipLineChars;
        wrapped += line.left(length);
        if (!wrapped.endsWith(u'\n'))
            wrapped += u'\n';
        lineStart += length;
    }
    return wrapped + QStringView(cut).mid(lineStart);
}

} // namespace

ResultPanel::ResultPanel(QWidget *parent) : QGroupBox(parent), m_ui(std::make_unique<Ui::ResultPanel>())
{
    m_ui->setupUi(this);
    connect(m_ui->copyCidButton, &QToolButton::clicked, this, &ResultPanel::copyCorrelationIdRequested);
    connect(m_ui->callAgainToFileButton, &QPushButton::clicked, this, &ResultPanel::saveBodyToFileRequested);
    for (QLabel *label : {m_ui->customerNameLabel, m_ui->cidLabel, m_ui->responseTimeLabel, m_ui->statusLabel,
                          m_ui->flagsLabel}) {
        label->installEventFilter(this);
        auto *copy = new QAction(tr("Copy"), label);
        copy->setObjectName(QStringLiteral("copyValueAction"));
        connect(copy, &QAction::triggered, this,
                [this, label] { QGuiApplication::clipboard()->setText(m_values.value(label)); });
        label->addAction(copy);
        label->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
    // The outcome's area shows three lines at least; a longer outcome scrolls within it. It has the
    // group's own background, not one of its own.
    m_ui->explanationArea->viewport()->setAutoFillBackground(false);
    m_ui->explanationLabel->setAutoFillBackground(false);
    m_ui->explanationArea->setMinimumHeight(3 * m_ui->explanationLabel->fontMetrics().lineSpacing() +
                                            2 * m_ui->explanationLabel->margin());
    clear();
}

ResultPanel::~ResultPanel() = default;

void ResultPanel::clear()
{
    for (QLabel *label : {m_ui->customerNameLabel, m_ui->cidLabel, m_ui->responseTimeLabel, m_ui->statusLabel,
                          m_ui->flagsLabel})
        setValue(label, QString());
    m_ui->explanationLabel->clear();
    m_ui->resultLabel0->setText(tr("Customer name:"));
    m_ui->customerNameLabel->setAccessibleName(tr("Customer name"));
    m_ui->callAgainToFileButton->hide();
    m_ui->copyCidButton->setEnabled(false);
    m_cid.clear();
}

void ResultPanel::showResult(const InvokeResult &result, const Outcome &outcome)
{
    const bool sent = result.error.kind != ErrorKind::Usage;
    const bool answered = result.response.status > 0;
    setValue(m_ui->customerNameLabel, customerName(result)); // "" unless the call is ok with data
    // A customer's name when the data has one; any other data summed up on one line, under "Data".
    const bool named = !result.ok || !result.hasData || result.data.isString() ||
                       (result.data.isObject() && result.data.find(u"name"));
    m_ui->resultLabel0->setText(named ? tr("Customer name:") : tr("Data:"));
    m_ui->customerNameLabel->setAccessibleName(named ? tr("Customer name") : tr("Data"));
    // A 4.1 server sends no X-Zato-CID by default: an error body's CID is shown, and said to be one.
    const QString fromBody = result.cid == u"(None)" ? callCid(result) : QString();
    m_cid = !answered ? QString() : fromBody.isEmpty() ? result.cid : fromBody;
    setValue(m_ui->cidLabel, !answered            ? QString()
                             : fromBody.isEmpty() ? result.cid
                                                  : tr("%1 (from the error body)").arg(fromBody));
    m_ui->copyCidButton->setEnabled(answered);
    QString time = tr("%1 ms").arg(result.elapsedMs, 0, 'f', 1);
    if (result.serverTimeMs)
        time += u"  " + tr("(server: %1 ms)").arg(*result.serverTimeMs);
    setValue(m_ui->responseTimeLabel, sent ? time : QString());
    setValue(m_ui->statusLabel, answered ? QString::number(result.response.status) + u' ' +
                                               QString::fromLatin1(result.response.reason)
                                         : QString());
    QString flags = tr("ok: %1, has_data: %2")
                        .arg(result.ok ? QStringLiteral("true") : QStringLiteral("false"),
                             result.hasData ? QStringLiteral("true") : QStringLiteral("false"));
    // The pagination headers of an admin list service (the Invoke API's meta).
    const auto metaInt = [&result](QStringView key) {
        const json::Value *value = result.meta.find(key);
        return value ? value->toNumber().toInt64() : std::nullopt;
    };
    if (const auto page = metaInt(u"cur_page"))
        flags += u", " + tr("page %1 of %2").arg(*page).arg(metaInt(u"num_pages").value_or(*page));
    if (const auto total = metaInt(u"total"))
        flags += u", " + tr("%n result(s) in all", nullptr, int(*total));
    setValue(m_ui->flagsLabel, flags);
    m_ui->explanationLabel->setText(outcome.explanation.size() > maxExplanationChars
                                        ? outcome.explanation.left(maxExplanationChars) + u'…'
                                        : outcome.explanation);
    setStatusRole(m_ui->explanationLabel,
                  outcome.kind == OutcomeClass::Success ? StatusRole::None : StatusRole::Error);
    m_ui->callAgainToFileButton->setVisible(result.error.transport == TransportFailure::TooLarge);
}

void ResultPanel::showWaiting(double seconds)
{
    setValue(m_ui->responseTimeLabel, tr("%1 s…").arg(seconds, 0, 'f', 1));
}

QString ResultPanel::correlationId() const
{
    return m_cid;
}

void ResultPanel::setValue(QLabel *label, const QString &text)
{
    m_values.insert(label, text);
    for (QAction *action : label->actions())
        action->setEnabled(!text.isEmpty());
    elide(label);
}

void ResultPanel::elide(QLabel *label)
{
    const QString &value = m_values.value(label);
    if (value.isEmpty()) {
        label->setText(none);
        label->setToolTip(QString());
        label->setAccessibleDescription(QString());
        return;
    }
    // Cut before eliding: elidedText() measures all the text it is given.
    const QString line = oneLine(value.left(maxShownChars + 1));
    const QString shown =
        label->fontMetrics().elidedText(line, Qt::ElideRight, std::max(label->contentsRect().width(), 1));
    label->setText(shown.isEmpty() ? QStringLiteral("…") : shown);
    const bool whole = shown == value;
    label->setToolTip(whole ? QString() : tooltipText(value));
    label->setAccessibleDescription(whole ? QString() : value.left(maxShownChars));
}

bool ResultPanel::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        if (auto *label = qobject_cast<QLabel *>(watched); label && m_values.contains(label))
            elide(label);
        break;
    default:
        break;
    }
    return QGroupBox::eventFilter(watched, event);
}

} // namespace zd
