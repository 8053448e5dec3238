// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/postings/postingparser.h"
#include "core/postings/taskproposal.h"

#include <optional>
#include <QAbstractTableModel>

namespace jobprep {
class Store;
}

namespace jobprep::ui {

// The paste dialog's preview: one row per parsed line, with the heading it was placed under, its
// section, its text and what it becomes. A requirement or preferred line proposes a task (ticked
// for a requirement), or a link to the open task that already covers its skill; an eligibility
// line is a check box, "I meet this"; duties and other lines become nothing. The user corrects a
// line's section and text, and each proposed title, kind and tick; what the user corrects is what
// is stored, and it stays when the proposals are worked out again after another edit.
class PostingPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        HeadingColumn,
        SectionColumn,
        LineColumn,
        TaskColumn,
        KindColumn,
        ColumnCount
    };

    explicit PostingPreviewModel(Store &store, QObject *parent = nullptr);

    // The parse of a new text: every row and every correction replaced.
    void setParse(const ParseResult &result);
    void removeLine(int row);

    // What OK stores: the lines with text (section, text, heading, whether the user chose the
    // section, the tick), and the proposals for them, indexes into those lines.
    QList<PostingLine> lines() const;
    QList<ProposedTask> proposals() const;
    // The proposal of a row (a requirement or preferred line), with the user's corrections.
    std::optional<ProposedTask> proposalAt(int row) const;
    // "12 lines: 4 requirements, …" for the status line.
    QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // SectionColumn and KindColumn take int(Section) / int(Kind) as the EditRole; LineColumn and
    // TaskColumn text; TaskColumn a Qt::CheckStateRole (the task, or "I meet this").
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        PostingLine line;
        int sourceLine = 0;
        int headingLine = 0;
        std::optional<ProposedTask> proposal; // worked out again after every edit
        // The user's corrections of the proposal, kept while the line takes a task.
        std::optional<QString> title;
        std::optional<Kind> kind;
        std::optional<bool> checked;
    };
    ProposedTask corrected(const Row &row) const;
    void propose(); // every row's proposal, from the lines as they are now
    void rowChanged(int row);

    Store &m_store;
    QList<Row> m_rows;
};

} // namespace jobprep::ui
