// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "startup.h"
#include "core/safety/restore.h"
#include "core/sqlite/backup.h"
#include "ui/common/messagebox.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <cstdio>

namespace jobprep::gui {
namespace {

// The folder chosen in Settings (QSettings key shared with ui::SettingsDialog::backupsFolderKey());
// empty: backups/ next to the database.
QString chosenBackupsFolder() { return QSettings().value(QStringLiteral("backups/folder")).toString(); }

} // namespace

namespace {

std::function<QString()> &newFileSeam()
{
    static std::function<QString()> chooser;
    return chooser;
}

QString tr(const char *text) { return QApplication::translate("jobprep::gui::Startup", text); }

// Index of the button pressed; the last button is the one Escape presses.
int ask(ui::MessageBox::Icon icon, const QString &text, const QStringList &buttons)
{
    return ui::MessageBox::choose(nullptr, icon, QApplication::translate("jobprep::gui::Startup", "JobPrep Planner"),
                                  text, buttons);
}

} // namespace

Startup::Startup(const QString &path) : m_path(path) {}

void Startup::setAskForTest(Ask a) { ui::MessageBox::setChooser(std::move(a)); }
void Startup::setNewFileForTest(std::function<QString()> chooser) { newFileSeam() = std::move(chooser); }

std::unique_ptr<Store> Startup::openLocked(const QString &path, std::unique_ptr<DatabaseLock> lock)
{
    if (!lock)
        lock = std::make_unique<DatabaseLock>(path);
    if (!lock->isLocked() && !lock->tryLock()) {
        ask(ui::MessageBox::Icon::Information,
            tr("%1 is already open in %2.\n\nJobPrep opens a file in one window at a time, so that two windows "
               "never write over each other. Switch to that window, or close it and start JobPrep again.")
                .arg(path, lock->holder()),
            {tr("Close")});
        return nullptr;
    }
    auto store = std::make_unique<Store>(path);
    m_lock = std::move(lock);
    m_path = path;
    try {
        BackupFolder folder(path, chosenBackupsFolder());
        store->backUpIfDue(folder, QDateTime::currentDateTime());
    } catch (const DbError &e) {
        // A missing backup must not keep the user from their plan; say it where it can be seen.
        std::fprintf(stderr, "jobprep: automatic backup failed: %s\n", qPrintable(e.message()));
    }
    return store;
}

std::unique_ptr<Store> Startup::open()
{
    try {
        return openLocked(m_path);
    } catch (const DbError &e) {
        if (e.kind() == DbError::Kind::NotADatabase)
            return openDamaged(e);
        ask(ui::MessageBox::Icon::Critical, tr("Cannot open the database.\n\n%1").arg(e.message()), {tr("Close")});
        return nullptr;
    }
}

std::unique_ptr<Store> Startup::openDamaged(const DbError &error)
{
    m_lock.reset();
    const auto newest = BackupFolder(m_path, chosenBackupsFolder()).newest();
    QStringList buttons;
    if (newest)
        buttons << tr("Open the newest backup (%1)")
                       .arg(QLocale().toString(newest->taken, QLocale::ShortFormat));
    buttons << tr("Start a new file…") << tr("Quit");
    const QString text =
        tr("%1\n\nThe file is left exactly as it is.%2")
            .arg(error.message(),
                 newest ? tr(" The newest backup was taken on %1; opening it keeps the damaged file in the "
                             "backups folder.")
                              .arg(QLocale().toString(newest->taken, QLocale::LongFormat))
                        : tr(" There is no backup of it yet."));
    const int choice = ask(ui::MessageBox::Icon::Warning, text, buttons);
    try {
        if (newest && choice == 0) {
            auto lock = std::make_unique<DatabaseLock>(m_path);
            if (!lock->tryLock())
                throw DbError(DbError::Kind::Busy, tr("%1 is open in %2").arg(m_path, lock->holder()));
            restoreDatabase(newest->path, m_path, QDateTime::currentDateTime());
            return openLocked(m_path, std::move(lock));
        }
        if (choice == buttons.size() - 2) {
            const QString file = newFileSeam() ? newFileSeam()()
                                               : QFileDialog::getSaveFileName(
                                                     nullptr, tr("New JobPrep file"),
                                                     QFileInfo(m_path).absoluteDir().filePath(
                                                         QStringLiteral("jobprep-new.sqlite")),
                                                     tr("JobPrep database (*.sqlite)"));
            if (!file.isEmpty())
                return openLocked(file);
        }
    } catch (const DbError &e) {
        ask(ui::MessageBox::Icon::Critical, tr("Cannot open the database.\n\n%1").arg(e.message()), {tr("Close")});
    }
    return nullptr;
}

} // namespace jobprep::gui
