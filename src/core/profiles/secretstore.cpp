#include "core/profiles/secretstore.h"

#include "core/global.h"

#include <QTimer>
#include <qt6keychain/keychain.h>
#include <utility>

namespace {
constexpr QStringView ProbeKey = u"casedesk-keychain-probe";

// QtKeychain says OtherError (no D-Bus, no Secret Service) or NoBackendAvailable when no keychain works.
bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError
        || error == QKeychain::NotImplemented;
}
} // namespace

QString SecretStore::serviceName()
{
    return u"Casedesk"_s;
}

SecretStore::SecretStore(QObject *parent)
    : SecretStore(Mode::Keychain, parent)
{ }

SecretStore::SecretStore(Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_persistent(mode == Mode::Keychain)
{
    qRegisterMetaType<SecretStore::Result>();
    if (mode == Mode::MemoryOnly)
        m_memoryOnlyReason = tr("Tokens are kept in memory for this session only and must be entered again "
                                "after a restart.");
}

SecretStore::~SecretStore() = default;

void SecretStore::probe(const QObject *context, Callback done)
{
    start({Operation::Probe, ProbeKey.toString(), {}, context, context != nullptr, std::move(done)});
}

void SecretStore::readToken(const QString &profileId, const QObject *context, Callback done)
{
    start({Operation::Read, profileId, {}, context, context != nullptr, std::move(done)});
}

void SecretStore::writeToken(const QString &profileId, const QString &token, const QObject *context,
                             Callback done)
{
    start({Operation::Write, profileId, token, context, context != nullptr, std::move(done)});
}

void SecretStore::removeToken(const QString &profileId, const QObject *context, Callback done)
{
    start({Operation::Remove, profileId, {}, context, context != nullptr, std::move(done)});
}

void SecretStore::hold()
{
    m_held = true;
}

void SecretStore::release()
{
    m_held = false;
    const QList<Pending> held = std::exchange(m_heldJobs, {});
    for (const Pending &pending : held)
        launch(pending);
}

void SecretStore::start(Pending pending)
{
    ++m_pending;
    if (m_held)
        m_heldJobs.append(std::move(pending));
    else
        launch(pending);
}

void SecretStore::launch(const Pending &pending)
{
    const bool cachedRead = pending.operation == Operation::Read && m_session.contains(pending.profileId);
    if (!m_persistent || cachedRead) {
        // Answer on the next turn of the event loop, like a keychain job would.
        QTimer::singleShot(0, this, [this, pending] { finishInMemory(pending, m_memoryOnlyReason); });
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (pending.operation) {
    case Operation::Probe:
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setTextData(pending.token);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    // Never: QtKeychain's fallback writes the secret into a settings file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(pending.profileId);
    connect(job, &QKeychain::Job::finished, this,
            [this, pending](QKeychain::Job *finished) { onJobFinished(finished, pending); });
    job->start();
}

void SecretStore::onJobFinished(QKeychain::Job *job, const Pending &pending)
{
    const QKeychain::Error error = job->error();
    Result result;
    result.profileId = pending.profileId;

    if (meansNoKeychain(error)) {
        becomeMemoryOnly(tr("No keychain service is available (%1), so tokens are kept in memory for this "
                            "session only and must be entered again after a restart.")
                             .arg(job->errorString()));
        finishInMemory(pending, m_memoryOnlyReason);
        return;
    }

    result.persistent = true;
    switch (pending.operation) {
    case Operation::Probe:
        result.status
            = error == QKeychain::NoError || error == QKeychain::EntryNotFound ? Status::Ok : Status::Failed;
        if (result.status == Status::Failed)
            result.error = tr("The keychain refused access: %1").arg(job->errorString());
        break;
    case Operation::Read:
        if (error == QKeychain::NoError) {
            result.status = Status::Ok;
            result.token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            m_session.insert(pending.profileId, result.token);
        } else if (error == QKeychain::EntryNotFound) {
            result.status = Status::NotFound;
        } else {
            result.status = Status::Failed;
            result.error = tr("The token could not be read from the keychain: %1").arg(job->errorString());
        }
        break;
    case Operation::Write:
        // Kept for the session either way, so the agent can work on when the keychain refuses.
        m_session.insert(pending.profileId, pending.token);
        if (error == QKeychain::NoError) {
            result.status = Status::Ok;
        } else {
            result.status = Status::Failed;
            result.persistent = false;
            result.error
                = tr("The keychain refused to store the token (%1); it is kept for this session only.")
                      .arg(job->errorString());
        }
        break;
    case Operation::Remove:
        m_session.remove(pending.profileId);
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            result.status = Status::Ok;
        } else {
            result.status = Status::Failed;
            result.error = tr("The token could not be removed from the keychain: %1").arg(job->errorString());
        }
        break;
    }
    finish(pending, result);
}

void SecretStore::becomeMemoryOnly(const QString &reason)
{
    if (!m_persistent)
        return;
    m_persistent = false;
    m_memoryOnlyReason = reason;
    Q_EMIT persistenceChanged(false);
}

void SecretStore::finishInMemory(const Pending &pending, const QString &note)
{
    Result result;
    result.profileId = pending.profileId;
    result.persistent = m_persistent; // a cached read in keychain mode came from the keychain
    switch (pending.operation) {
    case Operation::Probe:
        result.status = Status::Ok;
        result.error = note;
        break;
    case Operation::Read: {
        const auto it = m_session.constFind(pending.profileId);
        result.status = it == m_session.cend() ? Status::NotFound : Status::Ok;
        if (it != m_session.cend())
            result.token = *it;
        break;
    }
    case Operation::Write:
        m_session.insert(pending.profileId, pending.token);
        result.status = Status::Ok;
        result.error = note;
        break;
    case Operation::Remove:
        m_session.remove(pending.profileId);
        result.status = Status::Ok;
        break;
    }
    finish(pending, result);
}

void SecretStore::finish(const Pending &pending, const Result &result)
{
    --m_pending;
    switch (pending.operation) {
    case Operation::Probe:
        break;
    case Operation::Read:
        Q_EMIT tokenRead(result);
        break;
    case Operation::Write:
        Q_EMIT tokenWritten(result);
        break;
    case Operation::Remove:
        Q_EMIT tokenRemoved(result);
        break;
    }
    if (pending.done && (!pending.hasContext || pending.context))
        pending.done(result);
}
