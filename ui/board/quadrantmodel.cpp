// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "quadrantmodel.h"
#include "boardstate.h"
#include "core/domain/dates.h"
#include "ui/commands/taskcontroller.h"
#include "ui/common/rowsync.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSet>

namespace jobprep::ui {
namespace {

constexpr quint32 kMagic = 0x4A505449; // "JPTI"

bool isTopKind(Kind k) { return k == Kind::Project || k == Kind::Study; }

} // namespace

QByteArray QuadrantModel::encodeIds(const QList<Id> &ids)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kMagic << qint32(ids.size());
    for (Id id : ids)
        s << qint64(id);
    return out;
}

std::optional<QList<Id>> QuadrantModel::decodeIds(const QByteArray &data)
{
    QDataStream s(data);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 count = 0;
    s >> magic >> count;
    if (s.status() != QDataStream::Ok || magic != kMagic || count <= 0 || count > 100000)
        return std::nullopt;
    QList<Id> ids;
    for (qint32 i = 0; i < count; ++i) {
        qint64 id = 0;
        s >> id;
        if (s.status() != QDataStream::Ok || id <= 0 || ids.contains(id))
            return std::nullopt;
        ids << id;
    }
    if (!s.atEnd())
        return std::nullopt;
    return ids;
}

QuadrantModel::QuadrantModel(Quadrant quadrant, BoardState &state, TaskController *controller, QObject *parent)
    : QAbstractListModel(parent), m_quadrant(quadrant), m_state(state), m_controller(controller),
      m_rows(state.visible(quadrant)), m_shownOn(state.today())
{
    connect(&state, &BoardState::changed, this, &QuadrantModel::sync);
}

int QuadrantModel::rowOf(Id id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].task.id == id)
            return row;
    return -1;
}

bool QuadrantModel::summaryKnown() const
{
    return m_state.isComplete() || !m_state.filter().narrowsOpenTasks();
}

int QuadrantModel::openCount() const
{
    if (!m_state.isComplete() && !m_state.filter().narrowsOpenTasks())
        return m_state.board().count(m_quadrant);
    int n = 0;
    for (const PlacedTask &t : m_rows)
        n += t.task.isOpen() ? 1 : 0;
    return n;
}

double QuadrantModel::openHours() const
{
    if (!m_state.isComplete() && !m_state.filter().narrowsOpenTasks())
        return m_state.board().hours(m_quadrant);
    double h = 0;
    for (const PlacedTask &t : m_rows)
        h += t.task.isOpen() ? t.task.estimateHours : 0.0;
    return h;
}

void QuadrantModel::sync()
{
    const QList<PlacedTask> &next = m_state.visible(m_quadrant);
    // Rows whose task left go, newcomers are added and the rest reordered, so that the selection
    // and the scroll position follow their tasks (the whole pane arriving after its first rows is
    // only an insertion below them); only the cards whose contents changed are painted again.
    RowSyncer::apply(*this, m_rows, next, [](const PlacedTask &t) { return t.task.id; }, &QuadrantModel::sameCard);
    if (m_shownOn != m_state.today()) { // a new day: every D-day reads differently
        m_shownOn = m_state.today();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    }
    Q_EMIT summaryChanged();
}

bool QuadrantModel::sameCard(const PlacedTask &a, const PlacedTask &b)
{
    const Task &x = a.task, &y = b.task;
    const Placement &p = a.placement, &q = b.placement;
    return x.title == y.title && x.kind == y.kind && x.notes == y.notes && x.due == y.due &&
           x.estimateHours == y.estimateHours && x.status == y.status && x.pinned == y.pinned &&
           x.repeat == y.repeat && x.streak == y.streak && a.companyName == b.companyName &&
           p.quadrant == q.quadrant && p.autoQuadrant == q.autoQuadrant && p.effectiveDeadline == q.effectiveDeadline &&
           p.importance == q.importance && p.urgency == q.urgency && p.note == q.note;
}

int QuadrantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QuadrantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlacedTask &p = m_rows[index.row()];
    const Task &t = p.task;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return t.title;
    case Qt::ToolTipRole:
        return p.placement.note.isEmpty() ? t.title : QStringLiteral("%1\n%2").arg(t.title, p.placement.note);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2").arg(t.title, displayName(t.kind));
    case TaskIdRole: return t.id;
    case KindRole: return int(t.kind);
    case KindNameRole: return displayName(t.kind);
    case CompanyRole: return p.companyName;
    case DueRole: return t.due;
    case DeadlineRole: return p.placement.effectiveDeadline;
    case DDayRole: return dDay(p.placement.effectiveDeadline, m_state.today());
    case EstimateRole: return t.estimateHours;
    case PinnedRole: return int(t.pinned);
    case AutoQuadrantRole: return int(p.placement.autoQuadrant);
    case RepeatRole: return int(t.repeat);
    case StreakRole: return t.streak;
    case TopKindRole: return isTopKind(t.kind);
    case DoneRole: return !t.isOpen();
    case ImportanceRole: return p.placement.importance;
    case UrgencyRole: return p.placement.urgency;
    case NotesRole: return t.notes;
    default: return {};
    }
}

QHash<int, QByteArray> QuadrantModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{TaskIdRole, "taskId"}, {TitleRole, "title"}, {KindRole, "kind"}, {KindNameRole, "kindName"},
                  {CompanyRole, "company"}, {DueRole, "due"}, {DeadlineRole, "deadline"}, {DDayRole, "dday"},
                  {EstimateRole, "estimate"}, {PinnedRole, "pinned"}, {AutoQuadrantRole, "autoQuadrant"},
                  {RepeatRole, "repeat"}, {StreakRole, "streak"}, {TopKindRole, "topKind"}, {DoneRole, "done"},
                  {ImportanceRole, "importance"}, {UrgencyRole, "urgency"}, {NotesRole, "notes"}});
    return names;
}

Qt::ItemFlags QuadrantModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // dropping on empty space appends
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
    if (m_rows[index.row()].task.isOpen())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList QuadrantModel::mimeTypes() const { return {mimeType()}; }

QMimeData *QuadrantModel::mimeData(const QModelIndexList &indexes) const
{
    QList<Id> ids;
    for (int row = 0; row < m_rows.size(); ++row) // in pane order, whatever order the view selected them in
        for (const QModelIndex &i : indexes)
            if (i.row() == row && i.model() == this && m_rows[row].task.isOpen() && !ids.contains(taskId(row)))
                ids << taskId(row);
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), encodeIds(ids));
    return mime;
}

Qt::DropActions QuadrantModel::supportedDragActions() const { return Qt::MoveAction; }
Qt::DropActions QuadrantModel::supportedDropActions() const { return Qt::MoveAction; }

std::optional<QList<Id>> QuadrantModel::acceptableIds(const QMimeData *data, Qt::DropAction action) const
{
    if (!data || action != Qt::MoveAction || !data->hasFormat(mimeType()))
        return std::nullopt;
    auto ids = decodeIds(data->data(mimeType()));
    if (!ids)
        return std::nullopt;
    for (Id id : *ids)
        if (!m_state.board().find(id)) // the core board holds open tasks only
            return std::nullopt;
    return ids;
}

bool QuadrantModel::allInThisPane(const QList<Id> &ids) const
{
    for (Id id : ids)
        if (m_state.board().find(id)->placement.quadrant != m_quadrant)
            return false;
    return true;
}

bool QuadrantModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    const auto ids = acceptableIds(data, action);
    // Reordering writes the order of the whole pane, which is known once the board is complete.
    return ids && (m_state.isComplete() || !allInThisPane(*ids));
}

bool QuadrantModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    Q_UNUSED(column);
    // Ids are checked again here: the drag may come from another window or from before a change.
    const auto ids = acceptableIds(data, action);
    if (!ids || !m_controller)
        return false;
    if (!allInThisPane(*ids))
        return m_controller->moveTasks(*ids, m_quadrant);
    if (!m_state.isComplete())
        return false; // see canDropMimeData()
    const int target = parent.isValid() ? parent.row() : (row < 0 ? int(m_rows.size()) : row);
    const QList<Id> order = reorderedPane(*ids, target);
    if (order == m_state.paneIds(m_quadrant))
        return true; // dropped where it already was
    return m_controller->reorder(order);
}

QList<Id> QuadrantModel::reorderedPane(const QList<Id> &moved, int visibleRow) const
{
    // The pane may be filtered: place the moved tasks before the first visible card at or after the
    // drop row that is not itself moving, in the order of the whole (unfiltered) pane.
    Id before = 0;
    for (int row = visibleRow; row < m_rows.size() && !before; ++row)
        if (!moved.contains(m_rows[row].task.id) && m_rows[row].task.isOpen())
            before = m_rows[row].task.id;
    QList<Id> rest = m_state.paneIds(m_quadrant);
    QList<Id> movedInOrder;
    for (Id id : std::as_const(rest))
        if (moved.contains(id))
            movedInOrder << id;
    rest.removeIf([&](Id id) { return moved.contains(id); });
    int at = int(rest.size());
    if (before) {
        at = int(rest.indexOf(before));
    } else {
        // Dropped below the last visible card: right after it, not after hidden ones.
        for (int row = int(m_rows.size()) - 1; row >= 0; --row)
            if (const qsizetype i = rest.indexOf(m_rows[row].task.id); i >= 0) {
                at = int(i) + 1;
                break;
            }
    }
    for (int i = 0; i < movedInOrder.size(); ++i)
        rest.insert(at + i, movedInOrder[i]);
    return rest;
}

} // namespace jobprep::ui
