// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The hand-written date readers/writers and the statement reuse must behave exactly like the
// general code they replace.
#include "core/domain/dates.h"
#include "core/sqlite/database.h"
#include "core/sqlite/dberror.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace jobprep;

namespace {

// Reads `text` back through SQLite as a date and as a date-time.
std::pair<QDate, QDateTime> readBack(Database &db, const QString &text)
{
    Statement st = db.prepare(QStringLiteral("SELECT ?1"));
    st.bind(1, text);
    EXPECT_TRUE(st.step());
    return {st.date(0), st.dateTime(0)};
}

} // namespace

TEST(SqliteFastPaths, DatesAndStampsReadExactlyAsQtParsesThem)
{
    Database db(QStringLiteral(":memory:"), Database::Mode::ReadWriteCreate);
    const QStringList samples{
        QStringLiteral("2026-11-28"),          QStringLiteral("2024-02-29"),          QStringLiteral("2026-02-30"),
        QStringLiteral("2026-13-01"),          QStringLiteral("2026/11/28"),          QStringLiteral("20261128"),
        QStringLiteral("2026-11-28T12:00:00"), QStringLiteral("2026-11-28T09:05:07Z"), QStringLiteral("2026-11-28T24:00:00"),
        QStringLiteral("2026-11-28T12:61:00"), QStringLiteral("2026-11-28T12:00:00+09:00"),
        QStringLiteral("2026-11-28T12:00:00.250"), QStringLiteral("abcd-ef-gh"), QStringLiteral("")};
    for (const QString &s : samples) {
        const auto [date, stamp] = readBack(db, s);
        EXPECT_EQ(date, QDate::fromString(s, Qt::ISODate)) << s.toStdString();
        const QDateTime qt = QDateTime::fromString(s, Qt::ISODate);
        EXPECT_EQ(stamp.isValid(), qt.isValid()) << s.toStdString();
        if (qt.isValid()) {
            EXPECT_EQ(stamp, qt) << s.toStdString();
            EXPECT_EQ(stamp.timeSpec(), qt.timeSpec()) << s.toStdString();
        }
    }
}

TEST(SqliteFastPaths, StampsAndDatesAreWrittenExactlyAsQtWritesThem)
{
    const QList<QDateTime> stamps{QDateTime(QDate(2026, 11, 28), QTime(12, 0)),
                                  QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC),
                                  QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678)),
                                  QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, 9 * 3600),
                                  QDateTime(QDate(99, 1, 2), QTime(3, 4, 5)), QDateTime()};
    for (const QDateTime &dt : stamps)
        EXPECT_EQ(isoDateTimeText(dt), dt.toString(Qt::ISODate)) << dt.toString().toStdString();

    Database db(QStringLiteral(":memory:"), Database::Mode::ReadWriteCreate);
    for (const QDate &d : {QDate(2026, 11, 28), QDate(1, 2, 3), QDate(2024, 2, 29)}) {
        Statement st = db.prepare(QStringLiteral("SELECT ?1"));
        st.bind(1, d);
        ASSERT_TRUE(st.step());
        EXPECT_EQ(st.text(0), d.toString(Qt::ISODate));
    }
}

TEST(SqliteFastPaths, AReusedStatementStartsFreshAndTwoAtOnceDoNotInterfere)
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("reuse.sqlite")), Database::Mode::ReadWriteCreate);
    db.exec(QStringLiteral("CREATE TABLE t(v INTEGER NOT NULL); INSERT INTO t VALUES(1),(2),(3)"));
    const QString sql = QStringLiteral("SELECT v FROM t WHERE v >= ?1 ORDER BY v");
    {
        Statement outer = db.prepare(sql);
        outer.bind(1, 2);
        ASSERT_TRUE(outer.step());
        Statement inner = db.prepare(sql); // the same text while the first is still stepping
        inner.bind(1, 1);
        ASSERT_TRUE(inner.step());
        EXPECT_EQ(inner.int32(0), 1);
        EXPECT_EQ(outer.int32(0), 2);
        ASSERT_TRUE(outer.step());
        EXPECT_EQ(outer.int32(0), 3);
    }
    // Reused: the old bindings and position are gone.
    Statement again = db.prepare(sql);
    EXPECT_FALSE(again.step()) << "NULL binding must match nothing";
    // A failed write leaves a statement that works again.
    Statement bad = db.prepare(QStringLiteral("INSERT INTO t(v) VALUES(?1)"));
    bad.bindNull(1);
    EXPECT_THROW(bad.run(), DbError);
    bad.reset();
    bad.bind(1, 4).run();
    Statement count = db.prepare(QStringLiteral("SELECT count(*) FROM t"));
    ASSERT_TRUE(count.step());
    EXPECT_EQ(count.int32(0), 4);
}

TEST(SqliteFastPaths, ParseIsoDateAcceptsExactlyTheStrictForm)
{
    // GIVEN the strict definition: four, two and two ASCII digits, a real calendar day
    auto reference = [](const QString &s) -> std::optional<QDate> {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
        const auto m = re.match(s);
        if (!m.hasMatch())
            return std::nullopt;
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    };
    const QStringList samples{QStringLiteral("2026-11-28"), QStringLiteral("2024-02-29"), QStringLiteral("2025-02-29"),
                              QStringLiteral("0000-01-01"), QStringLiteral("2026-00-10"), QStringLiteral("2026-1a-10"),
                              QStringLiteral("2026-11-2 "), QStringLiteral(" 2026-11-2"), QStringLiteral("2026/11/28"),
                              QString::fromUtf8("２０２６-11-28"), QString::fromUtf8("2026-11-２8"), QStringLiteral("9999-12-31")};
    for (const QString &s : samples)
        EXPECT_EQ(parseIsoDate(s), reference(s)) << s.toStdString();
}

TEST(SqliteFastPaths, GregorianDateIsQDateForEveryDayAndEveryInvalidOne)
{
    // Every year 1..2400 (all leap-year rules) and the last ones, every month and day number
    // around the real ones: the same Julian day as QDate, or invalid exactly where QDate is.
    int compared = 0;
    for (int y = -2; y <= 10001; ++y) {
        if (y == 2401)
            y = 9990;
        for (int m = 0; m <= 13; ++m)
            for (int d = 0; d <= 32; ++d) {
                const QDate qt(y, m, d);
                const QDate ours = gregorianDate(y, m, d);
                ASSERT_EQ(ours.isValid(), qt.isValid()) << y << "-" << m << "-" << d;
                ASSERT_EQ(ours.toJulianDay(), qt.toJulianDay()) << y << "-" << m << "-" << d;
                ++compared;
            }
    }
    EXPECT_GT(compared, 1000000);
}
