// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "filterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace jobprep::ui {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_text(new QLineEdit(this)), m_kind(new QComboBox(this)), m_showDone(new QCheckBox(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setAccessibleName(tr("Filter text"));
    m_text->setPlaceholderText(tr("Filter by title, notes or company (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(260);
    m_kind->setObjectName(QStringLiteral("filterKind"));
    m_kind->setAccessibleName(tr("Filter kind"));
    m_kind->addItem(tr("All kinds"), -1);
    for (const QString &name : allNames<Kind>()) {
        const Kind k = *fromString<Kind>(name);
        m_kind->addItem(displayName(k), int(k));
    }
    m_showDone->setObjectName(QStringLiteral("filterShowDone"));
    m_showDone->setText(tr("Show done"));
    m_showDone->setAccessibleName(tr("Show done tasks"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *label = new QLabel(tr("Filter:"), this);
    label->setBuddy(m_text);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_kind);
    layout->addWidget(m_showDone);

    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_showDone, &QCheckBox::toggled, this, &FilterBar::changed);
}

void FilterBar::applyTo(BoardFilter &filter) const
{
    filter.text = m_text->text();
    const int kind = m_kind->currentData().toInt();
    filter.kind = kind < 0 ? std::nullopt : std::optional<Kind>(Kind(kind));
    filter.showDone = m_showDone->isChecked();
}

void FilterBar::setFrom(const BoardFilter &filter)
{
    const QSignalBlocker b1(m_text), b2(m_kind), b3(m_showDone);
    m_text->setText(filter.text);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(filter.kind ? int(*filter.kind) : -1)));
    m_showDone->setChecked(filter.showDone);
}

} // namespace jobprep::ui
