// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingheadings.h"

#include <QHash>
#include <QRegularExpression>

namespace jobprep {
namespace {

struct HeadingTable
{
    QHash<QString, Section> keys; // normalized heading -> section
    qsizetype longest = 0;
};

void addKeys(HeadingTable &t, Section s, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QString n = PostingHeadings::normalize(QString::fromUtf8(k));
        t.keys.insert(n, s);
        t.longest = std::max(t.longest, n.size());
    }
}

const HeadingTable &table()
{
    static const HeadingTable t = [] {
        HeadingTable t;
        addKeys(t, Section::Duty,
                {"주요업무", "주요 업무", "담당업무", "담당 업무", "업무내용", "업무 내용", "하는 일", "하게 될 일",
                 "하시게 될 일", "이런 일을 해요", "이런 업무를 해요", "이런 일을 하게 돼요", "합류하면 함께할 업무",
                 "합류하시면 함께할 업무", "합류하면 함께 할 업무", "함께할 업무", "함께 할 업무", "담당하실 업무",
                 "담당하게 될 업무", "맡게 될 업무", "맡으실 업무", "수행 업무", "직무 내용", "직무 소개", "업무 소개",
                 "주요 역할", "역할", "포지션 상세", "팀에서 하는 일", "합류하면 하게 될 일", "이런 일을 함께해요",
                 "Responsibilities", "Key Responsibilities", "Main Responsibilities", "Your Responsibilities",
                 "Job Responsibilities", "Roles and Responsibilities", "Role & Responsibilities", "What you'll do",
                 "What you will do", "What you'll be doing", "What you will be doing", "What you'll work on",
                 "Your role", "The role", "Duties", "Job duties", "Job description", "In this role you will",
                 "In this role, you will", "Your mission", "Your impact", "What you'll own"});
        addKeys(t, Section::Requirement,
                {"자격요건", "자격 요건", "지원자격", "지원 자격", "필수요건", "필수 요건", "필수사항", "필수 사항",
                 "필수조건", "필수 조건", "필수역량", "필수 역량", "필요역량", "필요 역량", "필요한 역량", "필요 경험",
                 "자격조건", "자격 조건", "지원요건", "지원 요건", "요구사항", "요구 역량", "필수", "이런 분을 찾아요",
                 "이런 분을 찾고 있어요", "이런 분을 찾습니다", "이런 분과 함께하고 싶어요", "이런 분과 함께 하고 싶어요",
                 "이런 분과 함께하고 싶습니다", "이런 분을 원해요", "이런 분이 필요해요", "이런 분이면 좋아요",
                 "이런 분이 잘 맞아요", "이런 역량이 필요해요", "Requirements", "Job requirements",
                 "Minimum requirements", "Basic requirements", "Qualifications", "Minimum qualifications",
                 "Basic qualifications", "Required qualifications", "Required skills", "Requirements and skills",
                 "Required", "Must have", "Must haves", "Must-haves", "What we're looking for",
                 "What we are looking for", "What you'll need", "What you need", "What you bring",
                 "What you'll bring", "Who you are", "About you", "You should have", "You have", "Skills",
                 "Skills and experience", "Experience", "Your profile", "Your qualifications"});
        addKeys(t, Section::Preferred,
                {"우대사항", "우대 사항", "우대조건", "우대 조건", "우대요건", "우대 요건", "우대역량", "우대 역량",
                 "선호조건", "선호 조건", "선호사항", "선호 사항", "우대", "가산점", "플러스 요인", "플러스",
                 "이런 분이면 더 좋아요", "이런 분이라면 더 좋아요", "이런 분이면 더 좋겠어요", "이런 분이면 더 좋습니다",
                 "이런 경험이 있다면 더 좋아요", "이런 경험이 있으면 더 좋아요", "이런 경험이 있다면 더 좋습니다",
                 "이런 분이면 더 환영해요", "이런 분이면 더욱 좋아요", "이런 경험이 있다면 더욱 좋아요",
                 "Preferred", "Preferred qualifications", "Preferred skills", "Preferred experience",
                 "Desired qualifications", "Desired skills", "Nice to have", "Nice to haves", "Nice-to-have",
                 "Nice-to-haves", "Good to have", "Bonus", "Bonus points", "Bonus points if you have", "Plus",
                 "Pluses", "Plusses", "It's a plus if", "Even better if", "Extra credit", "Additional qualifications"});
        addKeys(t, Section::Other,
                {"복리후생", "복리 후생", "혜택", "혜택 및 복지", "복지", "복지 혜택", "복지 및 혜택", "전형절차",
                 "전형 절차", "채용절차", "채용 절차", "채용전형", "채용 전형", "전형과정", "전형 과정", "채용 과정",
                 "근무지", "근무지역", "근무 지역", "근무위치", "근무 위치", "근무조건", "근무 조건", "근무형태",
                 "근무 형태", "근무시간", "근무 시간", "고용형태", "고용 형태", "접수기간", "접수 기간", "마감일",
                 "모집기간", "모집 기간", "지원기간", "지원 기간", "지원방법", "지원 방법", "접수방법", "접수 방법",
                 "제출서류", "제출 서류", "연봉", "급여", "처우", "회사소개", "회사 소개", "기업소개", "기업 소개",
                 "팀소개", "팀 소개", "팀을 소개해요", "참고사항", "참고 사항", "기타사항", "기타 사항", "유의사항",
                 "유의 사항", "기타", "이런 혜택이 있어요", "함께하면 받는 혜택", "합류 여정", "채용 프로세스",
                 "Benefits", "Perks", "Perks and benefits", "Benefits and perks", "What we offer", "We offer",
                 "Salary", "Compensation", "Pay", "Location", "Hiring process", "Interview process",
                 "Recruitment process", "About us", "About the company", "About the team", "Who we are", "Our team",
                 "How to apply", "Application deadline", "Deadline", "Working hours", "Employment type",
                 "Equal opportunity", "Additional information"});
        return t;
    }();
    return t;
}

bool isDecoration(uint cp)
{
    if (cp >= 0x1F000) // emoji and pictographs
        return true;
    const QChar::Category cat = QChar::category(char32_t(cp));
    switch (cat) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return false;
    default:
        return true;
    }
}

} // namespace

QString PostingHeadings::normalize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018) ||
            c == QLatin1Char('-') || c == QLatin1Char(','))
            continue;
        out += c;
    }
    while (!out.isEmpty() && QStringLiteral(":：.!?~！？").contains(out.back()))
        out.chop(1);
    return out.toCaseFolded();
}

QString PostingHeadings::stripDecoration(const QString &line)
{
    static const QRegularExpression numbering(
        QStringLiteral("^(?:\\d{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4}(?=[.)]))\\s*[.)．]?\\s+|^\\d{1,2}[.)．]\\s*"));
    QList<uint> cps = line.toUcs4();
    qsizetype b = 0, e = cps.size();
    auto trim = [&] {
        while (b < e && isDecoration(cps[b]))
            ++b;
        while (e > b && isDecoration(cps[e - 1]) && cps[e - 1] != ')' && cps[e - 1] != 0xFF09)
            --e;
        // A trailing parenthesis is kept only with its opening one: "자격요건 (필수)".
        if (e > b && (cps[e - 1] == ')' || cps[e - 1] == 0xFF09)) {
            const QString inner = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + b), e - b);
            if (!inner.contains(QLatin1Char('(')) && !inner.contains(QChar(0xFF08))) {
                --e;
                while (e > b && isDecoration(cps[e - 1]))
                    --e;
            }
        }
    };
    trim();
    QString s = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + b), e - b);
    const QRegularExpressionMatch m = numbering.match(s);
    if (m.hasMatch() && m.capturedLength() < s.size()) {
        cps = s.mid(m.capturedLength()).toUcs4();
        b = 0;
        e = cps.size();
        trim();
        s = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + b), e - b);
    }
    return s.trimmed();
}

std::optional<Section> PostingHeadings::classify(const QString &line)
{
    const QString stripped = stripDecoration(line);
    if (stripped.isEmpty())
        return std::nullopt;
    const QString n = normalize(stripped);
    const HeadingTable &t = table();
    if (n.size() > t.longest + 12)
        return std::nullopt;
    if (const auto it = t.keys.constFind(n); it != t.keys.constEnd())
        return *it;
    // A known heading followed by a qualifier: "자격요건 (필수)", "Requirements & Qualifications",
    // "주요업무 및 역할", "합류하면 함께할 업무예요". Only these forms, so that an item such as
    // "Plus SQL experience" or "Experience and passion for data" is never taken for a heading.
    static const QStringList openers{QStringLiteral("("), QStringLiteral("（"), QStringLiteral("[")};
    static const QStringList endings{QStringLiteral("예요"), QStringLiteral("이에요"), QStringLiteral("에요"),
                                     QStringLiteral("입니다"), QStringLiteral("이요")};
    static const QStringList joiners{QStringLiteral("&"), QStringLiteral("/"), QStringLiteral("및"),
                                     QStringLiteral("and"), QStringLiteral("·")};
    for (qsizetype len = std::min(n.size() - 1, t.longest); len >= 2; --len) {
        const auto it = t.keys.constFind(n.left(len));
        if (it == t.keys.constEnd())
            continue;
        const QString rest = n.mid(len);
        for (const QString &o : openers)
            if (rest.startsWith(o))
                return *it;
        if (endings.contains(rest))
            return *it;
        for (const QString &j : joiners)
            if (rest.startsWith(j) && t.keys.contains(rest.mid(j.size())))
                return *it;
    }
    return std::nullopt;
}

} // namespace jobprep
