// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "schema.h"

namespace jobprep::schema {

// A habit's record replaces its single streak number: the days it was done, each with its source.
// The user's marks (habit_marks) and the evidence of linked repositories (habit_commits, through
// habit_links) are kept apart; tasks.streak and tasks.due stay on the row as what the record gives
// (the run up to the latest done period, and the next occurrence), kept by the store, so that the
// board and the plan read them as before.
//
// The streaks of the open habits are carried over as ticked days: a streak of N on an occurrence
// due on D was N periods done before D (the chain of done occurrences had each next one due a
// period after the last), so the days D-1 … D-N (weekly: D-7 … D-7N) are ticked. A habit without a
// due date ends its streak on the day its row was last written.
QString habitsStep()
{
    return QStringLiteral(R"sql(
CREATE TABLE habit_marks(
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  done INTEGER NOT NULL CHECK(done IN (0, 1)),
  PRIMARY KEY(task_id, day)) WITHOUT ROWID;
CREATE TABLE habit_links(
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  repo TEXT NOT NULL,
  path TEXT NOT NULL DEFAULT '',
  authors TEXT NOT NULL DEFAULT '',
  problem TEXT NOT NULL DEFAULT '',
  tips TEXT NOT NULL DEFAULT '',
  UNIQUE(task_id, repo));
CREATE TABLE habit_commits(
  link_id INTEGER NOT NULL REFERENCES habit_links(id) ON DELETE CASCADE,
  hash TEXT NOT NULL,
  day TEXT NOT NULL,
  at INTEGER NOT NULL,
  summary TEXT NOT NULL,
  PRIMARY KEY(link_id, hash)) WITHOUT ROWID;
CREATE INDEX habit_commits_by_day ON habit_commits(link_id, day);
CREATE TABLE plan_days(
  day TEXT PRIMARY KEY,
  recorded_at TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE planned_blocks(
  recorded_on TEXT NOT NULL REFERENCES plan_days(day) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  date TEXT NOT NULL,
  task_id INTEGER NOT NULL,
  title TEXT NOT NULL,
  quadrant INTEGER NOT NULL,
  minutes INTEGER NOT NULL,
  habit INTEGER NOT NULL,
  PRIMARY KEY(recorded_on, position)) WITHOUT ROWID;
)sql") + carryStreaksSql(QStringLiteral("status <> 'done'"));
}

QString carryStreaksSql(const QString &which)
{
    return QStringLiteral(R"sql(
INSERT OR IGNORE INTO habit_marks(task_id, day, done)
WITH RECURSIVE carry(task_id, day, left, step) AS (
  SELECT id,
         CASE WHEN due IS NULL THEN substr(updated_at, 1, 10)
              ELSE date(due, CASE repeat WHEN 'weekly' THEN '-7 days' ELSE '-1 days' END) END,
         streak, CASE repeat WHEN 'weekly' THEN 7 ELSE 1 END
  FROM tasks WHERE repeat <> 'none' AND streak > 0 AND (%1)
  UNION ALL
  SELECT task_id, date(day, printf('-%d days', step)), left - 1, step FROM carry WHERE left > 1)
SELECT task_id, day, 1 FROM carry;
)sql")
        .arg(which);
}

} // namespace jobprep::schema
