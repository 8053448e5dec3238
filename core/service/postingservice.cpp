// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingservice.h"
#include "core/postings/linematch.h"
#include "service.h"

#include <QCoreApplication>
#include <algorithm>

namespace jobprep {
namespace {

Posting requirePosting(StoreWriter &w, Id id)
{
    auto p = w.posting(id);
    if (!p)
        throw DbError(DbError::Kind::NotFound, QCoreApplication::translate("jobprep::Store", "no posting with id %1").arg(id));
    return *p;
}

} // namespace

Id PostingService::add(Posting posting, Change *change)
{
    posting.id = 0;
    Id id = 0;
    m_service.write([&] { id = m_service.writer().addPosting(posting); }, change);
    return id;
}

void PostingService::edit(const Posting &posting, Change *change)
{
    m_service.write([&] { m_service.writer().updatePosting(posting); }, change);
}

void PostingService::remove(Id id, Change *change)
{
    m_service.write([&] { m_service.writer().deletePosting(id); }, change);
}

void PostingService::setDetails(Id id, const PostingDetails &details, Change *change)
{
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            Posting p = requirePosting(w, id);
            p.title = details.title.value_or(p.title);
            p.role = details.role.value_or(p.role);
            p.deadline = details.deadline.value_or(p.deadline);
            p.url = details.url.value_or(p.url).trimmed();
            w.updatePosting(p);
        },
        change);
}

ReparseResult PostingService::reparse(Id id, Change *change)
{
    StoreWriter &w = m_service.writer();
    ReparseResult result;
    m_service.write(
        [&] {
            Posting p = requirePosting(w, id);
            if (p.rawText.trimmed().isEmpty() && !p.lines.isEmpty())
                throw DbError(DbError::Kind::Invalid,
                              QCoreApplication::translate("jobprep::PostingService",
                                                          "posting %1 has no stored text to read its lines from again")
                                  .arg(id));
            const ParseResult parsed = PostingParser().parse(p.rawText);
            if (!parsed.ok())
                throw DbError(DbError::Kind::Invalid, QCoreApplication::translate("jobprep::PostingService",
                                                                                  "posting %1: %2")
                                                          .arg(id)
                                                          .arg(parsed.error));
            const LineMatch::Reparse r = LineMatch::reparse(p.lines, LineMatch::toPostingLines(parsed));
            result.kept = r.kept;
            result.added = r.added;
            result.removed = int(r.removed.size());
            result.sectionsChanged = r.sectionsChanged;
            for (const Store::LineTask &t : w.store().lineTasks(id))
                if (r.removed.contains(t.lineId) && !result.unlinkedTasks.contains(t.taskId))
                    result.unlinkedTasks.append(t.taskId);
            std::sort(result.unlinkedTasks.begin(), result.unlinkedTasks.end());
            p.lines = r.lines;
            w.updatePosting(p);
        },
        change);
    return result;
}

void PostingService::setLineSection(Id postingId, Id lineId, Section section, Change *change)
{
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            Posting p = requirePosting(w, postingId);
            const auto line = std::find_if(p.lines.begin(), p.lines.end(), [&](const PostingLine &l) { return l.id == lineId; });
            if (line == p.lines.end())
                throw DbError(DbError::Kind::NotFound,
                              QCoreApplication::translate("jobprep::PostingService", "posting %1 has no line with id %2")
                                  .arg(postingId)
                                  .arg(lineId));
            line->section = section;
            line->sectionByUser = true;
            w.updatePosting(p);
        },
        change);
}

void PostingService::setMet(const QList<Id> &lineIds, bool met, Change *change)
{
    m_service.write([&] { m_service.writer().setLinesMet(lineIds, met); }, change);
}

IntakeResult PostingService::addWithTasks(const Posting &posting, const QList<ProposedTask> &proposals,
                                          Change *change)
{
    IntakeResult result;
    m_service.write([&] { result = PostingIntake::store(m_service.writer(), posting, proposals); }, change);
    return result;
}

IntakeResult PostingService::addWithTasks(const QString &companyName, Posting posting,
                                          const QList<ProposedTask> &proposals, Change *change)
{
    IntakeResult result;
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            if (const auto company = w.companyByName(companyName)) {
                posting.companyId = company->id;
            } else {
                Company c;
                c.name = companyName;
                posting.companyId = w.addCompany(c);
            }
            result = PostingIntake::store(w, posting, proposals);
        },
        change);
    return result;
}

} // namespace jobprep
