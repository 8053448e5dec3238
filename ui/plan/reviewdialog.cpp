// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "reviewdialog.h"
#include "core/domain/dates.h"
#include "core/export/planexport.h"
#include "core/review/reviewinput.h"
#include "ui/common/messagebox.h"

#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>

namespace jobprep {

ReviewDialog::ReviewDialog(Store &store, const QDate &today, QWidget *parent)
    : QDialog(parent), m_store(store), m_today(today), m_title(new QLabel(this)), m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review the week"));
    m_view->setObjectName(QStringLiteral("reviewText"));
    m_view->setOpenLinks(false);
    m_title->setObjectName(QStringLiteral("reviewWeek"));
    auto *prev = new QToolButton(this);
    prev->setObjectName(QStringLiteral("reviewPrevious"));
    prev->setArrowType(Qt::LeftArrow);
    prev->setToolTip(tr("Previous week"));
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("reviewNext"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next week"));
    auto *top = new QHBoxLayout;
    top->addWidget(prev);
    top->addWidget(next);
    top->addWidget(m_title, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("reviewCopy"));
    copyButton->setToolTip(tr("Copies the review as HTML and Markdown, to paste into Notion or a blog"));
    for (const auto &[format, text, name] :
         {std::tuple{ReviewFormat::Markdown, tr("Save &Markdown…"), "reviewSaveMarkdown"},
          std::tuple{ReviewFormat::Html, tr("Save &HTML…"), "reviewSaveHtml"},
          std::tuple{ReviewFormat::Json, tr("Save &JSON…"), "reviewSaveJson"}}) {
        auto *b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, [this, f = format] { save(f); });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 720);

    connect(prev, &QToolButton::clicked, this, [this] { setWeek(m_review.monday.addDays(-7)); });
    connect(next, &QToolButton::clicked, this, [this] { setWeek(m_review.monday.addDays(7)); });
    connect(copyButton, &QPushButton::clicked, this, &ReviewDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setWeek(lastWeek(today));
}

void ReviewDialog::setWeek(const QDate &anyDayOfWeek)
{
    m_review = reviewWeek(m_store, anyDayOfWeek, m_today);
    m_title->setText(ReviewText::title(m_review));
    m_view->setHtml(QString::fromUtf8(reviewToHtml(m_review)));
}

void ReviewDialog::save(ReviewFormat format)
{
    static const char *const suffixes[] = {"md", "html", "json"};
    const QString suffix = QLatin1String(suffixes[int(format)]);
    const QString name = QStringLiteral("jobprep-review-%1.%2").arg(isoWeekName(m_review.monday), suffix);
    const QString path = m_choose ? m_choose(format)
                                  : QFileDialog::getSaveFileName(this, tr("Save the review"), name,
                                                                 tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    QString error;
    if (saveFileAtomically(path, exportReview(m_review, format), &error)) {
        Q_EMIT saved(path);
        return;
    }
    Q_EMIT saveFailed(error);
    if (!m_choose)
        ui::MessageBox::warning(this, tr("Save the review"), error);
}

void ReviewDialog::copy()
{
    auto *data = new QMimeData;
    data->setHtml(QString::fromUtf8(reviewToHtml(m_review)));
    data->setText(QString::fromUtf8(reviewToMarkdown(m_review)));
    QApplication::clipboard()->setMimeData(data);
}

} // namespace jobprep
