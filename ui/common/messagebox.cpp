// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "messagebox.h"

#include <QMessageBox>

namespace jobprep::ui {
namespace {

bool g_testMode = false;
bool g_nextAnswer = true;
QStringList g_shown;

} // namespace

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    if (g_testMode) {
        g_shown << QStringLiteral("%1: %2").arg(title, text);
        return;
    }
    QMessageBox::critical(parent, title, text);
}

bool MessageBox::question(QWidget *parent, const QString &title, const QString &text)
{
    if (g_testMode) {
        g_shown << QStringLiteral("%1: %2").arg(title, text);
        return g_nextAnswer;
    }
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

void MessageBox::setTestMode(bool on) { g_testMode = on; }
void MessageBox::setNextAnswer(bool yes) { g_nextAnswer = yes; }

QStringList MessageBox::takeShownMessages()
{
    QStringList out;
    out.swap(g_shown);
    return out;
}

} // namespace jobprep::ui
