// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "core/placement/placement.h"

#include <gtest/gtest.h>

using namespace jobprep;
using jobprep::test::makeTask;

namespace {

const QDate kToday(2026, 11, 28); // a Saturday

LinkInfo link(Section s, Id posting = 1, const QDate &deadline = {}, int interest = 3)
{
    return {s, posting, deadline, interest};
}

Placement place(const Task &t, const QList<LinkInfo> &links = {}, int companyInterest = 0,
                const Settings &s = Settings())
{
    return Placer(s).place(t, links, companyInterest, kToday);
}

int points(const QList<WhyItem> &why, const QString &prefix)
{
    for (const WhyItem &w : why)
        if (w.factor.startsWith(prefix))
            return w.points;
    return 0;
}

} // namespace

TEST(Placement, ProjectWithoutDeadlineGoesToSchedule)
{
    const Placement p = place(makeTask(QStringLiteral("Spark pipeline portfolio"), Kind::Project));
    EXPECT_EQ(p.importance, 70);
    EXPECT_EQ(p.urgency, 0);
    EXPECT_TRUE(p.important);
    EXPECT_FALSE(p.urgent);
    EXPECT_EQ(p.quadrant, Quadrant::Schedule);
}

TEST(Placement, KindBaseFollowsHiringAdvice)
{
    const Settings s;
    EXPECT_EQ(place(makeTask(QStringLiteral("a"), Kind::Study)).importance, 65);
    EXPECT_EQ(place(makeTask(QStringLiteral("a"), Kind::Community)).importance, 55);
    EXPECT_EQ(place(makeTask(QStringLiteral("a"), Kind::CodingTest)).importance, 55);
    EXPECT_EQ(place(makeTask(QStringLiteral("a"), Kind::Interview)).importance, 50);
    EXPECT_EQ(place(makeTask(QStringLiteral("a"), Kind::Application)).importance, 50);
    EXPECT_EQ(place(makeTask(QStringLiteral("a"), Kind::Resume)).importance, 45);
    EXPECT_EQ(place(makeTask(QStringLiteral("a"), Kind::Other)).importance, 30);
    EXPECT_EQ(place(makeTask(QStringLiteral("a"), Kind::Certificate)).importance, 20);
}

TEST(Placement, CertificateDueInTwoDaysIsUrgentButNotImportant)
{
    const Placement p = place(makeTask(QStringLiteral("SQLD"), Kind::Certificate, kToday.addDays(2)));
    EXPECT_FALSE(p.important);
    EXPECT_TRUE(p.urgent);
    EXPECT_EQ(p.urgency, 89); // 100 - 80 * 2/14, rounded
    EXPECT_EQ(p.quadrant, Quadrant::Limit);
}

TEST(Placement, OverdueIsFullyUrgent)
{
    const Placement p = place(makeTask(QStringLiteral("Resume"), Kind::Resume, kToday.addDays(-2)));
    EXPECT_EQ(p.urgency, 100);
    EXPECT_TRUE(p.urgent);
    EXPECT_EQ(p.quadrant, Quadrant::Limit); // resume 45 < 50
}

TEST(Placement, UrgencyRampEndsAtTwentyAndTenBeyond)
{
    EXPECT_EQ(place(makeTask(QStringLiteral("a"), Kind::Other, kToday)).urgency, 100);
    EXPECT_EQ(place(makeTask(QStringLiteral("a"), Kind::Other, kToday.addDays(14), 0.5)).urgency, 20);
    EXPECT_EQ(place(makeTask(QStringLiteral("a"), Kind::Other, kToday.addDays(15), 0.5)).urgency, 10);
    EXPECT_FALSE(place(makeTask(QStringLiteral("a"), Kind::Other, kToday.addDays(4), 0.5)).urgent);
    EXPECT_TRUE(place(makeTask(QStringLiteral("a"), Kind::Other, kToday.addDays(3), 0.5)).urgent);
}

TEST(Placement, UrgencyWindowIsASetting)
{
    Settings s;
    s.urgencyWindowDays = 7;
    EXPECT_TRUE(place(makeTask(QStringLiteral("a"), Kind::Other, kToday.addDays(6), 0.5), {}, 0, s).urgent);
}

TEST(Placement, RequirementLinkAndInterestRaiseImportance)
{
    const Placement p = place(makeTask(QStringLiteral("Spark"), Kind::Study),
                              {link(Section::Requirement, 1, {}, 5)});
    EXPECT_EQ(p.importance, 65 + 15 + 6);
    EXPECT_EQ(points(p.importanceWhy, QStringLiteral("closes a requirement")), 15);
    EXPECT_EQ(points(p.importanceWhy, QStringLiteral("company interest")), 6);
}

TEST(Placement, DemandFromSeveralPostingsAddsUpToFifteen)
{
    const Task t = makeTask(QStringLiteral("Kafka"), Kind::Other);
    EXPECT_EQ(place(t, {link(Section::Requirement, 1)}).importance, 45);
    EXPECT_EQ(place(t, {link(Section::Requirement, 1), link(Section::Requirement, 2)}).importance, 50);
    EXPECT_EQ(place(t, {link(Section::Requirement, 1), link(Section::Requirement, 2),
                        link(Section::Requirement, 3)})
                  .importance,
              55);
    QList<LinkInfo> many;
    for (int i = 1; i <= 6; ++i)
        many << link(Section::Requirement, i);
    EXPECT_EQ(place(t, many).importance, 30 + 15 + 15);
    // Two lines of the same posting count once.
    EXPECT_EQ(place(t, {link(Section::Requirement, 1), link(Section::Requirement, 1)}).importance, 45);
}

TEST(Placement, DutyOnlyAndPreferredOnlyAdjustImportance)
{
    const Placement duty = place(makeTask(QStringLiteral("a"), Kind::Resume), {link(Section::Duty)});
    EXPECT_EQ(duty.importance, 50);
    EXPECT_TRUE(duty.important); // the threshold is inclusive
    const Placement pref = place(makeTask(QStringLiteral("a"), Kind::Interview), {link(Section::Preferred)});
    EXPECT_EQ(pref.importance, 40);
    EXPECT_FALSE(pref.important);
    const Placement both =
        place(makeTask(QStringLiteral("a"), Kind::Interview), {link(Section::Preferred), link(Section::Duty)});
    EXPECT_EQ(both.importance, 50);
}

TEST(Placement, EligibilityLinesCarryNoBonus)
{
    // A task linked (by hand) to an eligibility line is placed as if it closed no line: years and
    // degrees are not preparation, neither for importance nor for demand.
    const Task t = makeTask(QStringLiteral("a"), Kind::Interview);
    const Placement alone = place(t);
    const Placement eligibility = place(t, {link(Section::Eligibility, 1), link(Section::Eligibility, 2)});
    EXPECT_EQ(eligibility.importance, alone.importance);
    EXPECT_EQ(place(t, {link(Section::Eligibility), link(Section::Requirement)}).importance,
              place(t, {link(Section::Requirement)}).importance);
}

TEST(Placement, ProjectsAndStudyAreAlwaysImportant)
{
    const Placement p = place(makeTask(QStringLiteral("a"), Kind::Study), {link(Section::Preferred, 1, {}, 1)});
    EXPECT_EQ(p.importance, 65 - 10 - 6);
    EXPECT_TRUE(p.important);
    EXPECT_EQ(p.quadrant, Quadrant::Schedule);
}

TEST(Placement, PostingDeadlineIsTheEffectiveDeadline)
{
    const Placement p = place(makeTask(QStringLiteral("SQL"), Kind::Study, kToday.addDays(20)),
                              {link(Section::Requirement, 1, kToday.addDays(3))});
    EXPECT_EQ(p.effectiveDeadline, kToday.addDays(3));
    EXPECT_EQ(p.urgency, 83);
    EXPECT_EQ(p.quadrant, Quadrant::DoFirst);
}

TEST(Placement, ShortOfCapacityRaisesUrgency)
{
    // Sat 28 Nov .. Tue 8 Dec holds 6+6+3*5+6+6+3+3 = 45 hours.
    const QDate due = kToday.addDays(10);
    EXPECT_DOUBLE_EQ(capacityBetween(Settings(), kToday, due), 45.0);
    const Placement fits = place(makeTask(QStringLiteral("a"), Kind::Project, due, 22.5));
    EXPECT_FALSE(fits.urgent);
    EXPECT_EQ(fits.urgency, 43);
    const Placement tight = place(makeTask(QStringLiteral("a"), Kind::Project, due, 30));
    EXPECT_TRUE(tight.urgent);
    EXPECT_EQ(tight.urgency, 75);
    EXPECT_EQ(tight.quadrant, Quadrant::DoFirst);
    const Placement impossible = place(makeTask(QStringLiteral("a"), Kind::Project, due, 50));
    EXPECT_EQ(impossible.urgency, 100);
}

TEST(Placement, CapacityIsASetting)
{
    Settings s;
    s.capacityHours = {1, 1, 1, 1, 1, 1, 1};
    EXPECT_DOUBLE_EQ(capacityBetween(s, kToday, kToday.addDays(20)), 21.0);
    EXPECT_TRUE(place(makeTask(QStringLiteral("a"), Kind::Project, kToday.addDays(10), 6), {}, 0, s).urgent);
}

TEST(Placement, PinnedTaskStaysAndSaysWhereItWouldGo)
{
    Task t = makeTask(QStringLiteral("Portfolio"), Kind::Project);
    t.pinned = Quadrant::Drop;
    const Placement p = place(t);
    EXPECT_EQ(p.quadrant, Quadrant::Drop);
    EXPECT_EQ(p.autoQuadrant, Quadrant::Schedule);
    EXPECT_TRUE(p.note.contains(QStringLiteral("Schedule"))) << p.note.toStdString();
}

TEST(Placement, WhyBreakdownAddsUpToTheScore)
{
    const Placement p = place(makeTask(QStringLiteral("a"), Kind::Other, kToday.addDays(1)),
                              {link(Section::Requirement, 1, {}, 4), link(Section::Requirement, 2, {}, 2)});
    int sum = 0;
    for (const WhyItem &w : p.importanceWhy)
        sum += w.points;
    EXPECT_EQ(sum, p.importance);
    EXPECT_EQ(p.importance, 30 + 15 + 5 + 3);
}

TEST(Placement, SettingsRoundTripThroughTheirMap)
{
    Settings s;
    s.capacityHours[2] = 4.5;
    s.startTime[6] = QTime(9, 30);
    s.kindBase[int(Kind::Certificate)] = 25;
    s.protectedShare = 0.3;
    QString error;
    EXPECT_EQ(Settings::fromMap(s.toMap(), &error), s);
    EXPECT_TRUE(error.isEmpty());
    auto bad = s.toMap();
    bad[QStringLiteral("capacity.mon")] = QStringLiteral("lots");
    Settings::fromMap(bad, &error);
    EXPECT_TRUE(error.contains(QStringLiteral("capacity.mon"))) << error.toStdString();
}
