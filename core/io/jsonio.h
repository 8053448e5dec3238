// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <stdexcept>

namespace jobprep {

class Store;
class StoreWriter;

// A rejected import: the message names the place ("tasks[3].due" or "line 12, column 5").
class ImportError : public std::runtime_error
{
public:
    explicit ImportError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

struct ImportSummary
{
    int companiesAdded = 0;
    int companiesReused = 0;
    int postings = 0;
    int tasks = 0;
};

// The JSON document {"companies":[…],"postings":[…],"tasks":[…]} described in the README.
QJsonObject exportJson(Store &store);
// All or nothing, in one transaction: the file is read and checked on a thread of its own while the
// store writes what is already read, and a problem anywhere rolls back everything (ImportError
// naming the place). Companies whose name already exists are reused, not changed.
// progress(done, total) is called as the write goes on; returning false cancels it, and the
// rollback leaves the database exactly as it was (ImportError "cancelled"). The service runs it with
// its writer (DataService::importJson).
using ImportProgress = std::function<bool(int done, int total)>;
ImportSummary importJson(StoreWriter &store, const QByteArray &json, const ImportProgress &progress = {});

} // namespace jobprep
