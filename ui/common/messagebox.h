// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <functional>

class QWidget;

namespace jobprep::ui {

// Every modal message the app shows goes through here, so tests can run without a person to
// click OK: in test mode the message is recorded instead of shown (after KeePassXC's MessageBox).
class MessageBox
{
public:
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // Answer for the next question(); in test mode questions return it without showing anything.
    static bool question(QWidget *parent, const QString &title, const QString &text);
    // A message with buttons of its own; returns the index of the one pressed (the last one is
    // what Escape presses).
    enum class Icon { Information, Warning, Critical };
    static int choose(QWidget *parent, Icon icon, const QString &title, const QString &text,
                      const QStringList &buttons);

    static void setTestMode(bool on);
    static void setNextAnswer(bool yes);
    // Answers choose() instead of a person, in test mode or not (empty: the dialog again; in test
    // mode the last button).
    using Chooser = std::function<int(const QString &text, const QStringList &buttons)>;
    static void setChooser(Chooser chooser);
    static QStringList takeShownMessages(); // "title: text" of every message since the last call
};

} // namespace jobprep::ui
