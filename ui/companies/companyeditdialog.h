// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QLabel;

namespace jobprep {

class Store;

// Edits a company's name, interest, website, notes and coding-test notes. OK is refused, with the
// reason shown, while the name is empty or taken by another company.
class CompanyEditDialog : public QDialog
{
    Q_OBJECT
public:
    CompanyEditDialog(Store &store, const Company &company, QWidget *parent = nullptr);
    Company company() const; // the edited copy
    QString problem() const; // why OK is refused, empty when it is not

private:
    void check();

    Store &m_store;
    Company m_company;
    QLineEdit *m_name;
    QSpinBox *m_interest;
    QLineEdit *m_website;
    QPlainTextEdit *m_notes;
    QPlainTextEdit *m_codingTest;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace jobprep
