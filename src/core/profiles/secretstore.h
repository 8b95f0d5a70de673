#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace QKeychain {
class Job;
}

// The CRM token of each connection profile, in the OS keychain through QtKeychain (service "Casedesk",
// key: the profile id). When no keychain service works, tokens live in this object's memory for the
// session only and isPersistent() turns false: never a plain-text file, never QtKeychain's insecure fallback.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Mode {
        Keychain, // the OS keychain, falling back to memory when none is running
        MemoryOnly, // never touch a keychain (tests, or a user who refuses one)
    };
    enum class Status { Ok, NotFound, Failed };

    struct Result
    {
        QString profileId;
        Status status = Status::Failed;
        QString token; // readToken: the token when Ok
        bool persistent = false; // the keychain (not only this session) holds, held or lost it
        QString error; // translated: why it failed, or why it is kept for this session only
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const SecretStore::Result &)>;

    static QString serviceName(); // "Casedesk"

    explicit SecretStore(QObject *parent = nullptr);
    explicit SecretStore(Mode mode, QObject *parent = nullptr);
    ~SecretStore() override;

    Mode mode() const { return m_mode; }
    // False in MemoryOnly mode and once the keychain proved unusable; the window then says that tokens
    // must be typed again after a restart.
    bool isPersistent() const { return m_persistent; }
    // Translated sentence for the window when !isPersistent().
    QString memoryOnlyReason() const { return m_memoryOnlyReason; }

    // Asks the keychain once (a read of a key that does not exist) so the window can tell early whether
    // tokens will persist; `done` gets the outcome, persistenceChanged() fires if they will not.
    void probe(const QObject *context = nullptr, Callback done = {});

    // Each call ends with one signal and, when given, one call of `done` (skipped if `context` is gone);
    // always asynchronously, also when the answer comes from memory.
    void readToken(const QString &profileId, const QObject *context = nullptr, Callback done = {});
    void writeToken(const QString &profileId, const QString &token, const QObject *context = nullptr,
                    Callback done = {});
    void removeToken(const QString &profileId, const QObject *context = nullptr, Callback done = {});

    // Jobs not finished yet, held ones included.
    int pendingCount() const { return m_pending; }

    // From hold() until release(), every job asked for waits, then starts in the order asked. The
    // keychain's first answer costs the caller's thread several milliseconds (the D-Bus connection, the
    // Secret Service's session), which the window's first frame should not wait for.
    void hold();
    void release();
    bool isHeld() const { return m_held; }

Q_SIGNALS:
    void tokenRead(const SecretStore::Result &result);
    void tokenWritten(const SecretStore::Result &result);
    void tokenRemoved(const SecretStore::Result &result);
    void persistenceChanged(bool persistent);

private:
    enum class Operation { Probe, Read, Write, Remove };

    struct Pending
    {
        Operation operation;
        QString profileId;
        QString token;
        QPointer<const QObject> context;
        bool hasContext = false;
        Callback done;
    };

    void start(Pending pending);
    void launch(const Pending &pending);
    void onJobFinished(QKeychain::Job *job, const Pending &pending);
    void finishInMemory(const Pending &pending, const QString &note);
    void finish(const Pending &pending, const Result &result);
    void becomeMemoryOnly(const QString &reason);

    Mode m_mode;
    bool m_persistent;
    QString m_memoryOnlyReason;
    QHash<QString, QString> m_session; // tokens known this session: written, read, or memory-only
    int m_pending = 0;
    bool m_held = false;
    QList<Pending> m_heldJobs;
};

Q_DECLARE_METATYPE(SecretStore::Result)
