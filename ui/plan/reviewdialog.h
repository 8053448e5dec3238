// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/reviewexport.h"

#include <QDialog>
#include <functional>

class QLabel;
class QTextBrowser;

namespace jobprep {

class Store;

// Plan → Review the week…: the review of a week (the one just over by default), with the previous
// and next weeks a click away, shown as the HTML it exports; saved as Markdown, HTML or JSON, or
// copied (HTML and Markdown both on the clipboard) for Notion or a blog.
class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewDialog(Store &store, const QDate &today, QWidget *parent = nullptr);

    void setWeek(const QDate &anyDayOfWeek);
    const WeeklyReview &review() const { return m_review; }
    QTextBrowser *browser() const { return m_view; }
    // Test seam: where "Save…" writes (instead of the file dialog); empty: cancelled.
    using PathChooser = std::function<QString(ReviewFormat format)>;
    void setPathChooser(PathChooser chooser) { m_choose = std::move(chooser); }

    // The week a review is offered for on the first start of a new week (the one just over).
    static QDate lastWeek(const QDate &today) { return today.addDays(1 - today.dayOfWeek()).addDays(-7); }

public Q_SLOTS:
    void save(jobprep::ReviewFormat format);
    void copy();

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &message);

private:
    Store &m_store;
    QDate m_today;
    WeeklyReview m_review;
    QLabel *m_title;
    QTextBrowser *m_view;
    PathChooser m_choose;
};

} // namespace jobprep
