// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// A table copied from a job board or a PDF into the paste box: a header row of headings separated by
// tabs ("모집부문 ⇥ 담당업무 ⇥ 자격요건 ⇥ 우대사항"), then rows whose cells are read under their
// column's heading, as if each cell were "heading : a, b" on a line of its own.
#include "postingreader.h"
#include "postingsplit.h"

namespace jobprep {
namespace {

constexpr qsizetype kMaxHeaderCellChars = 30;

QStringList tabCells(const QString &raw)
{
    QStringList cells;
    for (const QString &cell : raw.split(QLatin1Char('\t')))
        cells << PostingLines::clean(cell);
    while (!cells.isEmpty() && cells.first().isEmpty()) // a row indented with tabs
        cells.removeFirst();
    while (!cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
    return cells;
}

} // namespace

bool PostingReader::readTableRow(std::size_t i)
{
    const QString &raw = m_raw[qsizetype(i)];
    const QStringList cells = raw.contains(QLatin1Char('\t')) ? tabCells(raw) : QStringList();
    if (cells.size() < 2) {
        m_tableColumns.clear();
        return false;
    }
    // A header: every cell short, at least two of them headings of duties, requirements or preferred
    // qualifications (a column such as 모집부문 or 근무지 is read as other).
    QList<TableColumn> columns;
    int preparation = 0;
    bool header = true;
    for (const QString &cell : cells) {
        const QString text = PostingLines::stripDecoration(cell);
        if (text.size() > kMaxHeaderCellChars) {
            header = false;
            break;
        }
        const std::optional<Section> section = labelSection(text);
        if (section && (*section == Section::Duty || *section == Section::Requirement || *section == Section::Preferred))
            ++preparation;
        columns.append({section, text});
    }
    if (header && preparation >= 2) {
        m_tableColumns = columns;
        return true;
    }
    if (m_tableColumns.isEmpty() || cells.size() > m_tableColumns.size()) {
        m_tableColumns.clear();
        return false;
    }
    const int line = m_shapes[i].number;
    for (qsizetype k = 0; k < cells.size(); ++k) {
        if (cells[k].isEmpty())
            continue;
        const TableColumn &column = m_tableColumns[k];
        startHeading(column.section.value_or(Section::Other), column.heading, line);
        for (const QString &item : PostingSplit::items(cells[k]))
            addItem(PostingLines::stripBullet(item), m_section, line);
    }
    m_hasParent = false;
    return true;
}

} // namespace jobprep
