// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "screenshots.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "ui/board/boardstate.h"
#include "ui/skills/skillsview.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

namespace jobprep::ui {
namespace {

bool save(QWidget &widget, const QString &path)
{
    const bool ok = widget.grab().save(path, "PNG");
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "cannot write", qPrintable(QDir::toNativeSeparators(path)));
    return ok;
}

// The task the editor picture shows: a pinned one (its "why" explains pin versus planner) if any.
Id editorTask(const BoardState &state)
{
    Id first = 0;
    for (int q = 1; q <= 4; ++q)
        for (const PlacedTask &t : state.visible(Quadrant(q))) {
            if (t.task.pinned != Quadrant::None)
                return t.task.id;
            if (!first)
                first = t.task.id;
        }
    return first;
}

} // namespace

void Screenshots::isolateSettings(QTemporaryDir &settingsDir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
}

void Screenshots::takeAndQuit(MainWindow &window, const QString &dir)
{
    window.resize(1440, 900);
    auto shoot = [&window, dir] {
        if (!QDir().mkpath(dir)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(dir));
            QApplication::exit(1);
            return;
        }
        bool ok = save(window, QDir(dir).filePath(QStringLiteral("board.png")));
        // Every other tab: week plan, companies, skills.
        if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"))) {
            for (int i = 1; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QApplication::processEvents();
                // A view that reads in a worker (skills) is pictured once it has its data.
                if (auto *skills = tabs->widget(i)->findChild<SkillsView *>()) {
                    QElapsedTimer waited;
                    waited.start();
                    while (skills->isReading() && waited.elapsed() < 60000)
                        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
                    QApplication::processEvents();
                }
                const QString name = tabs->widget(i)->objectName().remove(QStringLiteral("Page"));
                ok = save(window, QDir(dir).filePath(name + QStringLiteral(".png"))) && ok;
            }
            tabs->setCurrentIndex(0);
        }
        // The dialogs run synchronously: each picture's name is set just before its dialog opens.
        QString dialogFile;
        window.setDialogRunner([&ok, &dialogFile, dir](QDialog &dialog) {
            if (auto *settings = qobject_cast<SettingsDialog *>(&dialog))
                settings->showPage(QStringLiteral("calendarPage"));
            dialog.show();
            QApplication::processEvents();
            ok = save(dialog, QDir(dir).filePath(dialogFile)) && ok;
            return int(QDialog::Rejected);
        });
        dialogFile = QStringLiteral("task-editor.png");
        window.editTask(editorTask(*window.boardState()));
        dialogFile = QStringLiteral("settings-calendar.png");
        window.editSettings();
        QApplication::exit(ok ? 0 : 1);
    };
    // The pictures show the whole board (and what is read off it, such as each company's next task),
    // so a large file waits for the worker. A short delay after that instead of 0: the first paint
    // and font loading happen in the event loop.
    BoardState *state = window.boardState();
    if (state->isComplete())
        QTimer::singleShot(300, &window, shoot);
    else
        QObject::connect(state, &BoardState::completed, &window, [&window, shoot] {
            QTimer::singleShot(300, &window, shoot);
        }, Qt::SingleShotConnection);
}

} // namespace jobprep::ui
