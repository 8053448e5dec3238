// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingvocabulary.h"
#include "builtindata.h"

#include <algorithm>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace jobprep {
namespace {

constexpr int kWeightBase = 1000;

int priorityOf(const QString &family)
{
    static const QStringList first{QStringLiteral("requirement"), QStringLiteral("preferred"),
                                   QStringLiteral("duty"), QStringLiteral("eligibility")};
    const qsizetype i = first.indexOf(family);
    return i < 0 ? int(first.size()) : int(i);
}

} // namespace

const PostingVocabulary &PostingVocabulary::builtIn()
{
    static const PostingVocabulary data =
        loadBuiltIn<PostingVocabulary>(":/jobprep/postings/vocabulary.json", "posting vocabulary");
    return data;
}

PostingVocabulary PostingVocabulary::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return PostingVocabulary();
    };
    const std::optional<QJsonObject> document = readJsonObject(json, "vocabulary", error);
    if (!document)
        return PostingVocabulary();
    const QJsonObject &root = *document;
    const QJsonArray families = root.value(QStringLiteral("families")).toArray();
    if (families.isEmpty())
        return fail(QStringLiteral("vocabulary: no \"families\" array"));
    PostingVocabulary v;
    QHash<QString, QString> owner; // folded entry -> family, so that one wording names one family
    for (qsizetype i = 0; i < families.size(); ++i) {
        const QJsonObject o = families[i].toObject();
        Family f;
        f.name = o.value(QStringLiteral("name")).toString();
        if (f.name.isEmpty())
            return fail(QStringLiteral("vocabulary: families[%1]: \"name\" is missing").arg(i));
        const QString section = o.value(QStringLiteral("section")).toString();
        if (!section.isEmpty()) {
            f.section = fromString<Section>(section);
            if (!f.section)
                return fail(QStringLiteral("vocabulary: families[%1] (%2): unknown section \"%3\"")
                                .arg(i)
                                .arg(f.name, section));
        }
        f.priority = priorityOf(f.name);
        const QJsonObject entries = o.value(QStringLiteral("entries")).toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            const int weight = it.value().toInt(-1);
            if (weight < 0 || weight >= kWeightBase)
                return fail(QStringLiteral("vocabulary: %1: \"%2\": the weight must be 0..999")
                                .arg(f.name, it.key()));
            const QString key = FoldedText(it.key()).letters +
                                (it.key().endsWith(QLatin1Char('=')) ? QStringLiteral("=") : QString());
            if (const auto other = owner.constFind(key); other != owner.constEnd() && *other != f.name)
                return fail(
                    QStringLiteral("vocabulary: \"%1\" is in both %2 and %3").arg(it.key(), *other, f.name));
            owner.insert(key, f.name);
            if (!v.m_headings.add(it.key(), int(v.m_families.size()) * kWeightBase + weight))
                return fail(QStringLiteral("vocabulary: %1: \"%2\" has no letter").arg(f.name, it.key()));
        }
        v.m_families.append(f);
    }
    for (const QJsonValue &j : root.value(QStringLiteral("joiners")).toArray())
        v.m_joiners << j.toString();
    const QJsonObject markers = root.value(QStringLiteral("lineMarkers")).toObject();
    const char *markerNames[] = {"preferred", "requirement", "other"};
    for (int m = 0; m < 3; ++m)
        for (const QJsonValue &j : markers.value(QLatin1String(markerNames[m])).toArray())
            v.m_itemWords.add(j.toString(), 1 << m, true);
    const QJsonObject eligibility = root.value(QStringLiteral("eligibility")).toObject();
    const QList<QPair<const char *, EligibilityKind>> kinds{
        {"military", EligibilityKind::Military},     {"travel", EligibilityKind::Travel},
        {"workPermit", EligibilityKind::WorkPermit}, {"legal", EligibilityKind::Legal},
        {"degree", EligibilityKind::Degree},         {"experience", EligibilityKind::Experience}};
    for (const auto &[name, kind] : kinds) {
        const QJsonArray words = eligibility.value(QLatin1String(name)).toArray();
        if (words.isEmpty())
            return fail(
                QStringLiteral("vocabulary: eligibility: \"%1\" is missing").arg(QLatin1String(name)));
        for (const QJsonValue &j : words)
            v.m_itemWords.add(j.toString(), 1 << (8 + int(kind)), true);
    }
    if (v.m_itemWords.isEmpty() || markers.value(QStringLiteral("preferred")).toArray().isEmpty())
        return fail(QStringLiteral("vocabulary: \"lineMarkers\" or \"eligibility\" is missing"));
    return v;
}

PostingVocabulary::Heading PostingVocabulary::heading(const FoldedText &text) const
{
    Heading h;
    if (text.size() == 0 || m_families.isEmpty())
        return h;
    QList<int> scores(m_families.size(), 0);
    QList<qsizetype> firstAt(m_families.size(), -1), firstEnd(m_families.size(), -1);
    qsizetype covered = 0, coveredTo = 0;
    for (const PhraseTrie::Match &m : m_headings.scan(text)) {
        const int family = m.value / kWeightBase;
        scores[family] += m.value % kWeightBase;
        if (firstAt[family] < 0) {
            firstAt[family] = m.start;
            firstEnd[family] = m.start + m.length;
        }
        // A Latin stem covers the rest of its word: "responsib" covers "responsibilities".
        qsizetype end = m.start + m.length;
        if (text.wordStart(m.start))
            while (end < text.size() && !text.wordEnd(end - 1))
                ++end;
        covered += end - std::max(m.start, coveredTo);
        coveredTo = end;
    }
    h.coverage = double(covered) / double(text.size());
    int best = -1;
    for (int f = 0; f < m_families.size(); ++f) {
        if (scores[f] <= 0)
            continue;
        if (best < 0 || scores[f] > scores[best] ||
            (scores[f] == scores[best] && m_families[f].priority < m_families[best].priority))
            best = f;
    }
    if (best < 0)
        return h;
    // "자격요건 및 우대사항", "Requirements & Nice to haves": both kinds under one heading, told apart
    // line by line. "Preferred Qualifications" names preferred first: it is preferred.
    int requirement = -1, preferred = -1;
    for (int f = 0; f < m_families.size(); ++f) {
        if (m_families[f].name == u"requirement")
            requirement = f;
        else if (m_families[f].name == u"preferred")
            preferred = f;
    }
    if (requirement >= 0 && preferred >= 0 && scores[requirement] > 0 && scores[preferred] > 0 &&
        firstEnd[requirement] <= firstAt[preferred]) {
        const qsizetype from = text.at[std::size_t(firstEnd[requirement] - 1)].origin + 1;
        const QString between = text.source.mid(from, text.at[std::size_t(firstAt[preferred])].origin - from);
        static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}\\p{N}]+"));
        const QStringList words = between.toCaseFolded().split(nonLetters, Qt::SkipEmptyParts);
        for (const QString &j : m_joiners) {
            const bool word = std::all_of(j.begin(), j.end(), [](QChar c) { return c.isLetterOrNumber(); });
            if (word ? words.contains(j) : between.contains(j)) {
                best = requirement;
                h.mixed = true;
                break;
            }
        }
    }
    h.family = m_families[best].name;
    h.section = m_families[best].section;
    h.score = scores[best];
    return h;
}

PostingVocabulary::ItemWords PostingVocabulary::itemWords(const FoldedText &text) const
{
    const int flags = m_itemWords.flags(text);
    ItemWords w;
    w.preferred = flags & (1 << int(Marker::Preferred));
    w.requirement = flags & (1 << int(Marker::Requirement));
    w.other = flags & (1 << int(Marker::Other));
    // In order of precedence when a line names two kinds ("해외여행에 결격사유가 없는 자" is travel).
    for (const EligibilityKind k :
         {EligibilityKind::Military, EligibilityKind::Travel, EligibilityKind::WorkPermit,
          EligibilityKind::Legal, EligibilityKind::Degree, EligibilityKind::Experience})
        if (flags & (1 << (8 + int(k)))) {
            w.eligibility = k;
            break;
        }
    return w;
}

bool PostingVocabulary::marks(const FoldedText &text, Marker marker) const
{
    return m_itemWords.flags(text) & (1 << int(marker));
}

} // namespace jobprep
