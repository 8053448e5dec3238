// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// JsonDom's reading side: the strings, members and values of a parsed document, and the
// conversions from and to QJsonDocument's values. The parser is in jsondomparser.cpp.
#include "jsondom.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <charconv>
#include <cstring>

namespace jobprep {

void JsonDom::addQJson(const QJsonValue &v)
{
    const Index self = Index(m_nodes.size());
    m_nodes.emplace_back();
    switch (v.type()) {
    case QJsonValue::Bool:
        m_nodes[self].type = Type::Bool;
        m_nodes[self].flag = v.toBool();
        return;
    case QJsonValue::Double:
        m_nodes[self].type = Type::Number;
        if (const qint64 n = v.toInteger(); QJsonValue(n) == v) {
            m_nodes[self].flag = 1;
            m_nodes[self].integer = n;
        } else {
            m_nodes[self].number = v.toDouble();
        }
        return;
    case QJsonValue::String:
        m_nodes[self].type = Type::String;
        m_nodes[self].flag = Owned;
        m_nodes[self].span.offset = quint32(m_owned.size());
        m_owned.append(v.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        m_nodes[self].type = Type::Array;
        for (const QJsonValue e : a)
            addQJson(e);
        m_nodes[self].count = quint32(a.size());
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        m_nodes[self].type = Type::Object;
        // Two names can read the same here ("\uFEFFname" written raw, and "name"): QJsonObject::value
        // finds the exact one, which is the one kept.
        QSet<QString> names;
        quint32 count = 0;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString name = it.key();
            if (names.contains(name))
                continue;
            names.insert(name);
            addQJson(name);
            addQJson(o.value(name));
            ++count;
        }
        m_nodes[self].count = count;
        break;
    }
    default:
        return; // Null (and Undefined, which a parsed document never holds)
    }
    m_nodes[self].span.end = Index(m_nodes.size());
}

JsonDom JsonDom::fromQJson(const QJsonDocument &doc)
{
    JsonDom dom;
    if (doc.isArray())
        dom.addQJson(doc.array());
    else
        dom.addQJson(doc.object());
    return dom;
}

bool JsonDom::ascii(Index i, QLatin1String *out) const
{
    const Node &n = m_nodes[i];
    if (n.type != Type::String || n.flag != Ascii)
        return false;
    *out = QLatin1String(m_json.constData() + n.span.offset, qsizetype(n.count));
    return true;
}

bool JsonDom::plainBytes(Index i, QByteArrayView *out) const
{
    const Node &n = m_nodes[i];
    if (n.type != Type::String || (n.flag != Ascii && n.flag != Utf8))
        return false;
    *out = QByteArrayView(m_json.constData() + n.span.offset, qsizetype(n.count));
    return true;
}

QString JsonDom::string(Index i) const
{
    const Node &n = m_nodes[i];
    const char *s = m_json.constData() + n.span.offset;
    switch (n.flag) {
    case Ascii: return QString::fromLatin1(s, qsizetype(n.count));
    case Utf8: return QString::fromUtf8(s, qsizetype(n.count));
    case Owned: return m_owned.at(n.span.offset);
    default: break;
    }
    // Escaped: the parser checked every escape already.
    QString out;
    out.reserve(qsizetype(n.count));
    const char *end = s + n.count;
    while (s < end) {
        const char *run = s;
        while (s < end && *s != '\\')
            ++s;
        // QString::fromUtf8 drops a byte order mark at the start of what it converts; Qt's
        // parser reads a string with escapes character by character and keeps every one.
        while (s - run >= 3 && memcmp(run, "\xEF\xBB\xBF", 3) == 0) {
            out.append(QChar(0xFEFF));
            run += 3;
        }
        if (s > run)
            out += QString::fromUtf8(run, s - run);
        if (s >= end)
            break;
        const char e = s[1];
        char16_t c = 0;
        switch (e) {
        case 'b': c = 0x8; break;
        case 'f': c = 0xC; break;
        case 'n': c = 0xA; break;
        case 'r': c = 0xD; break;
        case 't': c = 0x9; break;
        case 'u': {
            unsigned value = 0; // the parser checked that four hex digits follow
            std::from_chars(s + 2, s + 6, value, 16);
            c = char16_t(value);
            s += 4;
            break;
        }
        default: c = char16_t(e); break; // " \ /
        }
        out.append(QChar(c)); // a lone surrogate stays, as in QJsonDocument
        s += 2;
    }
    return out;
}

bool JsonDom::stringIs(Index key, QLatin1String name) const
{
    const Node &n = m_nodes[key];
    if (n.flag == Ascii || n.flag == Utf8)
        return n.count == quint32(name.size()) && memcmp(m_json.constData() + n.span.offset, name.data(), n.count) == 0;
    return string(key) == name;
}

JsonDom::Index JsonDom::member(Index object, QLatin1String key) const
{
    Index found = npos;
    const Index end = m_nodes[object].span.end;
    for (Index k = first(object); k < end;) {
        const Index v = k + 1;
        if (stringIs(k, key))
            found = v;
        k = next(v);
    }
    return found;
}

QJsonValue JsonDom::toQJson(Index i) const
{
    switch (type(i)) {
    case Type::Null: return QJsonValue(QJsonValue::Null);
    case Type::Bool: return boolean(i);
    case Type::Number: return m_nodes[i].flag ? QJsonValue(m_nodes[i].integer) : QJsonValue(m_nodes[i].number);
    case Type::String: return string(i);
    case Type::Array: {
        QJsonArray a;
        for (Index e = first(i), n = 0; n < m_nodes[i].count; e = next(e), ++n)
            a.append(toQJson(e));
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        for (Index k = first(i), n = 0; n < m_nodes[i].count; k = next(k + 1), ++n)
            o.insert(string(k), toQJson(k + 1)); // a repeated key: the last one stays, as in Qt
        return o;
    }
    }
    return {};
}

bool JsonDom::sameReading(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case QJsonValue::Bool: return a.toBool() == b.toBool();
    case QJsonValue::Double: return a.toDouble() == b.toDouble() && a.toInteger() == b.toInteger();
    case QJsonValue::String: return a.toString() == b.toString();
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!sameReading(x.at(i), y.at(i)))
                return false;
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList kx = x.keys(), ky = y.keys();
        kx.removeDuplicates();
        ky.removeDuplicates();
        if (kx != ky)
            return false;
        for (const QString &k : kx)
            if (!sameReading(x.value(k), y.value(k)))
                return false;
        return true;
    }
    default: return true;
    }
}

} // namespace jobprep
