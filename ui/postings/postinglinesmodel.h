// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/postings/postingoverview.h"

#include <functional>
#include <QAbstractTableModel>

namespace jobprep {
class Service;
struct ChangeSet;
} // namespace jobprep

namespace jobprep::ui {

struct RowSyncer;

// One posting's lines grouped by section, in the posting's order of sections (duties,
// requirements, preferred, eligibility, other): a heading row for each section that has lines,
// then its lines. A requirement or preferred line shows the tasks that close it and their status
// (done ✓), a one-of line the skills any one of which satisfies it; an eligibility line is a check
// box, "I meet this", never a task. Flat, so that rows can be synced by key (RowSyncer) instead of
// reset: a heading row's key is negative, a line's is its id.
class PostingLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LineColumn,
        TaskColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int LineIdRole = Qt::UserRole + 1;  // 0 on a heading row
    static constexpr int SectionRole = Qt::UserRole + 2; // int(Section)
    static constexpr int TaskIdsRole = Qt::UserRole + 3; // QList<Id> as a QVariantList
    static constexpr int HeadingRowRole = Qt::UserRole + 4;
    // Asked to tick or untick an eligibility line; the change comes back through the change set.
    using Tick = std::function<bool(Id lineId, bool met)>;

    explicit PostingLinesModel(Service &service, QObject *parent = nullptr);
    void setTick(Tick tick) { m_tick = std::move(tick); }
    // The height of a line's row (Qt::SizeHintRole); a section's heading row is taller, to set the
    // sections apart.
    void setRowHeight(int height) { m_rowHeight = height; }
    void setPosting(Id postingId); // 0: none
    Id posting() const { return m_postingId; }
    void reload();
    // The posting as last read (empty when none or gone).
    const std::optional<PostingOverview> &overview() const { return m_overview; }
    const LineOverview *lineAt(int row) const; // null on a heading row
    static QStringList statusNames();          // what the status column may show
    int rowOfLine(Id lineId) const;            // -1: none

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After every read, whether rows changed or not (the view's header shows the posting's fields).
    void reloaded();

private:
    friend struct RowSyncer;
    // Everything a row shows is in it: while rows are synced, a view may read any of them.
    struct Row
    {
        Id key = 0; // a line's id, or -1 - int(section) for the section's heading row
        Section section = Section::Other;
        std::optional<LineOverview> line; // none on a heading row
        QStringList shown; // the text of each column, the tool tip and the tick: compared to announce changes
    };
    static QList<Row> rowsOf(const PostingOverview &overview);
    static QStringList shownOf(const Row &row, const PostingOverview &overview);

    Service &m_service;
    Id m_postingId = 0;
    std::optional<PostingOverview> m_overview;
    QList<Row> m_rows;
    Tick m_tick;
    int m_rowHeight = 0;
};

} // namespace jobprep::ui
