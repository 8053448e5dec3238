// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/safety/databaselock.h"
#include "core/store/store.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace jobprep::gui {

// How the GUI opens its database (issue 6): one window per file (a lock beside it), a damaged or
// foreign file is left untouched while the user chooses the newest backup or a new file, and a
// backup is taken when the last one is more than a day old. Keep the Startup alive as long as the
// store: it holds the lock.
class Startup
{
public:
    explicit Startup(const QString &path);

    // The opened store, or nullptr when the user could not or chose not to go on.
    std::unique_ptr<Store> open();
    const QString &path() const { return m_path; } // may change to a new file the user chose

    // Test seams: answer a question with the index of a button; choose a file for "new file".
    using Ask = std::function<int(const QString &text, const QStringList &buttons)>;
    static void setAskForTest(Ask ask);
    static void setNewFileForTest(std::function<QString()> chooser);

private:
    std::unique_ptr<Store> openDamaged(const DbError &error);
    std::unique_ptr<Store> openLocked(const QString &path, std::unique_ptr<DatabaseLock> lock = nullptr);

    QString m_path;
    std::unique_ptr<DatabaseLock> m_lock;
};

} // namespace jobprep::gui
