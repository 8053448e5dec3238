// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postinglinesmodel.h"
#include "core/service/service.h"
#include "ui/common/rowsync.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace jobprep::ui {
namespace {

constexpr Section kOrder[] = {Section::Duty, Section::Requirement, Section::Preferred, Section::Eligibility,
                              Section::Other};
enum Shown
{
    LineText,
    TaskText,
    StatusText,
    ToolTip,
    Checked
};

QString sectionTitle(Section s, const QList<const LineOverview *> &lines)
{
    int done = 0, tasks = 0, met = 0;
    for (const LineOverview *l : lines) {
        done += l->done();
        tasks += !l->tasks.isEmpty();
        met += l->line.met;
    }
    switch (s) {
    case Section::Requirement:
    case Section::Preferred:
        return PostingLinesModel::tr("%1 — %2 of %3 closed by a done task, %4 with a task")
            .arg(displayName(s))
            .arg(done)
            .arg(lines.size())
            .arg(tasks);
    case Section::Eligibility:
        return PostingLinesModel::tr("%1 — I meet %2 of %3 (conditions, never tasks)")
            .arg(displayName(s))
            .arg(met)
            .arg(lines.size());
    default:
        return QStringLiteral("%1 (%2)").arg(displayName(s)).arg(lines.size());
    }
}

QString statusName(Status s)
{
    switch (s) {
    case Status::Todo:
        return PostingLinesModel::tr("to do");
    case Status::Doing:
        return PostingLinesModel::tr("doing");
    case Status::Done:
        return PostingLinesModel::tr("done ✓");
    }
    return {};
}

} // namespace

PostingLinesModel::PostingLinesModel(Service &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
    // One posting's lines and their tasks are two indexed reads: any change may touch them (a
    // task that gains a link names only the task), so every change set reads them again.
    connect(&service, &Service::changed, this, [this] {
        if (m_postingId)
            reload();
    });
}

void PostingLinesModel::setPosting(Id postingId)
{
    m_postingId = postingId;
    reload();
}

QList<PostingLinesModel::Row> PostingLinesModel::rowsOf(const PostingOverview &o)
{
    QList<Row> rows;
    for (const Section s : kOrder) {
        const QList<const LineOverview *> lines = o.inSection(s);
        if (lines.isEmpty())
            continue;
        Row heading{-1 - int(s), s, std::nullopt, {}};
        heading.shown = shownOf(heading, o);
        rows.append(heading);
        for (const LineOverview *l : lines) {
            Row row{l->line.id, s, *l, {}};
            row.shown = shownOf(row, o);
            rows.append(row);
        }
    }
    return rows;
}

QStringList PostingLinesModel::shownOf(const Row &row, const PostingOverview &o)
{
    if (!row.line)
        return {sectionTitle(row.section, o.inSection(row.section)), {}, {}, {}, {}};
    const LineOverview &l = *row.line;
    QString text = l.line.text;
    for (const QStringList &group : l.oneOf)
        text += QStringLiteral("  ") + tr("[any one of: %1]").arg(group.join(QStringLiteral(" / ")));
    QStringList tasks;
    for (const Store::LineTask &t : l.tasks)
        tasks << QStringLiteral("#%1 %2").arg(t.taskId).arg(t.title);
    QString status;
    if (l.done())
        status = statusName(Status::Done);
    else if (!l.tasks.isEmpty())
        status =
            statusName(std::max_element(l.tasks.cbegin(), l.tasks.cend(), [](const auto &a, const auto &b) {
                           return int(a.status) < int(b.status);
                       })->status);
    QString task = tasks.join(QStringLiteral("; "));
    if (task.isEmpty() && l.takesTask())
        task = tr("no task yet");
    QStringList tip;
    tip << l.line.text;
    if (!l.line.heading.isEmpty())
        tip << tr("Placed under the heading “%1”.").arg(l.line.heading);
    if (l.line.sectionByUser)
        tip << tr("You chose its section: a re-parse keeps it.");
    if (l.line.section == Section::Eligibility)
        tip << tr("Tick it when you meet this condition. It is never a task: years, degrees and permits are "
                  "not prepared in a week.");
    return {text, task, status, tip.join(QLatin1Char('\n')), l.line.met ? QStringLiteral("1") : QString()};
}

void PostingLinesModel::reload()
{
    std::optional<PostingOverview> next;
    if (m_postingId)
        next = PostingOverview::read(m_service.store(), m_postingId);
    const QList<Row> rows = next ? rowsOf(*next) : QList<Row>();
    m_overview = std::move(next);
    RowSyncer::apply(
        *this, m_rows, rows, [](const Row &r) { return r.key; },
        [](const Row &a, const Row &b) { return a.shown == b.shown; });
    Q_EMIT reloaded();
}

QStringList PostingLinesModel::statusNames()
{
    return {statusName(Status::Todo), statusName(Status::Doing), statusName(Status::Done)};
}

const LineOverview *PostingLinesModel::lineAt(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].line ? &*m_rows[row].line : nullptr;
}

int PostingLinesModel::rowOfLine(Id lineId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].key == lineId)
            return row;
    return -1;
}

int PostingLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int PostingLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostingLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const bool eligibility = r.line && r.section == Section::Eligibility;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() <= StatusColumn ? r.shown[index.column()] : QString();
    case Qt::ToolTipRole:
        return r.line ? r.shown[ToolTip] : QVariant();
    case Qt::CheckStateRole:
        if (eligibility && index.column() == LineColumn)
            return r.shown[Checked].isEmpty() ? Qt::Unchecked : Qt::Checked;
        return {};
    case Qt::FontRole:
        if (!r.line) {
            QFont bold = QApplication::font();
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        // "no task yet" and an unclosed line's placeholder read as hints, not data.
        if (r.line && index.column() == TaskColumn && r.line->tasks.isEmpty())
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::SizeHintRole:
        if (m_rowHeight <= 0)
            return {};
        return QSize(0, r.line ? m_rowHeight : m_rowHeight * 8 / 5);
    case Qt::TextAlignmentRole:
        return r.line ? QVariant() : QVariant(Qt::AlignLeft | Qt::AlignBottom);
    case LineIdRole:
        return r.line ? r.line->line.id : Id(0);
    case SectionRole:
        return int(r.section);
    case HeadingRowRole:
        return !r.line;
    case TaskIdsRole: {
        QVariantList ids;
        if (r.line)
            for (const Store::LineTask &t : r.line->tasks)
                ids << t.taskId;
        return ids;
    }
    default:
        return {};
    }
}

bool PostingLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const LineOverview *l = index.isValid() ? lineAt(index.row()) : nullptr;
    if (role != Qt::CheckStateRole || !l || l->line.section != Section::Eligibility || !m_tick)
        return false;
    // Written through the service; the row changes when its change set comes back.
    return m_tick(l->line.id, value.toInt() == Qt::Checked);
}

Qt::ItemFlags PostingLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const LineOverview *l = lineAt(index.row());
    if (!l)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (l->line.section == Section::Eligibility && index.column() == LineColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant PostingLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case TaskColumn:
        return tr("Task that closes it");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace jobprep::ui
