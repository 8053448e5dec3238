// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "calendarsettingspage.h"
#include "calendarsynccontroller.h"
#include "core/plan/weeklyplanner.h"
#include "core/service/calendarservice.h"
#include "core/service/service.h"
#include "integrations/caldav/calendardiscovery.h"
#include "integrations/secrets/passwordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jobprep::ui {
namespace {

bool isServerUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !url.host().isEmpty();
}

} // namespace

CalendarSettingsPage::CalendarSettingsPage(Service &service, CalendarSyncController &sync, QWidget *parent)
    : QWidget(parent), m_service(service), m_sync(sync), m_url(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_test(new QPushButton(tr("&Test connection"), this)),
      m_calendars(new QComboBox(this)), m_weeks(new QSpinBox(this)),
      m_autoSync(new QCheckBox(tr("Sync after every change to the plan (a few seconds later)"), this)),
      m_status(new QLabel(this)), m_lastSync(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    m_url->setObjectName(QStringLiteral("calendarUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://dav.example.com/"));
    m_user->setObjectName(QStringLiteral("calendarUser"));
    m_password->setObjectName(QStringLiteral("calendarPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keyring"));
    m_test->setObjectName(QStringLiteral("calendarTest"));
    m_calendars->setObjectName(QStringLiteral("calendarChoice"));
    m_calendars->setEditable(false);
    m_weeks->setObjectName(QStringLiteral("calendarWeeks"));
    m_weeks->setRange(0, WeeklyPlanner::kMaxFollowingWeeks);
    m_autoSync->setObjectName(QStringLiteral("calendarAutoSync"));
    m_status->setObjectName(QStringLiteral("calendarStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastSync->setWordWrap(true);
    for (QWidget *w : std::initializer_list<QWidget *>{m_url, m_user, m_password, m_calendars, m_weeks})
        w->setAccessibleName(w->objectName());

    auto *intro = new QLabel(tr("Your week's blocks go into a CalDAV calendar (Nextcloud, Fastmail, iCloud, Radicale…), "
                                "and its other events become busy time the plan leaves free. An event of the plan "
                                "that you change in the calendar is yours from then on."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *calendarRow = new QHBoxLayout;
    calendarRow->addWidget(m_calendars, 1);
    calendarRow->addWidget(m_test);
    // A row holding a layout gets no buddy from addRow: without one, the "&" would show.
    auto *calendarLabel = new QLabel(tr("&Calendar:"), this);
    calendarLabel->setBuddy(m_calendars);
    form->addRow(calendarLabel, calendarRow);
    form->addRow(tr("&Weeks:"), m_weeks);
    m_weeks->setSuffix(tr(" after this one"));
    form->addRow(QString(), m_autoSync);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_lastSync);
    layout->addStretch(1);

    const CalendarAccount a = m_service.calendar().account();
    m_url->setText(a.url);
    m_user->setText(a.user);
    m_weeks->setValue(a.weeks);
    m_autoSync->setChecked(a.autoSync);
    m_calendars->addItem(a.collection.isEmpty() ? tr("The first calendar found") : a.collection, a.collection);
    if (a.lastSyncAt.isValid())
        m_lastSync->setText(tr("Last sync %1: %2")
                                .arg(QLocale().toString(a.lastSyncAt.toLocalTime(), QLocale::ShortFormat), a.lastSync));
    connect(m_test, &QPushButton::clicked, this, &CalendarSettingsPage::testConnection);
}

CalendarSettingsPage::~CalendarSettingsPage() = default;

CalendarAccount CalendarSettingsPage::account() const
{
    CalendarAccount a = m_service.calendar().account();
    a.url = m_url->text().trimmed();
    a.user = m_user->text().trimmed();
    a.collection = m_calendars->currentData().toString();
    a.weeks = m_weeks->value();
    a.autoSync = m_autoSync->isChecked();
    return a;
}

void CalendarSettingsPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b03a2e;") : QString());
}

void CalendarSettingsPage::testConnection()
{
    const QUrl url(m_url->text().trimmed());
    if (!isServerUrl(url)) {
        showStatus(tr("The server URL must start with https:// (or http://)."), true);
        Q_EMIT tested(false);
        return;
    }
    delete m_client;
    m_client = new DavClient({url, m_user->text().trimmed(), m_password->text(), 15000}, this);
    m_test->setEnabled(false);
    showStatus(tr("Connecting to %1…").arg(url.toDisplayString(QUrl::RemoveUserInfo)), false);
    discoverCalendars(*m_client, [this](const QList<CalendarInfo> &found, const QString &error) {
        m_test->setEnabled(true);
        if (!error.isEmpty()) {
            showStatus(error, true);
            Q_EMIT tested(false);
            return;
        }
        const QString chosen = m_calendars->currentData().toString();
        m_calendars->clear();
        for (const CalendarInfo &c : found)
            if (c.events)
                m_calendars->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.url.path()), c.url.toString());
        const int keep = m_calendars->findData(chosen);
        m_calendars->setCurrentIndex(keep < 0 ? 0 : keep);
        showStatus(tr("Connected: %n calendar(s) for events.", nullptr, m_calendars->count()), false);
        Q_EMIT tested(true);
    });
}

bool CalendarSettingsPage::save()
{
    const CalendarAccount a = account();
    if (a.url.isEmpty() && a.user.isEmpty()) {
        m_service.calendar().saveAccount(a);
        return true;
    }
    if (!isServerUrl(QUrl(a.url))) {
        showStatus(tr("The server URL must start with https:// (or http://)."), true);
        return false;
    }
    m_service.calendar().saveAccount(a);
    if (!m_password->text().isEmpty()) {
        m_sync.setSessionPassword(m_password->text());
        // The keyring answers later; without one, the password stays for this session only.
        QPointer<CalendarSyncController> sync(&m_sync);
        secrets::writePassword(secrets::keyFor(a.url, a.user), m_password->text(), &m_sync,
                               [sync](const QString &error) {
                                   if (sync && !error.isEmpty())
                                       Q_EMIT sync->message(CalendarSettingsPage::tr(
                                                                "The password is kept until JobPrep closes: %1.")
                                                                .arg(error));
                               });
    }
    return true;
}

} // namespace jobprep::ui
