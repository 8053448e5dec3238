// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "benchdata.h"
#include "core/io/datagenerator.h"
#include "core/service/clock.h"
#include "core/service/dataservice.h"
#include "core/service/service.h"

#include <QHash>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace jobprep::bench {
namespace {

QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

const QByteArray &importJsonWithTasks(int taskCount)
{
    static QHash<int, QByteArray> cache;
    auto it = cache.find(taskCount);
    if (it == cache.end())
        it = cache.insert(taskCount,
                          QJsonDocument(DataGenerator(taskCount, 1, kToday).jobprepJson()).toJson(QJsonDocument::Compact));
    return *it;
}

QString databaseWithTasks(int taskCount)
{
    static QHash<int, QString> cache;
    if (const auto it = cache.constFind(taskCount); it != cache.constEnd())
        return *it;
    const QString path = folder().filePath(QStringLiteral("bench-%1.sqlite").arg(taskCount));
    {
        Store store(path);
        Service service(store);
        service.clock().setSource([] { return QDateTime(kToday, QTime(12, 0)); });
        service.data().importJson(importJsonWithTasks(taskCount));
    }
    cache.insert(taskCount, path);
    return path;
}

} // namespace jobprep::bench
