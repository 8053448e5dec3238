<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>jobprep::Backup</name>
    <message>
        <source>backup of %1 to %2</source>
        <translation>%1을(를) %2(으)로 백업</translation>
    </message>
    <message>
        <source>backup of %1 to %2 failed: %3</source>
        <translation>%1을(를) %2(으)로 백업하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>backup: cannot rename %1 to %2</source>
        <translation>백업: %1의 이름을 %2(으)로 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>백업 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>jobprep::CalendarDiscovery</name>
    <message>
        <source>%1: no calendar there</source>
        <translation>%1: 캘린더가 없습니다</translation>
    </message>
</context>
<context>
    <name>jobprep::CalendarSync</name>
    <message>
        <source>%1: no calendar for events there</source>
        <translation>%1: 일정용 캘린더가 없습니다</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 changes; the next sync finishes the rest</source>
        <translation>변경 %2개 중 %1개 후 취소했습니다. 다음 동기화가 나머지를 마칩니다</translation>
    </message>
    <message>
        <source>%1: an event of someone else is where this plan&apos;s event would go; left alone</source>
        <translation>%1: 이 계획의 일정이 들어갈 자리에 다른 사람의 일정이 있어 그대로 두었습니다</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 deleted, %4 kept (edited in the calendar), %5 busy events read</source>
        <translation>%1개 생성, %2개 수정, %3개 삭제, %4개 유지(캘린더에서 편집됨), 바쁜 일정 %5개 읽음</translation>
    </message>
</context>
<context>
    <name>jobprep::Changeset</name>
    <message>
        <source>a row</source>
        <translation>어떤 행</translation>
    </message>
    <message>
        <source>%1 exists again (written elsewhere since)</source>
        <translation>%1이(가) 그사이 다른 곳에서 다시 만들어졌습니다</translation>
    </message>
    <message>
        <source>%1 was changed or removed elsewhere since</source>
        <translation>%1이(가) 그사이 다른 곳에서 바뀌었거나 지워졌습니다</translation>
    </message>
</context>
<context>
    <name>jobprep::CompaniesModel</name>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>관심도</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>공고</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>준비도</translation>
    </message>
    <message>
        <source>Next open task</source>
        <translation>다음 할 일</translation>
    </message>
</context>
<context>
    <name>jobprep::CompaniesView</name>
    <message>
        <source>Set stage</source>
        <translation>단계 바꾸기</translation>
    </message>
    <message>
        <source>Edit company…</source>
        <translation>회사 편집…</translation>
    </message>
    <message>
        <source>New company…</source>
        <translation>새 회사…</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>회사 삭제</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>단계 이력</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
</context>
<context>
    <name>jobprep::CompanyEditDialog</name>
    <message>
        <source>Edit company</source>
        <translation>회사 편집</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>새 회사</translation>
    </message>
    <message>
        <source>What this company&apos;s coding tests emphasise (e.g. 구현, SQL, 그래프)</source>
        <translation>이 회사 코딩테스트에서 자주 나오는 것 (예: 구현, SQL, 그래프)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Coding-test notes</source>
        <translation>코딩테스트 메모</translation>
    </message>
    <message>
        <source>a company named &quot;%1&quot; already exists</source>
        <translation>&quot;%1&quot; 회사가 이미 있습니다</translation>
    </message>
    <message>
        <source>Interest (%1–%2)</source>
        <translation>관심도 (%1–%2)</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>관심도</translation>
    </message>
</context>
<context>
    <name>jobprep::DatabaseCheck</name>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation>%1이(가) 없거나 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JobPrep database (not an SQLite file)</source>
        <translation>%1은(는) JobPrep 데이터베이스가 아닙니다 (SQLite 파일 아님)</translation>
    </message>
    <message>
        <source>%1 is not a JobPrep database (%2)</source>
        <translation>%1은(는) JobPrep 데이터베이스가 아닙니다 (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a JobPrep database</source>
        <translation>%1은(는) 다른 프로그램의 SQLite 파일이며 JobPrep 데이터베이스가 아닙니다</translation>
    </message>
    <message>
        <source>%1 was written by a newer JobPrep (schema version %2); this version reads up to schema version %3</source>
        <translation>%1은(는) 더 새로운 JobPrep(스키마 버전 %2)으로 저장되었습니다. 이 버전은 스키마 버전 %3까지 읽습니다</translation>
    </message>
    <message>
        <source>table %1, row %2: reference to a missing row in %3</source>
        <translation>테이블 %1, 행 %2: %3에 없는 행을 가리킵니다</translation>
    </message>
</context>
<context>
    <name>jobprep::DatabaseLock</name>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (%3의 프로세스 %2)</translation>
    </message>
</context>
<context>
    <name>jobprep::DavClient</name>
    <message>
        <source>the server refused the user name or password</source>
        <translation>서버가 사용자 이름이나 비밀번호를 거부했습니다</translation>
    </message>
    <message>
        <source>the server refuses this user access to it</source>
        <translation>서버가 이 사용자의 접근을 거부합니다</translation>
    </message>
    <message>
        <source>no such calendar or event there (check the calendar&apos;s URL)</source>
        <translation>그런 캘린더나 일정이 없습니다 (캘린더 URL을 확인하세요)</translation>
    </message>
    <message>
        <source>it changed on the server since it was read (its ETag differs)</source>
        <translation>읽은 뒤 서버에서 바뀌었습니다 (ETag가 다릅니다)</translation>
    </message>
    <message>
        <source>the server has no room left for it (storage quota)</source>
        <translation>서버에 남은 공간이 없습니다 (저장 용량 한도)</translation>
    </message>
    <message>
        <source>the server failed; nothing more was written, try again later</source>
        <translation>서버 오류입니다. 더 이상 쓰지 않았습니다. 나중에 다시 시도하세요</translation>
    </message>
    <message>
        <source>the server did not accept the request</source>
        <translation>서버가 요청을 받아들이지 않았습니다</translation>
    </message>
    <message>
        <source>%1: HTTP %2%3: %4</source>
        <translation>%1: HTTP %2%3: %4</translation>
    </message>
    <message>
        <source>%1: connection refused (is the server running at that address and port?)</source>
        <translation>%1: 연결이 거부되었습니다 (그 주소와 포트에서 서버가 실행 중인가요?)</translation>
    </message>
    <message>
        <source>%1: host not found (check the server&apos;s address)</source>
        <translation>%1: 호스트를 찾을 수 없습니다 (서버 주소를 확인하세요)</translation>
    </message>
    <message>
        <source>%1: no answer in time (timed out)</source>
        <translation>%1: 제시간에 응답이 없습니다 (시간 초과)</translation>
    </message>
    <message>
        <source>%1: the secure connection failed (%2); the server&apos;s certificate is not trusted, and JobPrep does not skip that check</source>
        <translation>%1: 보안 연결에 실패했습니다 (%2). 서버 인증서를 신뢰할 수 없으며, JobPrep은 이 확인을 건너뛰지 않습니다</translation>
    </message>
    <message>
        <source>%1: the server closed the connection before answering</source>
        <translation>%1: 서버가 응답하기 전에 연결을 닫았습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer could not be read (%2)</source>
        <translation>%1: 서버의 응답을 읽을 수 없습니다 (%2)</translation>
    </message>
</context>
<context>
    <name>jobprep::DavXml</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <source>the answer is not a WebDAV multistatus</source>
        <translation>응답이 WebDAV multistatus가 아닙니다</translation>
    </message>
</context>
<context>
    <name>jobprep::HabitService</name>
    <message>
        <source>%1 is after today: a day is ticked once it is done</source>
        <translation>%1은 오늘 이후입니다: 한 날은 해낸 뒤에 체크합니다</translation>
    </message>
    <message>
        <source>subfolder &quot;%1&quot;: give a folder inside the repository, such as 백준/</source>
        <translation>하위 폴더 &quot;%1&quot;: 저장소 안의 폴더를 지정하세요(예: 백준/)</translation>
    </message>
    <message>
        <source>author &quot;%1&quot; is not an email address</source>
        <translation>작성자 &quot;%1&quot;은 이메일 주소가 아닙니다</translation>
    </message>
    <message>
        <source>no author email for %1: give one, or set user.email in git&apos;s configuration</source>
        <translation>%1의 작성자 이메일이 없습니다: 직접 입력하거나 git 설정에 user.email을 지정하세요</translation>
    </message>
    <message>
        <source>task %1 is not linked to %2</source>
        <translation>할 일 %1은 %2에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>task %1 (%2) is not a habit: give it a repeat (daily or weekly) first</source>
        <translation>할 일 %1(%2)은 습관이 아닙니다: 먼저 반복(매일 또는 매주)을 지정하세요</translation>
    </message>
</context>
<context>
    <name>jobprep::IcalReader</name>
    <message>
        <source>not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>iCalendar 파일이 아닙니다 (BEGIN:VCALENDAR 없음)</translation>
    </message>
    <message>
        <source>libical could not read it as iCalendar</source>
        <translation>libical이 iCalendar로 읽지 못했습니다</translation>
    </message>
    <message>
        <source>libical found no VCALENDAR in it</source>
        <translation>libical이 VCALENDAR를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>line %1: the event &quot;%2&quot; has no DTSTART that can be read</source>
        <translation>%1행: 일정 &quot;%2&quot;에 읽을 수 있는 DTSTART가 없습니다</translation>
    </message>
</context>
<context>
    <name>jobprep::JsonIo</name>
    <message>
        <source>is missing</source>
        <translation>값이 없습니다</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>길이가 %1자입니다. 최대 %2자까지 허용됩니다</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>NUL 문자가 들어 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot;은(는) 올바른 날짜가 아닙니다 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>%1에서 %2 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot;은(는) 다음 중 하나가 아닙니다: %2</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>배열이어야 합니다</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1행 %2열</translation>
    </message>
    <message>
        <source>the document must be a JSON object with companies, postings and tasks</source>
        <translation>문서는 companies, postings, tasks를 담은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot;이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>no company named &quot;%1&quot; in the file or the database</source>
        <translation>파일과 데이터베이스 어디에도 &quot;%1&quot; 회사가 없습니다</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>line id %1 appears twice</source>
        <translation>줄 id %1이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>refers to no posting line in this file</source>
        <translation>이 파일에 없는 공고 줄을 가리킵니다</translation>
    </message>
    <message>
        <source>import cancelled; nothing was imported</source>
        <translation>가져오기를 취소했습니다. 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>the top-level object</source>
        <translation>최상위 객체</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in %2</source>
        <translation>%2에 &quot;%1&quot;이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>a comma, colon, bracket or brace is missing or out of place</source>
        <translation>쉼표, 콜론, 대괄호 또는 중괄호가 빠졌거나 잘못된 자리에 있습니다</translation>
    </message>
    <message>
        <source>not a number JSON can hold (a misspelled number, or one beyond ±1.8e308)</source>
        <translation>JSON이 담을 수 없는 숫자입니다 (잘못 쓴 숫자이거나 ±1.8e308을 넘는 숫자)</translation>
    </message>
    <message>
        <source>an escape that is no character (such as \q, or \uD800 without its pair)</source>
        <translation>문자가 아닌 이스케이프입니다 (\q, 짝이 없는 \uD800 등)</translation>
    </message>
    <message>
        <source>not a JSON value (true, false, null, a number, a string, an array or an object)</source>
        <translation>JSON 값이 아닙니다 (true, false, null, 숫자, 문자열, 배열, 객체 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>something follows the end of the top-level object</source>
        <translation>최상위 객체가 끝난 뒤에 다른 내용이 있습니다</translation>
    </message>
    <message>
        <source>the file ends before its top-level object is closed</source>
        <translation>최상위 객체가 닫히기 전에 파일이 끝납니다</translation>
    </message>
    <message>
        <source>these bytes are no UTF-8 text (save the file as UTF-8)</source>
        <translation>UTF-8 텍스트가 아닌 바이트입니다 (파일을 UTF-8로 저장하세요)</translation>
    </message>
    <message>
        <source>a control character inside a string (write it as an escape such as \n or \t)</source>
        <translation>문자열 안에 제어 문자가 있습니다 (\n, \t 같은 이스케이프로 쓰세요)</translation>
    </message>
    <message>
        <source>this string is never closed</source>
        <translation>이 문자열이 닫히지 않습니다</translation>
    </message>
    <message>
        <source>the file holds no JSON</source>
        <translation>파일에 JSON이 없습니다</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>%1단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>the file is larger than the 4 GiB the reader takes</source>
        <translation>파일이 읽을 수 있는 크기(4 GiB)보다 큽니다</translation>
    </message>
    <message>
        <source>not enough memory to read the file</source>
        <translation>파일을 읽을 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>a control character (U+%1) inside a string (write it as an escape such as \n or \t)</source>
        <translation>문자열 안에 제어 문자(U+%1)가 있습니다 (\n, \t 같은 이스케이프로 쓰세요)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>참(true) 또는 거짓(false)이어야 합니다</translation>
    </message>
</context>
<context>
    <name>jobprep::Names</name>
    <message>
        <source>Interested</source>
        <translation>관심</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>준비 중</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>지원 완료</translation>
    </message>
    <message>
        <source>Coding test</source>
        <translation>코딩테스트</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>면접</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>합격</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>불합격</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>지원 철회</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>지원서</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>이력서</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>커뮤니티</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>자격증</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>주요업무</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>자격요건</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>우대사항</translation>
    </message>
    <message>
        <source>Data engineer</source>
        <translation>데이터 엔지니어</translation>
    </message>
    <message>
        <source>Data scientist</source>
        <translation>데이터 사이언티스트</translation>
    </message>
    <message>
        <source>AI researcher</source>
        <translation>AI 리서처</translation>
    </message>
    <message>
        <source>Data analyst</source>
        <translation>데이터 분석가</translation>
    </message>
    <message>
        <source>ML engineer</source>
        <translation>ML 엔지니어</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>지금 하기</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>계획하기</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>줄이기</translation>
    </message>
    <message>
        <source>Drop / later</source>
        <translation>나중에 / 버리기</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>배치 안 됨</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>지원 조건</translation>
    </message>
</context>
<context>
    <name>jobprep::PasswordStore</name>
    <message>
        <source>give the password with jobprep-cli&apos;s --password-file FILE, or type it in Settings → Calendar, where it is kept until JobPrep closes</source>
        <translation>jobprep-cli의 --password-file FILE로 비밀번호를 주거나, 설정 → 캘린더에 입력하세요 (JobPrep을 닫을 때까지 기억합니다)</translation>
    </message>
    <message>
        <source>no password for this account in the keyring yet; %1</source>
        <translation>키링에 이 계정의 비밀번호가 아직 없습니다. %1</translation>
    </message>
    <message>
        <source>the keyring refused access (%1); %2</source>
        <translation>키링이 접근을 거부했습니다 (%1). %2</translation>
    </message>
    <message>
        <source>no system keyring could be used (%1); %2</source>
        <translation>시스템 키링을 쓸 수 없습니다 (%1). %2</translation>
    </message>
    <message>
        <source>%1: cannot read the password file (%2)</source>
        <translation>%1: 비밀번호 파일을 읽을 수 없습니다 (%2)</translation>
    </message>
    <message>
        <source>%1: the password file is empty (the password is its first line)</source>
        <translation>%1: 비밀번호 파일이 비어 있습니다 (첫 줄이 비밀번호입니다)</translation>
    </message>
</context>
<context>
    <name>jobprep::Placer</name>
    <message>
        <source>kind: %1</source>
        <translation>종류: %1</translation>
    </message>
    <message>
        <source>closes a requirement (자격요건)</source>
        <translation>자격요건을 채움</translation>
    </message>
    <message>
        <source>closes duty lines only (주요업무)</source>
        <translation>주요업무만 채움</translation>
    </message>
    <message>
        <source>closes preferred lines only (우대사항)</source>
        <translation>우대사항만 채움</translation>
    </message>
    <message>
        <source>required by %1 postings</source>
        <translation>공고 %1개의 자격요건</translation>
    </message>
    <message>
        <source>company interest %1/5</source>
        <translation>회사 관심도 %1/5</translation>
    </message>
    <message>
        <source>projects and study notes are always important</source>
        <translation>프로젝트와 학습 노트는 언제나 중요함</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>마감 없음</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>마감일 %1</translation>
    </message>
    <message>
        <source>posting deadline %1</source>
        <translation>공고 마감 %1</translation>
    </message>
    <message>
        <source>overdue by %1 days (%2)</source>
        <translation>%1일 지남 (%2)</translation>
    </message>
    <message>
        <source>%1 days left (%2)</source>
        <translation>%1일 남음 (%2)</translation>
    </message>
    <message>
        <source>needs %1 h of the %2 h left before the deadline</source>
        <translation>마감 전 남은 %2시간 중 %1시간 필요</translation>
    </message>
    <message>
        <source>Pinned to %1 by you; the planner would place it in %2.</source>
        <translation>직접 %1에 고정했습니다. 플래너라면 %2에 두었을 거예요.</translation>
    </message>
    <message>
        <source>Placed in %1 by the planner.</source>
        <translation>플래너가 %1에 배치했습니다.</translation>
    </message>
</context>
<context>
    <name>jobprep::PlanBlockWidget</name>
    <message>
        <source>Deadline %1</source>
        <translation>마감 %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the task.</source>
        <translation>두 번 클릭하거나 Enter를 누르면 할 일이 열립니다.</translation>
    </message>
</context>
<context>
    <name>jobprep::PlanDayColumn</name>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>%1 planned of %2 available</source>
        <translation>가능한 %2 중 %1 계획됨</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>지난 날</translation>
    </message>
    <message>
        <source>%1 of the day&apos;s hours are busy in your calendar</source>
        <translation>그날 시간 중 %1은(는) 캘린더 일정으로 바쁩니다</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>종일</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>바쁨</translation>
    </message>
    <message>
        <source>Busy in your calendar: %1, %2. The plan leaves this time free.</source>
        <translation>캘린더 일정: %1, %2. 계획은 이 시간을 비워 둡니다.</translation>
    </message>
    <message>
        <source>Busy: %1, %2</source>
        <translation>바쁨: %1, %2</translation>
    </message>
</context>
<context>
    <name>jobprep::PlanExportDialog</name>
    <message>
        <source>Markdown checklist (Notion, GitHub)</source>
        <translation>Markdown 체크리스트 (Notion, GitHub)</translation>
    </message>
    <message>
        <source>CSV table (Excel)</source>
        <translation>CSV 표 (Excel)</translation>
    </message>
    <message>
        <source>iCalendar (Google Calendar, Outlook)</source>
        <translation>iCalendar (Google 캘린더, Outlook)</translation>
    </message>
    <message>
        <source>Web page (printable)</source>
        <translation>웹 페이지 (인쇄용)</translation>
    </message>
    <message>
        <source>PDF (A4)</source>
        <translation>PDF (A4)</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON 데이터</translation>
    </message>
    <message>
        <source>Export week</source>
        <translation>한 주 내보내기</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
</context>
<context>
    <name>jobprep::PlanView</name>
    <message>
        <source>Previous week</source>
        <translation>지난주</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>다음 주</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>이번 주</translation>
    </message>
    <message>
        <source>Export week…</source>
        <translation>한 주 내보내기…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF로 내보내기…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>At risk: cannot be finished before the deadline</source>
        <translation>위험: 마감 전에 끝낼 수 없음</translation>
    </message>
    <message>
        <source>Next week: did not fit</source>
        <translation>다음 주로: 이번 주에 들어가지 않음</translation>
    </message>
    <message>
        <source>Week %1 · %2 – %3 · %4 of %5 planned</source>
        <translation>%1주 · %2 – %3 · %5 중 %4 계획됨</translation>
    </message>
    <message>
        <source>%1 — %2 short from %3%4</source>
        <translation>%1 — %3부터 %2 부족%4</translation>
    </message>
    <message>
        <source>%1 — %2 missing before %3%4</source>
        <translation>%1 — %3 전까지 %2 부족%4</translation>
    </message>
    <message>
        <source>Nothing at risk.</source>
        <translation>위험한 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 — %2 left%3</source>
        <translation>%1 — %2 남음%3</translation>
    </message>
    <message>
        <source>Everything fits.</source>
        <translation>모두 들어갑니다.</translation>
    </message>
    <message>
        <source>Export week</source>
        <translation>한 주 내보내기</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (%1 missing in all)</source>
        <translation>
            <numerusform>…외 %n개 더 (모두 합쳐 %1 부족)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (%1 left in all)</source>
        <translation>
            <numerusform>…외 %n개 더 (모두 합쳐 %1 남음)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobprep::PostingIntake</name>
    <message>
        <source>posting lines were not all stored</source>
        <translation>공고 줄이 모두 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>proposal for line %1: no such line</source>
        <translation>줄 %1에 대한 제안: 그런 줄이 없습니다</translation>
    </message>
    <message>
        <source>no task with id %1</source>
        <translation>id %1인 할 일이 없습니다</translation>
    </message>
</context>
<context>
    <name>jobprep::PostingPasteDialog</name>
    <message>
        <source>Add a posting</source>
        <translation>공고 추가</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD (선택)</translation>
    </message>
    <message>
        <source>Paste the posting here: 주요업무, 자격요건, 우대사항…</source>
        <translation>여기에 공고를 붙여 넣으세요: 주요업무, 자격요건, 우대사항…</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Drop line</source>
        <translation>줄 빼기</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) found: %1</source>
        <translation>
            <numerusform>기술 %n개 발견: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Company and title are required.</source>
        <translation>회사와 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>Deadline: &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>마감: &quot;%1&quot;은(는) 날짜가 아닙니다 (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Preview of the parsed lines</source>
        <translation>읽어 낸 줄 미리보기</translation>
    </message>
    <message>
        <source>Each line with the heading it was placed under. Double-click a section, a line, a task&apos;s title or kind to correct it; tick the tasks to make. What you see is what is stored.</source>
        <translation>각 줄과 그 줄이 놓인 제목입니다. 구분, 줄, 할 일의 제목이나 종류를 두 번 클릭해 고치고, 만들 할 일을 체크하세요. 보이는 그대로 저장됩니다.</translation>
    </message>
    <message>
        <source>A posting with this URL is already stored: “%1” (posting %2).</source>
        <translation>이 URL의 공고가 이미 저장되어 있습니다: “%1” (공고 %2).</translation>
    </message>
    <message>
        <source>%1 already has a posting titled “%2” (posting %3).</source>
        <translation>%1에 “%2” 공고가 이미 있습니다 (공고 %3).</translation>
    </message>
    <message>
        <source>Add a second copy, with its own lines and tasks?</source>
        <translation>줄과 할 일을 따로 가진 사본을 하나 더 추가할까요?</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>이미 저장된 공고</translation>
    </message>
    <message>
        <source>Add a second copy</source>
        <translation>사본 추가</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>돌아가기</translation>
    </message>
</context>
<context>
    <name>jobprep::PostingService</name>
    <message>
        <source>posting %1 has no stored text to read its lines from again</source>
        <translation>공고 %1에는 줄을 다시 읽어 낼 저장된 본문이 없습니다</translation>
    </message>
    <message>
        <source>posting %1: %2</source>
        <translation>공고 %1: %2</translation>
    </message>
    <message>
        <source>posting %1 has no line with id %2</source>
        <translation>공고 %1에 id %2인 줄이 없습니다</translation>
    </message>
</context>
<context>
    <name>jobprep::Restore</name>
    <message>
        <source>cannot move the damaged %1 aside to %2</source>
        <translation>손상된 %1을(를) %2(으)로 옮길 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is the database itself</source>
        <translation>%1은(는) 데이터베이스 자신입니다</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was restored</source>
        <translation>%1이(가) 손상되었습니다 (%2). 아무것도 복원하지 않았습니다</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it and try again</source>
        <translation>%1을(를) 다른 프로그램이 쓰고 있습니다. 닫고 다시 시도하세요</translation>
    </message>
    <message>
        <source>%1 is still open in another program (its %2 file remains)</source>
        <translation>%1이(가) 아직 다른 프로그램에 열려 있습니다 (%2 파일이 남아 있음)</translation>
    </message>
    <message>
        <source>%1: the restored copy fails its check (%2)</source>
        <translation>%1: 복원한 사본이 검사를 통과하지 못했습니다 (%2)</translation>
    </message>
</context>
<context>
    <name>jobprep::ReviewDialog</name>
    <message>
        <source>Review the week</source>
        <translation>한 주 돌아보기</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>이전 주</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>다음 주</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the review as HTML and Markdown, to paste into Notion or a blog</source>
        <translation>회고를 HTML과 Markdown으로 복사합니다(Notion이나 블로그에 붙여 넣기)</translation>
    </message>
    <message>
        <source>Save &amp;Markdown…</source>
        <translation>Markdown으로 저장(&amp;M)…</translation>
    </message>
    <message>
        <source>Save &amp;HTML…</source>
        <translation>HTML로 저장(&amp;H)…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>JSON으로 저장(&amp;J)…</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>회고 저장</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 파일 (*.%2)</translation>
    </message>
</context>
<context>
    <name>jobprep::ReviewText</name>
    <message>
        <source>Planned and done by quadrant</source>
        <translation>사분면별 계획과 실행</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>사분면</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message numerus="yes">
        <source>No plan was recorded before %n day(s) of the week (the app was not opened): nothing counts as planned for them.</source>
        <translation>
            <numerusform>이번 주 %n일은 시작 전에 기록된 계획이 없습니다(앱을 열지 않음): 그날은 계획 0시간으로 셉니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>습관</translation>
    </message>
    <message>
        <source>No habit.</source>
        <translation>습관이 없습니다.</translation>
    </message>
    <message>
        <source>Target companies</source>
        <translation>목표 회사</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Requirement lines closed</source>
        <translation>충족한 자격요건</translation>
    </message>
    <message>
        <source>Readiness at the start</source>
        <translation>주 시작 준비도</translation>
    </message>
    <message>
        <source>Readiness at the end</source>
        <translation>주 끝 준비도</translation>
    </message>
    <message>
        <source>No requirement line of a target company.</source>
        <translation>목표 회사의 자격요건이 없습니다.</translation>
    </message>
    <message>
        <source>Slipped past their deadline</source>
        <translation>마감을 넘긴 할 일</translation>
    </message>
    <message>
        <source>Nothing slipped.</source>
        <translation>마감을 넘긴 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>At risk next week</source>
        <translation>다음 주 위험</translation>
    </message>
    <message>
        <source>Nothing at risk.</source>
        <translation>위험한 할 일이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…외 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly review %1 (%2 – %3, so far)</source>
        <translation>주간 회고 %1 (%2 – %3, 지금까지)</translation>
    </message>
    <message>
        <source>Weekly review %1 (%2 – %3)</source>
        <translation>주간 회고 %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Nothing was done this week, so Schedule has no share yet (protected: %1).</source>
        <translation>이번 주에 실행한 일이 없어 계획(Schedule)의 비중이 아직 없습니다(보호 비중: %1).</translation>
    </message>
    <message>
        <source>Schedule took %1 of the done hours; the protected share is %2: kept.</source>
        <translation>실행 시간 중 계획(Schedule)이 %1입니다. 보호 비중은 %2: 지켰습니다.</translation>
    </message>
    <message>
        <source>Schedule took %1 of the done hours; the protected share is %2: below it.</source>
        <translation>실행 시간 중 계획(Schedule)이 %1입니다. 보호 비중은 %2: 못 미쳤습니다.</translation>
    </message>
    <message>
        <source>kept %1 of %2 week(s)</source>
        <translation>%2주 중 %1주 지킴</translation>
    </message>
    <message>
        <source>kept %1 of %2 day(s)</source>
        <translation>%2일 중 %1일 지킴</translation>
    </message>
    <message>
        <source>%1: %2 · streak %3 (longest %4)</source>
        <translation>%1: %2 · 연속 %3 (최장 %4)</translation>
    </message>
    <message>
        <source>%1 — due %2, done %3</source>
        <translation>%1 — 마감 %2, 완료 %3</translation>
    </message>
    <message>
        <source>%1 — due %2, still open</source>
        <translation>%1 — 마감 %2, 아직 미완료</translation>
    </message>
    <message>
        <source>%1 — %2 missing before %3%4</source>
        <translation>%1 — %3까지 %2 부족%4</translation>
    </message>
</context>
<context>
    <name>jobprep::SkillsChart</name>
    <message>
        <source>No skills yet: add postings of your target companies.</source>
        <translation>아직 기술이 없습니다. 목표 회사의 공고를 추가하세요.</translation>
    </message>
    <message>
        <source>%1 required · %2 preferred</source>
        <translation>자격요건 %1 · 우대사항 %2</translation>
    </message>
</context>
<context>
    <name>jobprep::SkillsView</name>
    <message>
        <source>Dark: postings that require the skill (자격요건) · light: postings that only prefer it (우대사항) · ✓: done tasks cover it. Click a skill for its postings and tasks.</source>
        <translation>진한 막대: 이 기술을 요구하는 공고(자격요건) · 옅은 막대: 우대만 하는 공고(우대사항) · ✓: 완료한 할 일이 채움. 기술을 누르면 공고와 할 일이 보입니다.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>요구</translation>
    </message>
    <message>
        <source>prefers</source>
        <translation>우대</translation>
    </message>
    <message>
        <source>No task for %1 yet.</source>
        <translation>아직 %1 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>Reading the postings and tasks…</source>
        <translation>공고와 할 일을 읽는 중…</translation>
    </message>
    <message>
        <source>Task #%1 %2 (%3)</source>
        <translation>할 일 #%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more %1 task(s)</source>
        <translation>
            <numerusform>…외 %1 할 일 %n개 더</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>jobprep::Store</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a JobPrep database (%2)</source>
        <translation>%1은(는) JobPrep 데이터베이스가 아닙니다 (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a JobPrep database</source>
        <translation>%1은(는) 다른 프로그램의 SQLite 파일이며 JobPrep 데이터베이스가 아닙니다</translation>
    </message>
    <message>
        <source>%1 was written by a newer JobPrep (schema version %2); this version reads up to schema version %3. Update JobPrep to open it.</source>
        <translation>%1은(는) 더 새로운 JobPrep(스키마 버전 %2)으로 저장되었습니다. 이 버전은 스키마 버전 %3까지 읽을 수 있습니다. 열려면 JobPrep을 업데이트하세요.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade (schema version %2 to %3) and was opened read-only</source>
        <translation>%1은(는) 업그레이드(스키마 버전 %2 → %3)가 필요한데 읽기 전용으로 열렸습니다</translation>
    </message>
    <message>
        <source>%1: foreign key check failed after upgrade (table %2)</source>
        <translation>%1: 업그레이드 후 외래 키 검사에 실패했습니다 (테이블 %2)</translation>
    </message>
    <message>
        <source>company: %1</source>
        <translation>회사: %1</translation>
    </message>
    <message>
        <source>a company named &quot;%1&quot; already exists</source>
        <translation>&quot;%1&quot; 회사가 이미 있습니다</translation>
    </message>
    <message>
        <source>no company with id %1</source>
        <translation>id %1인 회사가 없습니다</translation>
    </message>
    <message>
        <source>posting: %1</source>
        <translation>공고: %1</translation>
    </message>
    <message>
        <source>posting: no company with id %1</source>
        <translation>공고: id %1인 회사가 없습니다</translation>
    </message>
    <message>
        <source>posting line %1 belongs to another posting</source>
        <translation>공고 줄 %1은(는) 다른 공고에 속합니다</translation>
    </message>
    <message>
        <source>no posting with id %1</source>
        <translation>id %1인 공고가 없습니다</translation>
    </message>
    <message>
        <source>task: %1</source>
        <translation>할 일: %1</translation>
    </message>
    <message>
        <source>no task with id %1</source>
        <translation>id %1인 할 일이 없습니다</translation>
    </message>
    <message>
        <source>task: no posting line with id %1</source>
        <translation>할 일: id %1인 공고 줄이 없습니다</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1은(는) 비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed</source>
        <translation>%1의 길이가 %2자입니다. 최대 %3자까지 허용됩니다</translation>
    </message>
    <message>
        <source>%1 contains a NUL character</source>
        <translation>%1에 NUL 문자가 들어 있습니다</translation>
    </message>
    <message>
        <source>%1, row %2: reference to a missing row in %3</source>
        <translation>%1, %2번 행: %3에 없는 행을 가리킵니다</translation>
    </message>
    <message>
        <source>task: no company with id %1</source>
        <translation>할 일: id %1인 회사가 없습니다</translation>
    </message>
    <message>
        <source>more tasks than the %1 announced</source>
        <translation>알린 %1개보다 할 일이 많습니다</translation>
    </message>
    <message>
        <source>recorded rows are written back in a transaction of their own</source>
        <translation>기록된 행은 별도의 트랜잭션에서 되돌려 씁니다</translation>
    </message>
    <message>
        <source>%1 %2 is outside %3 to %4</source>
        <translation>%1 %2이(가) %3부터 %4까지의 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>estimate must be more than 0 and at most %1 hours (got %2)</source>
        <translation>예상 시간은 0보다 크고 %1시간 이하여야 합니다 (입력: %2)</translation>
    </message>
    <message>
        <source>streak must be from 0 to %1 (got %2)</source>
        <translation>연속 기록은 0부터 %1까지여야 합니다 (입력: %2)</translation>
    </message>
    <message>
        <source>interest must be from %1 to %2 (got %3)</source>
        <translation>관심도는 %1부터 %2까지여야 합니다 (입력: %3)</translation>
    </message>
    <message>
        <source>%1: the database is not empty; the example plan fills only an empty one</source>
        <translation>%1: 데이터베이스가 비어 있지 않습니다. 예시 계획은 빈 데이터베이스에만 넣을 수 있습니다</translation>
    </message>
    <message>
        <source>the link to %1 was not written</source>
        <translation>%1 연결을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>no habit link with id %1</source>
        <translation>id %1인 습관 연결이 없습니다</translation>
    </message>
    <message>
        <source>no posting line with id %1</source>
        <translation>id %1인 공고 줄이 없습니다</translation>
    </message>
    <message>
        <source>posting line %1 is not an eligibility line (it is %2): only eligibility lines are ticked</source>
        <translation>공고 줄 %1은(는) 지원 조건 줄이 아닙니다(%2). 지원 조건 줄만 체크합니다</translation>
    </message>
    <message>
        <source>calendar event: a UID, a calendar and an href are needed</source>
        <translation>캘린더 일정: UID, 캘린더, href가 필요합니다</translation>
    </message>
    <message>
        <source>busy event &quot;%1&quot;: its end is before its start</source>
        <translation>바쁜 일정 &quot;%1&quot;: 끝이 시작보다 앞섭니다</translation>
    </message>
</context>
<context>
    <name>jobprep::cli::Text</name>
    <message>
        <source>added company %1: %2</source>
        <translation>회사 %1 추가: %2</translation>
    </message>
    <message>
        <source>updated company %1: %2 (%3)</source>
        <translation>회사 %1 수정: %2 (%3)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>INT</source>
        <translation>관심</translation>
    </message>
    <message>
        <source>POSTINGS</source>
        <translation>공고</translation>
    </message>
    <message>
        <source>DEADLINE</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>준비도</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>표준 입력을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>imported %1 companies (%2 already there), %3 postings, %4 tasks</source>
        <translation>회사 %1개(기존 %2개), 공고 %3개, 할 일 %4개를 가져왔습니다</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1: %2 (아무것도 가져오지 않았습니다)</translation>
    </message>
    <message>
        <source>exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>no task with id %1</source>
        <translation>id %1인 할 일이 없습니다</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>streak %1</source>
        <translation>연속 %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>완료 %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>분면</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>EST</source>
        <translation>예상</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>added task %1: %2 -&gt; %3</source>
        <translation>할 일 %1 추가: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>완료: %1</translation>
    </message>
    <message>
        <source>pinned task %1 to %2 %3</source>
        <translation>할 일 %1을(를) %2 %3에 고정했습니다</translation>
    </message>
    <message>
        <source>unpinned task %1; the planner places it in %2</source>
        <translation>할 일 %1의 고정을 풀었습니다. 플래너가 %2에 배치합니다</translation>
    </message>
    <message>
        <source>task %1 is done; only open tasks are placed</source>
        <translation>할 일 %1은(는) 완료되었습니다. 열린 할 일만 배치됩니다</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>할 일 %1: %2</translation>
    </message>
    <message>
        <source>quadrant %1 %2 - %3</source>
        <translation>%1사분면 %2 - %3</translation>
    </message>
    <message>
        <source>importance %1 (important)</source>
        <translation>중요도 %1 (중요)</translation>
    </message>
    <message>
        <source>importance %1 (not important)</source>
        <translation>중요도 %1 (중요하지 않음)</translation>
    </message>
    <message>
        <source>urgency %1 (urgent)</source>
        <translation>긴급도 %1 (긴급)</translation>
    </message>
    <message>
        <source>urgency %1 (not urgent)</source>
        <translation>긴급도 %1 (긴급하지 않음)</translation>
    </message>
    <message>
        <source>== %1 %2 (%3 tasks, %4 h) ==</source>
        <translation>== %1 %2 (할 일 %3개, %4시간) ==</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1개 더</translation>
    </message>
    <message>
        <source>%1 is damaged; --repair rebuilds only the placement cache. Restore a backup with: jobprep-cli restore FILE</source>
        <translation>%1 파일이 손상되었습니다. --repair는 배치 캐시만 다시 만듭니다. 백업에서 복원하세요: jobprep-cli restore FILE</translation>
    </message>
    <message>
        <source>%1 is open in %2; close it before repairing</source>
        <translation>%1 파일이 %2에서 열려 있습니다. 닫은 뒤 복구하세요</translation>
    </message>
    <message>
        <source>placement cache rebuilt (%1 problem(s) before, %2 after); backup: %3</source>
        <translation>배치 캐시를 다시 만들었습니다 (이전 문제 %1개, 이후 %2개). 백업: %3</translation>
    </message>
    <message>
        <source>placement cache ok</source>
        <translation>배치 캐시 정상</translation>
    </message>
    <message>
        <source>placement cache differs from the tasks:</source>
        <translation>배치 캐시가 과제와 다릅니다:</translation>
    </message>
    <message>
        <source>the placement cache of %1 differs from the tasks (the board and the plan may show the wrong tasks; nothing you entered is lost); rebuild it with: jobprep-cli check --repair</source>
        <translation>%1의 배치 캐시가 과제와 다릅니다 (보드와 계획이 잘못된 과제를 보여 줄 수 있지만, 입력한 내용은 그대로입니다). 다시 만들려면: jobprep-cli check --repair</translation>
    </message>
    <message>
        <source>task %1 (%2) is not a habit: set --repeat daily or weekly on it first</source>
        <translation>할 일 %1(%2)은 습관이 아닙니다: 먼저 --repeat daily 또는 weekly를 지정하세요</translation>
    </message>
    <message numerus="yes">
        <source>linked task %1 (%2) to %3%4 for %5: %n commit(s) found</source>
        <translation>
            <numerusform>할 일 %1(%2)을 %3%4에 연결했습니다(작성자 %5): 커밋 %n개 발견</numerusform>
        </translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>unlinked task %1 from %2</source>
        <translation>할 일 %1과 %2의 연결을 끊었습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n repository link(s) read</source>
        <translation>
            <numerusform>저장소 연결 %n개를 읽음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new commit(s)</source>
        <translation>
            <numerusform>새 커밋 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>task %1: %2 (%3)</source>
        <translation>할 일 %1: %2 (%3)</translation>
    </message>
    <message>
        <source>current streak %1, longest %2</source>
        <translation>현재 연속 %1, 최장 %2</translation>
    </message>
    <message>
        <source>█▓▒░ commits (darker: more) · + ticked by hand · . not done</source>
        <translation>█▓▒░ 커밋(진할수록 많음) · + 직접 체크 · . 안 함</translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>최장 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(s)</source>
        <translation>
            <numerusform>저장소 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>참고 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>ticked today: %1 (streak %2); next occurrence %3</source>
        <translation>오늘 체크: %1 (연속 %2), 다음 %3</translation>
    </message>
    <message>
        <source>posting %1 (&quot;%2&quot;) has the same URL, or the same company and title; give --allow-duplicate to add a second copy</source>
        <translation>공고 %1(&quot;%2&quot;)이(가) 같은 URL이거나 같은 회사·제목입니다. 사본을 추가하려면 --allow-duplicate를 주세요</translation>
    </message>
    <message>
        <source>no posting with id %1 (see: jobprep-cli posting list)</source>
        <translation>id %1인 공고가 없습니다 (확인: jobprep-cli posting list)</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>doing</source>
        <translation>하는 중</translation>
    </message>
    <message>
        <source>done ✓</source>
        <translation>완료 ✓</translation>
    </message>
    <message>
        <source>posting %1: %2 — %3</source>
        <translation>공고 %1: %2 — %3</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>직무: %1</translation>
    </message>
    <message>
        <source>deadline: %1</source>
        <translation>마감: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>readiness: %1</source>
        <translation>준비도: %1</translation>
    </message>
    <message>
        <source>url: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>any one of: %1</source>
        <translation>다음 중 하나: %1</translation>
    </message>
    <message>
        <source>task %1 (%2): %3</source>
        <translation>할 일 %1 (%2): %3</translation>
    </message>
    <message>
        <source>no task</source>
        <translation>할 일 없음</translation>
    </message>
    <message>
        <source>%1 — I meet this (posting tick %2 LINE_ID)</source>
        <translation>%1 — 충족 여부 (posting tick %2 LINE_ID)</translation>
    </message>
    <message>
        <source>--title: must not be empty</source>
        <translation>--title: 비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>--title: at most %1 characters</source>
        <translation>--title: 최대 %1자입니다</translation>
    </message>
    <message>
        <source>--url: at most %1 characters</source>
        <translation>--url: 최대 %1자입니다</translation>
    </message>
    <message>
        <source>nothing to change: give --title, --role, --deadline or --url</source>
        <translation>바꿀 것이 없습니다: --title, --role, --deadline, --url 중 하나를 주세요</translation>
    </message>
    <message>
        <source>updated posting %1</source>
        <translation>공고 %1 수정</translation>
    </message>
    <message>
        <source>deleted posting %1: %2 (%3 lines; %4 linked tasks stay, without the link)</source>
        <translation>공고 %1 삭제: %2 (줄 %3개; 연결된 할 일 %4개는 연결만 빠진 채 남습니다)</translation>
    </message>
    <message>
        <source>re-parsed posting %1: %2 lines kept, %3 added, %4 removed, %5 in another section</source>
        <translation>공고 %1 다시 읽기: 줄 %2개 유지, %3개 추가, %4개 제거, %5개 구분 바뀜</translation>
    </message>
    <message>
        <source>task %1 lost its link to a removed line: %2</source>
        <translation>할 일 %1이(가) 제거된 줄과의 연결을 잃었습니다: %2</translation>
    </message>
    <message>
        <source>missing argument LINE_ID (the eligibility lines: jobprep-cli posting show %1)</source>
        <translation>인자 LINE_ID가 없습니다 (지원 조건 줄: jobprep-cli posting show %1)</translation>
    </message>
    <message>
        <source>LINE_ID %1: posting %2 has no such line</source>
        <translation>LINE_ID %1: 공고 %2에 그런 줄이 없습니다</translation>
    </message>
    <message>
        <source>LINE_ID %1: a %2 line, not an eligibility line; only those are ticked</source>
        <translation>LINE_ID %1: 지원 조건이 아닌 %2 줄입니다. 지원 조건 줄만 체크합니다</translation>
    </message>
    <message numerus="yes">
        <source>ticked %n line(s): I meet this</source>
        <translation>
            <numerusform>%n개 줄 체크: 충족</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unticked %n line(s)</source>
        <translation>
            <numerusform>%n개 줄 체크 해제</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobprep::git::GitScanner</name>
    <message>
        <source>%1 is not there any more (moved or deleted?); the days it gave are kept</source>
        <translation>%1이 더 이상 없습니다(옮겼거나 지웠나요?). 이 저장소로 채운 날은 그대로 둡니다</translation>
    </message>
    <message>
        <source>%1 is not a git repository (no .git in it)</source>
        <translation>%1은 git 저장소가 아닙니다(.git이 없음)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>jobprep::gui::Startup</name>
    <message>
        <source>%1 is already open in %2.

JobPrep opens a file in one window at a time, so that two windows never write over each other. Switch to that window, or close it and start JobPrep again.</source>
        <translation>%1이(가) 이미 %2에서 열려 있습니다.

JobPrep은 두 창이 서로 덮어쓰지 않도록 한 파일을 한 창에서만 엽니다. 그 창으로 가거나, 닫고 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cannot open the database.

%1</source>
        <translation>데이터베이스를 열 수 없습니다.

%1</translation>
    </message>
    <message>
        <source>Open the newest backup (%1)</source>
        <translation>가장 최근 백업 열기 (%1)</translation>
    </message>
    <message>
        <source>Start a new file…</source>
        <translation>새 파일로 시작…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>%1

The file is left exactly as it is.%2</source>
        <translation>%1

파일은 그대로 둡니다.%2</translation>
    </message>
    <message>
        <source> The newest backup was taken on %1; opening it keeps the damaged file in the backups folder.</source>
        <translation> 가장 최근 백업은 %1에 만들어졌습니다. 백업을 열면 손상된 파일은 백업 폴더에 보관됩니다.</translation>
    </message>
    <message>
        <source> There is no backup of it yet.</source>
        <translation> 아직 백업이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is open in %2</source>
        <translation>%1이(가) %2에서 열려 있습니다</translation>
    </message>
    <message>
        <source>New JobPrep file</source>
        <translation>새 JobPrep 파일</translation>
    </message>
    <message>
        <source>JobPrep database (*.sqlite)</source>
        <translation>JobPrep 데이터베이스 (*.sqlite)</translation>
    </message>
    <message>
        <source>JobPrep Planner</source>
        <translation>JobPrep 플래너</translation>
    </message>
</context>
<context>
    <name>jobprep::ui</name>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 추가</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) done</source>
        <translation>
            <numerusform>할 일 %n개 완료</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>할 일 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 편집</translation>
    </message>
    <message numerus="yes">
        <source>Let the planner place %n task(s)</source>
        <translation>
            <numerusform>할 일 %n개를 플래너에게 맡기기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s) to %1</source>
        <translation>
            <numerusform>할 일 %n개를 %1(으)로 옮기기</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder tasks</source>
        <translation>할 일 순서 바꾸기</translation>
    </message>
    <message>
        <source>Add posting %1</source>
        <translation>공고 %1 추가</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>설정 변경</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>다시 실행: %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>예상하지 못한 오류</translation>
    </message>
    <message>
        <source>Tick %1 on %2</source>
        <translation>%2의 %1 체크</translation>
    </message>
    <message>
        <source>Untick %1 on %2</source>
        <translation>%2의 %1 체크 해제</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>%1 연결</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>%1 연결 끊기</translation>
    </message>
    <message>
        <source>Edit posting %1</source>
        <translation>공고 %1 편집</translation>
    </message>
    <message>
        <source>Delete posting %1</source>
        <translation>공고 %1 삭제</translation>
    </message>
    <message>
        <source>Re-parse %1</source>
        <translation>%1 다시 읽기</translation>
    </message>
    <message>
        <source>Move a line to %1</source>
        <translation>줄을 %1(으)로 옮기기</translation>
    </message>
    <message>
        <source>Tick &quot;I meet this&quot;</source>
        <translation>&quot;충족&quot; 체크</translation>
    </message>
    <message>
        <source>Untick &quot;I meet this&quot;</source>
        <translation>&quot;충족&quot; 체크 해제</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::CalendarSettingsPage</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 확인(&amp;T)</translation>
    </message>
    <message>
        <source>Sync after every change to the plan (a few seconds later)</source>
        <translation>계획이 바뀔 때마다 동기화 (몇 초 뒤)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>시스템 키링에 보관됩니다</translation>
    </message>
    <message>
        <source>Your week&apos;s blocks go into a CalDAV calendar (Nextcloud, Fastmail, iCloud, Radicale…), and its other events become busy time the plan leaves free. An event of the plan that you change in the calendar is yours from then on.</source>
        <translation>한 주의 계획 블록이 CalDAV 캘린더(Nextcloud, Fastmail, iCloud, Radicale…)에 들어가고, 캘린더의 다른 일정은 계획이 비워 두는 바쁜 시간이 됩니다. 계획이 넣은 일정을 캘린더에서 고치면 그때부터 그 일정은 사용자의 것입니다.</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>서버 URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>캘린더(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>주(&amp;W):</translation>
    </message>
    <message>
        <source> after this one</source>
        <translation>주 (이번 주 다음)</translation>
    </message>
    <message>
        <source>The first calendar found</source>
        <translation>처음 찾은 캘린더</translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation>마지막 동기화 %1: %2</translation>
    </message>
    <message>
        <source>The server URL must start with https:// (or http://).</source>
        <translation>서버 URL은 https://(또는 http://)로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n calendar(s) for events.</source>
        <translation>
            <numerusform>연결됨: 일정용 캘린더 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is kept until JobPrep closes: %1.</source>
        <translation>JobPrep을 닫을 때까지만 비밀번호를 기억합니다: %1.</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::CalendarSyncController</name>
    <message>
        <source>Set up the calendar first: File → Settings → Calendar.</source>
        <translation>먼저 캘린더를 설정하세요: 파일 → 설정 → 캘린더.</translation>
    </message>
    <message>
        <source>Calendar not synced: %1</source>
        <translation>캘린더 동기화 안 됨: %1</translation>
    </message>
    <message>
        <source>Calendar synced: %1</source>
        <translation>캘린더 동기화됨: %1</translation>
    </message>
    <message>
        <source>Calendar sync cancelled: %1</source>
        <translation>캘린더 동기화 취소됨: %1</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::CompaniesDock</name>
    <message>
        <source>Companies</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>모든 회사</translation>
    </message>
    <message>
        <source>%1: %2 of %3 requirements covered by done tasks</source>
        <translation>%1: 자격요건 %3개 중 %2개를 완료한 할 일이 채움</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::FilterBar</name>
    <message>
        <source>Filter text</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>Filter by title, notes or company (Ctrl+F)</source>
        <translation>제목, 메모, 회사로 찾기 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter kind</source>
        <translation>종류로 거르기</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Show done</source>
        <translation>완료 보기</translation>
    </message>
    <message>
        <source>Show done tasks</source>
        <translation>완료한 할 일 보기</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>찾기:</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::HabitsView</name>
    <message>
        <source>Read the repositories now</source>
        <translation>지금 저장소 읽기</translation>
    </message>
    <message>
        <source>A day counts as done when a linked repository has a commit of yours that day (your local day), or when you tick it by hand: click a day to tick or un-tick it.</source>
        <translation>연결된 저장소에 그날(내 시간대 기준) 내 커밋이 있거나 직접 체크하면 그날은 해낸 날입니다. 날짜를 클릭하면 체크하거나 해제합니다.</translation>
    </message>
    <message>
        <source>Reading the linked repositories…</source>
        <translation>연결된 저장소를 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Read %n repository link(s)</source>
        <translation>
            <numerusform>저장소 연결 %n개를 읽었습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new commit(s).</source>
        <translation>
            <numerusform>새 커밋 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read (see the note on the habit).</source>
        <translation>
            <numerusform>%n개는 읽지 못했습니다(습관의 참고를 보세요).</numerusform>
        </translation>
    </message>
    <message>
        <source>No habit yet. Make a task repeat daily or weekly (Task → New task…, Repeat), for example &quot;1일 1커밋&quot; or &quot;하루 한 문제&quot;.</source>
        <translation>아직 습관이 없습니다. 할 일을 매일 또는 매주 반복하게 만드세요(할 일 → 새 할 일…, 반복). 예: &quot;1일 1커밋&quot;, &quot;하루 한 문제&quot;.</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>매일</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n week(s)</source>
        <translation>
            <numerusform>현재 연속: %n주</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s)</source>
        <translation>
            <numerusform>현재 연속: %n일</numerusform>
        </translation>
    </message>
    <message>
        <source>longest: %1</source>
        <translation>최장: %1</translation>
    </message>
    <message>
        <source>Link a repository…</source>
        <translation>저장소 연결…</translation>
    </message>
    <message>
        <source>No repository linked: ticked by hand only.</source>
        <translation>연결된 저장소 없음: 직접 체크만 합니다.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>연결 끊기</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::HeatmapWidget</name>
    <message>
        <source>Ticked by hand</source>
        <translation>직접 체크함</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s)</source>
        <translation>
            <numerusform>커밋 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>(un-ticked by hand: they do not count)</source>
        <translation>(직접 해제함: 세지 않음)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>놓침</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>Click to un-tick</source>
        <translation>클릭하면 체크 해제</translation>
    </message>
    <message>
        <source>Click to tick by hand</source>
        <translation>클릭하면 직접 체크</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>적음</translation>
    </message>
    <message>
        <source>More commits</source>
        <translation>커밋 많음</translation>
    </message>
    <message>
        <source>ticked by hand</source>
        <translation>직접 체크</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>놓친 날</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::LinkRepositoryDialog</name>
    <message>
        <source>Link a repository to %1</source>
        <translation>%1에 저장소 연결</translation>
    </message>
    <message>
        <source>e.g. 백준/ (empty: the whole repository)</source>
        <translation>예: 백준/ (비우면 저장소 전체)</translation>
    </message>
    <message>
        <source>me@example.com, other@example.com</source>
        <translation>me@example.com, other@example.com</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>A day with a commit by one of these authors (changing the subfolder, if one is given) counts as done for this habit. Every local branch is read; the day is your local day when the commit was made.</source>
        <translation>이 작성자들 중 한 명의 커밋(하위 폴더를 지정했다면 그 폴더를 바꾼 커밋)이 있는 날은 이 습관을 해낸 날입니다. 모든 로컬 브랜치를 읽고, 날짜는 커밋한 순간의 내 시간대 기준 날짜입니다.</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>폴더(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Subfolder</source>
        <translation>하위 폴더(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>작성자(&amp;A)</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>저장소 폴더</translation>
    </message>
    <message>
        <source>Choose the folder of a git repository.</source>
        <translation>git 저장소 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>%1 is not a git repository (no .git in it).</source>
        <translation>%1은 git 저장소가 아닙니다(.git이 없음).</translation>
    </message>
    <message>
        <source>Give at least one author email: git has no user.email to start from.</source>
        <translation>작성자 이메일을 하나 이상 입력하세요: git에 user.email이 설정되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::MainWindow</name>
    <message>
        <source>JobPrep Planner</source>
        <translation>JobPrep 플래너</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>보드</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>할 일(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>새 할 일(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation>할 일 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>완료로 표시(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>삭제(&amp;L)</translation>
    </message>
    <message>
        <source>Move to &amp;%1 %2</source>
        <translation>&amp;%1 %2(으)로 옮기기</translation>
    </message>
    <message>
        <source>Let the &amp;planner place it</source>
        <translation>플래너에게 맡기기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>새 할 일</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>How the planner &amp;decides</source>
        <translation>플래너가 정하는 방법(&amp;D)</translation>
    </message>
    <message>
        <source>Week plan</source>
        <translation>주간 계획</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>기술</translation>
    </message>
    <message>
        <source>&amp;Posting</source>
        <translation>공고(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add posting from text…</source>
        <translation>공고 텍스트로 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Posting saved: %1 tasks created, %2 linked</source>
        <translation>공고 저장: 할 일 %1개 생성, %2개 연결</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Imported %1 companies, %2 postings, %3 tasks</source>
        <translation>회사 %1개, 공고 %2개, 할 일 %3개를 가져왔습니다</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>Not a new file</source>
        <translation>새 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name, or use Open another… for it.</source>
        <translation>%1이(가) 이미 있습니다. 새 이름을 고르거나 “다른 파일 열기…”를 쓰세요.</translation>
    </message>
    <message>
        <source>Cannot switch</source>
        <translation>전환할 수 없습니다</translation>
    </message>
    <message>
        <source>JobPrep could not be started on %1.</source>
        <translation>%1(으)로 JobPrep을 시작하지 못했습니다.</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>습관</translation>
    </message>
    <message numerus="yes">
        <source>Habits: %n new commit(s)</source>
        <translation>
            <numerusform>습관: 새 커밋 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>계획(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Review the week…</source>
        <translation>한 주 돌아보기(&amp;R)…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <source>Review the week</source>
        <translation>한 주 돌아보기</translation>
    </message>
    <message>
        <source>Week %1 is over. Look back at what was planned, what got done and how your habits held?</source>
        <translation>%1 주가 끝났습니다. 계획한 것, 해낸 것, 습관을 얼마나 지켰는지 돌아볼까요?</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>공고</translation>
    </message>
    <message>
        <source>Sync &amp;calendar now</source>
        <translation>지금 캘린더 동기화(&amp;C)</translation>
    </message>
    <message>
        <source>Write the plan&apos;s blocks into your calendar and read its busy time</source>
        <translation>계획 블록을 캘린더에 쓰고 바쁜 시간을 읽어 옵니다</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>동기화 취소</translation>
    </message>
    <message>
        <source>Syncing the calendar…</source>
        <translation>캘린더 동기화 중…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1개</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::PlannerHelpDialog</name>
    <message>
        <source>How the planner decides</source>
        <translation>플래너가 정하는 방법</translation>
    </message>
    <message>
        <source>Every open task gets an importance and an urgency score from 0 to 100. Together they place it on one of four quadrants. Open a task to see the breakdown of its own scores.</source>
        <translation>열린 할 일마다 0~100점의 중요도와 긴급도가 매겨지고, 두 점수로 네 사분면 중 하나에 놓입니다. 할 일을 열면 점수가 어떻게 나왔는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>중요도</translation>
    </message>
    <message>
        <source>Hiring advice for AI and data roles ranks portfolio projects first, study and community next, and certificates low. Each kind starts from a base:</source>
        <translation>AI·데이터 직무 채용 조언은 포트폴리오 프로젝트를 가장 높이, 학습과 커뮤니티를 그다음으로, 자격증은 낮게 봅니다. 종류마다 기본 점수에서 시작합니다:</translation>
    </message>
    <message>
        <source>%1 when it closes a requirement line (자격요건)</source>
        <translation>자격요건 줄을 채우면 %1</translation>
    </message>
    <message>
        <source>%1 when it closes only duty lines (주요업무)</source>
        <translation>주요업무 줄만 채우면 %1</translation>
    </message>
    <message>
        <source>%1 when it closes only preferred lines (우대사항)</source>
        <translation>우대사항 줄만 채우면 %1</translation>
    </message>
    <message>
        <source>%1 for each further posting that requires it, at most %2</source>
        <translation>이 할 일을 요구하는 공고가 하나 더 있을 때마다 %1, 최대 %2</translation>
    </message>
    <message>
        <source>%1 × (interest − 3) of the most interested company it serves</source>
        <translation>관련 회사 중 가장 높은 관심도 기준 %1 × (관심도 − 3)</translation>
    </message>
    <message>
        <source>A task is important from %1 points. Projects and study notes are always important, and at equal urgency they come first in their pane.</source>
        <translation>%1점부터 중요한 할 일입니다. 프로젝트와 학습 노트는 언제나 중요하며, 긴급도가 같으면 같은 칸에서 먼저 나옵니다.</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>긴급도</translation>
    </message>
    <message>
        <source>The effective deadline is the earliest of the task&apos;s due date and the deadlines of the postings it serves. Overdue is 100; from there urgency falls from 100 on the day to 20 at 14 days out, and is 10 beyond; a task without a deadline has 0.</source>
        <translation>실제 마감은 할 일의 마감일과 관련 공고 마감일 중 가장 이른 날입니다. 마감이 지나면 100, 마감 당일 100에서 14일 전 20까지 내려가고, 그보다 멀면 10, 마감이 없으면 0입니다.</translation>
    </message>
    <message>
        <source>A task is urgent when it is overdue, due within %1 days, or when its estimate needs more than half of the hours left before its deadline (you have %2 hours a week).</source>
        <translation>마감이 지났거나, %1일 안에 마감이거나, 예상 시간이 마감 전 남은 시간의 절반을 넘으면 긴급합니다 (일주일에 %2시간을 쓸 수 있습니다).</translation>
    </message>
    <message>
        <source>The four quadrants</source>
        <translation>네 사분면</translation>
    </message>
    <message>
        <source>important and urgent</source>
        <translation>중요하고 긴급함</translation>
    </message>
    <message>
        <source>important, not urgent: the portfolio work that wins offers</source>
        <translation>중요하지만 긴급하지 않음: 합격을 만드는 포트폴리오 작업</translation>
    </message>
    <message>
        <source>urgent, not important: keep it short</source>
        <translation>긴급하지만 중요하지 않음: 짧게 끝내기</translation>
    </message>
    <message>
        <source>neither: later, or never</source>
        <translation>둘 다 아님: 나중에, 또는 하지 않기</translation>
    </message>
    <message>
        <source>Drag a task to another pane (or press Ctrl+1…4) to pin it there; the planner then leaves it where you put it and tells you where it would have placed it. Ctrl+0 lets the planner place it again.</source>
        <translation>할 일을 다른 칸으로 끌어 놓거나 Ctrl+1…4를 누르면 그 칸에 고정됩니다. 플래너는 그 자리를 지키고, 자기라면 어디에 두었을지 알려 줍니다. Ctrl+0을 누르면 다시 플래너가 배치합니다.</translation>
    </message>
    <message>
        <source>The weekly plan</source>
        <translation>주간 계획</translation>
    </message>
    <message>
        <source>Habits come first on each day they apply, then Do first by deadline, then Schedule, then Limit. %1% of the week is kept for Schedule work unless Do first cannot fit without it. Tasks are split into blocks of at most %2 hours.</source>
        <translation>습관이 해당 요일마다 먼저 들어가고, 이어서 지금 하기(마감 순), 계획하기, 줄이기 순서로 채웁니다. 지금 하기가 들어갈 자리가 없을 때가 아니면 한 주의 %1%는 계획하기 작업을 위해 남겨 둡니다. 할 일은 최대 %2시간 단위로 나뉩니다.</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::PostingEditDialog</name>
    <message>
        <source>Edit posting</source>
        <translation>공고 편집</translation>
    </message>
    <message>
        <source>Has a deadline</source>
        <translation>마감일 있음</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>직무(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>마감(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>URL(&amp;U)</translation>
    </message>
    <message>
        <source>The title must not be empty.</source>
        <translation>제목은 비어 있으면 안 됩니다.</translation>
    </message>
    <message>
        <source>This URL is not a web address (http or https): it is kept, but Open URL will not open it.</source>
        <translation>이 URL은 웹 주소(http, https)가 아닙니다. 저장은 되지만 URL 열기로는 열리지 않습니다.</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::PostingLinesModel</name>
    <message>
        <source>%1 — %2 of %3 closed by a done task, %4 with a task</source>
        <translation>%1 — %3개 중 %2개가 완료된 할 일로 채워짐, %4개에 할 일 있음</translation>
    </message>
    <message>
        <source>%1 — I meet %2 of %3 (conditions, never tasks)</source>
        <translation>%1 — %3개 중 %2개 충족 (조건일 뿐, 할 일이 되지 않음)</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>doing</source>
        <translation>하는 중</translation>
    </message>
    <message>
        <source>done ✓</source>
        <translation>완료 ✓</translation>
    </message>
    <message>
        <source>[any one of: %1]</source>
        <translation>[다음 중 하나: %1]</translation>
    </message>
    <message>
        <source>no task yet</source>
        <translation>아직 할 일 없음</translation>
    </message>
    <message>
        <source>Placed under the heading “%1”.</source>
        <translation>“%1” 제목 아래에 놓였습니다.</translation>
    </message>
    <message>
        <source>You chose its section: a re-parse keeps it.</source>
        <translation>직접 고른 구분입니다. 다시 읽어도 유지됩니다.</translation>
    </message>
    <message>
        <source>Tick it when you meet this condition. It is never a task: years, degrees and permits are not prepared in a week.</source>
        <translation>이 조건을 충족하면 체크하세요. 할 일이 되지 않습니다: 경력 연수, 학위, 자격은 한 주에 준비하는 것이 아니니까요.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Task that closes it</source>
        <translation>채우는 할 일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::PostingLinesTree</name>
    <message>
        <source>Posting lines this task closes</source>
        <translation>이 할 일이 채우는 공고 줄</translation>
    </message>
    <message>
        <source>Posting line</source>
        <translation>공고 줄</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>“%1” — %2 · %3</source>
        <translation>“%1” — %2 · %3</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::PostingPreviewModel</name>
    <message numerus="yes">
        <source>%n line(s): %1 duties, %2 requirements, %3 preferred, %4 eligibility, %5 other</source>
        <translation>
            <numerusform>%n줄: 주요업무 %1, 자격요건 %2, 우대사항 %3, 지원 조건 %4, 기타 %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ticked: %n new task(s)</source>
        <translation>
            <numerusform>체크됨: 새 할 일 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to open tasks</source>
        <translation>
            <numerusform>열린 할 일에 연결 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Placed under “%1” (line %2 of the text); this is line %3.</source>
        <translation>“%1”(본문 %2행) 아래에 놓였습니다. 이 줄은 %3행입니다.</translation>
    </message>
    <message>
        <source>Before any heading; this is line %1 of the text.</source>
        <translation>첫 제목보다 앞입니다. 이 줄은 본문 %1행입니다.</translation>
    </message>
    <message>
        <source>You chose this section; it is stored, and a re-parse keeps it.</source>
        <translation>직접 고른 구분입니다. 그대로 저장되고, 다시 읽어도 유지됩니다.</translation>
    </message>
    <message>
        <source>Double-click to choose another section.</source>
        <translation>두 번 클릭해 다른 구분을 고르세요.</translation>
    </message>
    <message>
        <source>[any one of: %1]</source>
        <translation>[다음 중 하나: %1]</translation>
    </message>
    <message>
        <source>links to #%1 %2</source>
        <translation>#%1 %2에 연결</translation>
    </message>
    <message>
        <source>The open task #%1 already covers %2: this line is linked to it.</source>
        <translation>열린 할 일 #%1이(가) 이미 %2을(를) 다룹니다. 이 줄은 그 할 일에 연결됩니다.</translation>
    </message>
    <message>
        <source>Ticked: this task is made. Double-click to edit its title.</source>
        <translation>체크하면 이 할 일이 만들어집니다. 두 번 클릭해 제목을 고치세요.</translation>
    </message>
    <message>
        <source>I meet this</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>A condition, never a task: tick it when you meet it.</source>
        <translation>조건일 뿐 할 일이 되지 않습니다. 충족하면 체크하세요.</translation>
    </message>
    <message>
        <source>Placed under</source>
        <translation>놓인 제목</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>만들어질 것</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::PostingsModel</name>
    <message>
        <source>%1
Double-click or press Open URL to open it in the browser.</source>
        <translation>%1
두 번 클릭하거나 URL 열기를 누르면 브라우저에서 열립니다.</translation>
    </message>
    <message>
        <source>%1 of %2 requirement lines are closed by a done task.</source>
        <translation>자격요건 %2줄 중 %1줄이 완료된 할 일로 채워졌습니다.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>준비도</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::PostingsView</name>
    <message>
        <source>Postings</source>
        <translation>공고</translation>
    </message>
    <message>
        <source>The posting&apos;s lines</source>
        <translation>공고의 줄</translation>
    </message>
    <message>
        <source>Paste a posting…</source>
        <translation>공고 붙여 넣기…</translation>
    </message>
    <message>
        <source>Add a posting from its text (Ctrl+Shift+V)</source>
        <translation>본문으로 공고 추가 (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>No posting chosen. Paste one with Paste a posting… (Ctrl+Shift+V): its requirements become tasks, and it is listed here with its deadline and readiness.</source>
        <translation>선택한 공고가 없습니다. 공고 붙여 넣기…(Ctrl+Shift+V)로 추가하면 자격요건이 할 일이 되고, 마감과 준비도와 함께 여기에 나옵니다.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Change the title, role, deadline or URL (Enter)</source>
        <translation>제목, 직무, 마감, URL 바꾸기 (Enter)</translation>
    </message>
    <message>
        <source>Re-parse</source>
        <translation>다시 읽기</translation>
    </message>
    <message>
        <source>Read the lines again from the stored text: lines whose text is unchanged keep their tasks and ticks</source>
        <translation>저장된 본문에서 줄을 다시 읽습니다. 문장이 그대로인 줄은 할 일과 체크를 유지합니다</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL 열기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the posting and its lines; its tasks stay (Delete; Ctrl+Z brings it back)</source>
        <translation>공고와 줄을 삭제합니다. 할 일은 남습니다 (Delete; Ctrl+Z로 되돌림)</translation>
    </message>
    <message>
        <source>Make a task…</source>
        <translation>할 일 만들기…</translation>
    </message>
    <message>
        <source>A task for the chosen requirement or preferred line, linked to it</source>
        <translation>선택한 자격요건·우대사항 줄에 연결된 할 일</translation>
    </message>
    <message>
        <source>Move to section</source>
        <translation>구분 옮기기</translation>
    </message>
    <message>
        <source>deadline %1 (%2)</source>
        <translation>마감 %1 (%2)</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>마감 없음</translation>
    </message>
    <message>
        <source>readiness %1</source>
        <translation>준비도 %1</translation>
    </message>
    <message>
        <source>This posting has no stored text to read its lines from again.</source>
        <translation>이 공고에는 줄을 다시 읽어 낼 저장된 본문이 없습니다.</translation>
    </message>
    <message>
        <source>Deleted the posting %1; its tasks stay. Undo (Ctrl+Z) brings it back.</source>
        <translation>공고 %1을(를) 삭제했습니다. 할 일은 남습니다. 실행 취소(Ctrl+Z)로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>%1을(를) 열 브라우저가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a web address (http or https), so it is not opened.</source>
        <translation>%1은(는) 웹 주소(http, https)가 아니어서 열지 않습니다.</translation>
    </message>
    <message>
        <source>Open task #%1 %2</source>
        <translation>할 일 #%1 %2 열기</translation>
    </message>
    <message>
        <source>“%1” loses its link to “%2”</source>
        <translation>“%1”이(가) “%2”와의 연결을 잃습니다</translation>
    </message>
    <message>
        <source>the tick on “%1” goes</source>
        <translation>“%1”의 체크가 사라집니다</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-parse the posting</source>
        <translation>공고 다시 읽기</translation>
    </message>
    <message numerus="yes">
        <source>Reading the stored text again no longer yields %n line(s) that have a task or a tick:
• %1

The tasks stay, without that link. Re-parse anyway? (Undo brings everything back.)</source>
        <translation>
            <numerusform>저장된 본문을 다시 읽으면 할 일이나 체크가 있는 줄 %n개가 더는 나오지 않습니다:
• %1

할 일은 그 연결만 빠진 채 남습니다. 그래도 다시 읽을까요? (실행 취소로 모두 되돌릴 수 있습니다.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Re-parsed: %1 lines kept, %2 added, %3 removed, %4 in another section.</source>
        <translation>다시 읽음: 줄 %1개 유지, %2개 추가, %3개 제거, %4개 구분 바뀜.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) lost a link.</source>
        <translation>
            <numerusform>할 일 %n개가 연결을 잃었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a task</source>
        <translation>할 일 만들기</translation>
    </message>
    <message>
        <source>The open task #%1 “%2” already covers %3. Link this line to it, so that it closes this line too, or make a new task?</source>
        <translation>열린 할 일 #%1 “%2”이(가) 이미 %3을(를) 다룹니다. 이 줄을 그 할 일에 연결해 이 줄도 채우게 할까요, 아니면 새 할 일을 만들까요?</translation>
    </message>
    <message>
        <source>Link to #%1</source>
        <translation>#%1에 연결</translation>
    </message>
    <message>
        <source>Make a new task</source>
        <translation>새 할 일 만들기</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::QuadrantPane</name>
    <message>
        <source>1 task</source>
        <translation>할 일 1개</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>할 일 %1개</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4 h</source>
        <translation>%1 %2 · %3 · %4시간</translation>
    </message>
    <message>
        <source>%1 %2 · loading…</source>
        <translation>%1 %2 · 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Week and urgency</source>
        <translation>주간 시간과 긴급도</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>중요도</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source> h</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation>%1 시간</translation>
    </message>
    <message>
        <source>Start time on %1</source>
        <translation>%1 시작 시각</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Urgent when due within</source>
        <translation>긴급으로 보는 마감 기간</translation>
    </message>
    <message>
        <source>Week kept for Schedule work</source>
        <translation>계획하기 작업용으로 남길 비율</translation>
    </message>
    <message>
        <source>Longest block</source>
        <translation>가장 긴 블록</translation>
    </message>
    <message>
        <source>Hours you can spend on preparation each day:</source>
        <translation>요일별로 준비에 쓸 수 있는 시간:</translation>
    </message>
    <message>
        <source>Important from</source>
        <translation>중요 기준 점수</translation>
    </message>
    <message>
        <source>Closes a requirement (자격요건)</source>
        <translation>자격요건을 채움</translation>
    </message>
    <message>
        <source>Closes duty lines only (주요업무)</source>
        <translation>주요업무만 채움</translation>
    </message>
    <message>
        <source>Closes preferred lines only (우대사항)</source>
        <translation>우대사항만 채움</translation>
    </message>
    <message>
        <source>Each further posting</source>
        <translation>추가 공고 하나당</translation>
    </message>
    <message>
        <source>Further postings at most</source>
        <translation>추가 공고 가산 최대</translation>
    </message>
    <message>
        <source>Per interest point above 3</source>
        <translation>관심도 3 초과 1점당</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>언어 (다시 시작 후 적용)</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>다른 파일 열기…</translation>
    </message>
    <message>
        <source>New file…</source>
        <translation>새 파일…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>Next to the database, in backups/</source>
        <translation>데이터베이스 옆 backups/ 폴더</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>백업 폴더</translation>
    </message>
    <message>
        <source>JobPrep database (*.sqlite *.db);;All files (*)</source>
        <translation>JobPrep 데이터베이스 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>새 데이터베이스</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>캘린더</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::TaskCardDelegate</name>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>streak %1</source>
        <translation>연속 %1</translation>
    </message>
    <message>
        <source>◆ pinned</source>
        <translation>◆ 고정</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ 완료</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::TaskController</name>
    <message>
        <source>Could not save</source>
        <translation>저장하지 못했습니다</translation>
    </message>
    <message>
        <source>%1 failed: %2
Nothing was changed.</source>
        <translation>%1 실패: %2
아무것도 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::TaskEditorDialog</name>
    <message>
        <source>Edit task</source>
        <translation>할 일 편집</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>새 할 일</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>마감일 있음</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>마감일</translation>
    </message>
    <message>
        <source>Estimate in hours</source>
        <translation>예상 시간</translation>
    </message>
    <message>
        <source> h</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>사분면</translation>
    </message>
    <message>
        <source>Let the planner decide</source>
        <translation>플래너에게 맡기기</translation>
    </message>
    <message>
        <source>Pinned to %1 %2</source>
        <translation>%1 %2에 고정</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Why it is placed there</source>
        <translation>여기에 놓인 이유</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>상태(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>예상 시간(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>회사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>반복(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quadrant</source>
        <translation>사분면(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>여기인 이유</translation>
    </message>
    <message>
        <source>Posting lines this task closes</source>
        <translation>이 할 일이 채우는 공고 줄</translation>
    </message>
    <message>
        <source>Cannot save the task</source>
        <translation>할 일을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>하는 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>반복 안 함</translation>
    </message>
    <message>
        <source>Daily (habit)</source>
        <translation>매일 (습관)</translation>
    </message>
    <message>
        <source>Weekly (habit)</source>
        <translation>매주 (습관)</translation>
    </message>
    <message>
        <source>The posting lines this task closes</source>
        <translation>이 할 일이 채우는 공고 줄</translation>
    </message>
    <message>
        <source>No posting line: tick the lines this task prepares for.</source>
        <translation>연결된 공고 줄이 없습니다. 이 할 일로 준비하는 줄을 체크하세요.</translation>
    </message>
    <message>
        <source>Closes:</source>
        <translation>채우는 줄:</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to JobPrep Planner</source>
        <translation>JobPrep 플래너에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;JobPrep Planner turns the postings of your target companies into a week of preparation: paste a posting, get its requirements (자격요건) as tasks, and let the planner place every task by urgency and importance — portfolio projects and study notes first.&lt;/p&gt;&lt;p&gt;Start with an example job hunt to see how it works (you can delete it any time), or start with an empty plan.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;환영합니다&lt;/h2&gt;&lt;p&gt;JobPrep 플래너는 목표 회사의 채용 공고를 한 주의 준비 계획으로 바꿉니다. 공고를 붙여 넣으면 자격요건이 할 일이 되고, 플래너가 모든 할 일을 긴급도와 중요도에 따라 배치합니다. 포트폴리오 프로젝트와 학습 노트가 먼저입니다.&lt;/p&gt;&lt;p&gt;예시 취업 준비로 어떻게 동작하는지 살펴보거나(언제든 지울 수 있습니다), 빈 계획으로 시작하세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start with an example plan</source>
        <translation>예시 계획으로 시작</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>빈 계획으로 시작</translation>
    </message>
</context>
<context>
    <name>jobprep::ui::WhyText</name>
    <message>
        <source>Done — not on the board. Open, the planner would place it in &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>완료 — 보드에 없습니다. 열려 있다면 플래너는 &lt;b&gt;%1&lt;/b&gt;에 둡니다.</translation>
    </message>
    <message>
        <source>Pinned to &lt;b&gt;%1&lt;/b&gt; by you; auto would place it in &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>직접 &lt;b&gt;%1&lt;/b&gt;에 고정했습니다. 자동이라면 &lt;b&gt;%2&lt;/b&gt;에 둡니다.</translation>
    </message>
    <message>
        <source>Auto would place it in &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>자동 배치: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>중요도</translation>
    </message>
    <message>
        <source>important</source>
        <translation>중요</translation>
    </message>
    <message>
        <source>not important</source>
        <translation>중요하지 않음</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>긴급도</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <source>not urgent</source>
        <translation>긴급하지 않음</translation>
    </message>
</context>
</TS>
