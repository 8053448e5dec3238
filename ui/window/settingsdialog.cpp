// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "settingsdialog.h"
#include "core/store/store.h"
#include "ui/calendar/calendarsettingspage.h"
#include "ui/commands/taskcontroller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace jobprep::ui {
namespace {

QSpinBox *spin(QWidget *parent, int min, int max, const QString &name, const QString &suffix = {})
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setSuffix(suffix);
    s->setObjectName(name);
    s->setAccessibleName(name);
    return s;
}

} // namespace

QString SettingsDialog::languageKey() { return QStringLiteral("ui/language"); }
QString SettingsDialog::backupsFolderKey() { return QStringLiteral("backups/folder"); }

SettingsDialog::SettingsDialog(TaskController &controller, QWidget *parent) : QDialog(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(makePlanPage(), tr("Week and urgency"));
    m_tabs->addTab(makeImportancePage(), tr("Importance"));
    m_tabs->addTab(makeGeneralPage(), tr("General"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                             QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(Settings()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    setSettings(m_controller.store().settings());
    const QSettings qs;
    const int lang = m_language->findData(qs.value(languageKey()).toString());
    m_language->setCurrentIndex(lang < 0 ? 0 : lang);
    m_backups->setText(qs.value(backupsFolderKey()).toString());
}

QWidget *SettingsDialog::makePlanPage()
{
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Hours"), page), 0, 1);
    grid->addWidget(new QLabel(tr("Starts at"), page), 0, 2);
    for (int d = 0; d < 7; ++d) {
        const QString day = QLocale().dayName(d + 1, QLocale::LongFormat);
        grid->addWidget(new QLabel(day, page), d + 1, 0);
        m_capacity[d] = new QDoubleSpinBox(page);
        m_capacity[d]->setRange(0, 24);
        m_capacity[d]->setSingleStep(0.5);
        m_capacity[d]->setSuffix(tr(" h"));
        m_capacity[d]->setObjectName(QStringLiteral("capacity%1").arg(d + 1));
        m_capacity[d]->setAccessibleName(tr("Hours on %1").arg(day));
        m_start[d] = new QTimeEdit(page);
        m_start[d]->setDisplayFormat(QStringLiteral("HH:mm"));
        m_start[d]->setObjectName(QStringLiteral("start%1").arg(d + 1));
        m_start[d]->setAccessibleName(tr("Start time on %1").arg(day));
        grid->addWidget(m_capacity[d], d + 1, 1);
        grid->addWidget(m_start[d], d + 1, 2);
    }
    auto *form = new QFormLayout;
    m_urgencyWindow = spin(page, 0, 60, QStringLiteral("urgencyWindow"), tr(" days"));
    m_protectedShare = spin(page, 0, 100, QStringLiteral("protectedShare"), tr(" %"));
    m_blockHours = new QDoubleSpinBox(page);
    m_blockHours->setRange(0.25, 24);
    m_blockHours->setSingleStep(0.5);
    m_blockHours->setSuffix(tr(" h"));
    m_blockHours->setObjectName(QStringLiteral("blockHours"));
    form->addRow(tr("Urgent when due within"), m_urgencyWindow);
    form->addRow(tr("Week kept for Schedule work"), m_protectedShare);
    form->addRow(tr("Longest block"), m_blockHours);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Hours you can spend on preparation each day:"), page));
    layout->addLayout(grid);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::makeImportancePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    for (int k = 0; k < int(m_kindBase.size()); ++k) {
        m_kindBase[k] = spin(page, 0, 100, QStringLiteral("kindBase_%1").arg(toString(Kind(k))));
        form->addRow(displayName(Kind(k)), m_kindBase[k]);
    }
    m_threshold = spin(page, 0, 100, QStringLiteral("importantThreshold"));
    m_requirementBonus = spin(page, -100, 100, QStringLiteral("requirementBonus"));
    m_dutyBonus = spin(page, -100, 100, QStringLiteral("dutyOnlyBonus"));
    m_preferredPenalty = spin(page, -100, 100, QStringLiteral("preferredOnlyPenalty"));
    m_extraPosting = spin(page, -100, 100, QStringLiteral("extraPostingBonus"));
    m_extraPostingMax = spin(page, -100, 100, QStringLiteral("extraPostingMax"));
    m_interestWeight = spin(page, -30, 30, QStringLiteral("interestWeight"));
    form->addRow(tr("Important from"), m_threshold);
    form->addRow(tr("Closes a requirement (자격요건)"), m_requirementBonus);
    form->addRow(tr("Closes duty lines only (주요업무)"), m_dutyBonus);
    form->addRow(tr("Closes preferred lines only (우대사항)"), m_preferredPenalty);
    form->addRow(tr("Each further posting"), m_extraPosting);
    form->addRow(tr("Further postings at most"), m_extraPostingMax);
    form->addRow(tr("Per interest point above 3"), m_interestWeight);
    return page;
}

QWidget *SettingsDialog::makeGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    form->addRow(tr("Language (after restart)"), m_language);

    auto *dbRow = new QHBoxLayout;
    auto *dbPath = new QLineEdit(m_controller.store().path(), page);
    dbPath->setReadOnly(true);
    dbPath->setObjectName(QStringLiteral("databasePath"));
    auto *open = new QPushButton(tr("Open another…"), page);
    auto *create = new QPushButton(tr("New file…"), page);
    connect(open, &QPushButton::clicked, this, [this] { chooseDatabase(false); });
    connect(create, &QPushButton::clicked, this, [this] { chooseDatabase(true); });
    dbRow->addWidget(dbPath, 1);
    dbRow->addWidget(open);
    dbRow->addWidget(create);
    form->addRow(tr("Database"), dbRow);

    auto *backupRow = new QHBoxLayout;
    m_backups = new QLineEdit(page);
    m_backups->setObjectName(QStringLiteral("backupsFolder"));
    m_backups->setPlaceholderText(tr("Next to the database, in backups/"));
    auto *browse = new QPushButton(tr("Choose…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backups folder"), m_backups->text());
        if (!dir.isEmpty())
            m_backups->setText(dir);
    });
    backupRow->addWidget(m_backups, 1);
    backupRow->addWidget(browse);
    form->addRow(tr("Backups folder"), backupRow);
    return page;
}

void SettingsDialog::chooseDatabase(bool create)
{
    const QString filter = tr("JobPrep database (*.sqlite *.db);;All files (*)");
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New database"), QString(), filter)
                                : QFileDialog::getOpenFileName(this, tr("Open database"), QString(), filter);
    if (!path.isEmpty())
        Q_EMIT databaseChangeRequested(path, create);
}

Settings SettingsDialog::settings() const
{
    Settings s;
    for (int d = 0; d < 7; ++d) {
        s.capacityHours[d] = m_capacity[d]->value();
        s.startTime[d] = m_start[d]->time();
    }
    s.urgencyWindowDays = m_urgencyWindow->value();
    s.protectedShare = m_protectedShare->value() / 100.0;
    s.blockHours = m_blockHours->value();
    for (int k = 0; k < int(m_kindBase.size()); ++k)
        s.kindBase[k] = m_kindBase[k]->value();
    s.importantThreshold = m_threshold->value();
    s.requirementBonus = m_requirementBonus->value();
    s.dutyOnlyBonus = m_dutyBonus->value();
    s.preferredOnlyPenalty = m_preferredPenalty->value();
    s.extraPostingBonus = m_extraPosting->value();
    s.extraPostingMax = m_extraPostingMax->value();
    s.interestWeight = m_interestWeight->value();
    return s;
}

void SettingsDialog::setSettings(const Settings &s)
{
    for (int d = 0; d < 7; ++d) {
        m_capacity[d]->setValue(s.capacityHours[d]);
        m_start[d]->setTime(s.startTime[d]);
    }
    m_urgencyWindow->setValue(s.urgencyWindowDays);
    m_protectedShare->setValue(qRound(s.protectedShare * 100));
    m_blockHours->setValue(s.blockHours);
    for (int k = 0; k < int(m_kindBase.size()); ++k)
        m_kindBase[k]->setValue(s.kindBase[k]);
    m_threshold->setValue(s.importantThreshold);
    m_requirementBonus->setValue(s.requirementBonus);
    m_dutyBonus->setValue(s.dutyOnlyBonus);
    m_preferredPenalty->setValue(s.preferredOnlyPenalty);
    m_extraPosting->setValue(s.extraPostingBonus);
    m_extraPostingMax->setValue(s.extraPostingMax);
    m_interestWeight->setValue(s.interestWeight);
}

QString SettingsDialog::language() const { return m_language->currentData().toString(); }
QString SettingsDialog::backupsFolder() const { return m_backups->text().trimmed(); }

void SettingsDialog::addCalendarPage(CalendarSettingsPage *page)
{
    m_calendarPage = page;
    m_tabs->addTab(page, tr("Calendar"));
}

void SettingsDialog::showPage(const QString &objectName)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->objectName() == objectName)
            m_tabs->setCurrentIndex(i);
}

bool SettingsDialog::save()
{
    if (m_calendarPage && !m_calendarPage->save()) {
        showPage(m_calendarPage->objectName());
        return false;
    }
    if (!(m_controller.store().settings() == settings()) && !m_controller.saveSettings(settings()))
        return false;
    QSettings qs;
    qs.setValue(languageKey(), language());
    qs.setValue(backupsFolderKey(), backupsFolder());
    return true;
}

} // namespace jobprep::ui
