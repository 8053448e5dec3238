// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "jsonfields.h"
#include "core/domain/dates.h"

namespace jobprep::jsonfields {

Reader::Reader(const JsonDom &dom, Index object, const Where &where) : m_dom(dom), m_object(object), m_where(where)
{
    // One pass over the members: each lookup then compares a few integers instead of names.
    m_count = dom.size(object);
    if (m_count > int(m_fields.size()))
        return; // unusual; value() asks the document
    Index k = JsonDom::first(object);
    for (int i = 0; i < m_count; ++i, k = dom.next(k + 1)) {
        QLatin1String name;
        if (dom.ascii(k, &name)) {
            const quint32 hash = keyHash(name);
            if (m_seen & bit(hash))
                for (int j = 0; j < i && !m_repeats; ++j)
                    m_repeats = m_fields[j].hash == hash;
            m_fields[i] = {hash, k + 1};
            m_seen |= bit(hash);
        } else if (dom.plain(k)) {
            m_fields[i] = {0, k + 1}; // a name with other characters matches no field
        } else {
            m_fields[i] = {kAnyName, k + 1}; // one with escapes might match any
            m_seen = ~quint64(0);
            m_repeats = true;
        }
    }
}

void Reader::fail(const QString &key, const QString &what) const
{
    throw ImportError(QStringLiteral("%1.%2: %3").arg(m_where.text(), key, what));
}

QString Reader::str(const char *key, bool required, int max) const
{
    const QLatin1String k(key);
    const Index v = value(key);
    if (m_dom.isNull(v)) {
        if (required)
            fail(k, JsonIo::tr("is missing"));
        return {};
    }
    if (m_dom.type(v) != JsonDom::Type::String)
        fail(k, JsonIo::tr("must be a string"));
    const QString s = m_dom.string(v);
    if (required && s.trimmed().isEmpty())
        fail(k, JsonIo::tr("must not be empty"));
    if (s.size() > max)
        fail(k, JsonIo::tr("is %1 characters long; at most %2 are allowed").arg(s.size()).arg(max));
    if (s.contains(QChar(0)))
        fail(k, JsonIo::tr("contains a NUL character"));
    return s;
}

QDate Reader::date(const char *key) const
{
    // The usual plain "YYYY-MM-DD" without making a QString of it.
    char16_t text[10];
    if (asciiInto(value(key), text, 10) == 10)
        if (const auto d = parseIsoDate(QStringView(text, 10)))
            return *d;
    const QString s = str(key);
    if (s.isEmpty())
        return {};
    const auto d = parseIsoDate(s);
    if (!d)
        fail(QLatin1String(key), JsonIo::tr("\"%1\" is not a valid date (YYYY-MM-DD)").arg(s));
    return *d;
}

QDateTime Reader::timestamp(const char *key) const
{
    QLatin1String s;
    const Index v = value(key);
    if (!m_dom.isNull(v) && m_dom.ascii(v, &s) && (s.size() == 19 || (s.size() == 20 && s[19] == QLatin1Char('Z')))) {
        const char *c = s.data();
        bool ok = c[4] == '-' && c[7] == '-' && c[10] == 'T' && c[13] == ':' && c[16] == ':';
        auto num = [&](int at, int width) {
            int n = 0;
            for (int i = at; i < at + width; ++i) {
                ok = ok && c[i] >= '0' && c[i] <= '9';
                n = n * 10 + (c[i] - '0');
            }
            return n;
        };
        const int year = num(0, 4), month = num(5, 2), day = num(8, 2);
        const int hour = num(11, 2), minute = num(14, 2), second = num(17, 2);
        const QDate date = ok ? QDate(year, month, day) : QDate();
        if (date.isValid() && hour < 24 && minute < 60 && second < 60)
            return QDateTime(date, QTime(hour, minute, second), s.size() == 20 ? Qt::UTC : Qt::LocalTime);
    }
    return QDateTime::fromString(str(key), Qt::ISODate);
}

double Reader::number(const char *key, double def, double min, double max) const
{
    const Index v = value(key);
    if (m_dom.isNull(v))
        return def;
    if (m_dom.type(v) != JsonDom::Type::Number || m_dom.number(v) < min || m_dom.number(v) > max)
        fail(QLatin1String(key), JsonIo::tr("must be a number from %1 to %2").arg(min).arg(max));
    return m_dom.number(v);
}

JsonDom::Index Reader::array(const char *key) const
{
    const Index v = value(key);
    if (m_dom.isNull(v))
        return JsonDom::npos;
    if (m_dom.type(v) != JsonDom::Type::Array)
        fail(QLatin1String(key), JsonIo::tr("must be an array"));
    return v;
}

int Reader::asciiInto(Index v, char16_t *out, int room) const
{
    QLatin1String s;
    if (m_dom.isNull(v) || !m_dom.ascii(v, &s) || s.size() > room)
        return -1;
    for (qsizetype i = 0; i < s.size(); ++i)
        out[i] = char16_t(uchar(s.data()[i]));
    return int(s.size());
}

QString lineColumn(const QByteArray &json, int offset)
{
    int line = 1, col = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            col = 1;
        } else if ((json[i] & 0xC0) != 0x80) {
            ++col;
        }
    }
    return JsonIo::tr("line %1, column %2").arg(line).arg(col);
}

} // namespace jobprep::jsonfields
