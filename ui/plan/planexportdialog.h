// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/planexport.h"

#include <QDialog>
#include <optional>

class QComboBox;

namespace jobprep {

struct PlanExportTarget
{
    PlanFormat format = PlanFormat::Markdown;
    QString path;
};

// "Export week…": asks for a format, then for a file with the matching suffix.
class PlanExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PlanExportDialog(QWidget *parent = nullptr);
    PlanFormat format() const;

    // The whole interaction; `fixed` skips the format question (Export PDF…). nullopt: cancelled.
    static std::optional<PlanExportTarget> ask(QWidget *parent, const QString &baseName,
                                               std::optional<PlanFormat> fixed);
    static QString formatLabel(PlanFormat format);

private:
    QComboBox *m_format;
};

} // namespace jobprep
