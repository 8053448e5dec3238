// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "urlopener.h"

#include <QDesktopServices>

namespace jobprep::ui {
namespace {

UrlOpener::Opener g_opener;

QUrl webUrl(const QString &text)
{
    // "www.wanted.co.kr/wd/1" as boards' share buttons copy it: a web address without its scheme.
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed.contains(QStringLiteral("://")) ? trimmed : QStringLiteral("https://") + trimmed,
                   QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return url;
}

} // namespace

bool UrlOpener::isWebAddress(const QString &text)
{
    return webUrl(text).isValid();
}

bool UrlOpener::open(const QString &text)
{
    const QUrl url = webUrl(text);
    if (!url.isValid())
        return false;
    return g_opener ? g_opener(url) : QDesktopServices::openUrl(url);
}

void UrlOpener::setOpener(Opener opener)
{
    g_opener = std::move(opener);
}

} // namespace jobprep::ui
