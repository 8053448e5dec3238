// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/habits/habitrecord.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace jobprep::ui {

// Links a habit to a local git repository: its folder, an optional subfolder (백준/), and the author
// emails that count, filled in from the repository's and the global user.email.
class LinkRepositoryDialog : public QDialog
{
    Q_OBJECT
public:
    LinkRepositoryDialog(Id taskId, const QString &habitTitle, QWidget *parent = nullptr);

    HabitLink link() const;
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *subfolderEdit() const { return m_subfolder; }
    QLineEdit *authorsEdit() const { return m_authors; }

    void accept() override;

private:
    void folderChosen();

    Id m_taskId;
    QLineEdit *m_folder;
    QLineEdit *m_subfolder;
    QLineEdit *m_authors;
    QLabel *m_error;
    bool m_authorsTyped = false;
};

} // namespace jobprep::ui
