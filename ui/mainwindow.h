// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace jobprep {
class Store;
}

namespace jobprep::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);

private:
    Store &m_store;
};

} // namespace jobprep::ui
