// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Store::addTasks writes many tasks with one INSERT … SELECT from an in-memory table, with ids it
// gives itself (storebulk.cpp). The file must hold exactly what adding the same tasks one at a time
// with Store::addTask gives, and a cancelled import must leave the file as it was.
#include "builders.h"
#include "core/io/datagenerator.h"
#include "core/io/jsonio.h"
#include "tempdb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>
#include <limits>

using namespace jobprep;
using namespace jobprep::test;

namespace {

const QDate kToday(2026, 11, 28);

QStringList column(Store &store, const QString &sql)
{
    QStringList out;
    Statement st = test::database(store).prepare(sql);
    while (st.step())
        out << st.text(0);
    return out;
}

int foreignKeys(Store &store) { return test::database(store).pragmaInt(QStringLiteral("foreign_keys")); }

// Every row of every table, each as one line of quoted values, sorted; then the schema objects with
// their SQL (and, when asked, where their pages start).
QStringList contents(Store &store, bool withRootPages)
{
    QStringList out;
    for (const QString &table :
         column(store, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        const QStringList names = column(store, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        QStringList quoted;
        for (const QString &n : names)
            quoted << QStringLiteral("quote(\"%1\")").arg(n);
        // Every file has a random id of its own (the calendar UIDs are made from it).
        const QString except = table == QLatin1String("settings") ? QStringLiteral(" WHERE key <> 'database.id'") : QString();
        QStringList rows = column(store, QStringLiteral("SELECT %1 FROM \"%2\"%3")
                                             .arg(quoted.join(QStringLiteral(" || '|' || ")), table, except));
        rows.sort();
        out << table + QStringLiteral(": %1 rows").arg(rows.size());
        out += rows;
    }
    out += column(store, QStringLiteral("SELECT type || ' ' || name || ' ' || tbl_name || %1 ' ' || ifnull(sql, '') "
                                        "FROM sqlite_master ORDER BY name")
                             .arg(withRootPages ? QStringLiteral("' ' || rootpage ||") : QString()));
    return out;
}

QByteArray withoutTasks(QJsonObject document)
{
    document.insert(QStringLiteral("tasks"), QJsonArray());
    return QJsonDocument(document).toJson();
}

// Imports `tasks` generated tasks into one file and the same companies and postings into another,
// adds the first file's tasks there one by one, and compares the two files.
void expectBulkEqualsOneByOne(int tasks, quint64 seed)
{
    const QJsonObject document = DataGenerator(tasks, seed, kToday).jobprepJson();
    TempDb bulk(kToday);
    importJson(bulk.store(), QJsonDocument(document).toJson());
    TempDb single(kToday);
    importJson(single.store(), withoutTasks(document));
    const QList<Task> written = bulk->tasks(true);
    ASSERT_EQ(written.size(), tasks);
    single.w().transaction([&] {
        for (Task t : written) {
            const Id id = std::exchange(t.id, 0);
            ASSERT_EQ(single.w().addTask(t), id) << "the ids are the ones SQLite gives";
        }
    });
    EXPECT_EQ(column(bulk.store(), QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    EXPECT_TRUE(column(bulk.store(), QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    const QStringList a = contents(bulk.store(), false);
    const QStringList b = contents(single.store(), false);
    ASSERT_EQ(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i)
        ASSERT_EQ(a[i].toStdString(), b[i].toStdString()) << "line " << i;
    EXPECT_EQ(bulk->placementCacheProblems(), QStringList());
}

} // namespace

TEST(BulkImport, WritesWhatAddingTheTasksOneByOneWrites)
{
    expectBulkEqualsOneByOne(700, 5); // the task_groups triggers count row by row
    expectBulkEqualsOneByOne(6000, 6); // the triggers are set aside and the groups counted once
}

TEST(BulkImport, ACancelledImportLeavesTheFileAsItWas)
{
    TempDb db(kToday);
    importGenerated(db.store(), 300, 1, kToday);
    const QStringList before = contents(db.store(), true);
    db.close(); // the last connection checkpoints the WAL into the file and removes it
    QFile file(db.path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();

    db.reopen();
    // More tasks than one INSERT … SELECT takes, so that the cancel comes after some were written.
    const QByteArray json = QJsonDocument(DataGenerator(17000, 2, kToday).jobprepJson()).toJson();
    int last = 0;
    EXPECT_THROW(importJson(db.store(), json,
                            [&](int done, int total) {
                                last = done;
                                return done < total * 99 / 100;
                            }),
                 ImportError);
    EXPECT_GT(last, 16384);
    EXPECT_EQ(foreignKeys(db.store()), 1) << "SQLite enforces foreign keys again after the import";
    EXPECT_EQ(contents(db.store(), true), before);
    db.close();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray after = file.readAll();
    file.close();
    ASSERT_EQ(after.size(), bytes.size()) << "the database file changed size";
    // Byte for byte, except SQLite's file change counter (header bytes 24-27) and the copy of it at
    // 92-95: the bulk write switches the file to a rollback journal and back to WAL, and SQLite
    // counts each switch as a change of the file.
    QStringList differ;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (after[i] != bytes[i] && !(i >= 24 && i < 28) && !(i >= 92 && i < 96))
            differ << QString::number(i);
    EXPECT_TRUE(differ.isEmpty()) << "bytes that changed: " << differ.join(QLatin1Char(' ')).toStdString();

    // The store writes in bulk again afterwards.
    db.reopen();
    importGenerated(db.store(), 6000, 3, kToday);
    EXPECT_EQ(db->tasks(true).size(), 6300);
    EXPECT_EQ(db->placementCacheProblems(), QStringList());
}

TEST(BulkImport, NearTheEndOfTheIdRangeSQLiteGivesTheIds)
{
    TempDb db(kToday);
    const Id company = db.w().addCompany(makeCompany(QStringLiteral("Kakao")));
    const Id posting = db.w().addPosting(makePosting(company, QStringLiteral("DE"), kToday.addDays(20),
                                                  {{Section::Requirement, QStringLiteral("SQL")}}));
    const QList<Id> lines = lineIds(db.store(), posting, Section::Requirement);
    Task top = makeTask(QStringLiteral("last id"));
    top.id = std::numeric_limits<Id>::max() - 1;
    ASSERT_EQ(db.w().addTask(top), top.id);
    QList<Task> more;
    for (int i = 0; i < 3; ++i) {
        Task t = makeTask(QStringLiteral("more %1").arg(i));
        t.lineIds = lines;
        more << t;
    }
    const QList<Id> ids = db.w().addTasks(more);
    ASSERT_EQ(ids.size(), 3);
    EXPECT_EQ(ids[0], std::numeric_limits<Id>::max()); // then SQLite picks unused ones at random
    for (Id id : ids) {
        ASSERT_TRUE(db->task(id).has_value());
        EXPECT_EQ(db->task(id)->lineIds, lines);
        EXPECT_EQ(db->task(id)->title, more[ids.indexOf(id)].title);
    }
    EXPECT_EQ(db->placementCacheProblems(), QStringList());
}

// SQLite does not enforce foreign keys inside bulkTransaction; the store's own checks must stop every
// dangling reference, roll everything back, and leave enforcement on afterwards.
TEST(BulkImport, TheBulkTransactionRefusesDanglingReferencesItselfAndTurnsEnforcementBackOn)
{
    TempDb db(kToday);
    const Id company = db.w().addCompany(makeCompany(QStringLiteral("Kakao")));
    const Id posting = db.w().addPosting(makePosting(company, QStringLiteral("DE"), kToday.addDays(20),
                                                  {{Section::Requirement, QStringLiteral("SQL")}}));
    const QList<Id> lines = lineIds(db.store(), posting, Section::Requirement);
    const QStringList before = contents(db.store(), false);
    ASSERT_EQ(foreignKeys(db.store()), 1);

    // Enough tasks for the bulk path with its triggers set aside, one of them for a company that is not there.
    QList<Task> many;
    for (int i = 0; i < 6000; ++i) {
        Task t = makeTask(QStringLiteral("task %1").arg(i));
        t.companyId = company;
        t.lineIds = lines;
        many << t;
    }
    many[4321].companyId = company + 99;
    bool insideWithoutEnforcement = false;
    EXPECT_THROW(db.w().bulkTransaction([&] {
        insideWithoutEnforcement = foreignKeys(db.store()) == 0;
        db.w().addCompany(makeCompany(QStringLiteral("Naver")));
        db.w().addTasks(many);
    }),
                 DbError);
    EXPECT_TRUE(insideWithoutEnforcement);
    EXPECT_EQ(foreignKeys(db.store()), 1);
    EXPECT_EQ(contents(db.store(), false), before);

    // A posting line that does not exist.
    many[4321].companyId = company;
    many[17].lineIds = {lines.first() + 1000};
    EXPECT_THROW(db.w().bulkTransaction([&] { db.w().addTasks(many); }), DbError);
    EXPECT_EQ(contents(db.store(), false), before);

    // A row the store does not check itself: foreign_key_check finds it before the commit.
    many[17].lineIds = lines;
    EXPECT_THROW(db.w().bulkTransaction([&] {
        db.w().addTasks(many);
        database(db.store()).exec(QStringLiteral("INSERT INTO posting_lines(posting_id, position, section, text) "
                                           "VALUES(%1, 9, 'requirement', 'orphan')").arg(posting + 50));
    }),
                 DbError);
    EXPECT_EQ(contents(db.store(), false), before);
    EXPECT_EQ(foreignKeys(db.store()), 1);

    // All good: written, and SQLite finds nothing either.
    db.w().bulkTransaction([&] { db.w().addTasks(many); });
    EXPECT_EQ(db->tasks(true).size(), 6000);
    EXPECT_TRUE(column(db.store(), QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    EXPECT_EQ(db->placementCacheProblems(), QStringList());
    EXPECT_EQ(foreignKeys(db.store()), 1);

    // Inside another transaction it is an ordinary nested write, with enforcement on.
    db.w().transaction([&] {
        db.w().bulkTransaction([&] { EXPECT_EQ(foreignKeys(db.store()), 1); });
    });
}
