// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "exampleplan.h"
#include "core/postings/linematch.h"
#include "core/store/storewriter.h"

namespace jobprep {
namespace {

QString s(const char *utf8) { return QString::fromUtf8(utf8); }

class Builder
{
public:
    Builder(StoreWriter &store, const QDate &today) : m_store(store), m_today(today) {}

    Id company(const char *name, Stage stage, int interest, const char *website, const char *notes,
               const QList<QPair<Stage, int>> &history)
    {
        Company c;
        c.name = s(name);
        c.stage = stage;
        c.interest = interest;
        c.website = s(website);
        c.notes = s(notes);
        for (const auto &[st, daysAgo] : history)
            c.history.append({st, m_today.addDays(-daysAgo)});
        return m_store.addCompany(c);
    }

    // A posting read from its text by the parser, as a pasted one is; returns its lines' ids in order.
    QList<Id> postingFromText(Id company, const char *title, Role role, int deadlineInDays, const char *url,
                              const char *text)
    {
        Posting p;
        p.companyId = company;
        p.title = s(title);
        p.role = role;
        p.url = s(url);
        p.deadline = m_today.addDays(deadlineInDays);
        p.rawText = s(text);
        p.lines = LineMatch::toPostingLines(PostingParser().parse(p.rawText));
        const Id id = m_store.addPosting(p);
        QList<Id> ids;
        const Posting stored = *m_store.posting(id);
        for (const PostingLine &l : stored.lines)
            ids << l.id;
        return ids;
    }

    Task task(const char *title, Kind kind, double hours, Id company, const QList<Id> &lines = {},
              int dueInDays = kNoDeadline, const char *notes = "")
    {
        Task t;
        t.title = s(title);
        t.kind = kind;
        t.estimateHours = hours;
        t.companyId = company;
        t.lineIds = lines;
        t.notes = s(notes);
        if (dueInDays != kNoDeadline)
            t.due = m_today.addDays(dueInDays);
        return t;
    }

    Id add(const Task &t) { return m_store.addTask(t); }

    Id addDone(Task t, int doneDaysAgo)
    {
        t.status = Status::Done;
        t.doneOn = m_today.addDays(-doneDaysAgo);
        return m_store.addTask(t);
    }

    Id addHabit(Task t, Repeat repeat, int streak)
    {
        t.repeat = repeat;
        t.streak = streak;
        t.due = m_today;
        return m_store.addTask(t);
    }

    static constexpr int kNoDeadline = 100000;

private:
    StoreWriter &m_store;
    QDate m_today;
};

} // namespace

void addExamplePlan(StoreWriter &store, const QDate &today)
{
    store.transaction([&] {
        Builder b(store, today);
        constexpr int none = Builder::kNoDeadline;

        const Id kakao = b.company("카카오", Stage::Applied, 5, "https://careers.kakao.com",
                                   "데이터 플랫폼 팀. 서류 제출 완료, 코딩테스트 안내 대기.",
                                   {{Stage::Interested, 40}, {Stage::Preparing, 25}, {Stage::Applied, 3}});
        const Id toss = b.company("토스", Stage::CodingTest, 5, "https://toss.im/career",
                                  "Data Analyst 과제형 코딩테스트 (SQL 위주).",
                                  {{Stage::Interested, 30}, {Stage::Applied, 12}, {Stage::CodingTest, 2}});
        const Id naver = b.company("네이버", Stage::Preparing, 4, "https://recruit.navercorp.com",
                                   "검색 LLM 조직. 포트폴리오에 RAG 데모가 있으면 좋음.",
                                   {{Stage::Interested, 20}, {Stage::Preparing, 6}});
        const Id coupang = b.company("Coupang", Stage::Interested, 3, "https://www.coupang.jobs",
                                     "English interviews; recommendation team.", {{Stage::Interested, 4}});
        const Id datapie = b.company("Datapie (스타트업)", Stage::Interview, 3, "https://datapie.example",
                                     "시리즈 A 스타트업, 2차 면접 예정.",
                                     {{Stage::Interested, 21}, {Stage::Applied, 14}, {Stage::Interview, 5}});

        // Read by the parser: 0-1 duties; 2 the Python-or-Scala requirement and 3 its years as
        // eligibility; 4 Spark, 5 SQL; 6 the degree (eligibility); 7-8 preferred; 9 the process (other).
        const QList<Id> kakaoLines = b.postingFromText(
            kakao, "데이터 엔지니어 (Data Platform)", Role::DataEngineer, 9, "https://careers.kakao.com/jobs/P-1234",
            "[주요업무]\n"
            "- 대용량 데이터 파이프라인 설계 및 운영\n"
            "- Kafka·Spark 기반 실시간 스트리밍 처리\n\n"
            "[자격요건]\n"
            "- Python 또는 Scala 개발 경험 3년 이상\n"
            "- Spark, Airflow 등 분산 처리·워크플로 도구 사용 경험\n"
            "- SQL 및 데이터 모델링에 대한 이해\n"
            "- 학사 이상 (컴퓨터공학 등 관련 전공)\n\n"
            "[우대사항]\n"
            "- Kubernetes 환경 운영 경험\n"
            "- 오픈소스 기여 경험\n\n"
            "[채용 절차]\n"
            "- 서류 전형 → 코딩테스트 → 기술 면접 → 최종 면접\n");
        const QList<Id> tossLines = b.postingFromText(
            toss, "Data Analyst", Role::DataAnalyst, 12, "https://toss.im/career/job-detail?job_id=42",
            "합류하면 함께 할 업무예요\n"
            "- 제품 핵심 지표 정의 및 대시보드 구축\n\n"
            "이런 분과 함께하고 싶어요\n"
            "- SQL로 복잡한 데이터를 자유롭게 추출·분석할 수 있는 분\n"
            "- A/B 테스트 설계 및 통계적 가설 검정 경험\n\n"
            "이런 분이면 더 좋아요\n"
            "- Python(pandas) 데이터 분석 경험\n");
        const QList<Id> naverLines = b.postingFromText(
            naver, "AI Researcher — 검색 LLM", Role::AiResearcher, 21, "https://recruit.navercorp.com/rcrt/view.do?id=7",
            "### 담당 업무\n"
            "- 검색 품질 향상을 위한 LLM 연구 및 서비스 적용\n\n"
            "### 필수 역량\n"
            "- PyTorch 등 딥러닝 프레임워크 활용 능력\n"
            "- LLM/NLP 관련 연구 또는 프로젝트 경험\n\n"
            "### 우대 사항\n"
            "- Top-tier 학회(ACL, NeurIPS 등) 논문 게재\n");
        const QList<Id> coupangLines = b.postingFromText(
            coupang, "Machine Learning Engineer, Recommendations", Role::MlEngineer, 35,
            "https://www.coupang.jobs/en/jobs/5678",
            "What you will do\n"
            "- Build and deploy recommendation models serving millions of customers\n\n"
            "Basic qualifications\n"
            "- Strong programming skills in Python or Java\n"
            "- Experience with ML model deployment and monitoring (MLOps)\n\n"
            "Preferred qualifications\n"
            "- Experience with feature stores and online inference\n");
        b.postingFromText(datapie, "Data Engineer (Junior)", Role::DataEngineer, -3, "https://datapie.example/jobs/de",
                          "자격요건\n- Python, SQL 기본기\n\n우대사항\n- dbt 사용 경험\n");

        // 1 Do first: important and due within days.
        b.add(b.task("카카오 자기소개서 최종 제출", Kind::Application, 2, kakao, {}, 1,
                     "지원 동기 700자, 프로젝트 경험 1000자."));
        b.add(b.task("토스 SQL 코딩테스트 대비: 윈도 함수 문제 20개", Kind::CodingTest, 4, toss, {tossLines[1]}, 2));
        b.addHabit(b.task("하루 한 문제 코딩테스트", Kind::CodingTest, 1, 0, {}, none, "프로그래머스 Lv.2 이상"),
                   Repeat::Daily, 6);
        b.addHabit(b.task("1일 1커밋", Kind::Community, 0.5, 0, {}, none, "포트폴리오 저장소에 작은 커밋이라도"),
                   Repeat::Daily, 12);

        // 2 Schedule: important, not urgent — the portfolio and study work that wins offers.
        b.add(b.task("포트폴리오: Kafka → Spark 실시간 파이프라인 구축", Kind::Project, 12, kakao,
                     {kakaoLines[1], kakaoLines[4]}, none, "docker-compose로 재현 가능하게. README에 아키텍처 그림."));
        b.add(b.task("학습 노트: Spark 셔플과 파티셔닝", Kind::Study, 3, kakao, {kakaoLines[4]}));
        b.add(b.task("PyTorch로 RAG 검색 데모 만들기", Kind::Project, 10, naver, {naverLines[1], naverLines[2]}));
        b.add(b.task("Study notes: model deployment & monitoring (MLOps)", Kind::Study, 4, coupang, {coupangLines[2]}));
        b.add(b.task("데이터파이 2차 면접 준비: 프로젝트 설명 연습", Kind::Interview, 3, datapie, {}, 5));

        // 3 Limit: urgent but not important — keep it short.
        b.add(b.task("정보처리기사 실기 원서 접수", Kind::Certificate, 0.5, 0, {}, 2));
        b.add(b.task("데이터파이 면접 일정 회신 메일", Kind::Other, 0.25, datapie, {}, 0));

        // 4 Drop / later.
        b.add(b.task("SQLD 자격증 공부", Kind::Certificate, 6, 0));
        b.add(b.task("Kubernetes 운영 경험 쌓기 (우대사항)", Kind::Other, 8, kakao, {kakaoLines[7]}));
        b.add(b.task("데이터 엔지니어링 밋업 후기 블로그 정리", Kind::Other, 1.5, 0));

        // Pinned by the user: the planner would drop a resume edit, the user wants it first.
        Task resume = b.task("이력서에 Airflow 프로젝트 추가", Kind::Resume, 1.5, kakao, {kakaoLines[4]});
        resume.pinned = Quadrant::DoFirst;
        b.add(resume);

        // Done work: the Toss posting is half ready (one of its two requirements closed).
        b.addDone(b.task("학습 노트: A/B 테스트와 가설 검정", Kind::Study, 3, toss, {tossLines[2]}), 4);
        b.addDone(b.task("SQL 윈도 함수 정리", Kind::Study, 2, kakao, {kakaoLines[5]}), 8);
        b.addDone(b.task("Python coding warm-up: 30 problems", Kind::CodingTest, 6, coupang, {coupangLines[1]}), 10);
    });
}

} // namespace jobprep
