// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "skilldictionary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace jobprep {
namespace {

bool isHangul(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F);
}

bool isLatinWord(QChar c) { return c.isDigit() || (c.isLetter() && c.unicode() < 0x0250); }

struct Alias
{
    QString text;
    int skill;
    bool caseSensitive;
};

QString aliasPattern(const Alias &a)
{
    const QString &s = a.text;
    QString p;
    if (isHangul(s.front()))
        p += QStringLiteral("(?<!\\p{Hangul})");
    else if (isLatinWord(s.front()))
        p += QStringLiteral("(?<![\\p{Latin}0-9])");
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isSpace()) {
            const bool nearHangul = (i > 0 && isHangul(s[i - 1])) || (i + 1 < s.size() && isHangul(s[i + 1]));
            p += nearHangul ? QStringLiteral("\\s*") : QStringLiteral("[\\s\\-]+");
        } else if (c == QLatin1Char('-')) {
            p += QStringLiteral("[\\s\\-]?");
        } else {
            p += QRegularExpression::escape(QString(c));
        }
    }
    if (isLatinWord(s.back())) {
        if (!a.caseSensitive && s.size() >= 3 && s.back().isLetter())
            p += QStringLiteral("s?");
        p += QStringLiteral("(?![\\p{Latin}0-9])");
    }
    return a.caseSensitive ? QStringLiteral("(?-i:%1)").arg(p) : p;
}

} // namespace

const SkillDictionary &SkillDictionary::builtIn()
{
    static const SkillDictionary dict = [] {
        QFile f(QStringLiteral(":/jobprep/skills/skills.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the built-in skills dictionary is missing from the resources");
        QString error;
        SkillDictionary d = fromJson(f.readAll(), &error);
        if (!error.isEmpty())
            qFatal("the built-in skills dictionary is broken: %s", qPrintable(error));
        return d;
    }();
    return dict;
}

SkillDictionary SkillDictionary::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return SkillDictionary();
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(QStringLiteral("skills: %1 at offset %2").arg(pe.errorString()).arg(pe.offset));
    const QJsonArray list = doc.object().value(QStringLiteral("skills")).toArray();
    if (list.isEmpty())
        return fail(QStringLiteral("skills: no \"skills\" array"));
    SkillDictionary d;
    QList<Alias> aliases;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list[i].toObject();
        Skill s;
        s.name = o.value(QStringLiteral("name")).toString().trimmed();
        if (s.name.isEmpty())
            return fail(QStringLiteral("skills[%1]: \"name\" is missing").arg(i));
        QStringList sensitive;
        for (const QJsonValue &v : o.value(QStringLiteral("caseSensitive")).toArray())
            sensitive << v.toString();
        QStringList spellings{s.name};
        for (const QJsonValue &v : o.value(QStringLiteral("aliases")).toArray()) {
            const QString alias = v.toString().trimmed();
            if (alias.isEmpty())
                return fail(QStringLiteral("skills[%1] (%2): an empty alias").arg(i).arg(s.name));
            s.aliases << alias;
            spellings << alias;
        }
        for (const QString &sp : spellings) {
            const QString key = sp.toCaseFolded();
            if (seen.contains(key))
                return fail(QStringLiteral("skills[%1] (%2): \"%3\" is listed twice").arg(i).arg(s.name, sp));
            seen.insert(key);
            aliases.append({sp, int(d.m_skills.size()), sensitive.contains(sp)});
        }
        d.m_skills.append(s);
    }
    // Longest first, so that at one position the longest alias wins ("ML Ops" before "ML").
    std::stable_sort(aliases.begin(), aliases.end(),
                     [](const Alias &a, const Alias &b) { return a.text.size() > b.text.size(); });
    QStringList parts;
    for (const Alias &a : aliases) {
        parts << QLatin1Char('(') + aliasPattern(a) + QLatin1Char(')');
        d.m_groupSkill << a.skill;
    }
    d.m_pattern = QRegularExpression(parts.join(QLatin1Char('|')),
                                     QRegularExpression::CaseInsensitiveOption |
                                         QRegularExpression::UseUnicodePropertiesOption);
    if (!d.m_pattern.isValid())
        return fail(QStringLiteral("skills: pattern error %1").arg(d.m_pattern.errorString()));
    d.m_pattern.optimize();
    return d;
}

QList<SkillMatch> SkillDictionary::matches(const QString &text) const
{
    QList<SkillMatch> out;
    if (m_skills.isEmpty() || text.isEmpty())
        return out;
    auto it = m_pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        for (int g = 1; g <= m_groupSkill.size(); ++g) {
            if (m.capturedStart(g) >= 0) {
                out.append({m_groupSkill[g - 1], m.capturedStart(g), m.capturedLength(g)});
                break;
            }
        }
    }
    return out;
}

QStringList SkillDictionary::find(const QString &text) const
{
    QStringList out;
    for (const SkillMatch &m : matches(text)) {
        const QString &name = m_skills[m.skill].name;
        if (!out.contains(name))
            out << name;
    }
    return out;
}

QString SkillDictionary::canonical(const QString &nameOrAlias) const
{
    const QString key = nameOrAlias.trimmed();
    for (const Skill &s : m_skills) {
        if (s.name.compare(key, Qt::CaseInsensitive) == 0)
            return s.name;
        for (const QString &a : s.aliases)
            if (a.compare(key, Qt::CaseInsensitive) == 0)
                return s.name;
    }
    return {};
}

} // namespace jobprep
