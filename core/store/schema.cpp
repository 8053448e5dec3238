// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "schema.h"

namespace jobprep::schema {

const QStringList &migrations()
{
    static const QStringList steps = {
        // 1: the domain tables.
        QStringLiteral(R"sql(
CREATE TABLE companies(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK(length(name) BETWEEN 1 AND 200),
  name_key TEXT NOT NULL UNIQUE,
  stage TEXT NOT NULL,
  interest INTEGER NOT NULL DEFAULT 3 CHECK(interest BETWEEN 1 AND 5),
  website TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  coding_test_notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL);
CREATE TABLE stage_changes(
  id INTEGER PRIMARY KEY,
  company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  stage TEXT NOT NULL,
  changed_on TEXT NOT NULL);
CREATE TABLE postings(
  id INTEGER PRIMARY KEY,
  company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  role TEXT NOT NULL,
  url TEXT NOT NULL DEFAULT '',
  deadline TEXT,
  raw_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL);
CREATE TABLE posting_lines(
  id INTEGER PRIMARY KEY,
  posting_id INTEGER NOT NULL REFERENCES postings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  section TEXT NOT NULL,
  text TEXT NOT NULL);
CREATE TABLE tasks(
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  due TEXT,
  estimate REAL NOT NULL DEFAULT 2 CHECK(estimate > 0),
  status TEXT NOT NULL DEFAULT 'todo',
  done_on TEXT,
  company_id INTEGER REFERENCES companies(id) ON DELETE SET NULL,
  repeat TEXT NOT NULL DEFAULT 'none',
  streak INTEGER NOT NULL DEFAULT 0,
  pinned INTEGER CHECK(pinned BETWEEN 1 AND 4),
  manual_order INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL);
CREATE TABLE task_lines(
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  line_id INTEGER NOT NULL REFERENCES posting_lines(id) ON DELETE CASCADE,
  PRIMARY KEY(task_id, line_id)) WITHOUT ROWID;
)sql"),
        // 2: settings shared by GUI and CLI; lookup indexes for the foreign keys.
        QStringLiteral(R"sql(
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX task_lines_by_line ON task_lines(line_id);
CREATE INDEX posting_lines_by_posting ON posting_lines(posting_id, position);
CREATE INDEX postings_by_company ON postings(company_id);
CREATE INDEX stage_changes_by_company ON stage_changes(company_id);
CREATE INDEX tasks_by_company ON tasks(company_id);
CREATE INDEX tasks_by_status ON tasks(status);
)sql"),
        // 3: what placement needs of each task that does not depend on the day, kept on the task row
        // (maintained by the store on every write), and the open tasks counted by what decides their
        // pane and order (maintained by triggers), so that the board reads only the rows it shows.
        QStringLiteral(R"sql(
ALTER TABLE tasks ADD COLUMN place_importance INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tasks ADD COLUMN place_important INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tasks ADD COLUMN place_deadline TEXT;
ALTER TABLE tasks ADD COLUMN place_first INTEGER NOT NULL DEFAULT 0;
CREATE INDEX tasks_by_group ON tasks(ifnull(pinned, 0), place_important, place_deadline, estimate, place_first,
  place_importance)
  WHERE status <> 'done' AND manual_order IS NULL;
DROP INDEX tasks_by_status; -- nothing reads tasks by status alone, and every write paid for it
CREATE INDEX tasks_by_rank ON tasks(ifnull(pinned, 0), place_important, place_first DESC,
  place_importance DESC, place_deadline)
  WHERE status <> 'done' AND manual_order IS NULL;
CREATE INDEX tasks_by_manual_order ON tasks(manual_order)
  WHERE status <> 'done' AND manual_order IS NOT NULL;
CREATE TABLE task_groups(
  pinned INTEGER NOT NULL,
  important INTEGER NOT NULL,
  deadline TEXT NOT NULL,
  estimate REAL NOT NULL,
  manual INTEGER NOT NULL,
  tasks INTEGER NOT NULL CHECK(tasks >= 0),
  PRIMARY KEY(pinned, important, deadline, estimate, manual)) WITHOUT ROWID;
INSERT INTO task_groups
  SELECT ifnull(pinned, 0), place_important, ifnull(place_deadline, ''), estimate, manual_order IS NOT NULL, count(*)
  FROM tasks WHERE status <> 'done' GROUP BY 1, 2, 3, 4, 5;
CREATE TRIGGER task_groups_insert AFTER INSERT ON tasks WHEN NEW.status <> 'done' BEGIN
  INSERT INTO task_groups VALUES(ifnull(NEW.pinned, 0), NEW.place_important, ifnull(NEW.place_deadline, ''),
                                 NEW.estimate, NEW.manual_order IS NOT NULL, 1)
    ON CONFLICT(pinned, important, deadline, estimate, manual) DO UPDATE SET tasks = tasks + 1;
END;
CREATE TRIGGER task_groups_delete AFTER DELETE ON tasks WHEN OLD.status <> 'done' BEGIN
  UPDATE task_groups SET tasks = tasks - 1
    WHERE pinned = ifnull(OLD.pinned, 0) AND important = OLD.place_important
      AND deadline = ifnull(OLD.place_deadline, '') AND estimate = OLD.estimate
      AND manual = (OLD.manual_order IS NOT NULL);
  DELETE FROM task_groups
    WHERE pinned = ifnull(OLD.pinned, 0) AND important = OLD.place_important
      AND deadline = ifnull(OLD.place_deadline, '') AND estimate = OLD.estimate
      AND manual = (OLD.manual_order IS NOT NULL) AND tasks = 0;
END;
CREATE TRIGGER task_groups_update_old
  AFTER UPDATE OF status, pinned, place_important, place_deadline, estimate, manual_order ON tasks
  WHEN OLD.status <> 'done' BEGIN
  UPDATE task_groups SET tasks = tasks - 1
    WHERE pinned = ifnull(OLD.pinned, 0) AND important = OLD.place_important
      AND deadline = ifnull(OLD.place_deadline, '') AND estimate = OLD.estimate
      AND manual = (OLD.manual_order IS NOT NULL);
  DELETE FROM task_groups
    WHERE pinned = ifnull(OLD.pinned, 0) AND important = OLD.place_important
      AND deadline = ifnull(OLD.place_deadline, '') AND estimate = OLD.estimate
      AND manual = (OLD.manual_order IS NOT NULL) AND tasks = 0;
END;
CREATE TRIGGER task_groups_update_new
  AFTER UPDATE OF status, pinned, place_important, place_deadline, estimate, manual_order ON tasks
  WHEN NEW.status <> 'done' BEGIN
  INSERT INTO task_groups VALUES(ifnull(NEW.pinned, 0), NEW.place_important, ifnull(NEW.place_deadline, ''),
                                 NEW.estimate, NEW.manual_order IS NOT NULL, 1)
    ON CONFLICT(pinned, important, deadline, estimate, manual) DO UPDATE SET tasks = tasks + 1;
END;
)sql"),
        // 4: the open habits, which the weekly plan reads first (planFromStore); there are few.
        QStringLiteral(R"sql(
CREATE INDEX tasks_open_habits ON tasks(repeat) WHERE status <> 'done' AND repeat <> 'none';
)sql"),
        // 5: what the Postings view shows and keeps of each posting line: the heading the parser
        // placed it under, the user's "I meet this" tick on an eligibility line, and whether the user
        // chose its section (a re-parse keeps that choice).
        QStringLiteral(R"sql(
ALTER TABLE posting_lines ADD COLUMN heading TEXT NOT NULL DEFAULT '';
ALTER TABLE posting_lines ADD COLUMN met INTEGER NOT NULL DEFAULT 0 CHECK(met IN (0, 1));
ALTER TABLE posting_lines ADD COLUMN section_by_user INTEGER NOT NULL DEFAULT 0 CHECK(section_by_user IN (0, 1));
)sql"),
        // 6: calendar sync (issue 18). A random id for this database, made once, from which the
        // calendar events' UIDs are built (a new file gets one here too); the CalDAV account; the
        // sync state, one row per event this database wrote; the raw events of others in the
        // calendar; and the busy time read from them or from an .ics file.
        QStringLiteral(R"sql(
INSERT OR IGNORE INTO settings(key, value) VALUES('database.id', lower(hex(randomblob(16))));
CREATE TABLE calendar_settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE calendar_events(
  calendar TEXT NOT NULL,
  uid TEXT NOT NULL,
  href TEXT NOT NULL,
  etag TEXT NOT NULL,
  task_id INTEGER NOT NULL,
  day TEXT NOT NULL,
  block INTEGER NOT NULL,
  ends_at TEXT NOT NULL,
  content TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'synced' CHECK(state IN ('synced', 'edited', 'removed')),
  PRIMARY KEY(calendar, uid)) WITHOUT ROWID;
CREATE TABLE calendar_objects(href TEXT PRIMARY KEY, etag TEXT NOT NULL, data TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE busy_events(
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL CHECK(source IN ('calendar', 'file')),
  summary TEXT NOT NULL,
  time TEXT NOT NULL CHECK(time IN ('instant', 'floating', 'all-day')),
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL);
)sql"),
        // 7: habits with evidence and the plan of each day (schemahabits.cpp).
        habitsStep(),
    };
    return steps;
}

} // namespace jobprep::schema
