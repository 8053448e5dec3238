// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace jobprep {
class Store;
}

namespace jobprep::ui {

class PostingLinesTree;

// Edits every field of a task, its posting-line links, and shows live why the planner would place
// it where it does. It only produces a Task; saving is the caller's (undoable) business.
class TaskEditorDialog : public QDialog
{
    Q_OBJECT
public:
    TaskEditorDialog(Store &store, const QDate &today, const Task &task, QWidget *parent = nullptr);
    Task task() const; // the edited task (same id)
    QString whyHtml() const;
    QLineEdit *titleEdit() const { return m_title; }

    void accept() override;

private:
    void buildForm();
    void load(const Task &task);
    void updateWhy();
    void updateSource();

    Store &m_store;
    QDate m_today;
    Task m_original;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QDoubleSpinBox *m_estimate = nullptr;
    QComboBox *m_company = nullptr;
    QComboBox *m_repeat = nullptr;
    QComboBox *m_pinned = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    PostingLinesTree *m_lines = nullptr;
    QLabel *m_source = nullptr; // the posting lines the task closes, as they read in the posting
    QLabel *m_why = nullptr;
};

} // namespace jobprep::ui
