// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QWidget;

namespace jobprep::ui {

// Every modal message the app shows goes through here, so tests can run without a person to
// click OK: in test mode the message is recorded instead of shown (after KeePassXC's MessageBox).
class MessageBox
{
public:
    static void critical(QWidget *parent, const QString &title, const QString &text);
    // Answer for the next question(); in test mode questions return it without showing anything.
    static bool question(QWidget *parent, const QString &title, const QString &text);

    static void setTestMode(bool on);
    static void setNextAnswer(bool yes);
    static QStringList takeShownMessages(); // "title: text" of every message since the last call
};

} // namespace jobprep::ui
