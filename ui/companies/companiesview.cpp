// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "companiesview.h"
#include "companiesmodel.h"
#include "core/store/store.h"
#include "ui/commands/companycommands.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include "companyeditdialog.h"
#include "core/store/store.h"
#include "ui/common/messagebox.h"
#include <QVBoxLayout>

namespace jobprep {

CompaniesView::CompaniesView(Store &store, QUndoStack *undoStack, QWidget *parent, CompaniesModel::NextTasks nextTasks)
    : QWidget(parent), m_store(store), m_undo(undoStack), m_model(new CompaniesModel(store, this, std::move(nextTasks))),
      m_table(new QTableView), m_history(new QListWidget)
{
    setObjectName(QStringLiteral("companiesView"));
    m_table->setObjectName(QStringLiteral("companiesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_history->setObjectName(QStringLiteral("stageHistory"));
    auto *stage = new QComboBox;
    stage->setObjectName(QStringLiteral("stage"));
    for (const QString &s : allNames<Stage>())
        stage->addItem(displayName(*fromString<Stage>(s)), s);
    auto *setStageButton = new QPushButton(tr("Set stage"));
    auto *edit = new QPushButton(tr("Edit company…"));
    edit->setObjectName(QStringLiteral("editCompany"));
    auto *add = new QPushButton(tr("New company…"));
    add->setObjectName(QStringLiteral("newCompany"));
    connect(edit, &QPushButton::clicked, this, &CompaniesView::editCurrent);
    connect(add, &QPushButton::clicked, this, &CompaniesView::addCompany);
    connect(m_table, &QTableView::doubleClicked, this, &CompaniesView::editCurrent);
    auto *remove = new QPushButton(tr("Delete company"));
    remove->setObjectName(QStringLiteral("deleteCompany"));
    connect(setStageButton, &QPushButton::clicked, this, [this, stage] {
        setStage(*fromString<Stage>(stage->currentData().toString()));
    });
    connect(remove, &QPushButton::clicked, this, &CompaniesView::deleteCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CompaniesView::showHistory);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompaniesView::showHistory);

    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Stage history")));
    side->addWidget(m_history, 1);
    side->addWidget(stage);
    side->addWidget(setStageButton);
    side->addWidget(edit);
    side->addWidget(add);
    side->addWidget(remove);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_table, 3);
    layout->addLayout(side, 1);
}

Id CompaniesView::currentCompany() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->index(i.row(), 0).data(CompaniesModel::IdRole).toLongLong() : 0;
}

void CompaniesView::showHistory()
{
    m_history->clear();
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    for (const StageChange &s : m_model->companyAt(i.row()).history)
        m_history->addItem(s.date.toString(Qt::ISODate) + QStringLiteral("  ") + displayName(s.stage));
}

void CompaniesView::setStage(Stage stage)
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    const Company before = m_model->companyAt(i.row());
    if (before.stage == stage)
        return;
    Company after = before;
    after.stage = stage;
    m_undo->push(new EditCompanyCommand(m_store, before, after));
}

void CompaniesView::editCurrent()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    const Company before = m_model->companyAt(i.row());
    CompanyEditDialog dialog(m_store, before, this);
    if ((m_runDialog ? m_runDialog(dialog) : dialog.exec()) != QDialog::Accepted || !dialog.problem().isEmpty())
        return;
    const Company after = dialog.company();
    if (after.name != before.name || after.interest != before.interest || after.website != before.website ||
        after.notes != before.notes || after.codingTestNotes != before.codingTestNotes)
        m_undo->push(new EditCompanyCommand(m_store, before, after));
}

void CompaniesView::addCompany()
{
    CompanyEditDialog dialog(m_store, Company{}, this);
    if ((m_runDialog ? m_runDialog(dialog) : dialog.exec()) != QDialog::Accepted || !dialog.problem().isEmpty())
        return;
    try {
        m_store.addCompany(dialog.company());
    } catch (const DbError &e) {
        ui::MessageBox::critical(this, tr("Company not added"), e.message());
    }
}

void CompaniesView::deleteCurrent()
{
    if (const Id id = currentCompany())
        m_undo->push(new DeleteCompanyCommand(m_store, id));
}

} // namespace jobprep
