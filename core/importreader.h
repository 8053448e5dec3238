// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The reading half of importJson: a JSON document's companies, postings and tasks, each checked,
// with the place of the first problem in an ImportError. Touches no store, so it runs on a thread
// of its own while the store writes (importpipeline.h). Internal to core.
#pragma once

#include "domain.h"
#include "jsondom.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>

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

class ImportReader
{
public:
    // Parses the document; throws ImportError ("line L, column C: …") if it is no JSON object.
    explicit ImportReader(const QByteArray &json);

    // The companies and postings, checked. A name not among the file's companies must be one of
    // storeCompanyKeys (companyKey() of the companies already in the database).
    ImportHead readHead(const QSet<QString> &storeCompanyKeys);
    // Each task in file order, checked; after readHead().
    void readTasks(const std::function<void(ImportedTask &&)> &f);

private:
    JsonDom m_dom;
    QSet<QString> m_companyKeys; // the file's and the database's
    QSet<qint64> m_lineIds;      // the file's posting line ids
};

} // namespace jobprep
