// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "companyeditdialog.h"
#include "core/domain/limits.h"
#include "core/store/store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace jobprep {

CompanyEditDialog::CompanyEditDialog(Store &store, const Company &company, QWidget *parent)
    : QDialog(parent), m_store(store), m_company(company), m_name(new QLineEdit(company.name)),
      m_interest(new QSpinBox), m_website(new QLineEdit(company.website)),
      m_notes(new QPlainTextEdit(company.notes)), m_codingTest(new QPlainTextEdit(company.codingTestNotes)),
      m_problem(new QLabel)
{
    setObjectName(QStringLiteral("companyEditDialog"));
    setWindowTitle(company.id ? tr("Edit company") : tr("New company"));
    m_name->setObjectName(QStringLiteral("companyName"));
    m_name->setAccessibleName(tr("Name"));
    m_interest->setAccessibleName(tr("Interest"));
    m_website->setAccessibleName(tr("Website"));
    m_notes->setAccessibleName(tr("Notes"));
    m_codingTest->setAccessibleName(tr("Coding-test notes"));
    m_interest->setObjectName(QStringLiteral("companyInterest"));
    m_name->setMaxLength(limits::kMaxNameLength);
    m_interest->setRange(limits::kMinInterest, limits::kMaxInterest);
    m_website->setMaxLength(limits::kMaxUrlLength);
    m_interest->setValue(company.interest);
    m_website->setObjectName(QStringLiteral("companyWebsite"));
    m_notes->setObjectName(QStringLiteral("companyNotes"));
    m_codingTest->setObjectName(QStringLiteral("companyCodingTestNotes"));
    m_codingTest->setPlaceholderText(tr("What this company's coding tests emphasise (e.g. 구현, SQL, 그래프)"));
    m_problem->setObjectName(QStringLiteral("companyProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: palette(link)"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Interest (%1–%2)").arg(limits::kMinInterest).arg(limits::kMaxInterest), m_interest);
    form->addRow(tr("Website"), m_website);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(tr("Coding-test notes"), m_codingTest);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CompanyEditDialog::check);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    check();
}

Company CompanyEditDialog::company() const
{
    Company c = m_company;
    c.name = m_name->text().trimmed();
    c.interest = m_interest->value();
    c.website = m_website->text().trimmed();
    c.notes = m_notes->toPlainText();
    c.codingTestNotes = m_codingTest->toPlainText();
    return c;
}

QString CompanyEditDialog::problem() const
{
    const Company c = company();
    if (const QString e = Store::validate(c); !e.isEmpty())
        return e;
    if (const auto other = m_store.companyByName(c.name); other && other->id != c.id)
        return tr("a company named \"%1\" already exists").arg(c.name);
    return {};
}

void CompanyEditDialog::check()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_ok->setEnabled(p.isEmpty());
}

} // namespace jobprep
