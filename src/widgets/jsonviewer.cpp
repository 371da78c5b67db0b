#include "jsonviewer.h"

#include "textview/workerlink.h"
#include "view/jsonsearch.h"
#include "view/jsontreemodel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThreadPool>
#include <QTreeView>
#include <QVBoxLayout>

namespace zd {

JsonViewer::JsonViewer(QWidget *parent)
    : QWidget(parent), m_model(new JsonTreeModel(this)), m_view(new QTreeView(this)),
      m_find(new QLineEdit(this)), m_path(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("dataTree"));
    m_view->setAccessibleName(tr("Data as a tree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true); // no per-row size queries: large arrays scroll smoothly
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(JsonTreeModel::KeyColumn, 220);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_find->setObjectName(QStringLiteral("dataFindEdit"));
    m_find->setPlaceholderText(tr("Find a key or value"));
    m_find->setAccessibleName(tr("Find in the data"));
    m_find->setClearButtonEnabled(true);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *copyValueButton = new QPushButton(tr("Copy &value"), this);
    auto *copyPathButton = new QPushButton(tr("Copy pa&th"), this);
    m_path->setObjectName(QStringLiteral("dataPathLabel"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *valueAction = new QAction(tr("Copy value"), m_view);
    auto *pathAction = new QAction(tr("Copy path"), m_view);
    m_view->addAction(valueAction);
    m_view->addAction(pathAction);
    auto *findAction = new QAction(tr("Find in the data"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);

    connect(m_find, &QLineEdit::returnPressed, this, &JsonViewer::findNext);
    connect(next, &QPushButton::clicked, this, &JsonViewer::findNext);
    connect(copyValueButton, &QPushButton::clicked, this, &JsonViewer::copyValue);
    connect(copyPathButton, &QPushButton::clicked, this, &JsonViewer::copyPath);
    connect(valueAction, &QAction::triggered, this, &JsonViewer::copyValue);
    connect(pathAction, &QAction::triggered, this, &JsonViewer::copyPath);
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &JsonViewer::showPath);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_find, 1);
    bar->addWidget(next);
    bar->addWidget(copyValueButton);
    bar->addWidget(copyPathButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_path);
}

JsonViewer::~JsonViewer()
{
    stopSearch();
}

void JsonViewer::setDocument(const json::Value &document)
{
    stopSearch();
    m_model->setDocument(document);
    m_path->clear();
}

void JsonViewer::clear()
{
    stopSearch();
    m_model->clear();
    m_path->clear();
}

void JsonViewer::stopSearch()
{
    if (m_search)
        m_search->cut();
    m_search.reset();
}

void JsonViewer::findNext()
{
    stopSearch();
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    const std::shared_ptr<WorkerLink> link = WorkerLink::to(this);
    m_search = link;
    m_path->setText(tr("Searching for %1…").arg(text));
    // A copy of the document (its values shared, not copied) stays alive for the search.
    QThreadPool::globalInstance()->start(
        [this, link, text, document = m_model->document(), start = m_model->rowsOf(m_view->currentIndex())] {
            const std::optional<std::vector<size_t>> rows =
                searchJson(document, start, text, [&link] { return link->isCut(); });
            link->post([this, link, text, rows] {
                if (link != m_search) // a newer search, or another document, since
                    return;
                m_search.reset();
                const QModelIndex found = rows ? m_model->reveal(*rows) : QModelIndex();
                if (!found.isValid()) {
                    m_path->setText(tr("Not found: %1").arg(text));
                    Q_EMIT searched(false);
                    return;
                }
                m_view->setCurrentIndex(found);
                m_view->scrollTo(found);
                Q_EMIT searched(true);
            });
        });
}

void JsonViewer::copyValue()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(QString::fromUtf8(m_model->valueText(current)));
}

void JsonViewer::copyPath()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(m_model->path(current));
}

void JsonViewer::showPath()
{
    const QModelIndex current = m_view->currentIndex();
    m_path->setText(current.isValid() ? m_model->path(current) : QString());
}

} // namespace zd
