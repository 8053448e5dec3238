// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "databaselocation.h"
#include "mainwindow.h"
#include "store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    jobprep::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("JobPrep Planner"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("JobPrep Planner"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = jobprep::resolveDatabasePath(parser.value(dbOption));
    std::unique_ptr<jobprep::Store> store;
    try {
        store = std::make_unique<jobprep::Store>(path);
    } catch (const jobprep::DbError &e) {
        QMessageBox::critical(nullptr, QObject::tr("Cannot open the database"), e.message());
        return 3;
    }
    jobprep::ui::MainWindow window(*store);
    window.show();
    return app.exec();
}
