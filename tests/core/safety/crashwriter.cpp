// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Test helper for crashsafety_test: writes to a database as fast as it can, one transaction at a
// time, and prints each task id only after its transaction committed. The test kills it with
// SIGKILL at random moments and checks that every printed id survived. Every fifth write is an
// import of 1 500 tasks, which goes through a rollback journal instead of the WAL (bulkTransaction).
#include "core/io/datagenerator.h"
#include "core/io/jsonio.h"
#include "core/store/store.h"
#include "storetestaccess.h"

#include <QJsonDocument>

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: crash_writer DB\n");
        return 1;
    }
    jobprep::Store db(QString::fromLocal8Bit(argv[1]));
    jobprep::StoreWriter store = jobprep::test::writer(db);
    QRandomGenerator rng(quint32(QCoreApplication::applicationPid()));
    for (int n = 0;; ++n) {
        if (n % 5 == 4) {
            const QDate today(2026, 11, 28);
            jobprep::importJson(store, QJsonDocument(jobprep::DataGenerator(1500, quint64(n), today).jobprepJson()).toJson());
            jobprep::Statement last = jobprep::test::database(db).prepare(QStringLiteral("SELECT max(id) FROM tasks"));
            last.step();
            std::printf("%lld\n", static_cast<long long>(last.int64(0)));
            std::fflush(stdout);
            continue;
        }
        QList<jobprep::Id> ids;
        store.transaction([&] {
            // A few writes of varying size in one transaction, touching older rows too.
            const int count = 1 + int(rng.bounded(4));
            for (int i = 0; i < count; ++i) {
                jobprep::Task t;
                t.title = QStringLiteral("작업 %1-%2").arg(n).arg(i);
                t.notes = QString(int(rng.bounded(3000)), QLatin1Char('n'));
                t.estimateHours = 1 + rng.bounded(8);
                ids << store.addTask(t);
            }
            if (auto old = store.task(1 + rng.bounded(qint64(ids.first())))) {
                old->notes = QStringLiteral("edited in %1").arg(n);
                store.updateTask(*old);
            }
        });
        for (const jobprep::Id id : ids)
            std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
}
