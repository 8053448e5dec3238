// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "screenshots.h"
#include "boardstate.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
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
    // A short delay instead of 0: the first paint and font loading happen in the event loop.
    QTimer::singleShot(300, &window, [&window, dir] {
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
                const QString name = tabs->widget(i)->objectName().remove(QStringLiteral("Page"));
                ok = save(window, QDir(dir).filePath(name + QStringLiteral(".png"))) && ok;
            }
            tabs->setCurrentIndex(0);
        }
        window.setDialogRunner([&ok, dir](QDialog &dialog) {
            dialog.show();
            QApplication::processEvents();
            ok = save(dialog, QDir(dir).filePath(QStringLiteral("task-editor.png"))) && ok;
            return int(QDialog::Rejected);
        });
        window.editTask(editorTask(*window.boardState()));
        QApplication::exit(ok ? 0 : 1);
    });
}

} // namespace jobprep::ui
