// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingduplicates.h"
#include "core/store/store.h"

#include <QUrl>

namespace jobprep {

QString PostingDuplicates::urlKey(const QString &url)
{
    const QString trimmed = url.trimmed();
    QUrl u(trimmed, QUrl::TolerantMode);
    if (trimmed.isEmpty() || !u.isValid() || u.host().isEmpty())
        return trimmed;
    u.setScheme(u.scheme().toLower());
    u.setHost(u.host().toLower());
    u.setFragment(QString());
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    u.setPath(path);
    return u.toString(QUrl::FullyEncoded);
}

QString PostingDuplicates::titleKey(const QString &title)
{
    return title.simplified().toCaseFolded();
}

QList<Posting> PostingDuplicates::find(Store &store, const QString &companyName, const QString &title,
                                       const QString &url)
{
    const QString wantedUrl = urlKey(url);
    const QString wantedTitle = titleKey(title);
    const auto company =
        companyName.trimmed().isEmpty() ? std::nullopt : store.companyByName(companyName.trimmed());
    QList<Posting> out;
    for (const Posting &p : store.postingHeads()) {
        const bool sameUrl = !wantedUrl.isEmpty() && urlKey(p.url) == wantedUrl;
        const bool sameTitle = company && p.companyId == company->id && titleKey(p.title) == wantedTitle;
        if (sameUrl || sameTitle)
            out.append(p);
    }
    return out;
}

} // namespace jobprep
