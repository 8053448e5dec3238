// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingreader.h"
#include "eligibility.h"
#include "oneof.h"
#include "postingsplit.h"
#include "tasktitle.h"

namespace jobprep {
namespace {

constexpr qsizetype kMaxHeadingChars = 40;   // longer lines are items, whatever their words
constexpr qsizetype kMaxUnknownHeading = 30; // a heading of unknown words is short
constexpr qsizetype kMaxLabelChars = 30;      // "근무지 : 판교", a table's header cell
constexpr qsizetype kProseChars = 80;        // an item this long may be a paragraph of sentences

bool isPreparation(Section s)
{
    return s == Section::Duty || s == Section::Requirement || s == Section::Preferred;
}

bool isStrongEligibility(EligibilityKind k)
{
    return k == EligibilityKind::Military || k == EligibilityKind::Travel ||
           k == EligibilityKind::WorkPermit || k == EligibilityKind::Legal;
}

// A skill named as part of a role ("ML engineer", "Java 개발자", "a product analytics role") asks
// for years in the role, not for the skill.
bool inRole(QStringView text, const SkillMatch &m)
{
    static const QStringList roles{
        QStringLiteral("engineer"), QStringLiteral("developer"),    QStringLiteral("scientist"),
        QStringLiteral("analyst"),  QStringLiteral("researcher"),   QStringLiteral("role"),
        QStringLiteral("position"), QStringLiteral("엔지니어"),     QStringLiteral("개발자"),
        QStringLiteral("분석가"),   QStringLiteral("사이언티스트"), QStringLiteral("연구원"),
        QStringLiteral("직무"),     QStringLiteral("리서처")};
    const QStringView after = text.mid(m.start + m.length).trimmed();
    for (const QString &r : roles)
        if (after.startsWith(r, Qt::CaseInsensitive))
            return true;
    return false;
}

bool hasFlatMark(const QString &s)
{
    for (qsizetype i = 1; i < s.size(); ++i)
        if (s[i] == QChar(0x2022) || s[i] == QChar(0x25AA) || s[i] == QChar(0x25E6)) // • ▪ ◦
            return true;
    return false;
}

} // namespace

PostingReader::PostingReader(const SkillDictionary &skills, const PostingVocabulary &vocabulary,
                             ParseResult &out)
    : m_skills(skills), m_vocabulary(vocabulary), m_out(out)
{
}

void PostingReader::read(const QString &text)
{
    m_raw = PostingLines::split(text);
    const QStringList &raw = m_raw;
    m_shapes.reserve(std::size_t(raw.size()));
    // About one item a line: growing the list of a megabyte's items step by step costs more than this.
    m_out.lines.reserve(raw.size());
    m_firstSkillSpellings.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i)
        m_shapes.push_back(PostingLines::shape(raw[i], int(i + 1)));
    const int n = int(m_shapes.size());
    m_next.assign(std::size_t(n), -1);
    m_previous.assign(std::size_t(n), -1);
    for (int i = n - 2, next = -1; i >= 0; --i) {
        if (!m_shapes[std::size_t(i + 1)].isBlank())
            next = i + 1;
        m_next[std::size_t(i)] = next;
    }
    for (int i = 1, previous = -1; i < n; ++i) {
        if (!m_shapes[std::size_t(i - 1)].isBlank())
            previous = i - 1;
        m_previous[std::size_t(i)] = previous;
    }
    for (std::size_t i = 0; i < m_shapes.size(); ++i)
        readLine(i);
}

const PostingLineShape *PostingReader::nextNonEmpty(std::size_t i) const
{
    const int j = m_next[i];
    return j < 0 ? nullptr : &m_shapes[std::size_t(j)];
}

const PostingLineShape *PostingReader::previousNonEmpty(std::size_t i) const
{
    const int j = m_previous[i];
    return j < 0 ? nullptr : &m_shapes[std::size_t(j)];
}

bool PostingReader::followedByItems(std::size_t i) const
{
    const PostingLineShape &s = m_shapes[i];
    const PostingLineShape *next = nextNonEmpty(i);
    if (!next || next->strongHeadingShape())
        return false;
    if (next->indent > s.indent)
        return true;
    const bool listItem = next->mark == PostingLineShape::Mark::Bullet ||
                          next->mark == PostingLineShape::Mark::Number ||
                          next->mark == PostingLineShape::Mark::Heading;
    return listItem && next->markKey != s.markKey;
}

void PostingReader::readLine(std::size_t i)
{
    const PostingLineShape &s = m_shapes[i];
    if (s.isBlank())
        return;
    if (m_groupIndent >= 0 && s.indent <= m_groupIndent)
        m_groupIndent = -1;
    if (readTableRow(i))
        return;
    if (readFlattened(s) || readInline(s)) {
        m_lastListKey = s.markKey; // "◇ 연봉 : 협의" is an item of the "◇" list all the same
        return;
    }
    PostingVocabulary::Heading v;
    switch (judge(i, &v)) {
    case Verdict::Heading:
        startHeading(v.section.value_or(Section::Other), s.headingText, s.number);
        return;
    case Verdict::SubHeading:
        m_hasParent = false;
        return;
    case Verdict::GroupLabel:
        m_groupIndent = s.indent;
        m_hasParent = false;
        return;
    case Verdict::Item:
        break;
    }
    // Nested under the item above (deeper and marked): its section, not the heading's.
    const bool nested = m_hasParent && s.indent > m_parentIndent && s.mark != PostingLineShape::Mark::None &&
                        m_groupIndent < 0;
    Section base = m_section;
    if (nested && isPreparation(m_parentSection))
        base = m_parentSection;
    addItem(s.item, base, s.number);
    m_lastListKey = s.markKey;
    if (!nested) {
        m_hasParent = s.mark != PostingLineShape::Mark::None || s.indent > 0;
        m_parentIndent = s.indent;
        m_parentSection = m_lastItemSection;
    }
}

bool PostingReader::readFlattened(const PostingLineShape &s)
{
    if (!hasFlatMark(s.clean))
        return false;
    QStringList pieces = PostingSplit::flattened(s.clean);
    if (pieces.size() < 2)
        return false;
    const QString first = PostingLines::stripDecoration(pieces.first());
    const PostingVocabulary::Heading v = m_vocabulary.heading(first);
    if (v.section && (v.coverage >= 0.6 || pieces.first().endsWith(QLatin1Char(':')))) {
        startHeading(*v.section, first, s.number);
        pieces.removeFirst();
    }
    for (const QString &p : std::as_const(pieces))
        addItem(PostingLines::stripBullet(p), m_section, s.number);
    m_hasParent = false;
    return true;
}

bool PostingReader::readInline(const PostingLineShape &s)
{
    qsizetype colon = -1;
    for (qsizetype k = 0; k < std::min<qsizetype>(s.clean.size(), 60); ++k)
        if (s.clean[k] == QLatin1Char(':') || s.clean[k] == QChar(0xFF1A)) {
            colon = k;
            break;
        }
    if (colon <= 0 || colon + 1 >= s.clean.size())
        return false;
    const QString left = PostingLines::stripDecoration(s.clean.left(colon));
    const std::optional<Section> section = labelSection(left);
    if (!section)
        return false;
    if (s.mark == PostingLineShape::Mark::Bullet || s.mark == PostingLineShape::Mark::Number) {
        // "- 근무지 : 판교", "ㆍ학력: 대졸 이상": a labelled item; the label places this line only.
        addItem(s.item, *section, s.number);
        return true;
    }
    startHeading(*section, left, s.number);
    for (const QString &item : PostingSplit::items(s.clean.mid(colon + 1)))
        addItem(item, m_section, s.number);
    return true;
}

std::optional<Section> PostingReader::labelSection(const QString &text) const
{
    if (text.isEmpty() || text.size() > kMaxLabelChars)
        return std::nullopt;
    const PostingVocabulary::Heading v = m_vocabulary.heading(text);
    if (!v.section || v.coverage < 0.6 || v.score < 14 || !m_skills.matches(text).isEmpty())
        return std::nullopt;
    return v.section;
}

PostingReader::Verdict PostingReader::judge(std::size_t i, PostingVocabulary::Heading *out) const
{
    const PostingLineShape &s = m_shapes[i];
    const QString &text = s.headingText;
    if (text.isEmpty() || text.size() > 60)
        return Verdict::Item;
    const bool strong = s.strongHeadingShape();
    if (!strong) {
        if (text.size() > kMaxHeadingChars || s.endsSentence)
            return Verdict::Item;
        // "마감일 : 채용 시 마감": a label and its value (readInline took the ones worth splitting).
        for (const QChar colon : {QChar(u':'), QChar(0xFF1A)})
            if (const qsizetype at = s.clean.indexOf(colon); at >= 0 && at + 1 < s.clean.size())
                return Verdict::Item;
        // A bullet item of some length: its words cannot make it a heading, only a label of nested items.
        if (s.mark == PostingLineShape::Mark::Bullet && !s.endsWithColon && text.size() > 25)
            return Verdict::Item;
    }
    const PostingVocabulary::Heading v = m_vocabulary.heading(text);
    *out = v;
    const bool known = v.section.has_value();
    const bool afterHeading = m_anyHeading && !m_itemsSinceHeading;
    auto unknownHeading = [&] { return afterHeading ? Verdict::SubHeading : Verdict::Heading; };
    // Right under a duty, requirement or preferred heading, a line of weak other words ("<데이터로 일하는
    // 팀>") is that heading's conversational sub-heading, not a new section.
    const bool weakOther = known && *v.section == Section::Other && v.score < 16;
    if (afterHeading && weakOther && isPreparation(m_section) &&
        (strong || s.mark == PostingLineShape::Mark::Heading))
        return Verdict::SubHeading;
    auto namesSkill = [&] { return !m_skills.matches(text).isEmpty(); };
    if (strong) {
        if (known)
            return Verdict::Heading;
        // A Markdown title, "[팀 문화]", "Tech we use:" — a section of "other". A bold or bracketed line
        // that names a skill before any heading is a title line, an item.
        if (!m_anyHeading && !s.markdown && namesSkill())
            return Verdict::Item;
        return unknownHeading();
    }
    // What the shape and the words say; a weak candidate that names a skill is an item unless it is
    // nearly all heading words.
    const Verdict verdict = [&] {
        switch (s.mark) {
        case PostingLineShape::Mark::Heading: {
            if (known && v.coverage >= 0.9)
                return Verdict::Heading; // "■ 자격요건": nothing but heading words
            // "▸ A", "▸ B": a list whose items share the mark, however the words read.
            const PostingLineShape *prev = previousNonEmpty(i);
            const PostingLineShape *next = nextNonEmpty(i);
            if ((prev && prev->markKey == s.markKey && m_lastListKey == s.markKey && m_itemsSinceHeading) ||
                (next && next->markKey == s.markKey))
                return Verdict::Item;
            if (known && v.coverage >= 0.5)
                return Verdict::Heading;
            // "🏢 그린마켓은요" before a paragraph or a list of other marks: a heading of other words.
            if (m_anyHeading && text.size() <= kMaxUnknownHeading)
                return known ? Verdict::Heading : unknownHeading();
            return Verdict::Item;
        }
        case PostingLineShape::Mark::Number: {
            // "1. 서류전형" then "2. 1차 면접": a numbered list of items, not headings.
            const PostingLineShape *prev = previousNonEmpty(i);
            const PostingLineShape *next = nextNonEmpty(i);
            if ((prev && prev->markKey == s.markKey && m_lastListKey == s.markKey && m_itemsSinceHeading) ||
                (next && next->markKey == s.markKey))
                return Verdict::Item;
            if (known && v.coverage >= 0.6)
                return Verdict::Heading;
            if (m_anyHeading && text.size() <= kMaxUnknownHeading && followedByItems(i))
                return unknownHeading();
            return Verdict::Item;
        }
        case PostingLineShape::Mark::Bullet:
            if (known && v.coverage >= 0.7 && (s.endsWithColon || text.size() <= 20))
                return Verdict::Heading;
            if (text.size() <= 25) {
                const PostingLineShape *next = nextNonEmpty(i);
                if (next && next->indent > s.indent && next->mark != PostingLineShape::Mark::None)
                    return Verdict::GroupLabel;
            }
            return Verdict::Item;
        case PostingLineShape::Mark::None:
            if (known && v.coverage >= 0.6)
                return Verdict::Heading;
            if (m_anyHeading && m_itemsSinceHeading && text.size() <= kMaxUnknownHeading) {
                const bool opensBlock = (i == 0 || m_shapes[i - 1].isEmpty()) && i + 1 < m_shapes.size() &&
                                        !m_shapes[i + 1].isEmpty();
                const PostingLineShape *next = nextNonEmpty(i);
                const bool opensList = next && (next->mark == PostingLineShape::Mark::Bullet ||
                                                next->mark == PostingLineShape::Mark::Number);
                if (opensBlock || opensList)
                    return Verdict::Heading;
            }
            return Verdict::Item;
        }
        return Verdict::Item;
    }();
    if (verdict != Verdict::Item && v.coverage < 0.9 && namesSkill())
        return Verdict::Item;
    return verdict;
}

void PostingReader::startHeading(Section section, const QString &text, int line)
{
    m_section = section;
    m_heading = text;
    m_headingLine = line;
    m_anyHeading = true;
    m_itemsSinceHeading = false;
    m_hasParent = false;
    m_groupIndent = -1;
    m_lastListKey.clear();
}

void PostingReader::addItem(const QString &text, Section base, int line)
{
    if (text.isEmpty() || PostingLines::isDecoration(text))
        return;
    m_itemsSinceHeading = true;
    QStringList pieces{text};
    if (isPreparation(base) && text.size() >= kProseChars)
        pieces = PostingSplit::sentences(text);
    for (const QString &sentence : std::as_const(pieces))
        for (const QString &piece : PostingSplit::cutLong(sentence, PostingParser::kMaxLineChars))
            place(piece, base, line);
}

void PostingReader::place(const QString &text, Section base, int line)
{
    const QList<SkillMatch> matches = m_skills.matches(text);
    const FoldedText folded(text);
    const PostingVocabulary::ItemWords words = m_vocabulary.itemWords(folded);
    m_taskKind = Kind::Study;
    Section section = base;
    EligibilityKind kind = EligibilityKind::None;
    if (words.other) {
        section = Section::Other;
    } else if (base == Section::Requirement || base == Section::Preferred) {
        if (base == Section::Requirement && words.preferred)
            section = Section::Preferred;
        else if (base == Section::Preferred && words.requirement && !words.preferred)
            section = Section::Requirement;
        kind = Eligibility::kindOf(text, words.eligibility);
        // Only requirement and preferred lines get a task: its kind from the same folded words.
        m_taskKind = TaskTitleWriter::builtIn().kindOf(folded);
        const bool namesSkill = kind == EligibilityKind::Experience &&
                                std::any_of(matches.begin(), matches.end(),
                                            [&](const SkillMatch &m) { return !inRole(text, m); });
        if (namesSkill) {
            // "Python 3년 이상": the skill can be prepared, the years cannot.
            append(section, text, line, kind, matches);
            if (section == Section::Requirement)
                append(Section::Eligibility, text, line, kind, matches);
            m_lastItemSection = section;
            return;
        }
        if (kind != EligibilityKind::None)
            section = Section::Eligibility;
    } else if (base == Section::Other && m_anyHeading) {
        kind = words.eligibility;
        if (isStrongEligibility(kind))
            section = Section::Eligibility;
        else
            kind = EligibilityKind::None;
    }
    append(section, text, line, kind, matches);
    m_lastItemSection = section;
}

void PostingReader::append(Section section, const QString &text, int line, EligibilityKind kind,
                           const QList<SkillMatch> &matches)
{
    ParsedLine l;
    l.section = section;
    l.text = text;
    l.heading = m_heading;
    l.headingLine = m_headingLine;
    l.sourceLine = line;
    l.eligibility = kind;
    l.taskKind = m_taskKind;
    for (const SkillMatch &m : matches) {
        const QString &name = m_skills.skills()[m.skill].name;
        if (!l.skills.contains(name))
            l.skills << name;
        if (!m_seenSkills.contains(m.skill)) {
            m_seenSkills.insert(m.skill);
            m_out.skills << name;
        }
    }
    if (matches.size() >= 2)
        l.oneOf = OneOf::groups(text, matches, m_skills);
    m_firstSkillSpellings << (matches.isEmpty() ? QString()
                                                : text.mid(matches.first().start, matches.first().length));
    m_out.lines.append(std::move(l));
}

} // namespace jobprep
