// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/service/postingservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace jobprep::ui {

// Edits a stored posting's title, role, deadline and URL. OK is refused, with the reason shown,
// while the title is empty; a URL that is not a web address is said so (it is kept all the same:
// the user may want a note there).
class PostingEditDialog : public QDialog
{
    Q_OBJECT
public:
    PostingEditDialog(const Posting &posting, const QDate &today, QWidget *parent = nullptr);
    PostingDetails details() const; // every field, as edited
    QString problem() const;        // why OK is refused, empty when it is not

private:
    void check();

    QLineEdit *m_title;
    QComboBox *m_role;
    QCheckBox *m_hasDeadline;
    QDateEdit *m_deadline;
    QLineEdit *m_url;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace jobprep::ui
