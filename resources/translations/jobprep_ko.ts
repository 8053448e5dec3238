<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep</name>
    <message>
        <source>Interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data scientist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop / later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object with companies, postings and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no company named &quot;%1&quot; in the file or the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line id %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to no posting line in this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep::Placer</name>
    <message>
        <source>kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes a requirement (자격요건)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes duty lines only (주요업무)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes preferred lines only (우대사항)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required by %1 postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company interest %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects and study notes are always important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posting deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1 days (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 h of the %2 h left before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned to %1 by you; the planner would place it in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in %1 by the planner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep::PostingIntake</name>
    <message>
        <source>posting lines were not all stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal for line %1: no such line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep::Reader</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep::Store</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JobPrep database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a JobPrep database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer JobPrep (schema version %2); this version reads up to schema version %3. Update JobPrep to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade (schema version %2 to %3) and was opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: foreign key check failed after upgrade (table %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a company named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no company with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posting: no company with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posting line %1 belongs to another posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no posting with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task: no posting line with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate must be more than 0 and at most 1000 hours (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streak must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest must be from 1 to 5 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep::ui</name>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Let the planner place %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no task with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done — not on the board. Open, the planner would place it in &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned to &lt;b&gt;%1&lt;/b&gt; by you; auto would place it in &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto would place it in &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep::ui::CompaniesDock</name>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 requirements covered by done tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep::ui::FilterBar</name>
    <message>
        <source>Filter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, notes or company (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show done tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep::ui::MainWindow</name>
    <message>
        <source>JobPrep Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the &amp;planner place it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep::ui::PlannerHelpDialog</name>
    <message>
        <source>How the planner decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open task gets an importance and an urgency score from 0 to 100. Together they place it on one of four quadrants. Open a task to see the breakdown of its own scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiring advice for AI and data roles ranks portfolio projects first, study and community next, and certificates low. Each kind starts from a base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 when it closes a requirement line (자격요건)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 when it closes only duty lines (주요업무)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 when it closes only preferred lines (우대사항)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for each further posting that requires it, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × (interest − 3) of the most interested company it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task is important from %1 points. Projects and study notes are always important, and at equal urgency they come first in their pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective deadline is the earliest of the task&apos;s due date and the deadlines of the postings it serves. Overdue is 100; from there urgency falls from 100 on the day to 20 at 14 days out, and is 10 beyond; a task without a deadline has 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task is urgent when it is overdue, due within %1 days, or when its estimate needs more than half of the hours left before its deadline (you have %2 hours a week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four quadrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>important and urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>important, not urgent: the portfolio work that wins offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent, not important: keep it short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither: later, or never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a task to another pane (or press Ctrl+1…4) to pin it there; the planner then leaves it where you put it and tells you where it would have placed it. Ctrl+0 lets the planner place it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habits come first on each day they apply, then Do first by deadline, then Schedule, then Limit. %1% of the week is kept for Schedule work unless Do first cannot fit without it. Tasks are split into blocks of at most %2 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep::ui::PostingLinesTree</name>
    <message>
        <source>Posting lines this task closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep::ui::QuadrantPane</name>
    <message numerus="yes">
        <source>%1 %2 · %n task(s) · %3 h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobprep::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week and urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent when due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week kept for Schedule work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours you can spend on preparation each day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes a requirement (자격요건)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes duty lines only (주요업무)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes preferred lines only (우대사항)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each further posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further postings at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per interest point above 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next to the database, in backups/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JobPrep database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep::ui::TaskCardDelegate</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streak %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◆ pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep::ui::TaskController</name>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2
Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep::ui::TaskEditorDialog</name>
    <message>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the planner decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned to %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is placed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strea&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting lines this task closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobprep::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to JobPrep Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;JobPrep Planner turns the postings of your target companies into a week of preparation: paste a posting, get its requirements (자격요건) as tasks, and let the planner place every task by urgency and importance — portfolio projects and study notes first.&lt;/p&gt;&lt;p&gt;Start with an example job hunt to see how it works (you can delete it any time), or start with an empty plan.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an example plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
