// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "oneof.h"

namespace jobprep::OneOf {
namespace {

enum class Gap
{
    Or,
    Comma,
    Break
};

Gap classify(QStringView gap)
{
    QString g = gap.toString().toCaseFolded();
    bool comma = false;
    QString words;
    for (const QChar c : g) {
        if (c == QLatin1Char(',') || c == QChar(0x3001) || c == QChar(0xFF0C) || c == QLatin1Char('/'))
            comma = true;
        else if (c.isLetterOrNumber())
            words += c;
        else if (!c.isSpace() && c != QLatin1Char('(') && c != QLatin1Char(')'))
            return Gap::Break;
        else
            words += QLatin1Char(' ');
    }
    words = words.simplified();
    static const QStringList ors{QStringLiteral("또는"),   QStringLiteral("혹은"),  QStringLiteral("or"),
                                 QStringLiteral("나"),     QStringLiteral("이나"),  QStringLiteral("or even"),
                                 QStringLiteral("and or"), QStringLiteral("either")};
    if (words.isEmpty())
        return comma ? Gap::Comma : Gap::Break;
    // "Kafka나 Redis": the particle 나/이나 is glued to the first skill.
    if (ors.contains(words) &&
        (words.size() > 2 || gap.front() != QLatin1Char(' ') || !words.startsWith(u'나')))
        return Gap::Or;
    return Gap::Break;
}

bool closesWithChoice(QStringView after)
{
    QString a = after.left(24).toString().simplified();
    while (a.startsWith(u'등') || a.startsWith(u')') || a.startsWith(u' ') || a.startsWith(u'의'))
        a = a.mid(1);
    static const QStringList korean{QStringLiteral("중 하나"),  QStringLiteral("중 1개"),
                                    QStringLiteral("중 한"),    QStringLiteral("중 최소"),
                                    QStringLiteral("중 1가지"), QStringLiteral("중에서 하나"),
                                    QStringLiteral("중 어느")};
    for (const QString &k : korean)
        if (a.startsWith(k))
            return true;
    return false;
}

bool opensWithChoice(QStringView before)
{
    const QString b = before.right(24).toString().toCaseFolded().simplified();
    static const QStringList english{QStringLiteral("one of"), QStringLiteral("either"),
                                     QStringLiteral("any of"), QStringLiteral("one or more of"),
                                     QStringLiteral("at least one of")};
    for (const QString &e : english)
        if (b.endsWith(e))
            return true;
    return false;
}

} // namespace

QList<QStringList> groups(QStringView text, const QList<SkillMatch> &matches, const SkillDictionary &skills)
{
    QList<QStringList> out;
    qsizetype first = 0;
    while (first < matches.size()) {
        qsizetype last = first;
        bool anyOr = false;
        while (last + 1 < matches.size()) {
            const SkillMatch &a = matches[last];
            const SkillMatch &b = matches[last + 1];
            const Gap g = classify(text.mid(a.start + a.length, b.start - a.start - a.length));
            if (g == Gap::Break)
                break;
            anyOr |= g == Gap::Or;
            ++last;
        }
        if (last > first) {
            const SkillMatch &end = matches[last];
            const bool choice = anyOr || closesWithChoice(text.mid(end.start + end.length)) ||
                                opensWithChoice(text.left(matches[first].start));
            QStringList group;
            for (qsizetype k = first; k <= last; ++k) {
                const QString &name = skills.skills()[matches[k].skill].name;
                if (!group.contains(name))
                    group << name;
            }
            if (choice && group.size() >= 2)
                out << group;
        }
        first = last + 1;
    }
    return out;
}

} // namespace jobprep::OneOf
