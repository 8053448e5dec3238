// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "store.h"

namespace jobprep {
namespace {

constexpr int kMaxTitle = 300;
constexpr int kMaxName = 200;
constexpr int kMaxNotes = 100000;
constexpr int kMaxRaw = 1024 * 1024;

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
    if (QString e = firstOf({checkText(QStringLiteral("title"), t.title, kMaxTitle, true),
                             checkText(QStringLiteral("notes"), t.notes, kMaxNotes, false)});
        !e.isEmpty())
        return e;
    if (!(t.estimateHours > 0) || t.estimateHours > 1000)
        return tr("estimate must be more than 0 and at most 1000 hours (got %1)").arg(t.estimateHours);
    if (t.streak < 0)
        return tr("streak must not be negative");
    return {};
}

QString Store::validate(const Company &c)
{
    if (QString e = firstOf({checkText(QStringLiteral("name"), c.name, kMaxName, true),
                             checkText(QStringLiteral("website"), c.website, 2000, false),
                             checkText(QStringLiteral("notes"), c.notes, kMaxNotes, false),
                             checkText(QStringLiteral("coding-test notes"), c.codingTestNotes, kMaxNotes, false)});
        !e.isEmpty())
        return e;
    if (c.interest < 1 || c.interest > 5)
        return tr("interest must be from 1 to 5 (got %1)").arg(c.interest);
    return {};
}

QString Store::validate(const Posting &p)
{
    if (QString e = firstOf({checkText(QStringLiteral("title"), p.title, kMaxTitle, true),
                             checkText(QStringLiteral("url"), p.url, 2000, false),
                             checkText(QStringLiteral("text"), p.rawText, kMaxRaw, false)});
        !e.isEmpty())
        return e;
    for (int i = 0; i < p.lines.size(); ++i) {
        if (QString e = checkText(QStringLiteral("line %1").arg(i + 1), p.lines[i].text, 5000, true); !e.isEmpty())
            return e;
    }
    return {};
}

} // namespace jobprep
