// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/postings/postingheadings.h"
#include "core/postings/postingparser.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace jobprep;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(JOBPREP_FIXTURES "/postings/") + QString::fromUtf8(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

ParseResult parseFixture(const char *name)
{
    const ParseResult r = PostingParser().parseUtf8(fixture(name));
    EXPECT_TRUE(r.ok()) << r.error.toStdString();
    return r;
}

QStringList texts(const ParseResult &r, Section s)
{
    QStringList out;
    for (const ParsedLine &l : r.lines)
        if (l.section == s)
            out << l.text;
    return out;
}

const ParsedLine *findLine(const ParseResult &r, const QString &needle)
{
    for (const ParsedLine &l : r.lines)
        if (l.text.contains(needle))
            return &l;
    return nullptr;
}

// The first item containing needle; a test failure (and an empty item) when there is none.
const ParsedLine *lineContaining(const ParseResult &r, const QString &needle)
{
    if (const ParsedLine *l = findLine(r, needle))
        return l;
    ADD_FAILURE() << "no item contains " << needle.toStdString();
    static const ParsedLine none = [] {
        ParsedLine l;
        l.section = Section::Duty;
        l.text = QStringLiteral("(missing)");
        return l;
    }();
    return &none;
}

QString u(const char *s) { return QString::fromUtf8(s); }

} // namespace

TEST(PostingParser, KoreanJobBoardConversationalHeadings)
{
    const ParseResult r = parseFixture("kr-jobboard-conversational.txt");
    const QStringList duty = texts(r, Section::Duty);
    const QStringList req = texts(r, Section::Requirement);
    const QStringList pref = texts(r, Section::Preferred);
    ASSERT_EQ(duty.size(), 3);
    ASSERT_EQ(req.size(), 3);
    ASSERT_EQ(pref.size(), 2);
    // Bullets are gone, the text is intact.
    EXPECT_EQ(req[0], u("파이썬을 능숙하게 다루고 SQL로 복잡한 데이터를 다뤄본 분"));
    EXPECT_TRUE(pref[0].startsWith(u("쿠버네티스")));
    // Text before any heading, benefits and the hiring journey are other.
    EXPECT_EQ(r.lines.first().section, Section::Other);
    EXPECT_EQ(lineContaining(r, u("건강검진"))->section, Section::Other);
    EXPECT_EQ(lineContaining(r, u("최종 합격"))->section, Section::Other);
    // Skills with Korean particles attached.
    EXPECT_EQ(lineContaining(r, u("파이썬을"))->skills, (QStringList{u("Python"), u("SQL")}));
    EXPECT_EQ(r.skillsIn(Section::Requirement),
              (QStringList{u("Python"), u("SQL"), u("distributed systems"), u("Hadoop"), u("Spark"), u("Linux"),
                           u("Docker")}));
    EXPECT_EQ(r.skillsIn(Section::Preferred), (QStringList{u("Kubernetes"), u("Kafka"), u("stream processing")}));
    EXPECT_EQ(lineContaining(r, u("쿠버네티스"))->heading, u("이런 분이면 더 좋아요"));
}

TEST(PostingParser, KoreanFormalBracketHeadingsWithMiddleDotBullets)
{
    const ParseResult r = parseFixture("kr-formal-brackets.txt");
    EXPECT_EQ(texts(r, Section::Duty).size(), 3);
    const QStringList req = texts(r, Section::Requirement);
    ASSERT_EQ(req.size(), 3);
    EXPECT_EQ(req[0], u("PyTorch 또는 TensorFlow를 이용한 딥러닝 모델 개발 경험")); // "ㆍ" removed
    // A degree is eligibility, not preparation; its commas stay.
    EXPECT_EQ(texts(r, Section::Eligibility), QStringList{u("컴퓨터공학, 통계학 또는 관련 전공 석사 이상")});
    EXPECT_EQ(lineContaining(r, u("석사"))->eligibility, EligibilityKind::Degree);
    EXPECT_EQ(texts(r, Section::Preferred).size(), 2);
    // 근무조건, 전형절차 (numbered, mentions 코딩테스트) and 접수기간 are other, never requirements.
    for (const char *other : {"정규직", "테헤란로", "회사 내규", "서류전형", "코딩테스트 포함", "2026. 12. 01"})
        EXPECT_EQ(lineContaining(r, u(other))->section, Section::Other) << other;
    EXPECT_EQ(lineContaining(r, u("서류전형"))->text, u("서류전형")); // "1." removed
    EXPECT_EQ(lineContaining(r, u("PyTorch"))->skills,
              (QStringList{u("PyTorch"), u("TensorFlow"), u("deep learning")}));
    EXPECT_TRUE(r.skillsIn(Section::Requirement).contains(u("algorithms")));
    EXPECT_TRUE(r.skillsIn(Section::Duty).contains(u("LLM")));
    EXPECT_TRUE(r.skillsIn(Section::Duty).contains(u("RAG")));
    EXPECT_EQ(r.skillsIn(Section::Preferred), (QStringList{u("Transformers")}));
}

TEST(PostingParser, EnglishLinkedInStyle)
{
    const ParseResult r = parseFixture("en-linkedin.txt");
    EXPECT_EQ(texts(r, Section::Duty).size(), 3);
    EXPECT_EQ(texts(r, Section::Requirement),
              (QStringList{u("3+ years of experience applying machine learning in production"),
                           u("Strong SQL and Python (pandas, scikit-learn)"),
                           u("Solid foundation in statistics and experiment design")}));
    EXPECT_EQ(texts(r, Section::Preferred).size(), 2);
    // "About the job" is a heading of the about family: its paragraph is other and placed under it.
    EXPECT_EQ(findLine(r, u("About the job")), nullptr);
    EXPECT_EQ(lineContaining(r, u("pricing engine"))->section, Section::Other);
    EXPECT_EQ(lineContaining(r, u("pricing engine"))->heading, u("About the job"));
    EXPECT_EQ(lineContaining(r, u("education budget"))->section, Section::Other);
    EXPECT_EQ(lineContaining(r, u("Gangnam"))->section, Section::Other);
    EXPECT_EQ(lineContaining(r, u("Competitive"))->section, Section::Other);
    EXPECT_EQ(lineContaining(r, u("Strong SQL"))->skills,
              (QStringList{u("SQL"), u("Python"), u("Pandas"), u("scikit-learn")}));
    EXPECT_EQ(lineContaining(r, u("A/B tests"))->skills, QStringList{u("A/B testing")});
}

TEST(PostingParser, EnglishNiceToHaveAndBonusPointsArePreferred)
{
    const ParseResult r = parseFixture("en-nice-to-have.txt");
    EXPECT_EQ(texts(r, Section::Duty).size(), 3);
    EXPECT_EQ(texts(r, Section::Requirement).size(), 3);
    EXPECT_EQ(texts(r, Section::Preferred).size(), 4);
    EXPECT_EQ(lineContaining(r, u("Free lunch"))->section, Section::Other);
    EXPECT_EQ(lineContaining(r, u("Python and Go"))->skills, (QStringList{u("Python"), u("Go")}));
    EXPECT_EQ(lineContaining(r, u("LLMs"))->skills, (QStringList{u("LLM"), u("RAG")}));
    EXPECT_EQ(lineContaining(r, u("Docker"))->skills, (QStringList{u("Docker"), u("Kubernetes")}));
    // "## Title" is a heading-shaped line of no known kind: other, and not an item.
    EXPECT_EQ(findLine(r, u("Machine Learning Engineer")), nullptr);
}

TEST(PostingParser, InlineHeadingsSplitIntoItems)
{
    const ParseResult r = parseFixture("kr-inline.txt");
    EXPECT_EQ(texts(r, Section::Duty), (QStringList{u("서비스 지표 대시보드 구축"), u("실험 결과 분석")}));
    EXPECT_EQ(texts(r, Section::Requirement), (QStringList{u("Python"), u("SQL"), u("통계 지식")}));
    EXPECT_EQ(texts(r, Section::Preferred), (QStringList{u("Tableau 또는 Power BI 사용 경험"), u("R")}));
    EXPECT_EQ(lineContaining(r, u("판교"))->section, Section::Other);
    EXPECT_EQ(lineContaining(r, u("2026-12-31"))->section, Section::Other);
    EXPECT_EQ(r.skillsIn(Section::Preferred), (QStringList{u("Tableau"), u("Power BI"), u("R")}));
}

TEST(PostingParser, BenefitsProcessLocationSalaryAreNeverRequirements)
{
    const ParseResult r = parseFixture("mixed-sections.txt");
    EXPECT_EQ(texts(r, Section::Requirement), (QStringList{u("머신러닝 모델링 경험 2년 이상"), u("SQL 활용 능력")}));
    EXPECT_EQ(texts(r, Section::Preferred), (QStringList{u("하둡/하이브 환경 경험")}));
    EXPECT_EQ(r.skillsIn(Section::Preferred), (QStringList{u("Hadoop"), u("Hive")}));
    EXPECT_EQ(texts(r, Section::Duty).size(), 2);
    // Python and SQL appear in 회사소개, 복리후생 and 채용절차 too: those stay other.
    for (const char *other : {"Python 교육비", "Kubernetes로", "과제전형", "성수역", "6,000", "12월 15일", "4대보험"})
        EXPECT_EQ(lineContaining(r, u(other))->section, Section::Other) << other;
    EXPECT_EQ(r.skillsIn(Section::Requirement), (QStringList{u("machine learning"), u("SQL")}));
}

TEST(PostingParser, MalformedTextNeverCrashesAndDropsPureDecoration)
{
    const ParseResult r = parseFixture("malformed.txt");
    EXPECT_EQ(texts(r, Section::Requirement), QStringList{u("Python")});
    const QStringList pref = texts(r, Section::Preferred);
    ASSERT_EQ(pref.size(), 4);
    EXPECT_EQ(pref[0], u("Spark ***"));
    EXPECT_EQ(pref[1], u("tab separated SQL line"));
    EXPECT_EQ(pref.last(), u("PyTorch 경험")); // the NUL byte became a space
    for (const ParsedLine &l : r.lines) {
        EXPECT_FALSE(l.text.isEmpty());
        EXPECT_FALSE(l.text.contains(QChar(0)));
    }
}

TEST(PostingParser, EmptyAndBlankInputGiveAnEmptyResult)
{
    for (const QByteArray &in : {QByteArray(), QByteArray("\n\n   \r\n\t"), QByteArray("\xEF\xBB\xBF")}) {
        const ParseResult r = PostingParser().parseUtf8(in);
        EXPECT_TRUE(r.ok());
        EXPECT_TRUE(r.lines.isEmpty());
        EXPECT_TRUE(r.skills.isEmpty());
    }
}

TEST(PostingParser, InvalidUtf8IsAClearErrorNamingTheLine)
{
    const QByteArray bad = QByteArray("자격요건\n- Python\n- SQL \xFF\xFE 경험\n");
    const ParseResult r = PostingParser().parseUtf8(bad);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.lines.isEmpty());
    EXPECT_TRUE(r.error.contains(u("not valid UTF-8"))) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(u("line 3"))) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(u("0xff"))) << r.error.toStdString();
    // Truncated sequences, overlong forms and encoded surrogates are refused too.
    for (const QByteArray &b : {QByteArray("abc\xED"), QByteArray("\xC0\xAF"), QByteArray("\xED\xA0\x80"),
                                QByteArray("\xF4\x90\x80\x80"), QByteArray("\xE0\x80\xAF")})
        EXPECT_GE(PostingParser::invalidUtf8Offset(b), 0) << b.toHex().toStdString();
    EXPECT_EQ(PostingParser::invalidUtf8Offset(QByteArray("한국어 😀 ok")), -1);
}

TEST(PostingParser, OneMegabyteParsesAndMoreIsRefused)
{
    const QByteArray block = QByteArray("자격요건\n- Python과 SQL 경험\n우대사항\n- Spark 경험\n");
    QByteArray big;
    while (big.size() + block.size() <= PostingParser::kMaxBytes)
        big += block;
    big += QByteArray(PostingParser::kMaxBytes - big.size(), 'x'); // one long line of exactly the rest
    ASSERT_EQ(big.size(), PostingParser::kMaxBytes);
    const ParseResult r = PostingParser().parseUtf8(big);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const int blocks = int(big.size() / block.size());
    EXPECT_EQ(r.count(Section::Requirement), blocks);
    EXPECT_EQ(r.count(Section::Preferred), blocks + (big.size() > blocks * block.size() ? 1 : 0));
    // One line of 10,000 characters is cut at spaces into lines the store accepts.
    const ParseResult longLine = PostingParser().parse(u("자격요건\n") + QString(u("SQL ")).repeated(2500));
    EXPECT_EQ(longLine.count(Section::Requirement), 5);
    for (const ParsedLine &l : longLine.lines)
        EXPECT_LE(l.text.size(), PostingParser::kMaxLineChars);
    EXPECT_EQ(r.skills, (QStringList{u("Python"), u("SQL"), u("Spark")}));

    const ParseResult tooBig = PostingParser().parseUtf8(big + "y");
    EXPECT_FALSE(tooBig.ok());
    EXPECT_TRUE(tooBig.error.contains(QString::number(PostingParser::kMaxBytes + 1))) << tooBig.error.toStdString();
    EXPECT_FALSE(PostingParser().parse(QString::fromUtf8(big + "y")).ok());
}

TEST(PostingHeadings, DecoratedHeadingsAreRecognised)
{
    const QList<QPair<const char *, Section>> cases{
        {"[자격요건]", Section::Requirement},     {"【우대사항】", Section::Preferred},
        {"<주요 업무>", Section::Duty},            {"■ 담당업무", Section::Duty},
        {"◆ 지원자격 ◆", Section::Requirement},    {"★우대조건★", Section::Preferred},
        {"1. 주요업무", Section::Duty},            {"02. 필수 요건", Section::Requirement},
        {"Ⅲ. 우대 사항", Section::Preferred},      {"📌 이런 분을 찾아요!", Section::Requirement},
        {"💡 이런 경험이 있다면 더 좋아요", Section::Preferred},
        {"합류하면 함께할 업무예요", Section::Duty}, {"이런 분과 함께하고 싶어요", Section::Requirement},
        {"하는 일", Section::Duty},                {"업무내용:", Section::Duty},
        {"필수사항 :", Section::Requirement},      {"선호조건", Section::Preferred},
        {"자격요건 (필수)", Section::Requirement}, {"What you'll do:", Section::Duty},
        {"What You Will Do", Section::Duty},       {"**Requirements**", Section::Requirement},
        {"Minimum qualifications", Section::Requirement}, {"Basic Qualifications:", Section::Requirement},
        {"Preferred Qualifications", Section::Preferred}, {"Nice to have", Section::Preferred},
        {"Bonus points", Section::Preferred},      {"Plus:", Section::Preferred},
        {"Requirements & Qualifications", Section::Requirement}, {"주요업무 및 역할", Section::Duty},
        {"복리후생", Section::Other},              {"[혜택 및 복지]", Section::Other},
        {"전형절차", Section::Other},              {"채용 절차", Section::Other},
        {"근무지", Section::Other},                {"근무조건", Section::Other},
        {"접수기간", Section::Other},              {"마감일", Section::Other},
        {"연봉", Section::Other},                  {"급여", Section::Other},
        {"Benefits", Section::Other},              {"Perks", Section::Other},
        {"Salary", Section::Other},                {"Location", Section::Other},
        {"Hiring process", Section::Other},        {"About us", Section::Other},
        {"회사소개", Section::Other}};
    for (const auto &[text, section] : cases) {
        const auto s = PostingHeadings::classify(u(text));
        ASSERT_TRUE(s.has_value()) << text;
        EXPECT_EQ(*s, section) << text;
    }
}

TEST(PostingHeadings, ItemsThatMentionHeadingWordsAreNotHeadings)
{
    for (const char *text : {"Python 경험 우대", "Plus SQL experience", "Experience and passion for data",
                             "데이터 분석 업무 경험", "Requirements gathering with stakeholders", "자격요건을 갖춘 분",
                             "우대합니다", "3년 이상의 경력", "- Python"})
        EXPECT_FALSE(PostingHeadings::classify(u(text)).has_value()) << text;
}

TEST(PostingParser, BulletsAndNumberingAreRemoved)
{
    const QList<QPair<const char *, const char *>> cases{
        {"• Python", "Python"},   {"- SQL", "SQL"},         {"* Spark", "Spark"},    {"· Kafka", "Kafka"},
        {"ㆍ하둡", "하둡"},       {"○ 통계", "통계"},       {"● R", "R"},            {"▶ Airflow", "Airflow"},
        {"► dbt", "dbt"},         {"✔ Docker", "Docker"},   {"✓ AWS", "AWS"},        {"※ 경력 3년", "경력 3년"},
        {"1. Python", "Python"},  {"1) SQL", "SQL"},        {"(2) Spark", "Spark"},  {"① 통계", "통계"},
        {"가. 학사 이상", "학사 이상"}, {"✅ LLM", "LLM"},  {"-Python 능숙", "Python 능숙"},
        {"+3년 경력", "+3년 경력"}, {"1.5년 이상", "1.5년 이상"}, {"C++ 개발", "C++ 개발"},
        {"- 1. Spark", "Spark"}};
    for (const auto &[in, out] : cases)
        EXPECT_EQ(PostingParser::stripBullet(u(in)), u(out)) << in;
}
