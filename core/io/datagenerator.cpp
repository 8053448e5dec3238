// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "datagenerator.h"

#include <QSet>

namespace jobprep {
namespace {

QString s(const char *utf8) { return QString::fromUtf8(utf8); }

QList<QString> list(std::initializer_list<const char *> items)
{
    QList<QString> out;
    for (const char *i : items)
        out << s(i);
    return out;
}

const QList<QString> &companyStems()
{
    static const auto v = list({"네이버", "카카오", "라인", "쿠팡", "토스", "당근", "우아한형제들", "크래프톤", "엔씨소프트",
                                "넥슨", "삼성SDS", "LG AI연구원", "SK텔레콤", "KT", "현대오토에버", "Upstage", "Riiid",
                                "Lunit", "VUNO", "Scatter Lab", "Hyperconnect", "Sendbird", "Moloco", "Dunamu",
                                "Yanolja", "무신사", "컬리", "직방", "하이퍼커넥트", "뱅크샐러드"});
    return v;
}

const QList<QString> &companySuffixes()
{
    static const auto v = list({"", " 클라우드", " 랩스", " AI", " 페이", " 데이터", " 모빌리티", " 헬스케어"});
    return v;
}

const QList<QString> &dutyLines()
{
    static const auto v = list({"대용량 데이터 파이프라인 설계 및 운영", "추천 모델 개발 및 A/B 테스트", "실시간 스트리밍 처리 시스템 개발",
                                "LLM 기반 서비스 개발", "데이터 웨어하우스 모델링", "대시보드 구축 및 지표 정의",
                                "ML 모델 서빙 인프라 구축", "검색 랭킹 모델 개선", "데이터 품질 모니터링 체계 구축",
                                "Build feature store for ML teams", "Own batch ETL on Airflow"});
    return v;
}

const QList<QString> &requirementLines()
{
    static const auto v = list({"Python, SQL 능숙자", "Spark 등 분산처리 경험 2년 이상", "PyTorch 또는 TensorFlow 사용 경험",
                                "통계학 기초 지식", "Kafka 기반 스트리밍 경험", "AWS/GCP 클라우드 사용 경험",
                                "머신러닝 모델 배포 경험", "데이터 모델링 이해", "Docker, Kubernetes 사용 경험",
                                "컴퓨터공학 또는 관련 전공 학사 이상", "Strong SQL and data modeling skills",
                                "Experience with dbt or similar tools"});
    return v;
}

const QList<QString> &preferredLines()
{
    static const auto v = list({"Kaggle 수상 경력", "오픈소스 기여 경험", "논문 게재 경험", "MLOps 도구 사용 경험",
                                "대규모 트래픽 서비스 경험", "Airflow DAG 작성 경험", "영어 커뮤니케이션 가능자",
                                "Experience with vector databases"});
    return v;
}

struct TitleSet
{
    Kind kind;
    int weight; // relative frequency
    QList<QString> titles;
};

const QList<TitleSet> &taskTitles()
{
    static const QList<TitleSet> v = {
        {Kind::Project, 14, list({"Spark 스트리밍 포트폴리오 프로젝트", "추천 시스템 토이 프로젝트", "Airflow 파이프라인 구축",
                                  "LLM 챗봇 데모 만들기", "Kaggle 대회 노트북 정리", "dbt 모델링 실습 저장소"})},
        {Kind::Study, 22, list({"Kafka 정리 노트", "통계학 복습: 가설검정", "PyTorch 튜토리얼", "SQL 윈도우 함수 공부",
                                "Designing Data-Intensive Applications 5장", "Kubernetes 기초 강의"})},
        {Kind::CodingTest, 18, list({"백준 골드 문제 3개", "프로그래머스 Lv.2 풀이", "LeetCode medium 5문제",
                                     "SQL 코딩테스트 대비", "모의 코딩테스트"})},
        {Kind::Interview, 8, list({"기술 면접 예상 질문 정리", "행동 면접 STAR 답변 준비", "모의 면접",
                                   "system design 연습"})},
        {Kind::Application, 10, list({"지원서 제출", "자기소개서 작성", "포트폴리오 링크 점검", "추천인 연락"})},
        {Kind::Resume, 7, list({"이력서 업데이트", "영문 이력서 다듬기", "프로젝트 성과 수치화", "GitHub README 정리"})},
        {Kind::Community, 8, list({"데이터 스터디 모임 발표", "기술 블로그 글쓰기", "오픈소스 이슈 하나 해결",
                                   "밋업 참석"})},
        {Kind::Certificate, 5, list({"SQLD 준비", "ADsP 기출 풀이", "AWS SAA 모의고사", "정보처리기사 실기"})},
        {Kind::Other, 8, list({"노트북 정리", "메일함 정리", "일정 점검", "네트워킹 커피챗"})},
    };
    return v;
}

QString twDate(const QDate &d, const QTime &t = QTime(0, 0))
{
    return QDateTime(d, t, Qt::UTC).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString twProject(const QString &company)
{
    // Taskwarrior splits project hierarchies on dots and filters on words: keep one plain word.
    QString p = company;
    p.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('.'), QLatin1Char('_'));
    return p;
}

} // namespace

DataGenerator::DataGenerator(int taskCount, quint64 seed, const QDate &today) : m_rng(seed), m_today(today)
{
    const int count = std::max(0, taskCount);
    makeCompanies(std::max(1, count / 500));
    makePostings(std::max(1, count / 100));
    makeTasks(count);
}

int DataGenerator::uniform(int from, int to) { return std::uniform_int_distribution<int>(from, to)(m_rng); }

bool DataGenerator::chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }

void DataGenerator::makeCompanies(int count)
{
    const auto &stems = companyStems();
    const auto &suffixes = companySuffixes();
    static const std::array<Stage, 6> stages{Stage::Interested, Stage::Preparing, Stage::Applied,
                                             Stage::CodingTest,  Stage::Interview, Stage::Rejected};
    for (int i = 0; i < count; ++i) {
        Company c;
        const int combos = int(stems.size() * suffixes.size());
        c.name = stems.at(i % stems.size()) + suffixes.at((i / stems.size()) % suffixes.size());
        if (i >= combos)
            c.name += QStringLiteral(" %1").arg(i / combos + 1);
        c.stage = stages.at(std::size_t(uniform(0, int(stages.size()) - 1)));
        c.interest = uniform(1, 5);
        c.website = QStringLiteral("https://careers.example.com/%1").arg(i + 1);
        c.notes = chance(0.3) ? s("채용 설명회 참석, 팀 분위기 좋음") : QString();
        c.codingTestNotes = chance(0.3) ? s("구현 2문제 + SQL 1문제, 120분") : QString();
        m_companies << c;
    }
}

void DataGenerator::makePostings(int count)
{
    static const std::array<Role, 6> roles{Role::DataEngineer, Role::DataScientist, Role::AiResearcher,
                                           Role::DataAnalyst,  Role::MlEngineer,    Role::Other};
    static const std::array<const char *, 6> roleTitles{"데이터 엔지니어", "데이터 사이언티스트", "AI 리서처",
                                                        "데이터 분석가",   "ML 엔지니어",       "Data Platform Engineer"};
    Id nextLine = 1;
    for (int i = 0; i < count; ++i) {
        GeneratedPosting g;
        g.company = m_companies.at(i % m_companies.size()).name;
        Posting &p = g.posting;
        p.id = i + 1;
        const int r = uniform(0, int(roles.size()) - 1);
        p.role = roles.at(std::size_t(r));
        p.title = s(roleTitles.at(std::size_t(r))) + (chance(0.5) ? s(" (신입)") : s(" (경력 3년 이상)"));
        p.url = QStringLiteral("https://careers.example.com/jobs/%1").arg(i + 1);
        if (!chance(0.15)) // some postings are open until filled
            p.deadline = m_today.addDays(uniform(-20, 60));
        auto addLines = [&](Section section, const QList<QString> &pool, int n) {
            for (int k = 0; k < n; ++k)
                p.lines.append({nextLine++, section, pick(pool)});
        };
        addLines(Section::Duty, dutyLines(), uniform(2, 4));
        addLines(Section::Requirement, requirementLines(), uniform(3, 6));
        addLines(Section::Preferred, preferredLines(), uniform(1, 3));
        QStringList raw{p.title, s("[주요업무]")};
        for (const PostingLine &l : p.lines) {
            if (l.section == Section::Requirement && !raw.contains(s("[자격요건]")))
                raw << s("[자격요건]");
            if (l.section == Section::Preferred && !raw.contains(s("[우대사항]")))
                raw << s("[우대사항]");
            raw << QStringLiteral("- ") + l.text;
        }
        p.rawText = raw.join(QLatin1Char('\n'));
        m_postings << g;
    }
}

void DataGenerator::makeTasks(int count)
{
    const auto &sets = taskTitles();
    int totalWeight = 0;
    for (const TitleSet &t : sets)
        totalWeight += t.weight;
    static const std::array<double, 6> estimates{0.5, 1, 2, 3, 4, 8};
    for (int i = 0; i < count; ++i) {
        GeneratedTask g;
        Task &t = g.task;
        t.id = i + 1;
        int w = uniform(0, totalWeight - 1);
        const TitleSet *set = &sets.first();
        for (const TitleSet &candidate : sets) {
            set = &candidate;
            if ((w -= candidate.weight) < 0)
                break;
        }
        t.kind = set->kind;
        t.title = pick(set->titles);
        t.estimateHours = estimates.at(std::size_t(uniform(0, int(estimates.size()) - 1)));
        if (!chance(0.12))
            t.due = m_today.addDays(uniform(-30, 120));
        // Most preparation serves a posting: link it to one to three lines of one posting.
        if (chance(0.7)) {
            const GeneratedPosting &p = pick(m_postings);
            g.company = p.company;
            const int links = uniform(1, 3);
            for (int k = 0; k < links; ++k) {
                const Id line = pick(p.posting.lines).id;
                if (!t.lineIds.contains(line))
                    t.lineIds << line;
            }
            t.title += QStringLiteral(" · ") + p.company;
        } else if (chance(0.3)) {
            g.company = pick(m_companies).name;
        }
        if (chance(0.01)) {
            t.repeat = chance(0.5) ? Repeat::Daily : Repeat::Weekly;
            t.streak = uniform(0, 30);
            if (!t.due.isValid())
                t.due = m_today;
        }
        const int status = uniform(0, 99);
        if (status < 20) {
            t.status = Status::Done;
            t.doneOn = m_today.addDays(-uniform(0, 60));
        } else if (status < 25) {
            t.status = Status::Doing;
        }
        if (t.isOpen() && chance(0.02))
            t.pinned = static_cast<Quadrant>(uniform(1, 4));
        t.notes = chance(0.2) ? s("참고 링크와 메모") : QString();
        t.created = QDateTime(m_today.addDays(-uniform(0, 180)), QTime(9, 0), Qt::UTC);
        t.updated = t.created;
        m_tasks << g;
    }
}

QJsonObject DataGenerator::jobprepJson() const
{
    QJsonArray companies;
    for (const Company &c : m_companies)
        companies.append(QJsonObject{{QStringLiteral("name"), c.name},
                                     {QStringLiteral("stage"), toString(c.stage)},
                                     {QStringLiteral("interest"), c.interest},
                                     {QStringLiteral("website"), c.website},
                                     {QStringLiteral("notes"), c.notes},
                                     {QStringLiteral("codingTestNotes"), c.codingTestNotes}});
    QJsonArray postings;
    for (const GeneratedPosting &g : m_postings) {
        const Posting &p = g.posting;
        QJsonArray lines;
        for (const PostingLine &l : p.lines)
            lines.append(QJsonObject{{QStringLiteral("id"), l.id},
                                     {QStringLiteral("section"), toString(l.section)},
                                     {QStringLiteral("text"), l.text}});
        postings.append(QJsonObject{
            {QStringLiteral("id"), p.id},       {QStringLiteral("company"), g.company},
            {QStringLiteral("title"), p.title}, {QStringLiteral("role"), toString(p.role)},
            {QStringLiteral("url"), p.url},     {QStringLiteral("text"), p.rawText},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("deadline"), p.deadline.isValid() ? QJsonValue(p.deadline.toString(Qt::ISODate))
                                                              : QJsonValue()}});
    }
    QJsonArray tasks;
    for (const GeneratedTask &g : m_tasks) {
        const Task &t = g.task;
        QJsonArray lines;
        for (Id l : t.lineIds)
            lines.append(l);
        QJsonObject o{{QStringLiteral("id"), t.id},
                      {QStringLiteral("title"), t.title},
                      {QStringLiteral("kind"), toString(t.kind)},
                      {QStringLiteral("notes"), t.notes},
                      {QStringLiteral("estimate"), t.estimateHours},
                      {QStringLiteral("status"), toString(t.status)},
                      {QStringLiteral("lines"), lines},
                      {QStringLiteral("repeat"), toString(t.repeat)},
                      {QStringLiteral("streak"), t.streak},
                      {QStringLiteral("pinned"), int(t.pinned)},
                      {QStringLiteral("created"), t.created.toString(Qt::ISODate)},
                      {QStringLiteral("updated"), t.updated.toString(Qt::ISODate)}};
        if (!g.company.isEmpty())
            o.insert(QStringLiteral("company"), g.company);
        if (t.due.isValid())
            o.insert(QStringLiteral("due"), t.due.toString(Qt::ISODate));
        if (t.doneOn.isValid())
            o.insert(QStringLiteral("doneOn"), t.doneOn.toString(Qt::ISODate));
        tasks.append(o);
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("jobprep")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("companies"), companies},
                       {QStringLiteral("postings"), postings},
                       {QStringLiteral("tasks"), tasks}};
}

QJsonArray DataGenerator::taskwarriorJson() const
{
    // The uuids come from their own generator so that they do not change the data set.
    std::mt19937_64 uuidRng(m_tasks.size() * 7919ULL + 17);
    QJsonArray out;
    for (const GeneratedTask &g : m_tasks) {
        const Task &t = g.task;
        const quint64 hi = uuidRng(), lo = uuidRng();
        const QString hex = QStringLiteral("%1%2").arg(hi, 16, 16, QLatin1Char('0')).arg(lo, 16, 16, QLatin1Char('0'));
        QString uuid = hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QStringLiteral("-4") + hex.mid(13, 3) +
                       QLatin1Char('-') + QLatin1Char("89ab"[lo % 4]) + hex.mid(17, 3) + QLatin1Char('-') + hex.mid(20, 12);
        QJsonObject o{{QStringLiteral("uuid"), uuid},
                      {QStringLiteral("description"), t.title},
                      {QStringLiteral("status"), t.isOpen() ? QStringLiteral("pending") : QStringLiteral("completed")},
                      {QStringLiteral("entry"), twDate(t.created.date(), QTime(9, 0))}};
        if (t.due.isValid())
            o.insert(QStringLiteral("due"), twDate(t.due));
        if (!t.isOpen())
            o.insert(QStringLiteral("end"), twDate(t.doneOn, QTime(18, 0)));
        if (!g.company.isEmpty())
            o.insert(QStringLiteral("project"), twProject(g.company));
        QJsonArray tags{toString(t.kind)};
        if (t.isHabit())
            tags.append(QStringLiteral("habit"));
        if (!t.lineIds.isEmpty())
            tags.append(QStringLiteral("posting"));
        o.insert(QStringLiteral("tags"), tags);
        // Our projects and study notes rank first; Taskwarrior's nearest equivalent is priority H.
        const bool top = t.kind == Kind::Project || t.kind == Kind::Study;
        o.insert(QStringLiteral("priority"), top ? QStringLiteral("H")
                                                 : (t.lineIds.isEmpty() ? QStringLiteral("L") : QStringLiteral("M")));
        out.append(o);
    }
    return out;
}

} // namespace jobprep
