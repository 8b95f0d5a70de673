#pragma once

#include <QString>
#include <memory>

class QLockFile;

// One process's session on a database file: an id recorded with what the session writes, and a lock file
// beside the database (`<database>-sessions/<id>.lock`) held while the process lives. Another process
// tells a dead session from a live one by whether that lock can be taken, so it can mark the dead
// session's unfinished work as interrupted and leave a live one's alone.
class SessionLock
{
public:
    explicit SessionLock(const QString &databasePath);
    ~SessionLock(); // unlocks and removes the lock file
    SessionLock(const SessionLock &) = delete;
    SessionLock &operator=(const SessionLock &) = delete;

    const QString &id() const { return m_id; }
    // Takes this session's lock (once: a second store sharing the session keeps it); a warning names the
    // file when it cannot be taken.
    void acquire();
    void release();
    // Whether `session` belongs to a process that is gone (or wrote before sessions were recorded).
    bool isAbandoned(const QString &session) const;

private:
    QString lockPath(const QString &session) const;

    QString m_databasePath;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
};
