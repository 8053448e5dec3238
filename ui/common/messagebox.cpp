// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "messagebox.h"

#include <QMessageBox>
#include <QPushButton>

namespace jobprep::ui {
namespace {

bool g_testMode = false;
bool g_nextAnswer = true;
QStringList g_shown;
MessageBox::Chooser g_chooser;

} // namespace

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    if (g_testMode) {
        g_shown << QStringLiteral("%1: %2").arg(title, text);
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (g_testMode) {
        g_shown << QStringLiteral("%1: %2").arg(title, text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

bool MessageBox::question(QWidget *parent, const QString &title, const QString &text)
{
    if (g_testMode) {
        g_shown << QStringLiteral("%1: %2").arg(title, text);
        return g_nextAnswer;
    }
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

int MessageBox::choose(QWidget *parent, Icon icon, const QString &title, const QString &text, const QStringList &buttons)
{
    if (g_chooser)
        return g_chooser(text, buttons);
    if (g_testMode) {
        g_shown << QStringLiteral("%1: %2").arg(title, text);
        return int(buttons.size()) - 1;
    }
    const QMessageBox::Icon icons[] = {QMessageBox::Information, QMessageBox::Warning, QMessageBox::Critical};
    QMessageBox box(icons[int(icon)], title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> added;
    for (int i = 0; i < buttons.size(); ++i)
        added << box.addButton(buttons[i], i + 1 == buttons.size() ? QMessageBox::RejectRole : QMessageBox::AcceptRole);
    if (!added.isEmpty())
        box.setEscapeButton(added.last());
    box.exec();
    return int(added.indexOf(box.clickedButton()));
}

void MessageBox::setChooser(Chooser chooser) { g_chooser = std::move(chooser); }

void MessageBox::setTestMode(bool on) { g_testMode = on; }
void MessageBox::setNextAnswer(bool yes) { g_nextAnswer = yes; }

QStringList MessageBox::takeShownMessages()
{
    QStringList out;
    out.swap(g_shown);
    return out;
}

} // namespace jobprep::ui
