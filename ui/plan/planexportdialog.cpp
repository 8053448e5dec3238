// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "planexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QStandardPaths>

namespace jobprep {

namespace {
const PlanFormat kFormats[] = {PlanFormat::Markdown, PlanFormat::Csv,  PlanFormat::Ics,
                               PlanFormat::Html,     PlanFormat::Pdf,  PlanFormat::Json};
}

QString PlanExportDialog::formatLabel(PlanFormat format)
{
    switch (format) {
    case PlanFormat::Markdown: return tr("Markdown checklist (Notion, GitHub)");
    case PlanFormat::Csv: return tr("CSV table (Excel)");
    case PlanFormat::Ics: return tr("iCalendar (Google Calendar, Outlook)");
    case PlanFormat::Html: return tr("Web page (printable)");
    case PlanFormat::Pdf: return tr("PDF (A4)");
    case PlanFormat::Json: return tr("JSON data");
    }
    return {};
}

PlanExportDialog::PlanExportDialog(QWidget *parent) : QDialog(parent), m_format(new QComboBox(this))
{
    setWindowTitle(tr("Export week"));
    m_format->setObjectName(QStringLiteral("planExportFormat"));
    for (const PlanFormat f : kFormats)
        m_format->addItem(formatLabel(f), int(f));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Format:"), m_format);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

PlanFormat PlanExportDialog::format() const { return static_cast<PlanFormat>(m_format->currentData().toInt()); }

std::optional<PlanExportTarget> PlanExportDialog::ask(QWidget *parent, const QString &baseName,
                                                      std::optional<PlanFormat> fixed)
{
    PlanFormat format = fixed.value_or(PlanFormat::Markdown);
    if (!fixed) {
        PlanExportDialog dialog(parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        format = dialog.format();
    }
    const QString suffix = fileSuffix(format);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export week"),
                                                      QDir(dir).filePath(baseName + QLatin1Char('.') + suffix),
                                                      QStringLiteral("%1 (*.%2)").arg(formatLabel(format), suffix));
    if (path.isEmpty())
        return std::nullopt;
    return PlanExportTarget{format, path};
}

} // namespace jobprep
