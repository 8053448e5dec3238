// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/settings.h"

#include <QDialog>
#include <array>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace jobprep::ui {

class CalendarSettingsPage;
class TaskController;

// Edits the planner settings (stored in the database, so the CLI agrees) and the per-user
// preferences kept in QSettings: language, backups folder, database location.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(TaskController &controller, QWidget *parent = nullptr);

    Settings settings() const; // as currently shown in the form
    void setSettings(const Settings &settings);
    QString language() const; // "" (system), "en" or "ko"
    QString backupsFolder() const;

    // The Calendar page (the window adds it: it needs the window's calendar sync); saved on OK too.
    void addCalendarPage(CalendarSettingsPage *page);
    CalendarSettingsPage *calendarPage() const { return m_calendarPage; }
    void showPage(const QString &objectName);

    // Saves the planner settings (one undoable step) and the preferences (QSettings). Returns false
    // (and the controller shows why) when the service refuses.
    bool save();

    // QSettings keys, shared with the app wiring.
    static QString languageKey();
    static QString backupsFolderKey();

Q_SIGNALS:
    // The user asked to switch to another database file (open existing or create new).
    void databaseChangeRequested(const QString &path, bool create);

private:
    QWidget *makePlanPage();
    QWidget *makeImportancePage();
    QWidget *makeGeneralPage();
    void chooseDatabase(bool create);

    TaskController &m_controller;
    QTabWidget *m_tabs = nullptr;
    CalendarSettingsPage *m_calendarPage = nullptr;
    std::array<QDoubleSpinBox *, 7> m_capacity{};
    std::array<QTimeEdit *, 7> m_start{};
    QSpinBox *m_urgencyWindow = nullptr;
    QSpinBox *m_protectedShare = nullptr;
    QDoubleSpinBox *m_blockHours = nullptr;
    std::array<QSpinBox *, 9> m_kindBase{};
    QSpinBox *m_threshold = nullptr;
    QSpinBox *m_requirementBonus = nullptr;
    QSpinBox *m_dutyBonus = nullptr;
    QSpinBox *m_preferredPenalty = nullptr;
    QSpinBox *m_extraPosting = nullptr;
    QSpinBox *m_extraPostingMax = nullptr;
    QSpinBox *m_interestWeight = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_backups = nullptr;
};

} // namespace jobprep::ui
