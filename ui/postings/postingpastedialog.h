// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/postings/postingintake.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QLabel;
class QTimer;

namespace jobprep {

class Store;
namespace ui {
class PostingPreviewModel;
class TaskController;
} // namespace ui

// Paste a posting: company, title, role, deadline, URL and its text. The text is parsed as it is
// typed; the preview (PostingPreviewModel) shows every line with the heading it was placed under,
// its section and what it becomes, and the user corrects any of it. OK stores the posting, its
// lines as corrected and the ticked tasks in one undoable step (a company typed that does not
// exist yet is created); a posting that is already stored (the same URL, or the same company and
// title) is added again only when the user says so.
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
    ui::PostingPreviewModel *preview() const { return m_preview; }
    QTableView *previewView() const { return m_view; }
    // The preview as edited: lines and proposals (PostingPreviewModel::lines, proposals).
    QList<PostingLine> lines() const;
    QList<ProposedTask> proposals() const;
    // Preview editing, also reachable through the table and the button under it.
    void moveLine(int row, Section section);
    void dropLine(int row);

    void accept() override;

private:
    bool confirmNotADuplicate(const QString &company, const Posting &posting);
    void showSummary();

    ui::TaskController &m_controller;
    Store &m_store;
    QComboBox *m_company;
    QLineEdit *m_title;
    QComboBox *m_role;
    QLineEdit *m_deadline;
    QLineEdit *m_url;
    QPlainTextEdit *m_text;
    ui::PostingPreviewModel *m_preview;
    QTableView *m_view;
    QLabel *m_status;
    QTimer *m_parseTimer;
    QString m_parseMessage; // the parser's error or the skills it found
    IntakeResult m_result;
};

} // namespace jobprep
