#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

// Makes COMMITs on one connection fail, as a full disk or an I/O error would: SQLite's commit hook turns
// the commit into a rollback while it is armed. For the code paths that only a failing commit reaches.
class CommitVeto
{
public:
    explicit CommitVeto(const QString &connectionName)
    {
        const QVariant handle = QSqlDatabase::database(connectionName, false).driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3 *const *>(handle.constData());
        if (m_db)
            sqlite3_commit_hook(m_db, &CommitVeto::hook, this);
    }
    ~CommitVeto()
    {
        if (m_db)
            sqlite3_commit_hook(m_db, nullptr, nullptr);
    }
    Q_DISABLE_COPY_MOVE(CommitVeto)

    bool isAttached() const { return m_db != nullptr; }
    // The next `count` commits fail.
    void refuseNext(int count = 1) { m_refuse = count; }
    int refused() const { return m_refused; }

private:
    static int hook(void *self)
    {
        auto *veto = static_cast<CommitVeto *>(self);
        if (veto->m_refuse <= 0)
            return 0;
        --veto->m_refuse;
        ++veto->m_refused;
        return 1;
    }

    sqlite3 *m_db = nullptr;
    int m_refuse = 0;
    int m_refused = 0;
};
