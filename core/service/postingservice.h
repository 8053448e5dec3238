// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/postings/postingintake.h"

#include <optional>

namespace jobprep {

class Service;
struct Change;

// The fields of a posting `posting set` and the Postings view's editor change; unset ones stay.
struct PostingDetails
{
    std::optional<QString> title;
    std::optional<Role> role;
    std::optional<QDate> deadline; // an invalid date: no deadline
    std::optional<QString> url;
};

// What a re-parse did (LineMatch::reparse), and the tasks that lost a link to a line whose text
// the stored text no longer yields.
struct ReparseResult
{
    int kept = 0;
    int added = 0;
    int removed = 0;
    int sectionsChanged = 0;
    QList<Id> unlinkedTasks; // in id order
    bool changedAnything() const { return added || removed || sectionsChanged || !unlinkedTasks.isEmpty(); }
};

// Every change of a posting and its lines. Each is one transaction; `change`, when given,
// receives the rows it changed (for undo). Throws DbError and then changes nothing.
class PostingService
{
public:
    explicit PostingService(Service &service) : m_service(service) {}

    Id add(Posting posting, Change *change = nullptr);
    // Lines are matched by id: kept ones are updated, missing ones go (with their tasks' links).
    void edit(const Posting &posting, Change *change = nullptr);
    void remove(Id id, Change *change = nullptr);
    void setDetails(Id id, const PostingDetails &details, Change *change = nullptr);
    // Parses the posting's stored text again and replaces its lines (LineMatch::reparse): a line
    // whose text is unchanged keeps its id, its tasks' links and its tick. A posting with lines but
    // no stored text is refused (DbError Invalid): there is nothing to read them from again.
    ReparseResult reparse(Id id, Change *change = nullptr);
    // One line into another section, as the user's choice (a re-parse keeps it).
    void setLineSection(Id postingId, Id lineId, Section section, Change *change = nullptr);
    // "I meet this" on eligibility lines (Store::setLinesMet).
    void setMet(const QList<Id> &lineIds, bool met, Change *change = nullptr);
    // A pasted posting with the ticked proposals turned into tasks or links (PostingIntake), all or
    // nothing. With a company name, the company is looked up by it and added when there is none.
    IntakeResult addWithTasks(const Posting &posting, const QList<ProposedTask> &proposals,
                              Change *change = nullptr);
    IntakeResult addWithTasks(const QString &companyName, Posting posting,
                              const QList<ProposedTask> &proposals, Change *change = nullptr);

private:
    Service &m_service;
};

} // namespace jobprep
