// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "tasktitle.h"
#include "builtindata.h"
#include "eligibility.h"

#include <algorithm>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace jobprep {
namespace {

bool isHangul(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    // Longest first: "경험이 있는" is tried before "있는", "experience with" before "experience".
    std::stable_sort(out.begin(), out.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

QHash<QString, QString> templates(const QJsonValue &v)
{
    QHash<QString, QString> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

// Where text ends with phrase when spaces are ignored (Korean spacing varies: "있는 분", "있는분"):
// the index the phrase starts at, or -1.
qsizetype looseSuffix(QStringView text, const QString &phrase)
{
    qsizetype t = text.size(), p = phrase.size();
    while (p > 0) {
        while (p > 0 && phrase[p - 1].isSpace())
            --p;
        while (t > 0 && text[t - 1].isSpace())
            --t;
        if (p == 0)
            break;
        if (t == 0 || text[t - 1].toCaseFolded() != phrase[p - 1].toCaseFolded())
            return -1;
        --t;
        --p;
    }
    return t;
}

bool isEdgePunctuation(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'.':
    case u',':
    case u';':
    case u':':
    case u'!':
    case u'~':
    case u'·':
    case u'-':
    case u'–':
    case u'—':
    case u'/':
        return true;
    default:
        return c.isSpace();
    }
}

QStringView trimPunctuation(QStringView s)
{
    qsizetype b = 0, e = s.size();
    while (e > b && isEdgePunctuation(s[e - 1]))
        --e;
    while (b < e && isEdgePunctuation(s[b]))
        ++b;
    return s.mid(b, e - b);
}

// Removes "(필수)", "[우대]", "(preferred)"… wherever they stand.
QString withoutMarks(const QString &text)
{
    static const QStringList words{
        QStringLiteral("필수"),     QStringLiteral("우대"),      QStringLiteral("선택"),
        QStringLiteral("required"), QStringLiteral("preferred"), QStringLiteral("nice to have"),
        QStringLiteral("a plus"),   QStringLiteral("optional"),  QStringLiteral("bonus")};
    static const QString open = QStringLiteral("([（"), close = QStringLiteral(")]）");
    if (!text.contains(QLatin1Char('(')) && !text.contains(QLatin1Char('[')) && !text.contains(QChar(0xFF08)))
        return text;
    QString out = text;
    for (qsizetype i = out.size(); i-- > 0;) {
        if (!open.contains(out[i]))
            continue;
        const qsizetype end = [&] {
            for (qsizetype j = i + 1; j < out.size() && j < i + 16; ++j)
                if (close.contains(out[j]))
                    return j;
            return qsizetype(-1);
        }();
        if (end > i && words.contains(out.mid(i + 1, end - i - 1).trimmed(), Qt::CaseInsensitive))
            out.remove(i, end - i + 1);
    }
    return out;
}

// Whether nothing but skill names, separators and particles is left: "Python, SQL", "Spark와 Kafka".
bool onlySkills(const QString &core, const SkillDictionary &skills)
{
    if (core.size() > 40)
        return false; // a long core says more than names
    const QList<SkillMatch> matches = skills.matches(core);
    if (matches.isEmpty())
        return false;
    QString rest = core;
    for (qsizetype i = matches.size(); i-- > 0;) {
        // "대용량 데이터 처리", "machine learning": a concept, which reads as a task on its own.
        if (core.mid(matches[i].start, matches[i].length).contains(QLatin1Char(' ')))
            return false;
        rest.remove(matches[i].start, matches[i].length);
    }
    // What may be left between names: separators, and/or, Korean particles and 등/기반.
    static const QStringList glueWords{QStringLiteral("and"),  QStringLiteral("or"), QStringLiteral("및"),
                                       QStringLiteral("또는"), QStringLiteral("등"), QStringLiteral("이나"),
                                       QStringLiteral("으로"), QStringLiteral("로"), QStringLiteral("을"),
                                       QStringLiteral("를"),   QStringLiteral("이"), QStringLiteral("가"),
                                       QStringLiteral("와"),   QStringLiteral("과"), QStringLiteral("의"),
                                       QStringLiteral("에"),   QStringLiteral("나"), QStringLiteral("기반")};
    QString word;
    auto glue = [&] { return word.isEmpty() || glueWords.contains(word, Qt::CaseInsensitive); };
    for (const QChar c : rest) {
        if (c.isLetterOrNumber()) {
            word += c;
            continue;
        }
        if (!glue())
            return false;
        word.clear();
    }
    return glue();
}

} // namespace

const TaskTitleWriter &TaskTitleWriter::builtIn()
{
    static const TaskTitleWriter data =
        loadBuiltIn<TaskTitleWriter>(":/jobprep/postings/tasktitles.json", "task title templates");
    return data;
}

TaskTitleWriter TaskTitleWriter::fromJson(const QByteArray &json, QString *error)
{
    TaskTitleWriter w;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return TaskTitleWriter();
    };
    const std::optional<QJsonObject> root = readJsonObject(json, "task titles", error);
    if (!root)
        return TaskTitleWriter();
    const QJsonObject languages = root->value(QStringLiteral("languages")).toObject();
    for (auto it = languages.begin(); it != languages.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Language l;
        l.templates = templates(o.value(QStringLiteral("templates")));
        l.skillOnly = templates(o.value(QStringLiteral("skillOnly")));
        for (const QString &kind : {QStringLiteral("project"), QStringLiteral("study")})
            if (!l.templates.value(kind).contains(QLatin1String("%1")) ||
                !l.skillOnly.value(kind).contains(QLatin1String("%1")))
                return fail(QStringLiteral("task titles: %1: the %2 templates need the placeholder ")
                                .arg(it.key(), kind) +
                            QStringLiteral("%1 for the line"));
        l.stripStart = strings(o.value(QStringLiteral("stripStart")));
        for (const QString &p : std::as_const(l.stripStart))
            l.stripStartByFirst[p.front().toCaseFolded().unicode()] << p;
        l.stripEnd = strings(o.value(QStringLiteral("stripEnd")));
        for (const QString &p : std::as_const(l.stripEnd)) {
            const QString trimmed = p.trimmed();
            if (!trimmed.isEmpty())
                l.stripEndByLast[trimmed.back().toCaseFolded().unicode()] << p;
        }
        l.stripEndAfterNoun = strings(o.value(QStringLiteral("stripEndAfterNoun")));
        l.joinVerbs = strings(o.value(QStringLiteral("joinVerbs")));
        l.dropParticle = strings(o.value(QStringLiteral("dropParticleBeforeLastWord")));
        const QJsonObject replace = o.value(QStringLiteral("replaceEnd")).toObject();
        QList<QPair<QString, QString>> replacements;
        for (auto r = replace.begin(); r != replace.end(); ++r)
            replacements.append({r.key(), r.value().toString()});
        std::stable_sort(replacements.begin(), replacements.end(),
                         [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
        for (const auto &r : std::as_const(replacements))
            if (!r.first.trimmed().isEmpty())
                l.replaceEnd[r.first.trimmed().back().toCaseFolded().unicode()].append(r);
        w.m_languages.insert(it.key(), l);
    }
    const QJsonObject kinds = root->value(QStringLiteral("kindWords")).toObject();
    const QList<QPair<QString, int>> kindFlags{{QStringLiteral("coding-test"), 1},
                                               {QStringLiteral("certificate"), 2},
                                               {QStringLiteral("project"), 4}};
    for (const auto &[name, flag] : kindFlags)
        for (const QJsonValue &v : kinds.value(name).toArray())
            w.m_kindWords.add(v.toString(), flag, true);
    if (w.m_kindWords.isEmpty())
        return fail(QStringLiteral("task titles: no \"kindWords\""));
    if (!w.m_languages.contains(QStringLiteral("en")))
        return fail(QStringLiteral("task titles: no \"en\" language to fall back to"));
    return w;
}

const TaskTitleWriter::Language *TaskTitleWriter::language(const QString &name) const
{
    const auto it = m_languages.constFind(name);
    return it != m_languages.constEnd() ? &*it : &*m_languages.constFind(QStringLiteral("en"));
}

QString TaskTitleWriter::languageOf(const QStringList &texts)
{
    qsizetype hangul = 0, latin = 0;
    for (const QString &t : texts)
        for (const QChar c : t) {
            const char16_t u = c.unicode();
            if (isHangul(c))
                ++hangul;
            else if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= 0xC0 && u < 0x250 && c.isLetter()))
                ++latin;
        }
    return hangul > 0 && hangul * 4 >= hangul + latin ? QStringLiteral("ko") : QStringLiteral("en");
}

Kind TaskTitleWriter::kindOf(const FoldedText &text) const
{
    const int flags = m_kindWords.flags(text);
    if (flags & 1)
        return Kind::CodingTest;
    if (flags & 2)
        return Kind::Certificate;
    if (flags & 4)
        return Kind::Project;
    return Kind::Study;
}

QString TaskTitleWriter::core(const QString &lineText, const QString &languageName) const
{
    const Language &l = *language(languageName);
    // The work is done on a view that only shrinks; owner holds the text when a replacement needs one.
    QString owner = withoutMarks(lineText.simplified());
    if (Eligibility::namesYears(owner))
        owner = Eligibility::withoutYears(owner);
    QStringView t = trimPunctuation(owner);
    // "Clear written communication; you document decisions…": the first clause is the task.
    if (const qsizetype semicolon = t.indexOf(u"; "); semicolon > 0)
        t = t.left(semicolon);
    auto lastLetter = [&] { return t.isEmpty() ? char16_t(0) : t.back().toCaseFolded().unicode(); };
    // One rule a round, then again from the start: "SQL에 능숙한 분" loses "분", then "에 능숙한" — never
    // "한" alone from "능숙한".
    for (int round = 0; round < 16; ++round) {
        bool changed = false;
        if (!t.isEmpty())
            for (const QString &p : l.stripStartByFirst.value(t.front().toCaseFolded().unicode()))
                if (t.startsWith(p, Qt::CaseInsensitive) &&
                    (t.size() == p.size() || !t[p.size()].isLetterOrNumber())) {
                    t = trimPunctuation(t.mid(p.size()));
                    changed = true;
                    break;
                }
        if (changed)
            continue;
        for (const auto &[from, to] : l.replaceEnd.value(lastLetter()))
            if (const qsizetype at = looseSuffix(t, from); at > 0) {
                owner = t.left(at).trimmed().toString() + QLatin1Char(' ') + to;
                t = owner;
                changed = true;
                break;
            }
        if (changed)
            continue;
        for (const QString &p : l.stripEndByLast.value(lastLetter()))
            if (const qsizetype at = looseSuffix(t, p); at > 0) {
                t = trimPunctuation(t.left(at));
                changed = true;
                break;
            }
        if (changed)
            continue;
        // "구축한" -> "구축", never "위한" -> "위": only after a noun of two syllables or more.
        for (const QString &p : l.stripEndAfterNoun)
            if (const qsizetype at = looseSuffix(t, p);
                at >= 2 && isHangul(t[at - 1]) && isHangul(t[at - 2])) {
                t = trimPunctuation(t.left(at));
                changed = true;
                break;
            }
        if (!changed)
            break;
    }
    QString out = t.toString();
    // "구축하거나 운영" -> "구축·운영": only the last two predicates ("깔끔하고 테스트 가능한 코드" stays).
    for (const QString &j : l.joinVerbs) {
        const qsizetype at = out.lastIndexOf(j);
        if (at > 0 && isHangul(out[at - 1]) && at + j.size() < out.size() &&
            !QStringView(out).mid(at + j.size()).contains(QLatin1Char(' ')))
            out.replace(at, j.size(), QStringLiteral("·"));
    }
    for (const QString &particle : l.dropParticle) {
        const qsizetype at = out.lastIndexOf(particle);
        if (at > 0 && !QStringView(out).mid(at + particle.size()).contains(QLatin1Char(' ')))
            out = out.left(at) + QLatin1Char(' ') + out.mid(at + particle.size());
    }
    return trimPunctuation(out).toString();
}

TaskTitle TaskTitleWriter::write(const QString &lineText, Kind kind, const QString &skill,
                                 const QString &languageName, const SkillDictionary &skills,
                                 QStringView skillText) const
{
    const Language &l = *language(languageName);
    TaskTitle out;
    out.kind = kind;
    const bool hangul = std::any_of(lineText.begin(), lineText.end(), [](QChar ch) { return isHangul(ch); });
    QString c = core(lineText, hangul ? QStringLiteral("ko") : QStringLiteral("en"));
    if (c.isEmpty())
        c = skill.isEmpty() ? trimPunctuation(lineText.simplified()).toString() : skill;
    const QString kindName = toString(out.kind);
    const QHash<QString, QString> &set = onlySkills(c, skills) ? l.skillOnly : l.templates;
    const QString tmpl = set.value(kindName, set.value(QStringLiteral("study")));
    // The core is cut at a word to fit; the skill stays in the title so that the next posting that
    // asks for it finds this task (one open task per skill).
    const qsizetype room = kMaxTitle - (tmpl.size() - 2);
    auto fit = [](const QString &s, qsizetype max) {
        if (s.size() <= max)
            return s;
        qsizetype cut = s.lastIndexOf(QLatin1Char(' '), max - 1);
        if (cut < max / 2)
            cut = max - 1;
        if (cut > 0 && s[cut - 1].isHighSurrogate())
            --cut;
        return s.left(cut).trimmed() + QStringLiteral("…");
    };
    QString fitted = fit(c, room);
    const bool keptAsSpelled = !skillText.isEmpty() && fitted == c && c.contains(skillText);
    if (!skill.isEmpty() && !keptAsSpelled && !skills.find(fitted).contains(skill))
        fitted = skill + QStringLiteral(": ") + fit(c, room - skill.size() - 2);
    const QString title = tmpl.arg(fitted);
    out.title = title;
    return out;
}

} // namespace jobprep
