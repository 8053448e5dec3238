// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "placement.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>
#include <algorithm>

namespace jobprep {
namespace {


constexpr int kRampDays = 14;
constexpr int kShortOfCapacityUrgency = 75;

// QDate::toString(Qt::ISODate) digit by digit, for the "due 2026-12-01" of every placed task.
QString isoDateText(const QDate &d)
{
    if (d.year() < 1000 || d.year() > 9999)
        return d.toString(Qt::ISODate);
    char16_t text[10];
    auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    text[4] = u'-';
    put(5, d.month(), 2);
    text[7] = u'-';
    put(8, d.day(), 2);
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

} // namespace

Placer::Placer(Settings settings) : m_settings(std::move(settings))
{
    Texts &t = m_texts;
    for (int k = 0; k < int(t.kind.size()); ++k)
        t.kind[std::size_t(k)] = Placer::tr("kind: %1").arg(displayName(static_cast<Kind>(k)));
    for (int i = 0; i < int(t.interest.size()); ++i)
        t.interest[std::size_t(i)] = Placer::tr("company interest %1/5").arg(i);
    for (int q = 1; q <= 4; ++q) {
        t.placed[std::size_t(q)] = Placer::tr("Placed in %1 by the planner.").arg(displayName(static_cast<Quadrant>(q)));
        for (int a = 1; a <= 4; ++a)
            t.pinned[std::size_t(q)][std::size_t(a)] = Placer::tr("Pinned to %1 by you; the planner would place it in %2.")
                                                           .arg(displayName(static_cast<Quadrant>(q)),
                                                                displayName(static_cast<Quadrant>(a)));
    }
    t.requirement = Placer::tr("closes a requirement (자격요건)");
    t.dutyOnly = Placer::tr("closes duty lines only (주요업무)");
    t.preferredOnly = Placer::tr("closes preferred lines only (우대사항)");
    t.requiredBy = Placer::tr("required by %1 postings");
    t.alwaysImportant = Placer::tr("projects and study notes are always important");
    t.noDeadline = Placer::tr("no deadline");
    t.due = Placer::tr("due %1");
    t.postingDeadline = Placer::tr("posting deadline %1");
    t.overdue = Placer::tr("overdue by %1 days (%2)");
    t.daysLeft = Placer::tr("%1 days left (%2)");
    t.needs = Placer::tr("needs %1 h of the %2 h left before the deadline");
}

double capacityBetween(const Settings &settings, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    const qint64 days = from.daysTo(to) + 1;
    double perWeek = 0;
    for (double h : settings.capacityHours)
        perWeek += h;
    double total = perWeek * double(days / 7);
    QDate d = from.addDays(days / 7 * 7);
    for (qint64 i = 0; i < days % 7; ++i, d = d.addDays(1))
        total += settings.capacityOn(d.dayOfWeek());
    return total;
}

Placement Placer::place(const Task &task, const QList<LinkInfo> &links, int taskCompanyInterest,
                        const QDate &today) const
{
    const Settings &s = m_settings;
    const Texts &text = m_texts;
    Placement p;

    // Importance
    const int base = s.baseFor(task.kind);
    p.importanceWhy.append({text.kind.at(std::size_t(task.kind)), base});
    int importance = base;
    bool anyRequirement = false, anyDuty = false, anyPreferred = false;
    QVarLengthArray<Id, 8> requirementPostings; // distinct
    int maxInterest = taskCompanyInterest;
    QDate deadline = task.due;
    for (const LinkInfo &l : links) {
        anyRequirement |= l.section == Section::Requirement;
        anyDuty |= l.section == Section::Duty;
        anyPreferred |= l.section == Section::Preferred;
        if (l.section == Section::Requirement && !requirementPostings.contains(l.postingId))
            requirementPostings.append(l.postingId);
        maxInterest = std::max(maxInterest, l.companyInterest);
        if (l.postingDeadline.isValid() && (!deadline.isValid() || l.postingDeadline < deadline))
            deadline = l.postingDeadline;
    }
    auto add = [&](QList<WhyItem> &why, int &score, const QString &factor, int points) {
        if (points == 0)
            return;
        why.append({factor, points});
        score += points;
    };
    if (anyRequirement)
        add(p.importanceWhy, importance, text.requirement, s.requirementBonus);
    else if (anyDuty && !anyPreferred)
        add(p.importanceWhy, importance, text.dutyOnly, s.dutyOnlyBonus);
    else if (anyPreferred && !anyDuty)
        add(p.importanceWhy, importance, text.preferredOnly, s.preferredOnlyPenalty);
    if (requirementPostings.size() > 1) {
        const int extra = std::min(s.extraPostingMax, s.extraPostingBonus * int(requirementPostings.size() - 1));
        add(p.importanceWhy, importance, text.requiredBy.arg(requirementPostings.size()), extra);
    }
    if (maxInterest > 0)
        add(p.importanceWhy, importance,
            maxInterest < int(text.interest.size()) ? text.interest.at(std::size_t(maxInterest))
                                                    : Placer::tr("company interest %1/5").arg(maxInterest),
            s.interestWeight * (maxInterest - 3));
    p.importance = std::clamp(importance, 0, 100);
    const bool alwaysImportant = task.kind == Kind::Project || task.kind == Kind::Study;
    p.important = p.importance >= s.importantThreshold || alwaysImportant;
    if (alwaysImportant && p.importance < s.importantThreshold)
        p.importanceWhy.append({text.alwaysImportant, 0});

    // Urgency
    p.effectiveDeadline = deadline;
    int urgency = 0;
    if (!deadline.isValid()) {
        p.urgencyWhy.append({text.noDeadline, 0});
    } else {
        const qint64 days = today.daysTo(deadline);
        const QString when = (deadline == task.due ? text.due : text.postingDeadline).arg(isoDateText(deadline));
        if (days < 0) {
            urgency = 100;
            p.urgencyWhy.append({text.overdue.arg(-days).arg(when), 100});
            p.urgent = true;
        } else if (days <= kRampDays) {
            urgency = int(std::lround(100.0 - 80.0 * double(days) / kRampDays));
            p.urgencyWhy.append({text.daysLeft.arg(days).arg(when), urgency});
            p.urgent = days <= s.urgencyWindowDays;
        } else {
            urgency = 10;
            p.urgencyWhy.append({text.daysLeft.arg(days).arg(when), urgency});
        }
        if (days >= 0 && task.isOpen()) {
            const double capacity = capacityBetween(s, today, deadline);
            if (task.estimateHours > capacity / 2) {
                const int raised = task.estimateHours > capacity ? 100 : kShortOfCapacityUrgency;
                if (raised > urgency) {
                    p.urgencyWhy.append({text.needs.arg(task.estimateHours)
                                             .arg(capacity),
                                         raised - urgency});
                    urgency = raised;
                }
                p.urgent = true;
            }
        }
    }
    p.urgency = std::clamp(urgency, 0, 100);

    p.autoQuadrant = p.important ? (p.urgent ? Quadrant::DoFirst : Quadrant::Schedule)
                                 : (p.urgent ? Quadrant::Limit : Quadrant::Drop);
    p.quadrant = p.autoQuadrant;
    if (task.pinned != Quadrant::None) {
        p.quadrant = task.pinned;
        p.note = text.pinned.at(std::size_t(task.pinned)).at(std::size_t(p.autoQuadrant));
    } else {
        p.note = text.placed.at(std::size_t(p.autoQuadrant));
    }
    return p;
}

PlacementInputs Placer::inputs(const Task &task, const QList<LinkInfo> &links, int taskCompanyInterest) const
{
    // Mirrors place() step by step; PlacementTest.QuietPlacementAgreesWithPlace keeps them together.
    const Settings &s = m_settings;
    PlacementInputs in;
    int importance = s.baseFor(task.kind);
    bool anyRequirement = false, anyDuty = false, anyPreferred = false;
    QVarLengthArray<Id, 8> requirementPostings; // distinct; no allocation for the usual few links
    int maxInterest = taskCompanyInterest;
    QDate deadline = task.due;
    for (const LinkInfo &l : links) {
        anyRequirement |= l.section == Section::Requirement;
        anyDuty |= l.section == Section::Duty;
        anyPreferred |= l.section == Section::Preferred;
        if (l.section == Section::Requirement && !requirementPostings.contains(l.postingId))
            requirementPostings.append(l.postingId);
        maxInterest = std::max(maxInterest, l.companyInterest);
        if (l.postingDeadline.isValid() && (!deadline.isValid() || l.postingDeadline < deadline))
            deadline = l.postingDeadline;
    }
    if (anyRequirement)
        importance += s.requirementBonus;
    else if (anyDuty && !anyPreferred)
        importance += s.dutyOnlyBonus;
    else if (anyPreferred && !anyDuty)
        importance += s.preferredOnlyPenalty;
    if (requirementPostings.size() > 1)
        importance += std::min(s.extraPostingMax, s.extraPostingBonus * int(requirementPostings.size() - 1));
    if (maxInterest > 0)
        importance += s.interestWeight * (maxInterest - 3);
    in.importance = std::clamp(importance, 0, 100);
    const bool alwaysImportant = task.kind == Kind::Project || task.kind == Kind::Study;
    in.important = in.importance >= s.importantThreshold || alwaysImportant;
    in.effectiveDeadline = deadline;
    return in;
}

Urgency Placer::urgency(const QDate &deadline, double estimateHours, bool open, const QDate &today) const
{
    Urgency u;
    if (!deadline.isValid())
        return u;
    const qint64 days = today.daysTo(deadline);
    if (days < 0) {
        u.urgency = 100;
        u.urgent = true;
    } else if (days <= kRampDays) {
        u.urgency = int(std::lround(100.0 - 80.0 * double(days) / kRampDays));
        u.urgent = days <= m_settings.urgencyWindowDays;
    } else {
        u.urgency = 10;
    }
    if (days >= 0 && open) {
        const double capacity = capacityBetween(m_settings, today, deadline);
        if (estimateHours > capacity / 2) {
            const int raised = estimateHours > capacity ? 100 : kShortOfCapacityUrgency;
            u.urgency = std::max(u.urgency, raised);
            u.urgent = true;
        }
    }
    u.urgency = std::clamp(u.urgency, 0, 100);
    return u;
}

Placement Placer::placeWithoutWhy(const Task &task, const QList<LinkInfo> &links, int taskCompanyInterest,
                                  const QDate &today) const
{
    Placement p;
    const PlacementInputs in = inputs(task, links, taskCompanyInterest);
    p.importance = in.importance;
    p.important = in.important;
    p.effectiveDeadline = in.effectiveDeadline;
    const Urgency u = urgency(in.effectiveDeadline, task.estimateHours, task.isOpen(), today);
    p.urgency = u.urgency;
    p.urgent = u.urgent;
    p.autoQuadrant = p.important ? (p.urgent ? Quadrant::DoFirst : Quadrant::Schedule)
                                 : (p.urgent ? Quadrant::Limit : Quadrant::Drop);
    p.quadrant = task.pinned != Quadrant::None ? task.pinned : p.autoQuadrant;
    return p;
}

} // namespace jobprep
