#include "app/singleinstance.h"

#include "core/global.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QUrl>

namespace {
// One JSON object per connection, ended by a newline; the answer is "ok\n".
constexpr qint64 MaxRequestBytes = 1024 * 1024;
const QByteArray Accepted = QByteArrayLiteral("ok\n");

QByteArray encode(const SingleInstance::Request &request)
{
    const QJsonObject object{{u"files"_s, QJsonArray::fromStringList(request.files)},
                             {u"activationToken"_s, request.activationToken}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

SingleInstance::Request decode(const QByteArray &line)
{
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    SingleInstance::Request request;
    const QJsonArray files = object.value(u"files"_s).toArray();
    for (const QJsonValue &file : files) {
        if (const QString path = file.toString(); QDir::isAbsolutePath(path))
            request.files.append(path);
    }
    request.activationToken = object.value(u"activationToken"_s).toString();
    return request;
}
} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketPath()
{
    // Private to the user (0700); Qt falls back to a per-user folder it checks when XDG_RUNTIME_DIR is unset.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        return {};
    QString session = qEnvironmentVariable("WAYLAND_DISPLAY");
    if (session.isEmpty())
        session = qEnvironmentVariable("DISPLAY");
    if (session.isEmpty())
        session = u"nodisplay"_s;
    for (QChar &c : session) {
        if (!c.isLetterOrNumber() && c != u'-')
            c = u'_';
    }
    return QDir(runtime).filePath(u"%1.%2.socket"_s.arg(QString::fromLatin1(Casedesk::AppId), session));
}

QStringList SingleInstance::absolutePaths(const QStringList &arguments, const QString &directory)
{
    QStringList paths;
    const QDir base(directory);
    for (const QString &argument : arguments) {
        if (argument.isEmpty())
            continue;
        QString path = argument;
        if (argument.startsWith(u"file:"_s)) {
            const QUrl url(argument);
            if (!url.isLocalFile())
                continue;
            path = url.toLocalFile();
        }
        paths.append(QDir::cleanPath(base.absoluteFilePath(path)));
    }
    return paths;
}

SingleInstance::Role SingleInstance::start(const Request &request, int timeoutMs)
{
    const QString path = socketPath();
    if (path.isEmpty()) {
        m_error = tr("There is no private runtime folder for the socket.");
        return Role::Primary;
    }
    // Two starts at the same moment must not both decide to listen: the lock makes them take turns.
    // QLockFile removes a lock left by a process that no longer runs.
    auto lock = std::make_unique<QLockFile>(path + u".lock"_s);
    const QDeadlineTimer deadline(timeoutMs);
    const bool locked = lock->tryLock(int(deadline.remainingTime()));

    QLocalSocket socket;
    socket.connectToServer(path);
    if (socket.waitForConnected(int(deadline.remainingTime()))) {
        socket.write(encode(request));
        QByteArray answer;
        while (!answer.endsWith('\n') && socket.waitForReadyRead(int(deadline.remainingTime())))
            answer += socket.readAll();
        return answer == Accepted ? Role::Forwarded : Role::Unresponsive;
    }
    if (!locked) { // someone else is starting and holds the lock: better two windows than none
        m_error = tr("Another Casedesk was starting at the same time.");
        return Role::Primary;
    }
    // Nobody answers: no socket at all, or one a crashed instance left behind.
    m_removeStale = socket.error() == QLocalSocket::ConnectionRefusedError
        || socket.error() == QLocalSocket::ServerNotFoundError;
    m_path = path;
    m_lock = std::move(lock);
    return Role::Primary;
}

bool SingleInstance::listen()
{
    if (m_path.isEmpty() || m_server)
        return true; // nothing to open, or open already
    // Released however this ends: a later start then finds the socket, or opens its own window.
    const std::unique_ptr<QLockFile> lock = std::move(m_lock);
    if (m_removeStale)
        QLocalServer::removeServer(m_path);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_path)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
            readRequest(socket);
        }
    });
    return true;
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxRequestBytes)
            socket->abort();
        return;
    }
    const Request request = decode(socket->readLine(MaxRequestBytes));
    socket->write(Accepted);
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT requested(request);
}
