// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// libFuzzer: the posting parser takes any bytes (invalid UTF-8, NUL, huge lines, stray marks and
// brackets) without crashing, and what it returns holds: every item has text and a line of the input,
// the proposer accepts its lines, and a line on its own is judged as a heading or not.
#include "core/postings/postingheadings.h"
#include "core/postings/postingparser.h"
#include "core/postings/taskproposal.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace jobprep;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const PostingParser parser;
    (void)parser.parseUtf8(bytes);
    const QString text = QString::fromUtf8(bytes);
    const ParseResult r = parser.parse(text);
    if (!r.ok())
        return 0;
    const qsizetype lines = text.count(QLatin1Char('\n')) + text.count(QLatin1Char('\r')) +
                            text.count(QChar(0x2028)) + text.count(QChar(0x2029)) +
                            text.count(QChar(0x0085)) + 1;
    QList<PostingLine> posting;
    for (const ParsedLine &l : r.lines) {
        if (l.text.isEmpty() || l.sourceLine < 1 || l.sourceLine > lines || l.headingLine > l.sourceLine)
            std::abort();
        if ((l.section == Section::Requirement || l.section == Section::Preferred) == l.taskTitle.isEmpty())
            std::abort(); // a task title exactly for requirement and preferred lines
        posting.append({0, l.section, l.text});
    }
    (void)TaskProposer().propose(posting, QList<Task>{});
    (void)PostingHeadings::classify(text.left(200));
    return 0;
}
