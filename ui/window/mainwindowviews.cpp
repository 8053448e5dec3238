// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The tabs beside the board (week plan, companies, postings, skills), the posting paste dialog and
// the import with progress: the views other parts of the app provide, wired into the main window.
#include "core/service/dataservice.h"
#include "core/service/service.h"
#include "mainwindow.h"
#include "ui/board/boardstate.h"
#include "ui/commands/taskcontroller.h"
#include "ui/common/messagebox.h"
#include "ui/companies/companiesdock.h"
#include "ui/companies/companiesmodel.h"
#include "ui/companies/companiesview.h"
#include "ui/plan/planview.h"
#include "ui/postings/postingpastedialog.h"
#include "ui/postings/postingsview.h"
#include "ui/skills/skillsview.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <functional>
#include <utility>

namespace jobprep::ui {

namespace {

// A tab page whose view is built the first time the page is shown. The week plan, the companies
// table and the skills chart each read and place every task; at 100 000 tasks building them with
// the window held up the board's first paint by seconds, for tabs that may never be opened.
class LazyPage : public QWidget
{
public:
    LazyPage(const QString &name, std::function<QWidget *(QWidget *parent)> build, QWidget *parent)
        : QWidget(parent), m_build(std::move(build))
    {
        setObjectName(name);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
    }

    // Builds the view now, if it is not yet (it is when the page is first shown).
    void build()
    {
        if (m_build) {
            const auto build = std::exchange(m_build, nullptr);
            QWidget *view = build(this);
            layout()->addWidget(view);
            view->show(); // now, so that the same paint (or a screenshot) has it
        }
    }

protected:
    void showEvent(QShowEvent *event) override
    {
        build();
        QWidget::showEvent(event);
    }

private:
    std::function<QWidget *(QWidget *parent)> m_build;
};

} // namespace

void MainWindow::addViews()
{
    m_tabs->addTab(new LazyPage(QStringLiteral("planPage"), [this](QWidget *parent) {
        auto *plan = new PlanView(parent);
        plan->setObjectName(QStringLiteral("planView"));
        plan->setService(&m_service);
        connect(plan, &PlanView::taskActivated, this, &MainWindow::editTask);
        connect(plan, &PlanView::exported, this,
                [this](const QString &path) { statusBar()->showMessage(tr("Exported %1").arg(path), 5000); });
        connect(plan, &PlanView::exportFailed, this,
                [this](const QString &message) { MessageBox::critical(this, tr("Export failed"), message); });
        return plan;
    }, m_tabs), tr("Week plan"));

    m_tabs->addTab(new LazyPage(QStringLiteral("companiesPage"), [this](QWidget *parent) {
        // The next task of each company comes off the board the window already holds: placing every
        // task again took about half a second at 100 000 tasks, on every task change.
        auto *companies = new CompaniesView(*m_controller, parent, [this] { return m_state->board().nextTaskTitles(); });
        companies->setObjectName(QStringLiteral("companiesView"));
        // Until the whole board has arrived it holds the first rows of each pane only.
        connect(m_state, &BoardState::completed, companies->model(), &CompaniesModel::refreshNextTasks);
        return companies;
    }, m_tabs), tr("Companies"));

    m_tabs->addTab(new LazyPage(QStringLiteral("postingsPage"), [this](QWidget *parent) {
        auto *postings = new PostingsView(*m_controller, parent);
        m_postings = postings;
        postings->setCompany(m_companies->selectedCompany());
        connect(m_companies, &CompaniesDock::companyChosen, postings, &PostingsView::setCompany);
        connect(postings, &PostingsView::pasteRequested, this, &MainWindow::addPosting);
        connect(postings, &PostingsView::taskActivated, this, &MainWindow::editTask);
        connect(postings, &PostingsView::makeTaskRequested, this, &MainWindow::addTaskFor);
        connect(postings, &PostingsView::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 8000); });
        return postings;
    }, m_tabs), tr("Postings"));

    m_tabs->addTab(new LazyPage(QStringLiteral("skillsPage"), [this](QWidget *parent) {
        auto *skills = new SkillsView(m_service, parent);
        skills->setObjectName(QStringLiteral("skillsView"));
        return skills;
    }, m_tabs), tr("Skills"));
}

void MainWindow::createPostingMenu()
{
    QMenu *m = menuBar()->addMenu(tr("&Posting"));
    m->setObjectName(QStringLiteral("postingMenu"));
    QAction *paste = makeAction("actionAddPosting", tr("&Add posting from text…"),
                                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)});
    connect(paste, &QAction::triggered, this, &MainWindow::addPosting);
    m->addAction(paste);
    QAction *import = makeAction("actionImport", tr("&Import JSON…"), {QKeySequence(Qt::CTRL | Qt::Key_I)});
    connect(import, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QString(), tr("JSON (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    m->addAction(import);
}

void MainWindow::addPosting()
{
    PostingPasteDialog dialog(*m_controller, this);
    // Filtered to a company: the posting is most likely for it.
    if (const auto company = m_store.company(m_companies->selectedCompany()))
        dialog.setCompany(company->name);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Posting saved: %1 tasks created, %2 linked")
                                 .arg(dialog.result().createdTasks.size())
                                 .arg(dialog.result().linkedTasks.size()),
                             8000);
    if (m_postings)
        m_postings->selectPosting(dialog.result().postingId);
}

PostingsView *MainWindow::postingsView()
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->objectName() == QLatin1String("postingsPage")) {
            static_cast<LazyPage *>(m_tabs->widget(i))->build();
            m_tabs->setCurrentIndex(i);
        }
    return m_postings;
}

bool MainWindow::importFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("Import failed"), tr("%1: %2").arg(path, f.errorString()));
        return false;
    }
    QProgressDialog progress(tr("Importing %1…").arg(path), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    try {
        const ImportSummary s = m_service.data().importJson(f.readAll(), [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        });
        statusBar()->showMessage(tr("Imported %1 companies, %2 postings, %3 tasks")
                                     .arg(s.companiesAdded)
                                     .arg(s.postings)
                                     .arg(s.tasks),
                                 8000);
        return true;
    } catch (const ImportError &e) {
        MessageBox::critical(this, tr("Nothing was imported"), tr("%1: %2").arg(path, e.message()));
    } catch (const DbError &e) {
        MessageBox::critical(this, tr("Nothing was imported"), e.message());
    }
    return false;
}

void MainWindow::switchDatabase(const QString &path, bool create)
{
    if (create && QFile::exists(path)) {
        MessageBox::critical(this, tr("Not a new file"),
                             tr("%1 already exists; choose a new name, or use Open another… for it.").arg(path));
        return;
    }
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), path})) {
        MessageBox::critical(this, tr("Cannot switch"), tr("JobPrep could not be started on %1.").arg(path));
        return;
    }
    close();
}

} // namespace jobprep::ui
