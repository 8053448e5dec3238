// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace jobprep::secrets {

// Passwords live in the system keyring through QtKeychain (the Secret Service of GNOME or KDE,
// KWallet), never in the database or QSettings: QtKeychain's plain-text fallback stays off. Without
// a keyring (a bare server, a CI machine, offscreen tests) every call ends with an error that says
// so and what to do instead: `jobprep-cli calendar sync --password-file FILE`, or typing the
// password in the app for the session.

// The keyring entry of an account: one per user and server.
QString keyFor(const QString &url, const QString &user);

using ReadDone = std::function<void(const QString &password, const QString &error)>;
using WriteDone = std::function<void(const QString &error)>;
// Asynchronous; the callback runs on `context`'s thread, once, unless context is gone.
void readPassword(const QString &key, QObject *context, ReadDone done);
void writePassword(const QString &key, const QString &password, QObject *context, WriteDone done);
void deletePassword(const QString &key, QObject *context, WriteDone done);

// The same, waiting in a local event loop (the CLI).
QString readPasswordNow(const QString &key, QString *error);
QString writePasswordNow(const QString &key, const QString &password); // the error, empty when stored

// The first line of a file (`-`: standard input), for scripts and machines without a keyring.
// Empty with *error naming the file when it cannot be read or is empty.
QString readPasswordFile(const QString &path, QString *error);

} // namespace jobprep::secrets
