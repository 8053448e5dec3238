// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// What `jobprep --startup-benchmark` is compared with: an empty Qt Widgets window of the same size
// with four list views in two splitters, a title above each and a few rows in each, measured by
// the same code from process start to the first paint of the lists.
#include "startupbenchmark.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QStringListModel>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char *argv[])
{
    jobprep::gui::StartupBenchmark::markMainStarted();
    QApplication app(argc, argv);
    QWidget window;
    auto *rows = new QSplitter(Qt::Vertical);
    QList<QAbstractItemView *> views;
    for (int r = 0; r < 2; ++r) {
        auto *columns = new QSplitter(Qt::Horizontal, rows);
        for (int c = 0; c < 2; ++c) {
            auto *pane = new QWidget(columns);
            auto *layout = new QVBoxLayout(pane);
            layout->addWidget(new QLabel(QStringLiteral("Pane %1").arg(2 * r + c + 1)));
            auto *view = new QListView;
            QStringList items;
            for (int i = 1; i <= 20; ++i)
                items << QStringLiteral("Row %1").arg(i);
            view->setModel(new QStringListModel(items, view));
            view->setUniformItemSizes(true);
            layout->addWidget(view, 1);
            views << view;
        }
    }
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rows);
    const jobprep::gui::StartupBenchmark benchmark(views);
    window.resize(1280, 800); // the main window's default size
    window.show();
    return app.exec();
}
