// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Which stored postings a new one would repeat: the same URL, or the same company and title.
#include "builders.h"
#include "core/postings/postingduplicates.h"
#include "tempdb.h"

#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {
QString u(const char *s)
{
    return QString::fromUtf8(s);
}
} // namespace

TEST(PostingDuplicates, UrlsAreComparedWithoutCaseOfHostFragmentOrTrailingSlash)
{
    EXPECT_EQ(PostingDuplicates::urlKey(u("HTTPS://Careers.Kakao.com/jobs/P-1/#apply")),
              PostingDuplicates::urlKey(u("https://careers.kakao.com/jobs/P-1")));
    // The path and the query are the page: they stay.
    EXPECT_NE(PostingDuplicates::urlKey(u("https://toss.im/career?job_id=42")),
              PostingDuplicates::urlKey(u("https://toss.im/career?job_id=43")));
    EXPECT_NE(PostingDuplicates::urlKey(u("https://toss.im/Career")),
              PostingDuplicates::urlKey(u("https://toss.im/career")));
    EXPECT_EQ(PostingDuplicates::urlKey(u("  ")), QString());
    EXPECT_EQ(PostingDuplicates::titleKey(u(" Data   Analyst ")),
              PostingDuplicates::titleKey(u("data analyst")));
}

TEST(PostingDuplicates, FindsTheSameUrlAnywhereAndTheSameTitleAtTheSameCompany)
{
    TempDb db;
    const Id toss = db.w().addCompany(makeCompany(u("Toss")));
    const Id kakao = db.w().addCompany(makeCompany(u("카카오")));
    Posting a = makePosting(toss, u("Data Analyst"), {}, {});
    a.url = u("https://toss.im/career?job_id=42");
    const Id first = db.w().addPosting(a);
    db.w().addPosting(makePosting(kakao, u("Data Analyst"), {}, {}));

    const QList<Posting> sameTitle =
        PostingDuplicates::find(db.store(), u("toss"), u("data analyst"), QString());
    ASSERT_EQ(sameTitle.size(), 1);
    EXPECT_EQ(sameTitle[0].id, first);
    const QList<Posting> sameUrl =
        PostingDuplicates::find(db.store(), u("새 회사"), u("DA"), u("https://TOSS.im/career/?job_id=42"));
    ASSERT_EQ(sameUrl.size(), 1);
    EXPECT_EQ(sameUrl[0].id, first);
    EXPECT_TRUE(PostingDuplicates::find(db.store(), u("Toss"), u("Data Engineer"),
                                        u("https://toss.im/career?job_id=7"))
                    .isEmpty());
    EXPECT_TRUE(PostingDuplicates::find(db.store(), u("새 회사"), u("Data Analyst"), QString()).isEmpty());
}
