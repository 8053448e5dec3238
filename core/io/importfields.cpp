// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "importfields.h"
#include "core/domain/dates.h"
#include "jsonio.h"

#include <algorithm>

namespace jobprep::importfields {

using simdjson::error_code;

QString Where::text() const
{
    if (!parent)
        return {};
    QString s = parent->text();
    if (index >= 0)
        return s + QStringLiteral("[%1]").arg(index);
    if (!s.isEmpty())
        s += QLatin1Char('.');
    return s + QString::fromUtf8(name.data(), qsizetype(name.size()));
}

QString objectName(const Where &where)
{
    const QString text = where.text();
    return text.isEmpty() ? JsonIo::tr("the top-level object") : text;
}

bool noteOther(OtherNames &others, std::string_view key)
{
    if (std::find(others.cbegin(), others.cend(), key) != others.cend())
        return false;
    others.append(key);
    return true;
}

void checkValue(JsonDocument &doc, od::value value, const Where &where)
{
    const char *at = value.raw_json_token().data();
    if (where.depth > JsonDocument::kMaxDepth)
        doc.fail(at, JsonDocument::describe(simdjson::DEPTH_ERROR));
    od::json_type type;
    if (const error_code e = value.type().get(type))
        doc.fail(e, at);
    error_code e = simdjson::SUCCESS;
    switch (type) {
    case od::json_type::object: {
        od::object object;
        if ((e = value.get_object().get(object)))
            break;
        readMembers(doc, object, where, std::array<std::string_view, 0>{}, [](int, Field &) {});
        return;
    }
    case od::json_type::array: {
        od::array array;
        if ((e = value.get_array().get(array)))
            break;
        int i = 0;
        for (auto element : array) {
            od::value v;
            if ((e = std::move(element).get(v)))
                doc.fail(e);
            checkValue(doc, v, where.element(i++));
        }
        return;
    }
    case od::json_type::number:
        e = value.get_double().error();
        break;
    case od::json_type::string:
        e = value.get_string().error();
        break;
    case od::json_type::boolean:
        e = value.get_bool().error();
        break;
    case od::json_type::null: {
        bool null = false;
        e = value.is_null().get(null);
        if (!e && !null)
            e = simdjson::N_ATOM_ERROR;
        break;
    }
    }
    if (e)
        doc.fail(e, at);
}

void Field::fail(const QString &what) const
{
    throw ImportError(QStringLiteral("%1: %2").arg(m_where.text(), what));
}

void Field::failSyntax(simdjson::error_code error)
{
    fail(QStringLiteral("%1: %2").arg(m_doc.lineColumn(m_value.raw_json_token().data()),
                                      JsonDocument::describe(error)));
}

void Field::failType(const QString &what)
{
    checkValue(m_doc, m_value, m_where); // a misspelled value is a syntax error, not one of the wrong type
    fail(what);
}

od::json_type Field::type()
{
    od::json_type type;
    if (const error_code e = m_value.type().get(type))
        failSyntax(e);
    return type;
}

void Field::expectNull()
{
    bool null = false;
    if (const error_code e = m_value.is_null().get(null))
        failSyntax(e);
    if (!null)
        failSyntax(simdjson::N_ATOM_ERROR);
}

bool Field::isNull()
{
    if (type() != od::json_type::null)
        return false;
    expectNull();
    return true;
}

std::optional<std::string_view> Field::utf8()
{
    switch (type()) {
    case od::json_type::null:
        expectNull();
        return std::nullopt;
    case od::json_type::string: {
        // Most strings have no escape: their bytes in the file are the text, and simdjson need not
        // copy them.
        if (const auto plain = JsonDocument::plainString(m_value.raw_json_token())) {
            (void)m_value.get_raw_json_string(); // moves past it
            return plain;
        }
        std::string_view text;
        if (const error_code e = m_value.get_string().get(text))
            failSyntax(e);
        return text;
    }
    default:
        failType(JsonIo::tr("must be a string"));
    }
}

QString Field::str(int max)
{
    const std::optional<std::string_view> text = utf8();
    return text ? checked(*text, max) : QString();
}

QString Field::checked(std::string_view utf8, int max) const
{
    const QString s = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    if (s.size() > max)
        fail(JsonIo::tr("is %1 characters long; at most %2 are allowed").arg(s.size()).arg(max));
    if (s.contains(QChar(0)))
        fail(JsonIo::tr("contains a NUL character"));
    return s;
}

QString Field::requiredStr(int max)
{
    if (isNull())
        fail(JsonIo::tr("is missing"));
    const QString s = str(max);
    if (s.trimmed().isEmpty())
        fail(JsonIo::tr("must not be empty"));
    return s;
}

QDate Field::date()
{
    const std::optional<std::string_view> text = utf8();
    if (!text || text->empty())
        return {};
    // The usual plain "YYYY-MM-DD" without making a QString of it.
    if (text->size() == 10) {
        char16_t ascii[10];
        std::copy(text->cbegin(), text->cend(), ascii);
        if (std::all_of(text->cbegin(), text->cend(), [](char c) { return uchar(c) < 0x80; }))
            if (const auto d = parseIsoDate(QStringView(ascii, 10)))
                return *d;
    }
    const QString s = QString::fromUtf8(text->data(), qsizetype(text->size()));
    const auto d = parseIsoDate(s);
    if (!d)
        fail(JsonIo::tr("\"%1\" is not a valid date (YYYY-MM-DD)").arg(s));
    return *d;
}

QDateTime Field::timestamp()
{
    const std::optional<std::string_view> text = utf8();
    if (!text)
        return {};
    const std::string_view s = *text;
    if (s.size() == 19 || (s.size() == 20 && s[19] == 'Z')) {
        bool ok = s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':';
        auto num = [&](std::size_t at, std::size_t width) {
            int n = 0;
            for (std::size_t i = at; i < at + width; ++i) {
                ok = ok && s[i] >= '0' && s[i] <= '9';
                n = n * 10 + (s[i] - '0');
            }
            return n;
        };
        const int year = num(0, 4), month = num(5, 2), day = num(8, 2);
        const int hour = num(11, 2), minute = num(14, 2), second = num(17, 2);
        const QDate date = ok ? QDate(year, month, day) : QDate();
        if (date.isValid() && hour < 24 && minute < 60 && second < 60)
            return QDateTime(date, QTime(hour, minute, second), s.size() == 20 ? Qt::UTC : Qt::LocalTime);
    }
    return QDateTime::fromString(QString::fromUtf8(s.data(), qsizetype(s.size())), Qt::ISODate);
}

double Field::number(double def, double min, double max)
{
    if (isNull())
        return def;
    double n = 0;
    if (!number(n) || n < min || n > max)
        fail(JsonIo::tr("must be a number from %1 to %2").arg(min).arg(max));
    return n;
}

bool Field::flag(bool def)
{
    if (isNull())
        return def;
    bool b = def;
    if (!take(od::json_type::boolean, b))
        fail(JsonIo::tr("must be true or false"));
    return b;
}

bool Field::number(double &out)
{
    return take(od::json_type::number, out);
}

template <typename T> bool Field::take(od::json_type type, T &out)
{
    if (this->type() != type) {
        checkValue(m_doc, m_value, m_where);
        return false;
    }
    if (const error_code e = m_value.get(out))
        failSyntax(e);
    return true;
}

bool Field::array(od::array &out)
{
    switch (type()) {
    case od::json_type::null:
        expectNull();
        return false;
    case od::json_type::array:
        if (const error_code e = m_value.get_array().get(out))
            failSyntax(e);
        return true;
    default:
        failType(JsonIo::tr("must be an array"));
    }
}

bool Field::object(od::object &out)
{
    return take(od::json_type::object, out);
}

std::vector<QByteArray> Field::utf8Names(const QStringList &names)
{
    std::vector<QByteArray> out;
    for (const QString &name : names)
        out.push_back(name.toUtf8());
    return out;
}

} // namespace jobprep::importfields
