// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingeditdialog.h"
#include "core/domain/limits.h"
#include "ui/common/urlopener.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jobprep::ui {

PostingEditDialog::PostingEditDialog(const Posting &posting, const QDate &today, QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(posting.title)), m_role(new QComboBox),
      m_hasDeadline(new QCheckBox), m_deadline(new QDateEdit), m_url(new QLineEdit(posting.url)),
      m_problem(new QLabel)
{
    setObjectName(QStringLiteral("postingEditDialog"));
    setWindowTitle(tr("Edit posting"));
    m_title->setObjectName(QStringLiteral("postingTitle"));
    m_title->setMaxLength(limits::kMaxTitleLength);
    m_role->setObjectName(QStringLiteral("postingRole"));
    for (const QString &r : allNames<Role>())
        m_role->addItem(displayName(*fromString<Role>(r)), r);
    m_role->setCurrentIndex(m_role->findData(toString(posting.role)));
    m_hasDeadline->setObjectName(QStringLiteral("postingHasDeadline"));
    m_hasDeadline->setText(tr("Has a deadline"));
    m_hasDeadline->setChecked(posting.deadline.isValid());
    m_deadline->setObjectName(QStringLiteral("postingDeadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deadline->setDateRange(limits::firstDate(), limits::lastDate());
    m_deadline->setDate(posting.deadline.isValid() ? posting.deadline : today);
    m_deadline->setEnabled(posting.deadline.isValid());
    m_url->setObjectName(QStringLiteral("postingUrl"));
    m_url->setMaxLength(limits::kMaxUrlLength);
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    m_problem->setObjectName(QStringLiteral("postingProblem"));
    m_problem->setWordWrap(true);

    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_hasDeadline);
    deadlineRow->addWidget(m_deadline, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&Deadline"), deadlineRow);
    form->addRow(tr("&URL"), m_url);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    connect(m_title, &QLineEdit::textChanged, this, &PostingEditDialog::check);
    connect(m_url, &QLineEdit::textChanged, this, &PostingEditDialog::check);
    resize(520, sizeHint().height());
    check();
}

PostingDetails PostingEditDialog::details() const
{
    PostingDetails d;
    d.title = m_title->text().trimmed();
    d.role = fromString<Role>(m_role->currentData().toString()).value_or(Role::Other);
    d.deadline = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
    d.url = m_url->text().trimmed();
    return d;
}

QString PostingEditDialog::problem() const
{
    return m_title->text().trimmed().isEmpty() ? tr("The title must not be empty.") : QString();
}

void PostingEditDialog::check()
{
    const QString p = problem();
    const QString url = m_url->text().trimmed();
    m_problem->setText(
        !p.isEmpty() ? p
        : !url.isEmpty() && !UrlOpener::isWebAddress(url)
            ? tr("This URL is not a web address (http or https): it is kept, but Open URL will not open it.")
            : QString());
    m_ok->setEnabled(p.isEmpty());
}

} // namespace jobprep::ui
