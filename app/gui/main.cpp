// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/domain/dates.h"
#include "core/domain/translations.h"
#include "core/safety/databaselocation.h"
#include "core/service/clock.h"
#include "core/service/dataservice.h"
#include "core/service/service.h"
#include "startup.h"
#include "startupbenchmark.h"
#include "ui/board/boardview.h"
#include "ui/board/quadrantpane.h"
#include "ui/common/messagebox.h"
#include "ui/window/mainwindow.h"
#include "ui/window/plannerhelp.h"
#include "ui/window/screenshots.h"
#include "ui/window/settingsdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QListView>
#include <QSettings>
#include <QTemporaryDir>
#include <memory>

int main(int argc, char *argv[])
{
    jobprep::gui::StartupBenchmark::markMainStarted();
    QApplication app(argc, argv);
    jobprep::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("JobPrep Planner"));
    QApplication::setDesktopFileName(QStringLiteral("org.jobprep.Planner"));
    // The language setting wins over the system locale ($JOBPREP_LANG over both).
    jobprep::installTranslations(QSettings().value(jobprep::ui::SettingsDialog::languageKey()).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("JobPrep Planner"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("FILE"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QStringLiteral("Use this date as today."),
                                         QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption shotsOption(QStringLiteral("screenshots"),
                                         QStringLiteral("Save PNGs of the main views into DIR and quit."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption startupBenchmarkOption(
        QStringLiteral("startup-benchmark"),
        QStringLiteral("Print the milliseconds from process start to the first painted board, then quit."));
    parser.addOptions({dbOption, todayOption, shotsOption, startupBenchmarkOption});
    // What a file manager passes when the user opens a database with the app (the desktop file's %f).
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Database file to open (as --db FILE)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && parser.isSet(dbOption))) {
        std::fprintf(stderr, "jobprep: name one database file, as FILE or with --db FILE (got %s)\n",
                     qPrintable((parser.isSet(dbOption) ? QStringList{parser.value(dbOption)} + files : files)
                                    .join(QStringLiteral(", "))));
        return 1;
    }

    std::optional<QDate> today = QDate::currentDate();
    if (parser.isSet(todayOption) && !(today = jobprep::parseIsoDate(parser.value(todayOption)))) {
        std::fprintf(stderr, "jobprep: --today: \"%s\" is not a date (YYYY-MM-DD)\n", qPrintable(parser.value(todayOption)));
        return 1;
    }
    const bool startupBenchmark = parser.isSet(startupBenchmarkOption);
    QTemporaryDir screenshotSettings;
    // Screenshots and the start-up benchmark start from default settings and leave the user's alone.
    if (parser.isSet(shotsOption) || startupBenchmark)
        jobprep::ui::Screenshots::isolateSettings(screenshotSettings);
    if (parser.isSet(shotsOption))
        jobprep::ui::Screenshots::applyTheme();

    const QString path = jobprep::resolveDatabasePath(files.isEmpty() ? parser.value(dbOption) : files.first());
    const bool firstRun = !QFileInfo::exists(path);
    jobprep::gui::Startup startup(path); // holds the one-window lock for as long as the window lives
    std::unique_ptr<jobprep::Store> store = startup.open();
    if (!store)
        return 3;
    jobprep::Service service(*store);
    if (parser.isSet(todayOption))
        service.clock().startOn(*today); // as jobprep-cli's --today does
    // The icon's six PNGs are decoded when added (a tenth of the start-up): set it after the board's
    // first paint, unless a dialog comes first.
    auto setIcon = [] {
        QIcon icon;
        for (int size : {16, 32, 48, 64, 128, 256})
            icon.addFile(QStringLiteral(":/icons/jobprep-%1.png").arg(size), QSize(size, size));
        QApplication::setWindowIcon(icon);
    };
    if (firstRun && !parser.isSet(shotsOption) && !startupBenchmark) {
        setIcon();
        jobprep::ui::WelcomeDialog welcome;
        if (welcome.exec() == QDialog::Accepted && welcome.choice() == jobprep::ui::WelcomeDialog::Example) {
            try {
                service.data().addExamplePlan();
            } catch (const jobprep::DbError &e) {
                jobprep::ui::MessageBox::critical(
                    nullptr, QApplication::translate("jobprep::gui::Startup", "JobPrep Planner"), e.message());
            }
        }
    }
    jobprep::ui::MainWindow window(service);
    window.setOffersReview(!parser.isSet(shotsOption) && !startupBenchmark);
    if (QApplication::windowIcon().isNull())
        QObject::connect(&window, &jobprep::ui::MainWindow::firstPainted, &app, setIcon);
    std::unique_ptr<jobprep::gui::StartupBenchmark> benchmark;
    if (startupBenchmark) {
        QList<QAbstractItemView *> panes;
        for (jobprep::Quadrant q : {jobprep::Quadrant::DoFirst, jobprep::Quadrant::Schedule, jobprep::Quadrant::Limit,
                                    jobprep::Quadrant::Drop})
            panes << window.board()->pane(q)->view();
        benchmark = std::make_unique<jobprep::gui::StartupBenchmark>(panes);
    }
    window.show();
    if (parser.isSet(shotsOption))
        jobprep::ui::Screenshots::takeAndQuit(window, parser.value(shotsOption));
    return app.exec();
}
