// MainWindow: the response panels beyond the .ui form: the data tree, Compare, and the bar for bodies
// too large to render at once (Show anyway, Save body as).
#include "comparepanel.h"
#include "jsonviewer.h"
#include "mainwindow.h"
#include "prompts.h"
#include "resultpresenter.h"
#include "settings/settings.h"
#include "ui_mainwindow.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPromise>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QThreadPool>
#include <QVBoxLayout>

namespace zd {

void MainWindow::setUpBodyViews()
{
    m_viewer = new JsonViewer(this);
    m_ui->rawTabs->insertTab(m_ui->rawTabs->indexOf(m_ui->rawResponseViewTab) + 1, m_viewer,
                             tr("Data &tree"));
    m_compare = new ComparePanel(m_session, this);
    m_ui->rawTabs->insertTab(m_ui->rawTabs->indexOf(m_viewer) + 1, m_compare, tr("Co&mpare"));

    // Above the tabs, shown when a body is too large to render at once.
    m_largeBodyBar = new QWidget(this);
    m_largeBodyBar->setObjectName(QStringLiteral("largeBodyBar"));
    m_largeBodyLabel = new QLabel(m_largeBodyBar);
    m_largeBodyLabel->setWordWrap(true);
    auto *showAnyway = new QPushButton(tr("&Show anyway"), m_largeBodyBar);
    showAnyway->setObjectName(QStringLiteral("showAnywayButton"));
    auto *save = new QPushButton(tr("Save body &as…"), m_largeBodyBar);
    save->setObjectName(QStringLiteral("saveBodyButton"));
    auto *barLayout = new QHBoxLayout(m_largeBodyBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->addWidget(m_largeBodyLabel, 1);
    barLayout->addWidget(showAnyway);
    barLayout->addWidget(save);
    m_largeBodyBar->hide();
    connect(showAnyway, &QPushButton::clicked, this, &MainWindow::showLargeBodyAnyway);
    connect(save, &QPushButton::clicked, this, &MainWindow::saveResponseBody);

    // Above the tabs, shown while they hold a call reopened from the history.
    m_historyBanner = new QLabel(this);
    m_historyBanner->setObjectName(QStringLiteral("historyBannerLabel"));
    m_historyBanner->setWordWrap(true);
    m_historyBanner->setFrameShape(QFrame::StyledPanel);
    m_historyBanner->setMargin(4);
    m_historyBanner->hide();

    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    const int at = m_ui->mainSplitter->indexOf(m_ui->rawTabs);
    layout->addWidget(m_historyBanner);
    layout->addWidget(m_largeBodyBar);
    layout->addWidget(m_ui->rawTabs, 1); // reparents the tabs out of the splitter
    m_ui->mainSplitter->insertWidget(at, panel);
}

qsizetype MainWindow::renderLimit() const
{
    return settings::RenderLimitBytes.get(*m_settings);
}

void MainWindow::showLargeBodyAnyway()
{
    if (!m_last)
        return;
    m_largeBodyLabel->setText(tr("Rendering the body…"));
    auto promise = std::make_shared<QPromise<BodyTexts>>();
    auto *watcher = new QFutureWatcher<BodyTexts>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, call = m_callNumber] {
        watcher->deleteLater();
        if (call != m_callNumber) // another call has begun since: its panels are not overwritten
            return;
        showBodyTexts(*m_ui, watcher->result());
        m_largeBodyBar->hide();
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, result = *m_last] {
        promise->start();
        promise->addResult(renderBody(result, MaxRenderedBodyChars));
        promise->finish();
    });
}

void MainWindow::saveResponseBody()
{
    if (!m_last || m_last->response.status <= 0)
        return;
    const QString file = m_prompts->saveFile(tr("Save response body"), QStringLiteral("response-body"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    const QByteArray &body = m_last->response.body;
    if (!out.open(QIODevice::WriteOnly) || out.write(body) != body.size() || !out.commit()) {
        m_prompts->tell(tr("Body not saved"), tr("Cannot write %1: %2").arg(file, out.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Saved %1 bytes to %2.").arg(body.size()).arg(file), 5000);
}

void MainWindow::askRenderLimit()
{
    const std::optional<QString> answer = m_prompts->text(
        tr("Largest body shown as text"),
        tr("Bodies up to this many MB are rendered as text at once (larger ones when asked):"),
        QString::number(double(renderLimit()) / 1048576.0));
    if (!answer)
        return;
    bool ok = false;
    const double mb = answer->trimmed().toDouble(&ok);
    if (!ok || mb <= 0 || mb > 1024) {
        m_prompts->tell(tr("Setting not changed"), tr("Enter a number of MB from 0.1 to 1024."));
        return;
    }
    settings::RenderLimitBytes.set(*m_settings, qint64(mb * 1048576.0));
}

} // namespace zd
