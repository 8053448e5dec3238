// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "linkrepositorydialog.h"
#include "integrations/git/gitauthors.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace jobprep::ui {

LinkRepositoryDialog::LinkRepositoryDialog(Id taskId, const QString &habitTitle, QWidget *parent)
    : QDialog(parent), m_taskId(taskId), m_folder(new QLineEdit(this)), m_subfolder(new QLineEdit(this)),
      m_authors(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("linkRepositoryDialog"));
    setWindowTitle(tr("Link a repository to %1").arg(habitTitle));
    m_folder->setObjectName(QStringLiteral("linkFolder"));
    m_subfolder->setObjectName(QStringLiteral("linkSubfolder"));
    m_authors->setObjectName(QStringLiteral("linkAuthors"));
    m_subfolder->setPlaceholderText(tr("e.g. 백준/ (empty: the whole repository)"));
    m_authors->setPlaceholderText(tr("me@example.com, other@example.com"));
    m_error->setObjectName(QStringLiteral("linkError"));
    m_error->setWordWrap(true);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("linkBrowse"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *explain = new QLabel(tr("A day with a commit by one of these authors (changing the subfolder, if one is "
                                  "given) counts as done for this habit. Every local branch is read; the day is "
                                  "your local day when the commit was made."),
                               this);
    explain->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Folder"), folderRow);
    form->addRow(tr("&Subfolder"), m_subfolder);
    form->addRow(tr("&Authors"), m_authors);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Repository folder"), m_folder->text());
        if (!dir.isEmpty()) {
            m_folder->setText(dir);
            folderChosen();
        }
    });
    connect(m_folder, &QLineEdit::editingFinished, this, &LinkRepositoryDialog::folderChosen);
    connect(m_authors, &QLineEdit::textEdited, this, [this] { m_authorsTyped = true; });
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkRepositoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LinkRepositoryDialog::folderChosen()
{
    if (m_authorsTyped || m_folder->text().trimmed().isEmpty())
        return;
    m_authors->setText(git::defaultAuthors(m_folder->text().trimmed()).join(QStringLiteral(", ")));
}

HabitLink LinkRepositoryDialog::link() const
{
    HabitLink l;
    l.taskId = m_taskId;
    l.repo = m_folder->text().trimmed();
    l.path = m_subfolder->text().trimmed();
    for (const QString &a : m_authors->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!a.trimmed().isEmpty())
            l.authors << a.trimmed();
    return l;
}

void LinkRepositoryDialog::accept()
{
    const HabitLink l = link();
    if (l.repo.isEmpty() || !QDir(l.repo).exists())
        m_error->setText(tr("Choose the folder of a git repository."));
    else if (!QDir(l.repo).exists(QStringLiteral(".git")) && !QDir(l.repo).exists(QStringLiteral("HEAD")))
        m_error->setText(tr("%1 is not a git repository (no .git in it).").arg(l.repo));
    else if (l.authors.isEmpty())
        m_error->setText(tr("Give at least one author email: git has no user.email to start from."));
    else
        return QDialog::accept();
}

} // namespace jobprep::ui
