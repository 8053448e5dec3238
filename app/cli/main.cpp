// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "databaselocation.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    jobprep::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int rc = jobprep::cli::run(app.arguments(), out, err);
    out.flush();
    err.flush();
    return rc;
}
