// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "screenshots.h"
#include "mainwindow.h"
#include "core/store/store.h"
#include "settingsdialog.h"
#include "ui/board/boardstate.h"
#include "ui/postings/postingpastedialog.h"
#include "ui/skills/skillsview.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QPalette>
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

// The stored posting with the most lines, whose text the paste dialog's picture shows parsed.
std::optional<Posting> richestPosting(Store &store)
{
    std::optional<Posting> best;
    for (const Posting &p : store.postings())
        if (!p.rawText.isEmpty() && (!best || p.lines.size() > best->lines.size()))
            best = p;
    return best;
}

} // namespace

void Screenshots::applyTheme()
{
    // JOBPREP_SCREENSHOT_THEME=dark: Fusion with a dark palette, as a dark desktop theme gives it,
    // to see that every view reads in it.
    if (qEnvironmentVariable("JOBPREP_SCREENSHOT_THEME") != QLatin1String("dark"))
        return;
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), button(60, 60, 64);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(38, 166, 91));
    p.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
    p.setColor(QPalette::Link, QColor(100, 170, 255));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    QApplication::setPalette(p);
}

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
        // The paste dialog's preview (nothing is saved: the dialog is closed with Cancel).
        if (const auto sample = richestPosting(window.store())) {
            window.setDialogRunner([&ok, dir, &window, sample](QDialog &dialog) {
                if (auto *paste = qobject_cast<PostingPasteDialog *>(&dialog)) {
                    if (const auto company = window.store().company(sample->companyId))
                        paste->setCompany(company->name);
                    paste->findChild<QLineEdit *>(QStringLiteral("title"))->setText(sample->title);
                    paste->findChild<QLineEdit *>(QStringLiteral("url"))->setText(sample->url);
                    paste->setText(sample->rawText);
                }
                dialog.show();
                QApplication::processEvents();
                ok = save(dialog, QDir(dir).filePath(QStringLiteral("posting-preview.png"))) && ok;
                return int(QDialog::Rejected);
            });
            window.addPosting();
        }
        // The other dialogs run synchronously: each picture's name is set just before its dialog opens.
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
        dialogFile = QStringLiteral("review.png");
        window.reviewWeek();
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
