// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/weeklyplan.h"
#include "planexportdialog.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>
#include <array>
#include <functional>

class QLabel;
class QListWidget;
class QPrinter;

namespace jobprep {

class PlanDayColumn;
class Service;
struct ChangeSet;

// The weekly plan: seven day columns with previous / this / next week, a capacity bar per day,
// the at-risk and next-week lists, and the exports. Follows the service's change sets and its clock
// (a new day moves "this week" and the days that are past); while the view is hidden (another tab) a
// change only marks it out of date, and it reads the week again when shown, so that a drag on the
// board does not wait for a plan nobody sees. Any change may move every block of the week (the
// planner fills the days in order), so the week is planned again, not patched.
class PlanView : public QWidget
{
    Q_OBJECT
public:
    explicit PlanView(QWidget *parent = nullptr);

    void setService(Service *service);
    void setToday(const QDate &today); // invalid (default): the service's clock
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; } // for the calendar export
    QDate week() const { return m_plan.monday; }
    const WeeklyPlan &plan() const { return m_plan; }
    PlanDayColumn *dayColumn(int index) const { return m_days.at(std::size_t(index)); }

    // Test seams for the modal parts: where to export (instead of the dialogs) and the print dialog.
    using TargetChooser = std::function<std::optional<PlanExportTarget>(std::optional<PlanFormat> fixed)>;
    void setTargetChooser(TargetChooser chooser) { m_chooser = std::move(chooser); }
    using PrintDialogSeam = std::function<bool(QPrinter *printer)>;
    void setPrintDialog(PrintDialogSeam seam) { m_printDialog = std::move(seam); }

public Q_SLOTS:
    void setWeek(const QDate &anyDayOfWeek);
    void previousWeek();
    void nextWeek();
    void thisWeek();
    void refresh();
    void exportWeek();
    void exportPdf();
    void print();

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void taskActivated(jobprep::Id taskId);
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    void apply(const ChangeSet &changes);
    void dayChanged(const QDate &previous);
    void recordPlan();
    QDate today() const;
    void exportTo(std::optional<PlanFormat> fixed);
    void fail(const QString &message);

    QPointer<Service> m_service;
    QDate m_shownToday; // the day "today" was when the week was last planned
    QDate m_today;
    QDate m_monday;
    bool m_outOfDate = false; // the store changed while hidden
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    WeeklyPlan m_plan;
    QLabel *m_title;
    std::array<PlanDayColumn *, 7> m_days{};
    QListWidget *m_atRisk;
    QListWidget *m_nextWeek;
    TargetChooser m_chooser;
    PrintDialogSeam m_printDialog;
};

} // namespace jobprep
