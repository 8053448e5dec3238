// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "companiesview.h"
#include "companiesmodel.h"
#include "companyeditdialog.h"
#include "core/store/store.h"
#include "ui/commands/taskcontroller.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace jobprep {

CompaniesView::CompaniesView(ui::TaskController &controller, QWidget *parent, CompaniesModel::NextTasks nextTasks)
    : QWidget(parent), m_controller(controller),
      m_model(new CompaniesModel(controller.service(), this, std::move(nextTasks))), m_table(new QTableView),
      m_history(new QListWidget), m_stage(new QComboBox)
{
    setObjectName(QStringLiteral("companiesView"));
    m_table->setObjectName(QStringLiteral("companiesTable"));
    m_table->setAccessibleName(tr("Companies"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_history->setObjectName(QStringLiteral("stageHistory"));
    m_history->setAccessibleName(tr("Stage history"));
    m_stage->setObjectName(QStringLiteral("stage"));
    m_stage->setAccessibleName(tr("Stage"));
    for (const QString &s : allNames<Stage>())
        m_stage->addItem(displayName(*fromString<Stage>(s)), s);
    auto *setStageButton = new QPushButton(tr("Set stage"));
    setStageButton->setObjectName(QStringLiteral("setStage"));
    auto *edit = new QPushButton(tr("Edit company…"));
    edit->setObjectName(QStringLiteral("editCompany"));
    auto *add = new QPushButton(tr("New company…"));
    add->setObjectName(QStringLiteral("newCompany"));
    connect(edit, &QPushButton::clicked, this, &CompaniesView::editCurrent);
    connect(add, &QPushButton::clicked, this, &CompaniesView::addCompany);
    connect(m_table, &QTableView::doubleClicked, this, &CompaniesView::editCurrent);
    auto *remove = new QPushButton(tr("Delete company"));
    remove->setObjectName(QStringLiteral("deleteCompany"));
    connect(setStageButton, &QPushButton::clicked, this, [this] {
        setStage(*fromString<Stage>(m_stage->currentData().toString()));
    });
    connect(remove, &QPushButton::clicked, this, &CompaniesView::deleteCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CompaniesView::showHistory);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CompaniesView::showHistory);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompaniesView::showHistory);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CompaniesView::showHistory);

    m_forCurrent = {m_stage, setStageButton, edit, remove};
    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Stage history")));
    side->addWidget(m_history, 1);
    side->addWidget(m_stage);
    side->addWidget(setStageButton);
    side->addWidget(edit);
    side->addWidget(add);
    side->addWidget(remove);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_table, 3);
    layout->addLayout(side, 1);
    showHistory();
}

int CompaniesView::currentRow() const
{
    // The selected row (a click, the keyboard, or a screen reader selecting it), else the current one.
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        return selected.first().row();
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.row() : -1;
}

Id CompaniesView::currentCompany() const
{
    const int row = currentRow();
    return row >= 0 ? m_model->companyAt(row).id : 0;
}

void CompaniesView::showHistory()
{
    m_history->clear();
    const int row = currentRow();
    for (QWidget *w : std::as_const(m_forCurrent))
        w->setEnabled(row >= 0);
    if (row < 0)
        return;
    const Company &c = m_model->companyAt(row);
    for (const StageChange &s : c.history)
        m_history->addItem(s.date.toString(Qt::ISODate) + QStringLiteral("  ") + displayName(s.stage));
    // The box under the table starts at the selected company's stage, so "Set stage" changes it
    // from what it is.
    m_stage->setCurrentIndex(m_stage->findData(toString(c.stage)));
}

void CompaniesView::setStage(Stage stage)
{
    if (const Id id = currentCompany())
        m_controller.setCompanyStage(id, stage);
}

void CompaniesView::editCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Company before = m_model->companyAt(row);
    CompanyEditDialog dialog(m_controller.store(), before, this);
    if ((m_runDialog ? m_runDialog(dialog) : dialog.exec()) != QDialog::Accepted || !dialog.problem().isEmpty())
        return;
    const Company after = dialog.company();
    if (after.name != before.name || after.interest != before.interest || after.website != before.website ||
        after.notes != before.notes || after.codingTestNotes != before.codingTestNotes)
        m_controller.editCompany(after);
}

void CompaniesView::addCompany()
{
    CompanyEditDialog dialog(m_controller.store(), Company{}, this);
    if ((m_runDialog ? m_runDialog(dialog) : dialog.exec()) != QDialog::Accepted || !dialog.problem().isEmpty())
        return;
    m_controller.addCompany(dialog.company());
}

void CompaniesView::deleteCurrent()
{
    if (const Id id = currentCompany())
        m_controller.deleteCompany(id);
}

} // namespace jobprep
