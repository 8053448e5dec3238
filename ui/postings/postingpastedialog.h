// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/postings/postingintake.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QLabel;
class QTimer;

namespace jobprep {

class Store;
namespace ui {
class TaskController;
}

// Paste a posting: company, title, role, deadline, URL and its text. The text is parsed as it is
// typed; the preview shows each line in its section (editable: change the section, edit the text,
// drop the line) and the proposed tasks (requirement lines ticked, preferred lines unticked, kind
// editable, a line whose skill already has an open task is linked to it). OK stores the posting
// and the ticked tasks in one undoable step (a company typed that does not exist yet is created).
class PostingPasteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PostingPasteDialog(ui::TaskController &controller, QWidget *parent = nullptr);

    void setCompany(const QString &name);
    void setText(const QString &text); // parses at once
    void reparse();                    // parses the text box now (normally after a short pause)
    // After accept(): what was written.
    const IntakeResult &result() const { return m_result; }
    // The preview as edited: lines (section, text) and proposals.
    QList<PostingLine> lines() const;
    QList<ProposedTask> proposals() const;
    // Preview editing, also reachable through the buttons under the lines table.
    void moveLine(int row, Section section);
    void dropLine(int row);

    void accept() override;

private:
    void refreshProposals();
    void fillLines(const QList<PostingLine> &lines);

    ui::TaskController &m_controller;
    Store &m_store;
    QComboBox *m_company;
    QLineEdit *m_title;
    QComboBox *m_role;
    QLineEdit *m_deadline;
    QLineEdit *m_url;
    QPlainTextEdit *m_text;
    QTableWidget *m_lines;
    QTableWidget *m_tasks;
    QLabel *m_status;
    QTimer *m_parseTimer;
    QList<ProposedTask> m_proposals;
    IntakeResult m_result;
    bool m_filling = false;
};

} // namespace jobprep
