// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "core/sqlite/backup.h"
#include "startup.h"
#include "storetestaccess.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace jobprep;
using jobprep::gui::Startup;

namespace {

struct Asked
{
    QString text;
    QStringList buttons;
};

// Answers every question with `answer` and remembers what was asked.
class StartupTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QList<Asked> asked;
    int answer = 0;
    QString path() const { return dir.filePath(QStringLiteral("jobprep.sqlite")); }

    void SetUp() override
    {
        Startup::setAskForTest([this](const QString &text, const QStringList &buttons) {
            asked.append({text, buttons});
            return answer;
        });
    }
    void TearDown() override
    {
        Startup::setAskForTest({});
        Startup::setNewFileForTest({});
    }
};

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void scribble(const QString &path)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray("this is not a database any more\n").repeated(300));
}

} // namespace

TEST_F(StartupTest, TakesADailyBackupOnceADay)
{
    {
        Startup s(path());
        ASSERT_TRUE(s.open());
    }
    {
        Startup s(path());
        ASSERT_TRUE(s.open());
    }
    EXPECT_EQ(BackupFolder(path()).list().size(), 1);
    EXPECT_TRUE(asked.isEmpty());
}

TEST_F(StartupTest, ASecondWindowIsToldTheFileIsInUse)
{
    Startup first(path());
    auto store = first.open();
    ASSERT_TRUE(store);
    Startup second(path());
    EXPECT_FALSE(second.open());
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked[0].text.contains(QStringLiteral("already open"))) << asked[0].text.toStdString();
    EXPECT_TRUE(asked[0].text.contains(QString::number(QCoreApplication::applicationPid())));
    store.reset();
}

TEST_F(StartupTest, DamagedFileOffersTheNewestBackupWithItsDateAndOpensIt)
{
    const QDateTime taken(QDate(2026, 11, 27), QTime(21, 5));
    {
        Store store(path());
        test::writer(store).addTask(test::makeTask(QStringLiteral("포트폴리오 정리")));
        BackupFolder folder(path());
        store.backUp(folder, taken);
    }
    scribble(path());
    const QByteArray damaged = hashOf(path());
    answer = 0; // "Open the newest backup"
    Startup s(path());
    auto store = s.open();
    ASSERT_TRUE(store) << asked.last().text.toStdString();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked[0].buttons[0].contains(QLocale().toString(taken, QLocale::ShortFormat)))
        << asked[0].buttons[0].toStdString();
    EXPECT_TRUE(asked[0].text.contains(QStringLiteral("not a JobPrep database"))) << asked[0].text.toStdString();
    EXPECT_EQ(store->tasks().size(), 1);
    // The damaged file is kept, byte for byte, in the backups folder.
    const QStringList kept = QDir(BackupFolder::defaultFolder(path()))
                                 .entryList({QStringLiteral("jobprep-damaged-*.sqlite")}, QDir::Files);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(hashOf(QDir(BackupFolder::defaultFolder(path())).filePath(kept[0])), damaged);
}

TEST_F(StartupTest, DamagedFileCanBeLeftAloneForANewFile)
{
    scribble(path());
    const QByteArray damaged = hashOf(path());
    const QString fresh = dir.filePath(QStringLiteral("새 계획.sqlite"));
    Startup::setNewFileForTest([fresh] { return fresh; });
    answer = 0; // no backup exists: "Start a new file…" is the first button
    Startup s(path());
    auto store = s.open();
    ASSERT_TRUE(store);
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked[0].buttons.size(), 2);
    EXPECT_TRUE(asked[0].text.contains(QStringLiteral("no backup"))) << asked[0].text.toStdString();
    EXPECT_EQ(store->path(), fresh);
    EXPECT_EQ(hashOf(path()), damaged);
}

TEST_F(StartupTest, QuitLeavesTheDamagedFileUntouched)
{
    scribble(path());
    const QByteArray damaged = hashOf(path());
    answer = 1; // "Quit"
    Startup s(path());
    EXPECT_FALSE(s.open());
    EXPECT_EQ(hashOf(path()), damaged);
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
