// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "htmlpdf.h"

#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace jobprep {

std::unique_ptr<QTextDocument> htmlDocument(const QString &html)
{
    auto doc = std::make_unique<QTextDocument>();
    // Named first so Hangul never falls back to a font without it (then it would print as boxes).
    QFont font(QStringLiteral("Noto Sans CJK KR"), 10);
    font.setFamilies({QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR"), QStringLiteral("NanumGothic"),
                      QStringLiteral("Sans Serif")});
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    return doc;
}

bool writeHtmlPdf(const QString &html, const QString &title, const QString &path, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = QStringLiteral("%1: PDF export needs the GUI libraries (QGuiApplication)").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("JobPrep Planner"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(14, 14, 14, 14),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        htmlDocument(html)->print(&writer);
    } // the writer finishes the PDF when it goes away, before the commit
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace jobprep
