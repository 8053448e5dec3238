// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "store.h"

#include <QLabel>

namespace jobprep::ui {

MainWindow::MainWindow(Store &store, QWidget *parent) : QMainWindow(parent), m_store(store)
{
    setWindowTitle(tr("JobPrep Planner"));
    auto *label = new QLabel(tr("Database: %1").arg(store.path()), this);
    label->setObjectName(QStringLiteral("databaseLabel"));
    setCentralWidget(label);
    resize(1000, 700);
}

} // namespace jobprep::ui
