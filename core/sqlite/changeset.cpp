// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Debian's libsqlite3 is built with the session extension; its declarations need these two.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "changeset.h"
#include "database.h"
#include "dberror.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace jobprep {
namespace {

[[noreturn]] void fail(int rc, const QString &what)
{
    throw DbError(rc == SQLITE_NOMEM ? DbError::Kind::Sqlite : DbError::Kind::Invalid,
                  QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc))), rc);
}

// Frees what sqlite3session_changeset and friends allocate.
QByteArray takeBuffer(void *data, int size)
{
    QByteArray out(static_cast<const char *>(data), size);
    sqlite3_free(data);
    return out;
}

RowChange::Op opOf(int code)
{
    switch (code) {
    case SQLITE_INSERT:
        return RowChange::Op::Insert;
    case SQLITE_DELETE:
        return RowChange::Op::Delete;
    default:
        return RowChange::Op::Update;
    }
}

// The row a conflict is about: "tasks, id 5".
QString rowName(sqlite3_changeset_iter *it)
{
    const char *table = nullptr;
    int columns = 0, op = 0, indirect = 0;
    if (sqlite3changeset_op(it, &table, &columns, &op, &indirect) != SQLITE_OK)
        return QCoreApplication::translate("jobprep::Changeset", "a row");
    unsigned char *pk = nullptr;
    int pkColumns = 0;
    sqlite3changeset_pk(it, &pk, &pkColumns);
    QStringList key;
    for (int c = 0; c < columns && pk; ++c) {
        if (!pk[c])
            continue;
        sqlite3_value *v = nullptr;
        if (op == SQLITE_INSERT)
            sqlite3changeset_new(it, c, &v);
        else
            sqlite3changeset_old(it, c, &v);
        if (v)
            key << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(v)));
    }
    return QStringLiteral("%1 %2").arg(QString::fromUtf8(table), key.join(QLatin1Char('/')));
}

struct Conflict
{
    QString row;
    int kind = 0;
};

int onConflict(void *context, int kind, sqlite3_changeset_iter *it)
{
    auto *conflict = static_cast<Conflict *>(context);
    if (conflict->row.isEmpty()) {
        conflict->row = rowName(it);
        conflict->kind = kind;
    }
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

ChangeRecorder::ChangeRecorder(Database &db, const QStringList &tables)
{
    int rc = sqlite3session_create(db.handle(), "main", &m_session);
    if (rc != SQLITE_OK)
        db.raise(rc, QStringLiteral("recording changes"));
    for (const QString &t : tables) {
        rc = sqlite3session_attach(m_session, t.toUtf8().constData());
        if (rc != SQLITE_OK) {
            sqlite3session_delete(m_session);
            m_session = nullptr;
            db.raise(rc, QStringLiteral("recording changes of %1").arg(t));
        }
    }
}

ChangeRecorder::~ChangeRecorder()
{
    if (m_session)
        sqlite3session_delete(m_session);
}

QByteArray ChangeRecorder::changeset() const
{
    int size = 0;
    void *data = nullptr;
    const int rc = sqlite3session_changeset(m_session, &size, &data);
    if (rc != SQLITE_OK)
        fail(rc, QStringLiteral("reading recorded changes"));
    return takeBuffer(data, size);
}

std::optional<qint64> RowChange::integer(int column) const
{
    sqlite3_value *v = nullptr;
    if (m_op == Op::Insert)
        sqlite3changeset_new(m_it, column, &v);
    else
        sqlite3changeset_old(m_it, column, &v);
    if (!v || sqlite3_value_type(v) != SQLITE_INTEGER)
        return std::nullopt;
    return sqlite3_value_int64(v);
}

bool RowChange::changes(int column) const
{
    if (m_op != Op::Update)
        return true;
    sqlite3_value *v = nullptr;
    return sqlite3changeset_new(m_it, column, &v) == SQLITE_OK && v != nullptr;
}

void forEachRowChange(const QByteArray &changeset, const std::function<void(const RowChange &)> &fn)
{
    if (changeset.isEmpty())
        return;
    sqlite3_changeset_iter *it = nullptr;
    int rc = sqlite3changeset_start(&it, int(changeset.size()), const_cast<char *>(changeset.constData()));
    if (rc != SQLITE_OK)
        fail(rc, QStringLiteral("reading a changeset"));
    struct Finalize
    {
        sqlite3_changeset_iter *it;
        ~Finalize() { sqlite3changeset_finalize(it); }
    } finalize{it};
    while ((rc = sqlite3changeset_next(it)) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it, &table, &columns, &op, &indirect);
        fn(RowChange(it, QString::fromUtf8(table), opOf(op)));
    }
    if (rc != SQLITE_DONE)
        fail(rc, QStringLiteral("reading a changeset"));
}

QByteArray invertChangeset(const QByteArray &changeset)
{
    if (changeset.isEmpty())
        return {};
    int size = 0;
    void *data = nullptr;
    const int rc = sqlite3changeset_invert(int(changeset.size()), changeset.constData(), &size, &data);
    if (rc != SQLITE_OK)
        fail(rc, QStringLiteral("inverting a changeset"));
    return takeBuffer(data, size);
}

QByteArray concatChangesets(const QByteArray &first, const QByteArray &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    int size = 0;
    void *data = nullptr;
    const int rc =
        sqlite3changeset_concat(int(first.size()), const_cast<char *>(first.constData()), int(second.size()),
                                const_cast<char *>(second.constData()), &size, &data);
    if (rc != SQLITE_OK)
        fail(rc, QStringLiteral("joining two changesets"));
    return takeBuffer(data, size);
}

void applyChangeset(Database &db, const QByteArray &changeset)
{
    if (changeset.isEmpty())
        return;
    Conflict conflict;
    const int rc =
        sqlite3changeset_apply(db.handle(), int(changeset.size()), const_cast<char *>(changeset.constData()),
                               nullptr, &onConflict, &conflict);
    if (!conflict.row.isEmpty())
        throw DbError(DbError::Kind::Conflict,
                      conflict.kind == SQLITE_CHANGESET_CONFLICT
                          ? QCoreApplication::translate("jobprep::Changeset",
                                                        "%1 exists again (written elsewhere since)")
                                .arg(conflict.row)
                          : QCoreApplication::translate("jobprep::Changeset",
                                                        "%1 was changed or removed elsewhere since")
                                .arg(conflict.row),
                      rc);
    if (rc != SQLITE_OK)
        db.raise(rc, QStringLiteral("writing back recorded rows"));
}

} // namespace jobprep
