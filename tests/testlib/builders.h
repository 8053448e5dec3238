// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"
#include "core/io/jsonio.h"

namespace jobprep {
class Store;
}

// Object builders shared by all tests: sensible defaults, one line to change what matters.
namespace jobprep::test {

Company makeCompany(const QString &name, int interest = 3, Stage stage = Stage::Interested);
Task makeTask(const QString &title, Kind kind = Kind::Study, const QDate &due = {}, double hours = 2.0);
// A posting whose lines are given as (section, text) pairs.
Posting makePosting(Id companyId, const QString &title, const QDate &deadline,
                    const QList<QPair<Section, QString>> &lines);
// Imports DataGenerator's realistic data (every kind, links, pins, habits, done tasks) into the store.
void importGenerated(Store &store, int tasks, quint64 seed, const QDate &today);
// importJson()'s ImportError message, or "" when the import went through.
QString importError(Store &store, const QByteArray &json, const ImportProgress &progress = {});
// Ids of a stored posting's lines in one section, in order.
QList<Id> lineIds(Store &store, Id postingId, Section section);

} // namespace jobprep::test
