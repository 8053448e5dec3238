// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The reading half of importJson: a JSON document's companies, postings and tasks, each checked,
// with the place of the first problem in an ImportError. Touches no store, so it runs on a thread
// of its own while the store writes (importpipeline.h). Internal to core.
#pragma once

#include "core/domain/domain.h"

#include <functional>
#include <memory>
#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace jobprep {

class JsonDocument;

// How imported names are matched with companies: as Store::companyByName() does.
inline QString companyKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

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
    // Throws ImportError ("line L, column C: …") for what simdjson's first pass over the whole
    // document rejects (no UTF-8, a string that never closes…).
    explicit ImportReader(const QByteArray &json);
    ~ImportReader();
    ImportReader(const ImportReader &) = delete;
    ImportReader &operator=(const ImportReader &) = delete;

    // Reads the document: first the companies and postings, checked, handed to onHead once (a
    // company name not among the file's companies must be one of storeCompanyKeys, companyKey() of
    // the companies already in the database); then each task, checked, to onTask in file order.
    // Throws ImportError at the first problem, wherever it is: a problem after onHead, even after
    // the last task, still makes the whole import fail.
    void read(const QSet<QString> &storeCompanyKeys, const std::function<void(ImportHead &&)> &onHead,
              const std::function<void(ImportedTask &&)> &onTask);

private:
    class Reading; // importreader.cpp
    std::unique_ptr<JsonDocument> m_doc;
};

} // namespace jobprep
