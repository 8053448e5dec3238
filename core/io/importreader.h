// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The reading half of importJson: a JSON document's companies, postings and tasks, each checked,
// with the place of the first problem in an ImportError. Touches no store, so it runs on a thread
// of its own while the store writes (importpipeline.h). Internal to core.
#pragma once

#include "core/domain/domain.h"
#include "jsondom.h"
#include "jsonlayout.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QHash>
#include <functional>
#include <optional>

namespace jobprep {

// How imported names are matched with companies: as Store::companyByName() does.
inline QString companyKey(const QString &name) { return name.trimmed().toCaseFolded(); }

struct ImportedPosting
{
    QString company;
    Posting posting; // lines with the file's ids
};

struct ImportedTask
{
    QString company; // empty: none
    Task task;       // lineIds: the file's line ids
};

// The part of the file written first: the companies and postings, and how many tasks follow.
struct ImportHead
{
    QList<Company> companies;
    QList<ImportedPosting> postings;
    qsizetype taskCount = 0;
};

// Thrown by ImportReader::readTasks() when a run of tasks, read on its own, is not JSON as
// expected: the import starts again with the document read whole (ImportReader::Whole), which
// gives the exact place of a syntax error.
struct NeedsWholeRead
{
};

class ImportReader
{
public:
    // Split: the companies and postings are parsed first and the tasks a few thousand at a time
    // (JsonLayout), when the document's shape allows it; Whole: everything at once.
    enum class Parse { Split, Whole };
    // Parses the document (with Split, the companies and postings); throws ImportError
    // ("line L, column C: …") if it is no JSON object.
    ImportReader(const QByteArray &json, Parse parse);

    // The companies and postings, checked. A name not among the file's companies must be one of
    // storeCompanyKeys (companyKey() of the companies already in the database).
    ImportHead readHead(const QSet<QString> &storeCompanyKeys);
    // Each task in file order, checked; after readHead().
    void readTasks(const std::function<void(ImportedTask &&)> &f);

private:
    // Where an array of the document is: a node of one of the DOMs below, or npos when missing.
    struct ArrayAt
    {
        const JsonDom *dom = nullptr;
        JsonDom::Index array = JsonDom::npos;
    };
    bool split(); // false: the document is read whole
    void readWhole();
    void readTasksOf(const JsonDom &dom, JsonDom::Index array, int firstIndex,
                     const std::function<void(ImportedTask &&)> &f);

    QByteArray m_json;
    std::optional<JsonLayout> m_layout; // set when split
    JsonDom m_whole, m_companies, m_postings;
    ArrayAt m_companySection, m_postingSection;
    JsonDom::Index m_wholeTasks = JsonDom::npos; // the tasks array, when the document is read whole
    QSet<QString> m_companyKeys; // the file's and the database's
    QSet<qint64> m_lineIds;      // the file's posting line ids
    QHash<QByteArray, QString> m_companiesSeen; // readTasks(): a task's company by its bytes in the file
};

} // namespace jobprep
