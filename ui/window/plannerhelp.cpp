// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "plannerhelp.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace jobprep::ui {
namespace {

QString signedPoints(int v) { return v >= 0 ? QStringLiteral("+%1").arg(v) : QStringLiteral("−%1").arg(-v); }

} // namespace

PlannerHelpDialog::PlannerHelpDialog(const Settings &settings, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("plannerHelpDialog"));
    setWindowTitle(tr("How the planner decides"));
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("plannerHelpText"));
    browser->setHtml(html(settings));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(640, 620);
}

QString PlannerHelpDialog::html(const Settings &s)
{
    QString kinds;
    for (int k = 0; k < int(s.kindBase.size()); ++k)
        kinds += QStringLiteral("<li>%1: %2</li>").arg(displayName(Kind(k)).toHtmlEscaped()).arg(s.kindBase[k]);
    double weekHours = 0;
    for (double h : s.capacityHours)
        weekHours += h;
    QString page;
    page += QStringLiteral("<h2>%1</h2>").arg(tr("How the planner decides"));
    page += QStringLiteral("<p>%1</p>")
                .arg(tr("Every open task gets an importance and an urgency score from 0 to 100. Together they "
                        "place it on one of four quadrants. Open a task to see the breakdown of its own scores."));
    page += QStringLiteral("<h3>%1</h3><p>%2</p><ul>%3</ul>")
                .arg(tr("Importance"),
                     tr("Hiring advice for AI and data roles ranks portfolio projects first, study and community "
                        "next, and certificates low. Each kind starts from a base:"),
                     kinds);
    page += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li><li>%5</li></ul>")
                .arg(tr("%1 when it closes a requirement line (자격요건)").arg(signedPoints(s.requirementBonus)),
                     tr("%1 when it closes only duty lines (주요업무)").arg(signedPoints(s.dutyOnlyBonus)),
                     tr("%1 when it closes only preferred lines (우대사항)").arg(signedPoints(s.preferredOnlyPenalty)),
                     tr("%1 for each further posting that requires it, at most %2")
                         .arg(signedPoints(s.extraPostingBonus))
                         .arg(signedPoints(s.extraPostingMax)),
                     tr("%1 × (interest − 3) of the most interested company it serves").arg(s.interestWeight));
    page += QStringLiteral("<p>%1</p>")
                .arg(tr("A task is important from %1 points. Projects and study notes are always important, "
                        "and at equal urgency they come first in their pane.")
                         .arg(s.importantThreshold));
    page += QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                .arg(tr("Urgency"),
                     tr("The effective deadline is the earliest of the task's due date and the deadlines of the "
                        "postings it serves. Overdue is 100; from there urgency falls from 100 on the day to 20 "
                        "at 14 days out, and is 10 beyond; a task without a deadline has 0."),
                     tr("A task is urgent when it is overdue, due within %1 days, or when its estimate needs "
                        "more than half of the hours left before its deadline (you have %2 hours a week).")
                         .arg(s.urgencyWindowDays)
                         .arg(weekHours));
    page += QStringLiteral("<h3>%1</h3><ol><li><b>%2</b> — %3</li><li><b>%4</b> — %5</li>"
                           "<li><b>%6</b> — %7</li><li><b>%8</b> — %9</li></ol>")
                .arg(tr("The four quadrants"), displayName(Quadrant::DoFirst), tr("important and urgent"),
                     displayName(Quadrant::Schedule), tr("important, not urgent: the portfolio work that wins offers"),
                     displayName(Quadrant::Limit), tr("urgent, not important: keep it short"),
                     displayName(Quadrant::Drop), tr("neither: later, or never"));
    page += QStringLiteral("<p>%1</p>")
                .arg(tr("Drag a task to another pane (or press Ctrl+1…4) to pin it there; the planner then leaves it "
                        "where you put it and tells you where it would have placed it. Ctrl+0 lets the planner place "
                        "it again."));
    page += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("The weekly plan"),
                     tr("Habits come first on each day they apply, then Do first by deadline, then Schedule, then "
                        "Limit. %1% of the week is kept for Schedule work unless Do first cannot fit without it. "
                        "Tasks are split into blocks of at most %2 hours.")
                         .arg(qRound(s.protectedShare * 100))
                         .arg(s.blockHours));
    return page;
}

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to JobPrep Planner"));
    auto *text = new QLabel(
        tr("<h2>Welcome</h2><p>JobPrep Planner turns the postings of your target companies into a week of "
           "preparation: paste a posting, get its requirements (자격요건) as tasks, and let the planner place every "
           "task by urgency and importance — portfolio projects and study notes first.</p>"
           "<p>Start with an example job hunt to see how it works (you can delete it any time), or start with an "
           "empty plan.</p>"),
        this);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("welcomeText"));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *example = buttons->addButton(tr("Start with an example plan"), QDialogButtonBox::AcceptRole);
    QPushButton *empty = buttons->addButton(tr("Start empty"), QDialogButtonBox::RejectRole);
    example->setObjectName(QStringLiteral("startWithExample"));
    empty->setObjectName(QStringLiteral("startEmpty"));
    example->setDefault(true);
    connect(example, &QPushButton::clicked, this, [this] {
        m_choice = Example;
        accept();
    });
    connect(empty, &QPushButton::clicked, this, [this] {
        m_choice = Empty;
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace jobprep::ui
