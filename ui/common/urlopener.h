// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <QUrl>

namespace jobprep::ui {

// Opens a web address in the user's browser (QDesktopServices), behind a seam tests replace, so
// that no test starts a browser. Only http and https addresses are opened: a posting's URL is
// pasted text, and a file: or other address could start a program instead of showing a page.
class UrlOpener
{
public:
    // Whether `text` is an address open() would open.
    static bool isWebAddress(const QString &text);
    // False (and nothing opened) for an address that is not one, or when the system cannot.
    static bool open(const QString &text);

    using Opener = std::function<bool(const QUrl &url)>;
    // Replaces QDesktopServices::openUrl (empty: the real one again).
    static void setOpener(Opener opener);
};

} // namespace jobprep::ui
