// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingpastedialog.h"
#include "core/domain/dates.h"
#include "core/postings/postingparser.h"
#include "core/store/store.h"
#include "ui/commands/taskcontroller.h"

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
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace jobprep {
namespace {
constexpr Section kSections[] = {Section::Duty, Section::Requirement, Section::Preferred, Section::Eligibility,
                                 Section::Other};
}

PostingPasteDialog::PostingPasteDialog(ui::TaskController &controller, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_store(controller.store()), m_company(new QComboBox), m_title(new QLineEdit), m_role(new QComboBox),
      m_deadline(new QLineEdit), m_url(new QLineEdit), m_text(new QPlainTextEdit), m_lines(new QTableWidget(0, 2)),
      m_tasks(new QTableWidget(0, 3)), m_status(new QLabel), m_parseTimer(new QTimer(this))
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

    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setHorizontalHeaderLabels({tr("Section"), tr("Line")});
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *drop = new QPushButton(tr("Drop line"));
    drop->setObjectName(QStringLiteral("dropLine"));
    connect(drop, &QPushButton::clicked, this, [this] {
        if (m_lines->currentRow() >= 0)
            dropLine(m_lines->currentRow());
    });
    connect(m_lines, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            refreshProposals();
    });

    m_tasks->setObjectName(QStringLiteral("tasks"));
    m_tasks->setHorizontalHeaderLabels({tr("Task"), tr("Kind"), tr("Existing task")});
    m_tasks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tasks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tasks->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tasks->verticalHeader()->hide();

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Parsed lines (edit the text, change the section, or drop a line)")));
    rightLayout->addWidget(m_lines, 3);
    rightLayout->addWidget(drop, 0, Qt::AlignLeft);
    rightLayout->addWidget(new QLabel(tr("Proposed tasks (requirements ticked; preferred lines unticked)")));
    rightLayout->addWidget(m_tasks, 2);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PostingPasteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PostingPasteDialog::reject);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 680);

    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(300);
    connect(m_parseTimer, &QTimer::timeout, this, &PostingPasteDialog::reparse);
    connect(m_text, &QPlainTextEdit::textChanged, m_parseTimer, qOverload<>(&QTimer::start));
    // A write the service refuses: the controller shows it, and it stays here beside the form.
    connect(&m_controller, &ui::TaskController::failed, this,
            [this](const QString &, const QString &message) { m_status->setText(message); });
}

void PostingPasteDialog::setCompany(const QString &name) { m_company->setCurrentText(name); }

void PostingPasteDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
    reparse();
}

void PostingPasteDialog::reparse()
{
    m_parseTimer->stop();
    const ParseResult r = PostingParser().parse(m_text->toPlainText());
    if (!r.ok()) {
        m_status->setText(r.error);
        fillLines({});
        return;
    }
    QList<PostingLine> lines;
    for (const ParsedLine &l : r.lines)
        lines.append({0, l.section, l.text});
    fillLines(lines);
    m_status->setText(tr("%n skill(s) found: %1", nullptr, int(r.skills.size())).arg(r.skills.join(QStringLiteral(", "))));
}

void PostingPasteDialog::fillLines(const QList<PostingLine> &lines)
{
    m_filling = true;
    m_lines->setRowCount(0);
    m_lines->setRowCount(int(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        auto *section = new QComboBox;
        for (Section s : kSections)
            section->addItem(displayName(s), toString(s));
        section->setCurrentIndex(section->findData(toString(lines[i].section)));
        connect(section, &QComboBox::currentIndexChanged, this, [this] { refreshProposals(); });
        m_lines->setCellWidget(i, 0, section);
        m_lines->setItem(i, 1, new QTableWidgetItem(lines[i].text));
    }
    m_filling = false;
    refreshProposals();
}

QList<PostingLine> PostingPasteDialog::lines() const
{
    QList<PostingLine> out;
    for (int i = 0; i < m_lines->rowCount(); ++i) {
        const auto *combo = qobject_cast<QComboBox *>(m_lines->cellWidget(i, 0));
        const QTableWidgetItem *item = m_lines->item(i, 1);
        out.append({0, fromString<Section>(combo->currentData().toString()).value_or(Section::Other),
                    item ? item->text().trimmed() : QString()});
    }
    return out;
}

void PostingPasteDialog::moveLine(int row, Section section)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_lines->cellWidget(row, 0)))
        combo->setCurrentIndex(combo->findData(toString(section)));
}

void PostingPasteDialog::dropLine(int row)
{
    QList<PostingLine> l = lines();
    if (row < 0 || row >= l.size())
        return;
    l.removeAt(row);
    fillLines(l);
}

void PostingPasteDialog::refreshProposals()
{
    m_proposals = TaskProposer().propose(lines(), m_store);
    m_tasks->setRowCount(0);
    m_tasks->setRowCount(int(m_proposals.size()));
    for (int i = 0; i < m_proposals.size(); ++i) {
        const ProposedTask &p = m_proposals[i];
        auto *title = new QTableWidgetItem(p.title);
        title->setFlags(title->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        title->setCheckState(p.checked ? Qt::Checked : Qt::Unchecked);
        m_tasks->setItem(i, 0, title);
        auto *kind = new QComboBox;
        for (const QString &k : allNames<Kind>())
            kind->addItem(displayName(*fromString<Kind>(k)), k);
        kind->setCurrentIndex(kind->findData(toString(p.kind)));
        m_tasks->setCellWidget(i, 1, kind);
        auto *existing = new QTableWidgetItem(p.existingTaskId ? tr("links to #%1 %2").arg(p.existingTaskId).arg(p.existingTitle)
                                                               : tr("new task"));
        existing->setFlags(existing->flags() & ~Qt::ItemIsEditable);
        existing->setToolTip(existing->text());
        m_tasks->setItem(i, 2, existing);
    }
}

QList<ProposedTask> PostingPasteDialog::proposals() const
{
    QList<ProposedTask> out = m_proposals;
    for (int i = 0; i < out.size() && i < m_tasks->rowCount(); ++i) {
        out[i].checked = m_tasks->item(i, 0)->checkState() == Qt::Checked;
        out[i].title = m_tasks->item(i, 0)->text().trimmed();
        const auto *kind = qobject_cast<QComboBox *>(m_tasks->cellWidget(i, 1));
        out[i].kind = fromString<Kind>(kind->currentData().toString()).value_or(out[i].kind);
    }
    return out;
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
    for (const PostingLine &l : lines())
        if (!l.text.isEmpty())
            p.lines.append(l);
    QList<ProposedTask> props = proposals();
    // Dropped empty lines shift indexes: map proposals to the kept lines.
    QList<int> keptIndex;
    int kept = 0;
    for (const PostingLine &l : lines())
        keptIndex << (l.text.isEmpty() ? -1 : kept++);
    QList<ProposedTask> mapped;
    for (ProposedTask t : props) {
        t.line = keptIndex.value(t.line, -1);
        if (t.line >= 0 && !t.title.isEmpty())
            mapped << t;
    }
    const auto result = m_controller.addPosting(companyName, p, mapped);
    if (!result)
        return;
    m_result = *result;
    QDialog::accept();
}

} // namespace jobprep
