// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/calendar.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace jobprep {
class DavClient;
class Service;
}

namespace jobprep::ui {

class CalendarSyncController;

// Settings → Calendar: the CalDAV server, user and password, "Test connection" (which lists the
// account's calendars by PROPFIND on its calendar home set), the calendar to use, how many weeks,
// and whether to sync after every change to the plan. The account goes into the database (the CLI
// shares it); the password into the system keyring, or, without one, only into this session.
class CalendarSettingsPage : public QWidget
{
    Q_OBJECT
public:
    CalendarSettingsPage(Service &service, CalendarSyncController &sync, QWidget *parent = nullptr);
    ~CalendarSettingsPage() override;

    CalendarAccount account() const; // as the form shows it
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *calendars() const { return m_calendars; }
    QPushButton *testButton() const { return m_test; }
    QLabel *statusLabel() const { return m_status; }

    // Saves the account and hands the password to the keyring (and to the session). False, with
    // the reason on the page, when the URL is not an http(s) URL.
    bool save();
    void testConnection();

Q_SIGNALS:
    void tested(bool ok);

private:
    void showStatus(const QString &text, bool error);

    Service &m_service;
    CalendarSyncController &m_sync;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_test;
    QComboBox *m_calendars;
    QSpinBox *m_weeks;
    QCheckBox *m_autoSync;
    QLabel *m_status;
    QLabel *m_lastSync;
    DavClient *m_client = nullptr;
};

} // namespace jobprep::ui
