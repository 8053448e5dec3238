// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The JSON import's field reading (importreader.cpp) on simdjson's On-Demand reader: each member
// of an object in file order, typed and checked, with messages that name the path of the value
// ("tasks[3].due"). Members the import does not use are still read through, so that anything in the
// file that is no JSON is refused wherever it is. Internal to core.
#pragma once

#include "core/domain/enums.h"
#include "jsondocument.h"
#include "jsoniotext.h"

#include <array>
#include <optional>
#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVarLengthArray>
#include <string_view>
#include <vector>

namespace jobprep::importfields {

namespace od = simdjson::ondemand;

// Where a value sits in the file, as messages name it ("tasks[3]", "postings[0].lines[2].text"): one
// step (a member's name or an element's index) after its parent's. Put together only when a message
// needs it: an import of 100 000 tasks names none of them.
struct Where
{
    const Where *parent = nullptr; // nullptr: the top-level object itself
    std::string_view name;         // a member's name, when index < 0
    int index = -1;                // an array element's index
    int depth = 1;                 // levels of nesting, the top-level object's being 1

    Where member(std::string_view key) const { return {this, key, -1, depth + 1}; }
    Where element(int i) const { return {this, {}, i, depth + 1}; }
    QString text() const; // "" for the top-level object
};

// Reads a value the import does not use through to its end, refusing anything that is no JSON.
void checkValue(JsonDocument &doc, od::value value, const Where &where);
// The names of an object's members the import does not use (they stay in the document's buffers
// while it is read): usually none or one.
using OtherNames = QVarLengthArray<std::string_view, 4>;
// False when `key` is among `others` already; adds it otherwise.
bool noteOther(OtherNames &others, std::string_view key);
// "tasks[3]", or "the top-level object".
QString objectName(const Where &where);

// One member's value, read as the import reads its fields. Each reads the value once.
class Field
{
public:
    Field(JsonDocument &doc, od::value &value, const Where &where)
        : m_doc(doc), m_value(value), m_where(where)
    {
    }

    [[noreturn]] void fail(const QString &what) const; // "<path>: what"
    // The value is no JSON (a misspelled number, a bad escape…): "<path>: line L, column C: …".
    [[noreturn]] void failSyntax(simdjson::error_code error);

    bool isNull(); // true for null (read past), false for any other value (left to read)
    // The text, or empty for null; refused: another type, more than max characters, a NUL character.
    QString str(int max = 100000);
    // The same, but null or blank text is refused.
    QString requiredStr(int max);
    // The UTF-8 bytes of a string (unescaped), or nullopt for null; refused: another type.
    std::optional<std::string_view> utf8();
    // utf8() as str() takes it.
    QString checked(std::string_view utf8, int max = 100000) const;
    QDate date(); // "YYYY-MM-DD"; null: invalid
    // QDateTime::fromString(text, Qt::ISODate), by hand for what isoDateTimeText writes
    // ("2026-11-28T09:00:00", with a "Z" when in UTC).
    QDateTime timestamp();
    double number(double def, double min, double max); // null: def
    bool flag(bool def);                               // true or false; null: def
    bool number(double &out);                          // false for a value of another type (read through)
    template <typename E> E enumValue(E def)
    {
        // Spelled exactly as written (the usual case): no QString, no case-insensitive comparison.
        static const std::vector<QByteArray> names = utf8Names(allNames<E>()); // in the order of the values
        const std::optional<std::string_view> text = utf8();
        if (!text || text->empty())
            return def;
        for (std::size_t i = 0; i < names.size(); ++i)
            if (std::string_view(names[i].constData(), std::size_t(names[i].size())) == *text)
                return static_cast<E>(i);
        const QString s = QString::fromUtf8(text->data(), qsizetype(text->size()));
        const auto e = fromString<E>(s);
        if (!e)
            fail(JsonIo::tr("\"%1\" is not one of: %2").arg(s, allNames<E>().join(QStringLiteral(", "))));
        return *e;
    }
    // The array, or false for null; refused: another type.
    bool array(od::array &out);
    // The object, or false for a value of another type (read through).
    bool object(od::object &out);
    const Where &where() const { return m_where; }

private:
    static std::vector<QByteArray> utf8Names(const QStringList &names);
    od::json_type type();
    void expectNull();
    // The value as out's type when it is of `type`; false for any other value, read through.
    template <typename T> bool take(od::json_type type, T &out);
    // A value of another type than the field takes: refused with `what`, once it is read through.
    [[noreturn]] void failType(const QString &what);

    JsonDocument &m_doc;
    od::value &m_value;
    const Where &m_where;
};

// Calls f(i, field) for each member of `object` named names[i], in file order; reads every other
// member through (checkValue). A name given twice in one object is refused. Returns the names
// seen, bit i for names[i].
template <std::size_t N, typename F>
quint32 readMembers(JsonDocument &doc, od::object &object, const Where &where,
                    const std::array<std::string_view, N> &names, F &&f)
{
    static_assert(N <= 32);
    quint32 seen = 0;
    OtherNames others;
    for (auto member : object) {
        od::field field;
        if (const simdjson::error_code e = std::move(member).get(field))
            doc.fail(e);
        const char *keyAt = field.key().raw() - 1; // its opening quote
        std::optional<std::string_view> key = JsonDocument::plainString(keyAt + 1);
        if (!key)
            if (const simdjson::error_code e = field.unescaped_key().get(key.emplace()))
                doc.fail(e, keyAt);
        const Where at = where.member(*key);
        std::size_t i = 0;
        while (i < N && names[i] != *key)
            ++i;
        const bool repeated = i < N ? (seen & (1u << i)) != 0 : !noteOther(others, *key);
        if (repeated)
            doc.fail(keyAt,
                     JsonIo::tr("\"%1\" appears twice in %2")
                         .arg(QString::fromUtf8(key->data(), qsizetype(key->size())), objectName(where)));
        if (i < N) {
            seen |= 1u << i;
            Field value(doc, field.value(), at);
            f(int(i), value);
        } else {
            checkValue(doc, field.value(), at);
        }
    }
    return seen;
}

// Calls f(object, where) for each element of `array`, each of which must be an object.
template <typename F> void forEachObject(JsonDocument &doc, od::array &array, const Where &arrayWhere, F &&f)
{
    int i = 0;
    for (auto element : array) {
        od::value value;
        if (const simdjson::error_code e = std::move(element).get(value))
            doc.fail(e);
        const Where where = arrayWhere.element(i++);
        Field field(doc, value, where);
        od::object object;
        if (!field.object(object))
            field.fail(JsonIo::tr("must be an object"));
        f(object, where);
    }
}

} // namespace jobprep::importfields
