// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "skilldictionary.h"
#include "builtindata.h"

#include <algorithm>
#include <map>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jobprep {
namespace {

inline bool isHangul(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F);
}

inline bool isLatinWord(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return u < 0x0250 && (c.isLetter() || c.isDigit());
}
inline bool isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-') || (c.unicode() > 0x7F && c.isSpace()) ||
           c == QLatin1Char('\t');
}
inline char16_t fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
    if (u >= 0xAC00 && u <= 0xD7A3)
        return u;
    return c.toCaseFolded().unicode();
}

// The trie while it is built: children in a map, flattened into SkillDictionary's arrays at the end.
struct Building
{
    struct Node
    {
        std::map<char16_t, int> next;
        int separatorRequired = -1, separatorOptional = -1, hyphenOptional = -1, alias = -1;
    };
    std::vector<Node> nodes{Node()};

    int step(int from, int Node::*slot)
    {
        if (nodes[from].*slot < 0) {
            const int n = int(nodes.size());
            nodes.emplace_back();
            nodes[from].*slot = n;
        }
        return nodes[from].*slot;
    }
    int letter(int from, char16_t key)
    {
        const auto it = nodes[from].next.find(key);
        if (it != nodes[from].next.end())
            return it->second;
        const int n = int(nodes.size());
        nodes.emplace_back();
        nodes[from].next.emplace(key, n);
        return n;
    }
};

} // namespace

const SkillDictionary &SkillDictionary::builtIn()
{
    static const SkillDictionary data =
        loadBuiltIn<SkillDictionary>(":/jobprep/skills/skills.json", "skills dictionary");
    return data;
}

SkillDictionary SkillDictionary::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return SkillDictionary();
    };
    const std::optional<QJsonObject> root = readJsonObject(json, "skills", error);
    if (!root)
        return SkillDictionary();
    const QJsonArray list = root->value(QStringLiteral("skills")).toArray();
    if (list.isEmpty())
        return fail(QStringLiteral("skills: no \"skills\" array"));
    SkillDictionary d;
    Building b;
    QHash<QString, int> squashed; // folded, without spaces and hyphens: what the matcher cannot tell apart
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list[i].toObject();
        Skill s;
        s.name = o.value(QStringLiteral("name")).toString().trimmed();
        s.category = o.value(QStringLiteral("category")).toString().trimmed();
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
        const int skill = int(d.m_skills.size());
        for (const QString &sp : spellings) {
            const QString key = sp.toCaseFolded();
            if (const auto other = d.m_bySpelling.constFind(key); other != d.m_bySpelling.constEnd())
                return fail(
                    QStringLiteral("skills[%1] (%2): \"%3\" is listed twice (already a spelling of %4)")
                        .arg(i)
                        .arg(s.name, sp,
                             *other == skill ? QStringLiteral("this skill") : d.m_skills[*other].name));
            d.m_bySpelling.insert(key, skill);
            const QString bare = QString(key).remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
            if (const auto other = squashed.constFind(bare); other != squashed.constEnd() && *other != skill)
                return fail(
                    QStringLiteral("skills[%1] (%2): \"%3\" is listed twice: %4 has the same spelling "
                                   "but for spaces and hyphens")
                        .arg(i)
                        .arg(s.name, sp, d.m_skills[*other].name));
            squashed.insert(bare, skill);
            // A path through the trie: letters folded, a space or hyphen as a separator step.
            int node = 0;
            for (qsizetype k = 0; k < sp.size(); ++k) {
                const QChar c = sp[k];
                if (c.isSpace()) {
                    const bool nearHangul =
                        (k > 0 && isHangul(sp[k - 1])) || (k + 1 < sp.size() && isHangul(sp[k + 1]));
                    node = b.step(node, nearHangul ? &Building::Node::separatorOptional
                                                   : &Building::Node::separatorRequired);
                    while (k + 1 < sp.size() && sp[k + 1].isSpace())
                        ++k;
                } else if (c == QLatin1Char('-') && k > 0) {
                    node = b.step(node, &Building::Node::hyphenOptional);
                } else {
                    node = b.letter(node, fold(c));
                }
            }
            if (b.nodes[node].alias >= 0)
                continue; // the same spelling of the same skill once more ("R 언어", "R  언어")
            Alias a;
            a.skill = skill;
            a.caseSensitive = sensitive.contains(sp);
            for (const QChar c : sp)
                if (!isSeparator(c))
                    a.letters += c;
            a.wordEnd = isLatinWord(sp.back());
            a.plural = a.wordEnd && !a.caseSensitive && sp.size() >= 3 && sp.back().isLetter();
            b.nodes[node].alias = int(d.m_aliases.size());
            d.m_aliases.push_back(a);
        }
        for (const QString &cs : sensitive)
            if (!spellings.contains(cs))
                return fail(
                    QStringLiteral("skills[%1] (%2): caseSensitive \"%3\" is not one of its spellings")
                        .arg(i)
                        .arg(s.name, cs));
        d.m_skills.append(s);
    }
    d.m_nodes.resize(b.nodes.size());
    for (std::size_t n = 0; n < b.nodes.size(); ++n) {
        const Building::Node &from = b.nodes[n];
        Node &to = d.m_nodes[n];
        to.firstEdge = int(d.m_edges.size());
        to.edgeCount = int(from.next.size());
        for (const auto &[key, child] : from.next) // std::map: already sorted by key
            d.m_edges.push_back({key, child});
        to.separatorRequired = from.separatorRequired;
        to.separatorOptional = from.separatorOptional;
        to.hyphenOptional = from.hyphenOptional;
        to.alias = from.alias;
    }
    d.m_root.assign(65536, 0);
    for (const auto &[key, child] : b.nodes[0].next)
        d.m_root[key] = child;
    return d;
}

int SkillDictionary::child(int node, char16_t key) const
{
    if (node == 0)
        return m_root[key] ? m_root[key] : -1;
    const Node &n = m_nodes[std::size_t(node)];
    const auto begin = m_edges.begin() + n.firstEdge;
    const auto end = begin + n.edgeCount;
    const auto it = std::lower_bound(begin, end, key, [](const Edge &e, char16_t k) { return e.key < k; });
    return it != end && it->key == key ? it->node : -1;
}

qsizetype SkillDictionary::longestAt(QStringView text, const QString &folded, qsizetype start,
                                     int *alias) const
{
    const qsizetype n = text.size();
    qsizetype best = -1;
    struct State
    {
        int node;
        qsizetype pos;
    };
    State stack[64];
    int top = 0;
    stack[top++] = {0, start};
    while (top > 0) {
        const State s = stack[--top];
        const Node &node = m_nodes[std::size_t(s.node)];
        if (node.alias >= 0 && s.pos > start) {
            const Alias &a = m_aliases[std::size_t(node.alias)];
            qsizetype end = -1;
            if (!a.wordEnd) {
                end = s.pos;
            } else {
                const bool plural = a.plural && s.pos < n && folded[s.pos] == u's' &&
                                    !(s.pos + 1 < n && isLatinWord(text[s.pos + 1]));
                if (plural)
                    end = s.pos + 1;
                else if (!(s.pos < n && isLatinWord(text[s.pos])))
                    end = s.pos;
            }
            if (end > best && a.caseSensitive) {
                QString letters;
                for (qsizetype k = start; k < s.pos; ++k)
                    if (!isSeparator(text[k]))
                        letters += text[k];
                if (letters != a.letters)
                    end = -1;
            }
            if (end > best) {
                best = end;
                *alias = node.alias;
            }
        }
        if (top + 4 > int(std::size(stack)))
            continue; // deeper than any alias: cannot happen with sane data, never overflows
        if (s.pos < n) {
            if (const int next = child(s.node, folded[s.pos].unicode()); next >= 0)
                stack[top++] = {next, s.pos + 1};
        }
        if (node.separatorRequired >= 0 && s.pos < n && isSeparator(text[s.pos])) {
            qsizetype q = s.pos;
            while (q < n && isSeparator(text[q]))
                ++q;
            stack[top++] = {node.separatorRequired, q};
        }
        if (node.separatorOptional >= 0) {
            qsizetype q = s.pos;
            while (q < n && text[q].isSpace())
                ++q;
            stack[top++] = {node.separatorOptional, q};
        }
        if (node.hyphenOptional >= 0) {
            stack[top++] = {node.hyphenOptional, s.pos};
            if (s.pos < n && isSeparator(text[s.pos]))
                stack[top++] = {node.hyphenOptional, s.pos + 1};
        }
    }
    return best;
}

QList<SkillMatch> SkillDictionary::matches(QStringView text) const
{
    QList<SkillMatch> out;
    if (m_skills.isEmpty() || text.isEmpty())
        return out;
    QString folded(text.size(), Qt::Uninitialized);
    QChar *f = folded.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        f[i] = QChar(fold(text[i]));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!m_root[folded[i].unicode()])
            continue; // no alias starts with this letter
        const QChar c = text[i];
        if (i > 0) {
            const QChar before = text[i - 1];
            if ((isHangul(c) && isHangul(before)) || (isLatinWord(c) && isLatinWord(before)))
                continue; // an alias may not start inside a word
        }
        int alias = -1;
        const qsizetype end = longestAt(text, folded, i, &alias);
        if (end <= i)
            continue;
        out.append({m_aliases[std::size_t(alias)].skill, i, end - i});
        i = end - 1;
    }
    return out;
}

QStringList SkillDictionary::find(QStringView text) const
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
    const auto it = m_bySpelling.constFind(nameOrAlias.trimmed().toCaseFolded());
    return it == m_bySpelling.constEnd() ? QString() : m_skills[*it].name;
}

} // namespace jobprep
