// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingpreviewmodel.h"
#include "core/postings/linematch.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace jobprep::ui {

PostingPreviewModel::PostingPreviewModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

void PostingPreviewModel::setParse(const ParseResult &result)
{
    beginResetModel(); // a new text: nothing of the old rows carries over
    m_rows.clear();
    const QList<PostingLine> lines = LineMatch::toPostingLines(result);
    for (int i = 0; i < lines.size(); ++i)
        m_rows.append(
            {lines[i], result.lines[i].sourceLine, result.lines[i].headingLine, std::nullopt, {}, {}, {}});
    propose();
    endResetModel();
}

void PostingPreviewModel::removeLine(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    propose();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void PostingPreviewModel::propose()
{
    QList<PostingLine> lines;
    lines.reserve(m_rows.size());
    for (const Row &r : std::as_const(m_rows))
        lines << r.line;
    for (Row &r : m_rows)
        r.proposal.reset();
    for (const ProposedTask &p : TaskProposer().propose(lines, m_store))
        m_rows[p.line].proposal = p;
}

void PostingPreviewModel::rowChanged(int row)
{
    // The proposals are worked out again from every line (the title's language is the posting's),
    // so any row's task may read differently.
    propose();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TaskColumn), index(int(m_rows.size()) - 1, KindColumn));
}

ProposedTask PostingPreviewModel::corrected(const Row &row) const
{
    ProposedTask p = *row.proposal;
    p.checked = row.checked.value_or(p.checked);
    if (!p.existingTaskId) { // a link's task is there already, with its own title and kind
        p.title = row.title.value_or(p.title);
        p.kind = row.kind.value_or(p.kind);
    }
    return p;
}

std::optional<ProposedTask> PostingPreviewModel::proposalAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows[row].proposal)
        return std::nullopt;
    return corrected(m_rows[row]);
}

QList<PostingLine> PostingPreviewModel::lines() const
{
    QList<PostingLine> out;
    for (const Row &r : m_rows) {
        if (r.line.text.trimmed().isEmpty())
            continue;
        PostingLine l = r.line;
        l.met = l.met && l.section == Section::Eligibility;
        out << l;
    }
    return out;
}

QList<ProposedTask> PostingPreviewModel::proposals() const
{
    QList<ProposedTask> out;
    int kept = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].line.text.trimmed().isEmpty())
            continue;
        if (auto p = proposalAt(row); p && (p->existingTaskId || !p->title.trimmed().isEmpty())) {
            p->line = kept;
            p->title = p->title.trimmed();
            out << *p;
        }
        ++kept;
    }
    return out;
}

QString PostingPreviewModel::summary() const
{
    int counts[5] = {};
    int tasks = 0, links = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        ++counts[int(m_rows[row].line.section)];
        if (const auto p = proposalAt(row); p && p->checked)
            ++(p->existingTaskId ? links : tasks);
    }
    return tr("%n line(s): %1 duties, %2 requirements, %3 preferred, %4 eligibility, %5 other", nullptr,
              int(m_rows.size()))
               .arg(counts[int(Section::Duty)])
               .arg(counts[int(Section::Requirement)])
               .arg(counts[int(Section::Preferred)])
               .arg(counts[int(Section::Eligibility)])
               .arg(counts[int(Section::Other)]) +
           QStringLiteral("; ") + tr("ticked: %n new task(s)", nullptr, tasks) + QStringLiteral(", ") +
           tr("%n link(s) to open tasks", nullptr, links);
}

int PostingPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int PostingPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostingPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const int row = index.row();
    const Row &r = m_rows[row];
    const std::optional<ProposedTask> p = proposalAt(row);
    const bool eligibility = r.line.section == Section::Eligibility;
    switch (index.column()) {
    case HeadingColumn: {
        // The heading on the first line placed under it; the lines after it leave the cell empty.
        const bool first = row == 0 || m_rows[row - 1].headingLine != r.headingLine;
        if (role == Qt::DisplayRole)
            return first ? r.line.heading : QString();
        if (role == Qt::ToolTipRole)
            return r.headingLine ? tr("Placed under “%1” (line %2 of the text); this is line %3.")
                                       .arg(r.line.heading)
                                       .arg(r.headingLine)
                                       .arg(r.sourceLine)
                                 : tr("Before any heading; this is line %1 of the text.").arg(r.sourceLine);
        return {};
    }
    case SectionColumn:
        if (role == Qt::DisplayRole)
            return displayName(r.line.section);
        if (role == Qt::EditRole)
            return int(r.line.section);
        if (role == Qt::FontRole && r.line.sectionByUser) {
            QFont f = QApplication::font();
            f.setItalic(true);
            return f;
        }
        if (role == Qt::ToolTipRole)
            return r.line.sectionByUser ? tr("You chose this section; it is stored, and a re-parse keeps it.")
                                        : tr("Double-click to choose another section.");
        return {};
    case LineColumn:
        if (role == Qt::DisplayRole && p && p->alternatives.size() > 1)
            return r.line.text + QStringLiteral("  ") +
                   tr("[any one of: %1]").arg(p->alternatives.join(QStringLiteral(" / ")));
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return r.line.text;
        return {};
    case TaskColumn:
        if (p) {
            if (role == Qt::DisplayRole || role == Qt::EditRole)
                return p->existingTaskId && role == Qt::DisplayRole
                           ? tr("links to #%1 %2").arg(p->existingTaskId).arg(p->existingTitle)
                           : p->title;
            if (role == Qt::CheckStateRole)
                return p->checked ? Qt::Checked : Qt::Unchecked;
            if (role == Qt::ToolTipRole)
                return p->existingTaskId
                           ? tr("The open task #%1 already covers %2: this line is linked to it.")
                                 .arg(p->existingTaskId)
                                 .arg(p->skill)
                           : tr("Ticked: this task is made. Double-click to edit its title.");
        } else if (eligibility) {
            if (role == Qt::DisplayRole)
                return tr("I meet this");
            if (role == Qt::CheckStateRole)
                return r.line.met ? Qt::Checked : Qt::Unchecked;
            if (role == Qt::ToolTipRole)
                return tr("A condition, never a task: tick it when you meet it.");
        }
        return {};
    case KindColumn:
        if (!p || p->existingTaskId)
            return {};
        if (role == Qt::DisplayRole)
            return displayName(p->kind);
        if (role == Qt::EditRole)
            return int(p->kind);
        return {};
    }
    return {};
}

bool PostingPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size() ||
        !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const int row = index.row();
    Row &r = m_rows[row];
    switch (index.column()) {
    case SectionColumn: {
        if (role != Qt::EditRole || value.toInt() < 0 || value.toInt() > int(Section::Other))
            return false;
        const auto section = Section(value.toInt());
        if (section == r.line.section)
            return true;
        r.line.section = section;
        r.line.sectionByUser = true;
        rowChanged(row);
        return true;
    }
    case LineColumn:
        if (role != Qt::EditRole)
            return false;
        r.line.text = value.toString().simplified();
        rowChanged(row);
        return true;
    case TaskColumn:
        if (role == Qt::CheckStateRole) {
            const bool on = value.toInt() == Qt::Checked;
            if (r.proposal)
                r.checked = on;
            else
                r.line.met = on;
        } else if (role == Qt::EditRole && r.proposal && !r.proposal->existingTaskId) {
            r.title = value.toString().simplified();
        } else {
            return false;
        }
        Q_EMIT dataChanged(index, index);
        return true;
    case KindColumn:
        if (role != Qt::EditRole || value.toInt() < 0 || value.toInt() > int(Kind::Other))
            return false;
        r.kind = Kind(value.toInt());
        Q_EMIT dataChanged(index, index);
        return true;
    }
    return false;
}

Qt::ItemFlags PostingPreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    const Row &r = m_rows[index.row()];
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case SectionColumn:
    case LineColumn:
        return f | Qt::ItemIsEditable;
    case TaskColumn:
        if (r.proposal)
            return f | Qt::ItemIsUserCheckable |
                   (r.proposal->existingTaskId ? Qt::NoItemFlags : Qt::ItemIsEditable);
        return r.line.section == Section::Eligibility ? f | Qt::ItemIsUserCheckable : f;
    case KindColumn:
        return r.proposal && !r.proposal->existingTaskId ? f | Qt::ItemIsEditable : f;
    }
    return f;
}

QVariant PostingPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HeadingColumn:
        return tr("Placed under");
    case SectionColumn:
        return tr("Section");
    case LineColumn:
        return tr("Line");
    case TaskColumn:
        return tr("Becomes");
    case KindColumn:
        return tr("Kind");
    }
    return {};
}

} // namespace jobprep::ui
