#include "savedrequestsbar.h"

#include "history/historystore.h"
#include "profile/profilestore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace zd {

SavedRequestsBar::SavedRequestsBar(ProfileStore *store, Access access, QWidget *parent)
    : QWidget(parent), m_store(store), m_access(std::move(access)), m_prompts(Prompts::dialogs(this)),
      m_combo(new QComboBox(this)), m_expected(new QSpinBox(this)), m_more(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Sa&ved:"), this);
    label->setBuddy(m_combo);
    m_combo->setObjectName(QStringLiteral("savedRequestCombo"));
    m_combo->setAccessibleName(tr("Saved requests"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("saveRequestButton"));
    save->setAccessibleName(tr("Save the request"));
    auto *run = new QPushButton(tr("Run"), this);
    run->setObjectName(QStringLiteral("runRequestButton"));
    run->setAccessibleName(tr("Open and send the saved request"));
    m_more->setObjectName(QStringLiteral("requestActionsButton"));
    m_more->setText(tr("More"));
    m_more->setAccessibleName(tr("More saved request actions"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_more);
    const auto action = [this, menu](const char *name, const QString &text,
                                     bool (SavedRequestsBar::*slot)()) {
        QAction *added = menu->addAction(text);
        added->setObjectName(QString::fromLatin1(name));
        connect(added, &QAction::triggered, this, [this, slot] { (this->*slot)(); });
    };
    action("saveRequestAsAction", tr("Save as…"), &SavedRequestsBar::saveAs);
    action("renameRequestAction", tr("Rename…"), &SavedRequestsBar::rename);
    action("duplicateRequestAction", tr("Duplicate"), &SavedRequestsBar::duplicate);
    action("deleteRequestAction", tr("Delete…"), &SavedRequestsBar::remove);
    menu->addSeparator();
    m_saveEntry = menu->addAction(tr("Save the opened history call as…"));
    m_saveEntry->setObjectName(QStringLiteral("saveHistoryCallAction"));
    m_saveEntry->setEnabled(false);
    connect(m_saveEntry, &QAction::triggered, this, [this] {
        if (m_entry)
            saveHistoryEntry(*m_entry);
    });
    m_more->setMenu(menu);
    m_expected->setObjectName(QStringLiteral("expectedStatusSpin"));
    m_expected->setAccessibleName(tr("Expected HTTP status"));
    m_expected->setToolTip(tr("The HTTP status the saved request is expected to get"));
    m_expected->setRange(0, 599);
    m_expected->setPrefix(tr("expect "));
    m_expected->setSpecialValueText(tr("any status"));
    layout->addWidget(label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(save);
    layout->addWidget(run);
    layout->addWidget(m_more);
    layout->addWidget(m_expected);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            open(m_combo->itemText(index));
    });
    connect(save, &QPushButton::clicked, this, &SavedRequestsBar::save);
    connect(run, &QPushButton::clicked, this, [this] {
        if (m_combo->currentIndex() > 0)
            this->run(m_combo->currentText());
    });
    reload();
}

SavedRequestsBar::~SavedRequestsBar() = default;

QList<SavedRequest> SavedRequestsBar::requests() const
{
    const std::optional<Profile> saved = m_store->byId(m_access.profile().id);
    return saved ? saved->requests : QList<SavedRequest>();
}

QStringList SavedRequestsBar::names() const
{
    QStringList names;
    for (const SavedRequest &request : requests())
        names.append(request.name);
    return names;
}

void SavedRequestsBar::followProfile()
{
    if (m_access.profile().id != m_profileId)
        reload();
}

void SavedRequestsBar::reload()
{
    m_profileId = m_access.profile().id;
    const QStringList all = names();
    if (!all.contains(m_current))
        m_current.clear();
    m_combo->clear();
    m_combo->addItem(all.isEmpty() ? tr("(none saved)") : tr("(choose one)"));
    m_combo->addItems(all);
    m_combo->setCurrentIndex(std::max<int>(0, m_combo->findText(m_current)));
}

bool SavedRequestsBar::open(const QString &name)
{
    const QList<SavedRequest> all = requests();
    const auto found =
        std::find_if(all.cbegin(), all.cend(), [&name](const SavedRequest &r) { return r.name == name; });
    if (found == all.cend())
        return false;
    LookupForm form = m_access.form();
    applySavedRequest(*found, form);
    m_access.setForm(form);
    m_current = name;
    m_combo->setCurrentIndex(m_combo->findText(name));
    m_expected->setValue(found->expectedStatus);
    Q_EMIT message(tr("Opened the saved request \"%1\".").arg(name), 5000);
    return true;
}

bool SavedRequestsBar::store(QList<SavedRequest> all, const QString &select)
{
    if (m_access.profile().name.trimmed().isEmpty()) {
        m_prompts.tell(tr("Saved requests"), tr("Requests are saved in a profile: save the connection as a "
                                                "profile first (Profile → Save profile as…)."));
        return false;
    }
    const QString error = m_store->saveRequests(m_access.profile(), all);
    if (!error.isEmpty()) {
        m_prompts.tell(tr("Saved requests"), error);
        return false;
    }
    m_current = select;
    reload();
    return true;
}

std::optional<QString> SavedRequestsBar::askName(const QString &title, const QString &suggested)
{
    const std::optional<QString> name = m_prompts.text(title, tr("Name:"), suggested);
    if (!name || name->trimmed().isEmpty())
        return std::nullopt;
    return name->trimmed();
}

bool SavedRequestsBar::saveUnder(SavedRequest request, bool replace)
{
    if (const QString secret = secretHeaderProblem(request.request); !secret.isEmpty()) {
        m_prompts.tell(tr("Save the request"), secret);
        return false;
    }
    QList<SavedRequest> all = requests();
    const auto same = std::find_if(all.begin(), all.end(),
                                   [&request](const SavedRequest &r) { return r.name == request.name; });
    if (same != all.end() && !replace &&
        !m_prompts.confirm(tr("Save the request"),
                           tr("There is already a request named \"%1\". Replace it?").arg(request.name)))
        return false;
    if (same != all.end())
        *same = request;
    else
        all.append(request);
    if (!store(all, request.name))
        return false;
    Q_EMIT message(tr("Saved the request \"%1\".").arg(request.name), 5000);
    return true;
}

bool SavedRequestsBar::save()
{
    if (m_current.isEmpty())
        return saveAs();
    SavedRequest request = savedRequestFromForm(m_access.form(), m_current);
    request.expectedStatus = m_expected->value();
    return saveUnder(request, true);
}

bool SavedRequestsBar::saveAs()
{
    const LookupForm form = m_access.form();
    const QString suggested =
        m_current.isEmpty() ? (form.client == ClientKind::Json ? form.jsonPath : form.service) : m_current;
    const std::optional<QString> name = askName(tr("Save the request as"), suggested);
    if (!name)
        return false;
    SavedRequest request = savedRequestFromForm(form, *name);
    request.expectedStatus = m_expected->value();
    return saveUnder(request, false);
}

bool SavedRequestsBar::rename()
{
    QList<SavedRequest> all = requests();
    const auto found =
        std::find_if(all.begin(), all.end(), [this](const SavedRequest &r) { return r.name == m_current; });
    if (found == all.end())
        return false;
    const std::optional<QString> name = askName(tr("Rename the request"), m_current);
    if (!name || *name == m_current)
        return false;
    if (names().contains(*name)) {
        m_prompts.tell(tr("Rename the request"), tr("There is already a request named \"%1\".").arg(*name));
        return false;
    }
    found->name = *name;
    return store(all, *name);
}

bool SavedRequestsBar::duplicate()
{
    QList<SavedRequest> all = requests();
    const auto found =
        std::find_if(all.cbegin(), all.cend(), [this](const SavedRequest &r) { return r.name == m_current; });
    if (found == all.cend())
        return false;
    SavedRequest copy = *found;
    copy.name = uniqueRequestName(all, copy.name);
    all.append(copy);
    return store(all, copy.name);
}

bool SavedRequestsBar::remove()
{
    QList<SavedRequest> all = requests();
    if (m_current.isEmpty() ||
        !m_prompts.confirm(tr("Delete the request"), tr("Delete the saved request \"%1\"?").arg(m_current)))
        return false;
    all.removeIf([this](const SavedRequest &r) { return r.name == m_current; });
    return store(all, QString());
}

bool SavedRequestsBar::run(const QString &name)
{
    if (!open(name))
        return false;
    m_access.send();
    return true;
}

bool SavedRequestsBar::saveHistoryEntry(const HistoryEntry &entry)
{
    const std::optional<QString> name = askName(tr("Save the call as a request"), entry.form.service);
    if (!name)
        return false;
    SavedRequest request = savedRequestFromHistory(entry, *name);
    request.expectedStatus = entry.status;
    return saveUnder(request, false);
}

void SavedRequestsBar::setHistoryEntry(const HistoryEntry &entry)
{
    m_entry = std::make_unique<HistoryEntry>(entry);
    m_saveEntry->setEnabled(true);
}

QString SavedRequestsBar::checkExpected(const InvokeResult &result) const
{
    const int expected = m_expected->value();
    if (m_current.isEmpty() || expected == 0 || result.response.status == 0)
        return QString();
    if (result.response.status == expected)
        return tr("\"%1\" got %2, as expected.").arg(m_current).arg(expected);
    return tr("\"%1\" got %2, not the %3 expected.").arg(m_current).arg(result.response.status).arg(expected);
}

} // namespace zd
