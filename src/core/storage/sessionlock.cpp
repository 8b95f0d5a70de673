#include "core/storage/sessionlock.h"

#include "core/global.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

SessionLock::SessionLock(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

SessionLock::~SessionLock() = default;

QString SessionLock::lockPath(const QString &session) const
{
    return m_databasePath + u"-sessions/"_s + session + u".lock"_s;
}

void SessionLock::acquire()
{
    if (m_lock && m_lock->isLocked())
        return; // a second store on the same connection
    const QString file = lockPath(m_id);
    QDir().mkpath(QFileInfo(file).absolutePath());
    m_lock = std::make_unique<QLockFile>(file);
    if (!m_lock->tryLock(0))
        qWarning("Session lock %s could not be taken", qUtf8Printable(file));
}

void SessionLock::release()
{
    m_lock.reset();
}

bool SessionLock::isAbandoned(const QString &session) const
{
    if (session == m_id)
        return false;
    if (session.isEmpty())
        return true; // written before sessions were recorded (schema 1)
    const QString file = lockPath(session);
    if (!QFileInfo::exists(file))
        return true;
    // A live session holds its lock; QLockFile takes over one whose process is gone.
    QLockFile lock(file);
    if (!lock.tryLock(0))
        return false;
    lock.unlock();
    return true;
}
