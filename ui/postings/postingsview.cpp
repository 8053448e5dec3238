// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingsview.h"
#include "core/domain/dates.h"
#include "postingeditdialog.h"
#include "postinglinesmodel.h"
#include "postingsfilter.h"
#include "postingsmodel.h"
#include "ui/commands/taskcontroller.h"
#include "ui/common/messagebox.h"
#include "ui/common/rowheight.h"
#include "ui/common/urlopener.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace jobprep::ui {
namespace {

QPushButton *button(const QString &text, const char *objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(objectName));
    return b;
}

} // namespace

PostingsView::PostingsView(TaskController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_model(new PostingsModel(controller.service(), this)),
      m_filter(new PostingsFilter(this)), m_lines(new PostingLinesModel(controller.service(), this)),
      m_table(new QTableView), m_linesView(new QTreeView), m_header(new QLabel), m_details(new QStackedWidget)
{
    setObjectName(QStringLiteral("postingsView"));
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("postingsTable"));
    m_table->setAccessibleName(tr("Postings"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PostingsModel::Deadline, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(mixedScriptRowHeight(m_table) + 4);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PostingsModel::Title, QHeaderView::Stretch);
    header->resizeSection(PostingsModel::CompanyColumn, 150);
    header->resizeSection(PostingsModel::RoleColumn, 130);
    header->resizeSection(PostingsModel::Deadline, 150);
    header->resizeSection(PostingsModel::Readiness, 110);
    header->resizeSection(PostingsModel::Url, 260);

    m_lines->setTick([this](Id lineId, bool met) { return m_controller.setEligibilityMet({lineId}, met); });
    m_linesView->setObjectName(QStringLiteral("postingLines"));
    m_linesView->setAccessibleName(tr("The posting's lines"));
    m_linesView->setModel(m_lines);
    m_linesView->setRootIsDecorated(false);
    m_lines->setRowHeight(mixedScriptRowHeight(m_linesView) + 2);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_linesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linesView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_linesView->header()->setStretchLastSection(false);
    m_linesView->header()->setSectionResizeMode(PostingLinesModel::LineColumn, QHeaderView::Stretch);
    m_linesView->header()->setSectionResizeMode(PostingLinesModel::TaskColumn, QHeaderView::Interactive);
    m_linesView->header()->setSectionResizeMode(PostingLinesModel::StatusColumn, QHeaderView::Fixed);
    m_linesView->header()->resizeSection(PostingLinesModel::TaskColumn, 380);
    // Wide enough for the longest status ("done ✓", and its translations), measured once.
    int statusWidth = m_linesView->fontMetrics().horizontalAdvance(
        m_lines->headerData(PostingLinesModel::StatusColumn, Qt::Horizontal).toString());
    for (const QString &s : PostingLinesModel::statusNames())
        statusWidth = std::max(statusWidth, m_linesView->fontMetrics().horizontalAdvance(s));
    m_linesView->header()->resizeSection(PostingLinesModel::StatusColumn, statusWidth + 24);

    m_header->setObjectName(QStringLiteral("postingHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_header, &QLabel::linkActivated, this, [this] { openUrl(); });

    buildActions();
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *b : {m_edit, m_reparse, m_open, m_delete})
        listButtons->addWidget(b);
    listButtons->addStretch(1);
    auto *paste = button(tr("Paste a posting…"), "pastePosting", this);
    paste->setToolTip(tr("Add a posting from its text (Ctrl+Shift+V)"));
    connect(paste, &QPushButton::clicked, this, [this] { Q_EMIT pasteRequested(m_filter->company()); });
    listButtons->addWidget(paste);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(listButtons);

    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_makeTask);
    lineButtons->addWidget(m_moveLine);
    lineButtons->addStretch(1);
    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_linesView, 1);
    detailLayout->addLayout(lineButtons);
    auto *empty =
        new QLabel(tr("No posting chosen. Paste one with Paste a posting… (Ctrl+Shift+V): its requirements "
                      "become tasks, and it is listed here with its deadline and readiness."));
    empty->setObjectName(QStringLiteral("postingsEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_details->addWidget(empty);
    m_details->addWidget(detail);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("postingsSplitter"));
    split->addWidget(top);
    split->addWidget(m_details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PostingsView::showCurrent);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        if (i.column() == PostingsModel::Url)
            openUrl();
        else
            editCurrent();
    });
    // Rows come and go with the change sets; keep a posting chosen, and its header current.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &PostingsView::ensureSelection);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PostingsView::ensureSelection);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &PostingsView::updateHeader);
    connect(m_lines, &PostingLinesModel::reloaded, this, [this] {
        updateHeader();
        updateActions();
    });
    connect(m_linesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PostingsView::updateActions);
    connect(m_linesView, &QTreeView::doubleClicked, this, &PostingsView::lineActivated);
    connect(m_linesView, &QWidget::customContextMenuRequested, this, &PostingsView::linesMenu);
    ensureSelection();
}

void PostingsView::buildActions()
{
    m_edit = button(tr("Edit…"), "editPosting", this);
    m_edit->setToolTip(tr("Change the title, role, deadline or URL (Enter)"));
    m_reparse = button(tr("Re-parse"), "reparsePosting", this);
    m_reparse->setToolTip(
        tr("Read the lines again from the stored text: lines whose text is unchanged keep their "
           "tasks and ticks"));
    m_open = button(tr("Open URL"), "openPostingUrl", this);
    m_delete = button(tr("Delete"), "deletePosting", this);
    m_delete->setToolTip(
        tr("Delete the posting and its lines; its tasks stay (Delete; Ctrl+Z brings it back)"));
    m_makeTask = button(tr("Make a task…"), "makeTask", this);
    m_makeTask->setToolTip(tr("A task for the chosen requirement or preferred line, linked to it"));
    m_moveLine = button(tr("Move to section"), "moveLine", this);
    m_moveMenu = new QMenu(m_moveLine);
    for (const Section s :
         {Section::Duty, Section::Requirement, Section::Preferred, Section::Eligibility, Section::Other}) {
        QAction *a = m_moveMenu->addAction(displayName(s));
        a->setObjectName(QStringLiteral("moveTo") + toString(s));
        a->setData(int(s));
        connect(a, &QAction::triggered, this, [this, s] { moveCurrentLine(s); });
    }
    m_moveLine->setMenu(m_moveMenu);
    connect(m_edit, &QPushButton::clicked, this, &PostingsView::editCurrent);
    connect(m_reparse, &QPushButton::clicked, this, &PostingsView::reparseCurrent);
    connect(m_open, &QPushButton::clicked, this, &PostingsView::openUrl);
    connect(m_delete, &QPushButton::clicked, this, &PostingsView::deleteCurrent);
    connect(m_makeTask, &QPushButton::clicked, this, &PostingsView::makeTaskForCurrentLine);

    // Keys on the list only: the board's Delete and Enter act on cards.
    auto key = [this](const QKeySequence &sequence, void (PostingsView::*slot)()) {
        auto *a = new QAction(m_table);
        a->setShortcut(sequence);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_table->addAction(a);
    };
    key(QKeySequence(Qt::Key_Delete), &PostingsView::deleteCurrent);
    key(QKeySequence(Qt::Key_Return), &PostingsView::editCurrent);
    key(QKeySequence(Qt::Key_Enter), &PostingsView::editCurrent);
}

int PostingsView::runDialog(QDialog &dialog)
{
    return m_runDialog ? m_runDialog(dialog) : dialog.exec();
}

void PostingsView::setCompany(Id companyId)
{
    m_filter->setCompany(companyId);
    ensureSelection();
}

Id PostingsView::currentPosting() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(PostingsModel::IdRole).toLongLong() : 0;
}

void PostingsView::selectPosting(Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex i = m_filter->mapFromSource(m_model->index(row, 0));
    if (!i.isValid()) { // filtered out: show every company's postings
        setCompany(0);
        return selectPosting(id);
    }
    m_table->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    m_table->scrollTo(i);
}

Id PostingsView::currentLine() const
{
    const QModelIndex i = m_linesView->currentIndex();
    return i.isValid() ? i.data(PostingLinesModel::LineIdRole).toLongLong() : 0;
}

void PostingsView::selectLine(Id lineId)
{
    const int row = m_lines->rowOfLine(lineId);
    if (row >= 0)
        m_linesView->selectionModel()->setCurrentIndex(
            m_lines->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PostingsView::ensureSelection()
{
    if (m_table->currentIndex().isValid()) {
        if (currentPosting() != m_lines->posting())
            showCurrent();
        return;
    }
    if (m_filter->rowCount() == 0) {
        showCurrent();
        return;
    }
    // The first posting still open, else the first.
    int row = 0;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        if (m_model->isOpen(m_filter->mapToSource(m_filter->index(r, 0)).row())) {
            row = r;
            break;
        }
    m_table->selectionModel()->setCurrentIndex(m_filter->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                            QItemSelectionModel::Rows);
}

void PostingsView::showCurrent()
{
    const Id id = currentPosting();
    if (id != m_lines->posting())
        m_lines->setPosting(id);
    m_details->setCurrentIndex(id ? 1 : 0);
    updateHeader();
    updateActions();
}

void PostingsView::updateHeader()
{
    const auto &o = m_lines->overview();
    if (!o) {
        m_header->clear();
        return;
    }
    const Posting &p = o->posting;
    const QDate today = m_controller.today();
    QStringList facts{
        o->company.toHtmlEscaped(), displayName(p.role).toHtmlEscaped(),
        p.deadline.isValid()
            ? tr("deadline %1 (%2)").arg(p.deadline.toString(Qt::ISODate), dDay(p.deadline, today))
            : tr("no deadline"),
        tr("readiness %1").arg(o->readiness.text())};
    QString html = QStringLiteral("<b style=\"font-size:large\">%1</b><br>%2")
                       .arg(p.title.toHtmlEscaped(), facts.join(QStringLiteral(" · ")));
    if (!p.url.isEmpty())
        html += QStringLiteral("<br><a href=\"open\">%1</a>").arg(p.url.toHtmlEscaped());
    m_header->setText(html);
}

void PostingsView::updateActions()
{
    const auto &o = m_lines->overview();
    const bool any = o.has_value();
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
    m_open->setEnabled(any && UrlOpener::isWebAddress(o->posting.url));
    const bool hasText = any && !o->posting.rawText.trimmed().isEmpty();
    m_reparse->setEnabled(hasText);
    m_reparse->setToolTip(hasText || !any
                              ? tr("Read the lines again from the stored text: lines whose text is "
                                   "unchanged keep their tasks and ticks")
                              : tr("This posting has no stored text to read its lines from again."));
    const LineOverview *line = m_lines->lineAt(m_linesView->currentIndex().row());
    m_makeTask->setEnabled(line && line->takesTask());
    m_moveLine->setEnabled(line != nullptr);
    if (line)
        for (QAction *a : m_moveMenu->actions())
            a->setEnabled(a->data().toInt() != int(line->line.section));
}

void PostingsView::editCurrent()
{
    const auto &o = m_lines->overview();
    if (!o)
        return;
    PostingEditDialog dialog(o->posting, m_controller.today(), this);
    if (runDialog(dialog) != QDialog::Accepted || !dialog.problem().isEmpty())
        return;
    const Id id = o->posting.id;
    if (m_controller.editPosting(id, dialog.details()))
        selectPosting(id); // a new deadline may have moved its row
}

void PostingsView::deleteCurrent()
{
    const auto &o = m_lines->overview();
    if (!o)
        return;
    const QString title = o->posting.title;
    if (m_controller.deletePosting(o->posting.id))
        Q_EMIT message(
            tr("Deleted the posting %1; its tasks stay. Undo (Ctrl+Z) brings it back.").arg(title));
}

bool PostingsView::openUrl()
{
    const auto &o = m_lines->overview();
    if (!o || o->posting.url.isEmpty())
        return false;
    if (UrlOpener::open(o->posting.url))
        return true;
    MessageBox::warning(
        this, tr("Open URL"),
        UrlOpener::isWebAddress(o->posting.url)
            ? tr("No browser could open %1.").arg(o->posting.url)
            : tr("%1 is not a web address (http or https), so it is not opened.").arg(o->posting.url));
    return false;
}

void PostingsView::lineActivated(const QModelIndex &index)
{
    const LineOverview *line = m_lines->lineAt(index.row());
    if (!line)
        return;
    if (!line->tasks.isEmpty())
        Q_EMIT taskActivated(line->tasks.first().taskId);
    else if (line->takesTask())
        makeTaskForCurrentLine();
}

void PostingsView::linesMenu(const QPoint &pos)
{
    const QModelIndex index = m_linesView->indexAt(pos);
    const LineOverview *line = m_lines->lineAt(index.row());
    if (!line)
        return;
    QMenu menu(this);
    for (const Store::LineTask &t : line->tasks)
        connect(menu.addAction(tr("Open task #%1 %2").arg(t.taskId).arg(t.title)), &QAction::triggered, this,
                [this, id = t.taskId] { Q_EMIT taskActivated(id); });
    if (line->takesTask())
        connect(menu.addAction(tr("Make a task…")), &QAction::triggered, this,
                &PostingsView::makeTaskForCurrentLine);
    menu.addMenu(m_moveMenu)->setText(tr("Move to section"));
    menu.exec(m_linesView->viewport()->mapToGlobal(pos));
}

void PostingsView::moveCurrentLine(Section section)
{
    const LineOverview *line = m_lines->lineAt(m_linesView->currentIndex().row());
    if (!line || line->line.section == section)
        return;
    const Id lineId = line->line.id;
    if (m_controller.setLineSection(m_lines->posting(), lineId, section))
        selectLine(lineId);
}

} // namespace jobprep::ui
