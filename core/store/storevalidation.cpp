// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/domain/limits.h"
#include "store.h"

namespace jobprep {
namespace {

using namespace limits;

QString checkText(const QString &field, const QString &value, int max, bool required)
{
    if (required && value.trimmed().isEmpty())
        return Store::tr("%1 must not be empty").arg(field);
    if (value.size() > max)
        return Store::tr("%1 is %2 characters long; at most %3 are allowed").arg(field).arg(value.size()).arg(max);
    if (value.contains(QChar(0)))
        return Store::tr("%1 contains a NUL character").arg(field);
    return {};
}

QString checkDate(const QString &field, const QDate &date)
{
    if (dateInRange(date))
        return {};
    return Store::tr("%1 %2 is outside %3 to %4")
        .arg(field, date.toString(Qt::ISODate), firstDate().toString(Qt::ISODate), lastDate().toString(Qt::ISODate));
}

QString firstOf(std::initializer_list<QString> errors)
{
    for (const QString &e : errors)
        if (!e.isEmpty())
            return e;
    return {};
}

} // namespace

QString Store::validate(const Task &t)
{
    if (QString e = firstOf({checkText(QStringLiteral("title"), t.title, kMaxTitleLength, true),
                             checkText(QStringLiteral("notes"), t.notes, kMaxNotesLength, false),
                             checkDate(QStringLiteral("due"), t.due), checkDate(QStringLiteral("done on"), t.doneOn)});
        !e.isEmpty())
        return e;
    if (!(t.estimateHours > 0) || t.estimateHours > kMaxEstimateHours)
        return tr("estimate must be more than 0 and at most %1 hours (got %2)").arg(kMaxEstimateHours).arg(t.estimateHours);
    if (t.streak < 0 || t.streak > kMaxStreak)
        return tr("streak must be from 0 to %1 (got %2)").arg(kMaxStreak).arg(t.streak);
    return {};
}

QString Store::validate(const Company &c)
{
    if (QString e = firstOf({checkText(QStringLiteral("name"), c.name, kMaxNameLength, true),
                             checkText(QStringLiteral("website"), c.website, kMaxUrlLength, false),
                             checkText(QStringLiteral("notes"), c.notes, kMaxNotesLength, false),
                             checkText(QStringLiteral("coding-test notes"), c.codingTestNotes, kMaxNotesLength, false)});
        !e.isEmpty())
        return e;
    if (c.interest < kMinInterest || c.interest > kMaxInterest)
        return tr("interest must be from %1 to %2 (got %3)").arg(kMinInterest).arg(kMaxInterest).arg(c.interest);
    for (const StageChange &h : c.history)
        if (QString e = checkDate(QStringLiteral("stage change"), h.date); !e.isEmpty())
            return e;
    return {};
}

QString Store::validate(const Posting &p)
{
    if (QString e = firstOf({checkText(QStringLiteral("title"), p.title, kMaxTitleLength, true),
                             checkText(QStringLiteral("url"), p.url, kMaxUrlLength, false),
                             checkText(QStringLiteral("text"), p.rawText, kMaxPostingText, false),
                             checkDate(QStringLiteral("deadline"), p.deadline)});
        !e.isEmpty())
        return e;
    for (int i = 0; i < p.lines.size(); ++i) {
        if (QString e = checkText(QStringLiteral("line %1").arg(i + 1), p.lines[i].text, kMaxLineLength, true); !e.isEmpty())
            return e;
        if (QString e = checkText(QStringLiteral("line %1 heading").arg(i + 1), p.lines[i].heading, kMaxLineLength, false);
            !e.isEmpty())
            return e;
    }
    return {};
}

} // namespace jobprep
