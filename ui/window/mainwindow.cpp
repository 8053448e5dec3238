// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "core/service/clock.h"
#include "core/service/service.h"
#include "ui/board/boardstate.h"
#include "ui/board/boardview.h"
#include "ui/board/filterbar.h"
#include "ui/commands/taskcontroller.h"
#include "ui/companies/companiesdock.h"
#include "ui/habits/habitsyncer.h"

#include "ui/board/quadrantpane.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QListView>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace jobprep::ui {
namespace {

// How many rows of each pane the first paint reads: enough cards (two lines of text each, and
// more) to fill a pane as tall as the screen, with some to spare for scrolling.
int firstRows()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const int height = screen ? screen->availableGeometry().height() : 1080;
    const int card = 2 * QFontMetrics(QApplication::font()).height();
    // The panes sit two above two: each shows about half the screen's height of cards. A few more
    // than fit, for a pane made taller; the worker reads the rest right after the first paint.
    return std::clamp(height / 2 / std::max(card, 1) + 6, 16, 120);
}

} // namespace

MainWindow::MainWindow(Service &service, QWidget *parent)
    : QMainWindow(parent), m_service(service), m_store(service.store()),
      m_controller(new TaskController(service, this)),
      m_state(new BoardState(service, this, firstRows())),
      m_runDialog([](QDialog &d) { return d.exec(); })
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("JobPrep Planner"));
    m_controller->setDialogParent(this);
    buildCentral();
    addViews();
    createFileMenu();
    createEditMenu();
    createTaskMenu();
    createPostingMenu();
    createViewMenu();
    addHabits();
    createHelpMenu();
    restoreSettings();
    updateActions();
    // The rest of the board is read once the first rows are on the screen.
    m_board->pane(Quadrant::DoFirst)->view()->viewport()->installEventFilter(this);
    m_service.watchOtherWriters(kOtherWritersMs);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Back from another window (a terminal running jobprep-cli, a night's sleep): look at once.
    if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        m_service.clock().checkDay();
        m_service.checkForOtherWriters();
        if (m_habitSync)
            m_habitSync->syncIfDue();
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_board->pane(Quadrant::DoFirst)->view()->viewport()) {
        watched->removeEventFilter(this);
        // After the rest of this paint pass.
        QTimer::singleShot(0, this, [this] {
            if (!m_state->isComplete())
                m_state->startLoading();
            Q_EMIT firstPainted();
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCentral()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("boardPage"));
    m_filterBar = new FilterBar(page);
    m_board = new BoardView(*m_state, m_controller, page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_board, 1);
    m_tabs->addTab(page, tr("Board"));
    setCentralWidget(m_tabs);

    m_companies = new CompaniesDock(m_service, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_companies);

    connect(m_filterBar, &FilterBar::changed, this, &MainWindow::applyFilter);
    connect(m_companies, &CompaniesDock::companyChosen, this, &MainWindow::applyFilter);
    connect(m_board, &BoardView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_board, &BoardView::activated, this, &MainWindow::editTask);
}

int MainWindow::addView(QWidget *view, const QString &title) { return m_tabs->addTab(view, title); }

void MainWindow::applyFilter()
{
    BoardFilter f = m_state->filter();
    m_filterBar->applyTo(f);
    f.companyId = m_companies->selectedCompany();
    m_state->setFilter(f);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    s.setValue(QStringLiteral("mainWindow/state"), saveState());
    s.setValue(QStringLiteral("board/splitters"), m_board->saveState());
    const BoardFilter &f = m_state->filter();
    s.setValue(QStringLiteral("filter/text"), f.text);
    s.setValue(QStringLiteral("filter/kind"), f.kind ? toString(*f.kind) : QString());
    s.setValue(QStringLiteral("filter/showDone"), f.showDone);
    s.setValue(QStringLiteral("filter/company"), f.companyId);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(s.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_board->restoreState(s.value(QStringLiteral("board/splitters")).toByteArray());
    BoardFilter f;
    f.text = s.value(QStringLiteral("filter/text")).toString();
    f.kind = fromString<Kind>(s.value(QStringLiteral("filter/kind")).toString());
    f.showDone = s.value(QStringLiteral("filter/showDone"), false).toBool();
    m_filterBar->setFrom(f);
    // A remembered company that was deleted since falls back to every company.
    m_companies->selectCompany(s.value(QStringLiteral("filter/company"), 0).toLongLong());
    applyFilter();
}

} // namespace jobprep::ui
