// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QTemporaryDir;

namespace jobprep::ui {

class MainWindow;

// --screenshots DIR: pictures of the main views for the README and for people reviewing the UI.
class Screenshots
{
public:
    // Call before the window exists: the window starts from default geometry and filters, not from
    // the user's saved ones (kept in `settingsDir` for the run).
    static void isolateSettings(QTemporaryDir &settingsDir);
    // $JOBPREP_SCREENSHOT_THEME=dark: a dark palette for the pictures.
    static void applyTheme();
    // After the first paint, saves board.png, a picture per tab (plan.png, companies.png,
    // postings.png, skills.png, habits.png), posting-preview.png (the paste dialog on the text of a
    // stored posting, cancelled), task-editor.png and review.png (Plan → Review the week…) into
    // `dir`, and quits the application with 0, or 1 (with a message on stderr) when a file cannot be
    // written.
    static void takeAndQuit(MainWindow &window, const QString &dir);
};

} // namespace jobprep::ui
