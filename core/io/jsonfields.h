// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The JSON import's field reading (importJson in jsonio.cpp): typed fields of one object, checked,
// with messages that name where in the file they are. Internal to core.
#pragma once

#include "core/domain/enums.h"
#include "jsondom.h"
#include "jsonio.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <array>

namespace jobprep {

// A translation context of its own, so lupdate and the runtime agree on its name.
struct JsonIo
{
    Q_DECLARE_TR_FUNCTIONS(jobprep::JsonIo)
};

namespace jsonfields {

// Where a value sits in the file, as error messages name it ("tasks[3]", "postings[0].lines[2]").
// Put together only when a message needs it: an import of 100 000 tasks names none of them.
struct Where
{
    const Where *parent = nullptr; // nullptr: the document itself
    const char *name = nullptr;
    int index = -1; // -1: the array itself, not one of its elements

    QString text() const
    {
        if (!name)
            return {};
        QString s = parent ? parent->text() : QString();
        if (!s.isEmpty())
            s += QLatin1Char('.');
        s += QLatin1String(name);
        if (index >= 0)
            s += QStringLiteral("[%1]").arg(index);
        return s;
    }
};

// Reads one object's fields with messages that name the path of the field.
class Reader
{
public:
    using Index = JsonDom::Index;
    Reader(const JsonDom &dom, Index object, const Where &where);

    [[noreturn]] void fail(const QString &key, const QString &what) const;
    // The member named `key` (the last one if the name repeats, as in QJsonObject), or npos.
    Index value(const char *key) const
    {
        const QLatin1String name(key);
        if (m_count > int(m_fields.size()))
            return m_dom.member(m_object, name);
        const quint32 hash = keyHash(name);
        if (!(m_seen & bit(hash)))
            return JsonDom::npos; // the usual answer for an optional field
        Index found = JsonDom::npos;
        for (int i = 0; i < m_count; ++i) {
            const Field &f = m_fields[i];
            if ((f.hash == hash || f.hash == kAnyName) && m_dom.stringIs(f.value - 1, name)) {
                found = f.value;
                if (!m_repeats)
                    break; // no name can come twice
            }
        }
        return found;
    }
    QString str(const char *key, bool required = false, int max = 100000) const;
    QDate date(const char *key) const;
    // QDateTime::fromString(str(key), Qt::ISODate), by hand for what isoDateTimeText writes
    // ("2026-11-28T09:00:00", with a "Z" when in UTC); anything else goes to Qt.
    QDateTime timestamp(const char *key) const;
    double number(const char *key, double def, double min, double max) const;
    template <typename E> E enumValue(const char *key, E def) const
    {
        // Spelled exactly as written (the usual case): no QString, no case-insensitive comparison.
        static const QStringList names = allNames<E>(); // in the order of the enum's values
        QLatin1String s0;
        if (const Index v = value(key); !m_dom.isNull(v) && m_dom.ascii(v, &s0) && !s0.isEmpty())
            for (qsizetype i = 0; i < names.size(); ++i)
                if (names[i] == s0)
                    return static_cast<E>(i);
        const QString s = str(key);
        if (s.isEmpty())
            return def;
        const auto e = fromString<E>(s);
        if (!e)
            fail(QLatin1String(key), JsonIo::tr("\"%1\" is not one of: %2").arg(s, allNames<E>().join(QStringLiteral(", "))));
        return *e;
    }
    // The array's index, or npos when the field is missing or null.
    Index array(const char *key) const;
    const Where &where() const { return m_where; }

private:
    struct Field
    {
        quint32 hash = 0;
        Index value = 0;
    };
    static constexpr quint32 kAnyName = ~0u;
    static quint64 bit(quint32 hash) { return quint64(1) << ((hash ^ hash >> 8 ^ hash >> 16) & 63); }
    // Length, first and last character: enough to tell this file format's field names apart.
    static quint32 keyHash(QLatin1String name)
    {
        if (name.isEmpty())
            return 1;
        return quint32(name.size()) << 16 | quint32(uchar(name.front().toLatin1())) << 8 |
               quint32(uchar(name.back().toLatin1()));
    }

    // A plain ASCII string of at most `room` characters copied into `out`: its length, or -1.
    int asciiInto(Index v, char16_t *out, int room) const;

    const JsonDom &m_dom;
    Index m_object;
    const Where &m_where;
    int m_count = 0;
    std::array<Field, 24> m_fields;
    quint64 m_seen = 0;     // a bit for each field name's hash
    bool m_repeats = false; // two names with the same hash: a name may repeat
};

// Calls f(element, where) for each element of the array `array` (npos: none), which must be objects.
// firstIndex: the index in the file of the array's first element (a run of a longer array).
template <typename F>
void forEachObject(const JsonDom &dom, JsonDom::Index array, const Where &arrayWhere, int firstIndex, F f)
{
    if (array == JsonDom::npos)
        return;
    JsonDom::Index e = JsonDom::first(array);
    for (int i = 0, n = dom.size(array); i < n; ++i, e = dom.next(e)) {
        if (dom.type(e) != JsonDom::Type::Object)
            throw ImportError(QStringLiteral("%1[%2]: %3")
                                  .arg(arrayWhere.text())
                                  .arg(firstIndex + i)
                                  .arg(JsonIo::tr("must be an object")));
        const Where where{arrayWhere.parent, arrayWhere.name, firstIndex + i};
        f(Reader(dom, e, where));
    }
}
template <typename F> void forEachObject(const JsonDom &dom, JsonDom::Index array, const Where &arrayWhere, F f)
{
    forEachObject(dom, array, arrayWhere, 0, std::move(f));
}

// "line L, column C" of a byte offset into the file, for QJsonDocument's syntax errors.
QString lineColumn(const QByteArray &json, int offset);

} // namespace jsonfields
} // namespace jobprep
