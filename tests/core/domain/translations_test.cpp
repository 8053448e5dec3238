// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Its own executable: installed translators stay for the rest of the process.
#include "builders.h"
#include "core/domain/translations.h"
#include "core/placement/placement.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace jobprep;

TEST(Translations, EnglishIsTheSourceLanguage)
{
    EXPECT_EQ(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(displayName(Stage::Applied), QStringLiteral("Applied"));
}

TEST(Translations, KoreanReachesCoreTextsAndTheCli)
{
    ASSERT_EQ(installTranslations(QStringLiteral("ko")), QStringLiteral("ko"));
    EXPECT_EQ(displayName(Stage::Applied), QStringLiteral("지원 완료"));
    EXPECT_EQ(displayName(Quadrant::DoFirst), QStringLiteral("지금 하기"));
    EXPECT_EQ(displayName(Section::Requirement), QStringLiteral("자격요건"));
    const Placement p = Placer(Settings()).place(test::makeTask(QStringLiteral("a")), {}, 0, QDate(2026, 11, 28));
    EXPECT_EQ(p.urgencyWhy.first().factor, QStringLiteral("마감 없음"));

    QTemporaryDir dir;
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JOBPREP_LANG"), QStringLiteral("ko"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(JOBPREP_CLI), {QStringLiteral("--db"), dir.filePath(QStringLiteral("t.sqlite")),
                                             QStringLiteral("board")});
    ASSERT_TRUE(cli.waitForFinished(30000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral("== 1 지금 하기 (할 일 0개, 0시간) =="))) << out.toStdString();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
