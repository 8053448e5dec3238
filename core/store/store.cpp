// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "store.h"
#include "core/sqlite/backup.h"
#include "core/sqlite/changeset.h"
#include "schema.h"

#include <QFileInfo>

namespace jobprep {

Store::Store(const QString &path, Options options, QObject *parent)
    : QObject(parent), m_clock([] { return QDateTime::currentDateTime(); })
{
    const bool exists = QFileInfo::exists(path) && path != QLatin1String(":memory:");
    if (options.readOnly && !exists)
        throw DbError(DbError::Kind::NotFound, tr("%1 does not exist").arg(path));
    const auto mode = options.readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWriteCreate;
    m_db = Database(path, mode);
    m_db.setBusyTimeout(options.busyTimeoutMs);
    m_busyTimeoutMs = options.busyTimeoutMs;
    openAndMigrate(options);
}

Store::~Store() = default;

void Store::openAndMigrate(const Options &options)
{
    // Read before writing anything, so that a foreign or newer file is left byte-identical.
    int appId = 0;
    int version = 0;
    int objects = 0;
    try {
        appId = m_db.pragmaInt(QStringLiteral("application_id"));
        version = m_db.pragmaInt(QStringLiteral("user_version"));
        Statement st = m_db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        objects = st.step() ? st.int32(0) : 0;
    } catch (const DbError &e) {
        if (e.kind() == DbError::Kind::NotADatabase)
            throw DbError(DbError::Kind::NotADatabase,
                          tr("%1 is not a JobPrep database (%2)").arg(m_db.path(), e.message()), e.sqliteCode());
        throw;
    }
    if ((appId != 0 && appId != kApplicationId) || (appId == 0 && objects > 0))
        throw DbError(DbError::Kind::NotADatabase,
                      tr("%1 is an SQLite file of another program, not a JobPrep database").arg(m_db.path()));
    if (version > kSchemaVersion)
        throw DbError(DbError::Kind::NewerSchema,
                      tr("%1 was written by a newer JobPrep (schema version %2); this version reads up to "
                         "schema version %3. Update JobPrep to open it.")
                          .arg(m_db.path())
                          .arg(version)
                          .arg(kSchemaVersion));
    m_db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // Scratch data in memory, not in temporary files: a statement that writes many rows (the bulk
    // INSERT … SELECT of an import) keeps a statement journal, the pages it changed, to undo just
    // itself on an error; from 64 KiB on it went to a temporary file, one write per page. Nothing
    // durable is kept there: the WAL and its sync settings are unchanged.
    m_db.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    if (options.readOnly) {
        if (version < kSchemaVersion)
            throw DbError(DbError::Kind::ReadOnly,
                          tr("%1 needs an upgrade (schema version %2 to %3) and was opened read-only")
                              .arg(m_db.path())
                              .arg(version)
                              .arg(kSchemaVersion));
        return;
    }
    if (version < kSchemaVersion) {
        // A copy with the backup API first; the upgrade itself is all or nothing, before WAL is
        // switched on, so a failed upgrade leaves an older file byte-identical.
        if (version > 0)
            BackupFolder(m_db.path()).take(m_db, m_clock());
        // A new file gets 8 KiB pages, SQLite's default being 4 KiB: a 100 000-task import then
        // writes half as many pages (0.95 -> 0.89 s). A file that already has pages keeps its size.
        if (version == 0 && objects == 0)
            m_db.exec(QStringLiteral("PRAGMA page_size=8192"));
        migrateFrom(version, options);
    }
    m_db.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    // NORMAL in WAL mode survives a killed process; only a power cut can lose the last commits.
    m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

void Store::migrateFrom(int version, const Options &options)
{
    const QStringList &steps = schema::migrations();
    Transaction tx(m_db); // every step, and the check after them, or none
    for (int next = version + 1; next <= kSchemaVersion; ++next) {
        if (!steps.at(next - 1).isEmpty())
            m_db.exec(steps.at(next - 1));
        m_db.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId));
        m_db.exec(QStringLiteral("PRAGMA user_version=%1").arg(next));
        if (next == 3)
            refreshAllPlacement(); // the new columns start at their defaults
        if (options.migrationStepHook)
            options.migrationStepHook(next);
    }
    {
        Statement fk = m_db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
        if (fk.step())
            throw DbError(DbError::Kind::Constraint,
                          tr("%1: foreign key check failed after upgrade (table %2)").arg(m_db.path(), fk.text(0)));
    }
    tx.commit();
}

void Store::transaction(const std::function<void()> &fn)
{
    if (m_txDepth > 0) {
        fn();
        return;
    }
    Transaction tx(m_db);
    ++m_txDepth;
    forgetPlacementFacts(); // another process may have written since the last transaction
    try {
        fn();
        tx.commit();
    } catch (...) {
        forgetPlacementFacts();
        --m_txDepth;
        throw;
    }
    --m_txDepth;
}

namespace {

// For one bulk write, a rollback journal instead of the WAL when no other connection has the file
// open. In WAL mode every page of the write is written twice, into the WAL at the commit and into
// the file by the checkpoint after it (a 100 000-task import: 6 300 pages, 25 000 system calls,
// about 0.2 s); with a rollback journal the new pages go straight into the file, and only the
// pages that held data before are copied to the journal first. Either way the write is all or
// nothing and survives a killed process. Leaving WAL mode needs the file to itself: if another
// connection has it open (the app, another command) SQLite refuses at once, with no busy wait
// here, and the write goes through the WAL as always. Afterwards WAL is switched on again; a file
// left in rollback mode (a killed process) is as safe, and the next open switches it back.
class RollbackJournalIfAlone
{
public:
    RollbackJournalIfAlone(Database &db, int busyTimeoutMs) : m_db(db), m_busyTimeoutMs(busyTimeoutMs)
    {
        if (m_db.path() == QLatin1String(":memory:") || m_db.path().isEmpty())
            return;
        m_db.setBusyTimeout(0);
        try {
            Statement st = m_db.prepare(QStringLiteral("PRAGMA journal_mode=DELETE"));
            m_active = st.step() && st.text(0) == QLatin1String("delete");
        } catch (const DbError &) {
            m_active = false; // SQLITE_BUSY: someone else has the file open
        }
        m_db.setBusyTimeout(m_busyTimeoutMs);
        // FULL: in rollback mode NORMAL skips a sync that a power cut could make matter.
        if (m_active)
            m_db.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    ~RollbackJournalIfAlone()
    {
        if (!m_active)
            return;
        try {
            m_db.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        } catch (...) {
            // Still a whole, consistent file in rollback mode; the next open asks for WAL again.
        }
    }
    RollbackJournalIfAlone(const RollbackJournalIfAlone &) = delete;
    RollbackJournalIfAlone &operator=(const RollbackJournalIfAlone &) = delete;

private:
    Database &m_db;
    int m_busyTimeoutMs;
    bool m_active = false;
};

// Foreign-key enforcement off until the end of the scope (a flag of the connection: no I/O). It
// cannot change inside a transaction, so the guard is made before one starts.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database &db) : m_db(db) { m_db.exec(QStringLiteral("PRAGMA foreign_keys=OFF")); }
    ~ForeignKeysOff()
    {
        try {
            m_db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        } catch (...) {
        }
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    Database &m_db;
};

} // namespace

void Store::bulkTransaction(const std::function<void()> &fn)
{
    if (m_txDepth > 0 || m_db.inTransaction()) {
        transaction(fn); // PRAGMA foreign_keys cannot change inside a transaction
        return;
    }
    const RollbackJournalIfAlone journal(m_db, m_busyTimeoutMs);
    const ForeignKeysOff foreignKeysOff(m_db);
    m_checkingReferences = true;
    struct Restore
    {
        Store &store;
        ~Restore() { store.m_checkingReferences = false; }
    } restore{*this};
    transaction([&] {
        fn();
        for (const char *table : {"stage_changes", "postings", "posting_lines"}) {
            Statement fk = m_db.prepare(QStringLiteral("PRAGMA foreign_key_check(%1)").arg(QLatin1String(table)));
            if (fk.step())
                throw DbError(DbError::Kind::Constraint, tr("%1, row %2: reference to a missing row in %3")
                                                             .arg(QLatin1String(table), fk.text(1), fk.text(2)));
        }
    });
}

namespace {

// The tables whose rows a recorded transaction keeps: everything the user's data is made of.
// task_groups is left out: its triggers count the tasks again when their rows are written back.
// So are calendar_events and calendar_objects: they mirror what the CalDAV server holds, no view
// shows them and no undo may write them back (the server would no longer agree).
const QStringList &recordedTables()
{
    static const QStringList tables{QStringLiteral("companies"), QStringLiteral("stage_changes"),
                                    QStringLiteral("postings"),  QStringLiteral("posting_lines"),
                                    QStringLiteral("tasks"),     QStringLiteral("task_lines"),
                                    QStringLiteral("settings"),  QStringLiteral("habit_marks"),
                                    QStringLiteral("habit_links"), QStringLiteral("habit_commits"),
                                    QStringLiteral("plan_days"), QStringLiteral("planned_blocks"),
                                    QStringLiteral("calendar_settings"), QStringLiteral("busy_events")};
    return tables;
}

} // namespace

QByteArray Store::recordedTransaction(const std::function<void()> &fn)
{
    if (m_txDepth > 0 || m_db.inTransaction()) {
        transaction(fn);
        return {};
    }
    const ChangeRecorder recorder(m_db, recordedTables());
    QByteArray rows;
    transaction([&] {
        fn();
        rows = recorder.changeset();
    });
    return rows;
}

void Store::applyChangeset(const QByteArray &changeset)
{
    if (changeset.isEmpty())
        return;
    if (m_txDepth > 0 || m_db.inTransaction())
        throw DbError(DbError::Kind::Invalid, tr("recorded rows are written back in a transaction of their own"));
    // The changeset holds the rows foreign-key actions changed when it was recorded; running the
    // actions again would change them twice. The references are checked before the commit instead.
    const ForeignKeysOff foreignKeysOff(m_db);
    transaction([&] {
        jobprep::applyChangeset(m_db, changeset);
        Statement fk = m_db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
        if (fk.step())
            throw DbError(DbError::Kind::Constraint, tr("%1, row %2: reference to a missing row in %3")
                                                         .arg(fk.text(0), fk.text(1), fk.text(2)));
        forgetPlacementFacts(); // interest, lines or settings may be back to what they were
    });
}

int Store::dataVersion() { return m_db.pragmaInt(QStringLiteral("data_version")); }

BackupFile Store::backUp(BackupFolder &folder, const QDateTime &now, bool rotate)
{
    return folder.take(m_db, now, rotate);
}

std::optional<BackupFile> Store::backUpIfDue(BackupFolder &folder, const QDateTime &now)
{
    return folder.takeIfDue(m_db, now);
}

Settings Store::settings()
{
    QMap<QString, QString> map;
    Statement st = m_db.prepare(QStringLiteral("SELECT key, value FROM settings"));
    while (st.step())
        map.insert(st.text(0), st.text(1));
    return Settings::fromMap(map);
}

void Store::saveSettings(const Settings &settings)
{
    transaction([&] {
        Statement st =
            m_db.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?1, ?2) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        const auto map = settings.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            st.bind(1, it.key()).bind(2, it.value()).run();
            st.reset();
        }
        forgetPlacementFacts();
        refreshAllPlacement();
    });
}

} // namespace jobprep
