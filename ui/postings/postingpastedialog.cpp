// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingpastedialog.h"
#include "choicedelegate.h"
#include "core/domain/dates.h"
#include "core/postings/postingduplicates.h"
#include "core/postings/postingparser.h"
#include "core/store/store.h"
#include "postingpreviewmodel.h"
#include "ui/commands/taskcontroller.h"
#include "ui/common/messagebox.h"
#include "ui/common/rowheight.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace jobprep {

using ui::PostingPreviewModel;

namespace {

template <typename E> QList<QPair<QString, int>> choicesOf()
{
    QList<QPair<QString, int>> out;
    for (const QString &name : allNames<E>())
        out.append({displayName(*fromString<E>(name)), int(*fromString<E>(name))});
    return out;
}

} // namespace

PostingPasteDialog::PostingPasteDialog(ui::TaskController &controller, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_store(controller.store()), m_company(new QComboBox),
      m_title(new QLineEdit), m_role(new QComboBox), m_deadline(new QLineEdit), m_url(new QLineEdit),
      m_text(new QPlainTextEdit), m_preview(new PostingPreviewModel(controller.store(), this)),
      m_view(new QTableView), m_status(new QLabel), m_parseTimer(new QTimer(this))
{
    setWindowTitle(tr("Add a posting"));
    setObjectName(QStringLiteral("postingPasteDialog"));
    m_company->setEditable(true);
    m_company->setObjectName(QStringLiteral("company"));
    for (const Company &c : m_store.companies())
        m_company->addItem(c.name);
    m_company->setCurrentText(QString());
    m_title->setObjectName(QStringLiteral("title"));
    m_role->setObjectName(QStringLiteral("role"));
    for (const QString &r : allNames<Role>())
        m_role->addItem(displayName(*fromString<Role>(r)), r);
    m_role->setCurrentIndex(m_role->findData(QStringLiteral("other")));
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadline->setPlaceholderText(tr("YYYY-MM-DD (optional)"));
    m_url->setObjectName(QStringLiteral("url"));
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setPlaceholderText(tr("Paste the posting here: 주요업무, 자격요건, 우대사항…"));

    auto *form = new QFormLayout;
    form->addRow(tr("Company"), m_company);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Deadline"), m_deadline);
    form->addRow(tr("URL"), m_url);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_text, 1);

    m_view->setObjectName(QStringLiteral("preview"));
    m_view->setAccessibleName(tr("Preview of the parsed lines"));
    m_view->setModel(m_preview);
    m_view->setItemDelegateForColumn(PostingPreviewModel::SectionColumn,
                                     new ui::ChoiceDelegate(choicesOf<Section>(), m_view));
    m_view->setItemDelegateForColumn(PostingPreviewModel::KindColumn,
                                     new ui::ChoiceDelegate(choicesOf<Kind>(), m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(ui::mixedScriptRowHeight(m_view) + 4);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PostingPreviewModel::LineColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PostingPreviewModel::TaskColumn, QHeaderView::Stretch);
    header->resizeSection(PostingPreviewModel::HeadingColumn, 110);
    header->resizeSection(PostingPreviewModel::SectionColumn, 105);
    header->resizeSection(PostingPreviewModel::KindColumn, 100);
    auto *drop = new QPushButton(tr("Drop line"));
    drop->setObjectName(QStringLiteral("dropLine"));
    connect(drop, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            dropLine(m_view->currentIndex().row());
    });
    auto *hint =
        new QLabel(tr("Each line with the heading it was placed under. Double-click a section, a line, a "
                      "task's title or kind to correct it; tick the tasks to make. What you see is what is "
                      "stored."));
    hint->setWordWrap(true);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(hint);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addWidget(drop, 0, Qt::AlignLeft);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PostingPasteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PostingPasteDialog::reject);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1280, 720);

    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(300);
    connect(m_parseTimer, &QTimer::timeout, this, &PostingPasteDialog::reparse);
    connect(m_text, &QPlainTextEdit::textChanged, m_parseTimer, qOverload<>(&QTimer::start));
    connect(m_preview, &QAbstractItemModel::dataChanged, this, &PostingPasteDialog::showSummary);
    connect(m_preview, &QAbstractItemModel::rowsRemoved, this, &PostingPasteDialog::showSummary);
    // A write the service refuses: the controller shows it, and it stays here beside the form.
    connect(&m_controller, &ui::TaskController::failed, this,
            [this](const QString &, const QString &message) { m_status->setText(message); });
}

void PostingPasteDialog::setCompany(const QString &name)
{
    m_company->setCurrentText(name);
}

void PostingPasteDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
    reparse();
}

void PostingPasteDialog::reparse()
{
    m_parseTimer->stop();
    const ParseResult r = PostingParser().parse(m_text->toPlainText());
    m_parseMessage = r.ok() ? tr("%n skill(s) found: %1", nullptr, int(r.skills.size()))
                                  .arg(r.skills.join(QStringLiteral(", ")))
                            : r.error;
    m_preview->setParse(r.ok() ? r : ParseResult());
    showSummary();
}

void PostingPasteDialog::showSummary()
{
    m_status->setText(m_preview->rowCount() ? m_preview->summary() + QStringLiteral(". ") + m_parseMessage
                                            : m_parseMessage);
}

QList<PostingLine> PostingPasteDialog::lines() const
{
    return m_preview->lines();
}
QList<ProposedTask> PostingPasteDialog::proposals() const
{
    return m_preview->proposals();
}

void PostingPasteDialog::moveLine(int row, Section section)
{
    m_preview->setData(m_preview->index(row, PostingPreviewModel::SectionColumn), int(section));
}

void PostingPasteDialog::dropLine(int row)
{
    m_preview->removeLine(row);
}

bool PostingPasteDialog::confirmNotADuplicate(const QString &company, const Posting &posting)
{
    const QList<Posting> same = PostingDuplicates::find(m_store, company, posting.title, posting.url);
    if (same.isEmpty())
        return true;
    const Posting &first = same.first();
    const bool sameUrl = !posting.url.isEmpty() &&
                         PostingDuplicates::urlKey(first.url) == PostingDuplicates::urlKey(posting.url);
    const QString found = sameUrl ? tr("A posting with this URL is already stored: “%1” (posting %2).")
                                        .arg(first.title)
                                        .arg(first.id)
                                  : tr("%1 already has a posting titled “%2” (posting %3).")
                                        .arg(company, first.title)
                                        .arg(first.id);
    const QString text =
        found + QStringLiteral("\n\n") + tr("Add a second copy, with its own lines and tasks?");
    return ui::MessageBox::choose(this, ui::MessageBox::Icon::Warning, tr("Already stored"), text,
                                  {tr("Add a second copy"), tr("Go back")}) == 0;
}

void PostingPasteDialog::accept()
{
    if (m_parseTimer->isActive())
        reparse();
    const QString companyName = m_company->currentText().trimmed();
    if (companyName.isEmpty() || m_title->text().trimmed().isEmpty()) {
        m_status->setText(tr("Company and title are required."));
        return;
    }
    Posting p;
    p.title = m_title->text().trimmed();
    p.role = fromString<Role>(m_role->currentData().toString()).value_or(Role::Other);
    p.url = m_url->text().trimmed();
    if (!m_deadline->text().trimmed().isEmpty()) {
        const auto d = parseIsoDate(m_deadline->text().trimmed());
        if (!d) {
            m_status->setText(tr("Deadline: \"%1\" is not a date (YYYY-MM-DD).").arg(m_deadline->text()));
            return;
        }
        p.deadline = *d;
    }
    p.rawText = m_text->toPlainText().replace(QChar(0), QLatin1Char(' '));
    p.lines = lines();
    if (!confirmNotADuplicate(companyName, p))
        return;
    const auto result = m_controller.addPosting(companyName, p, proposals());
    if (!result)
        return;
    m_result = *result;
    QDialog::accept();
}

} // namespace jobprep
