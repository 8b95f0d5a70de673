#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QLocalServer;
class QLockFile;
class QLocalSocket;

// One Casedesk per user session. The first start listens on a local socket in the user's private runtime
// folder; a later start hands its files (and the desktop's activation token) to it and exits, and the
// first one raises its window and attaches the files.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // What a later start asks of the running instance.
    struct Request
    {
        QStringList files; // absolute paths
        QString activationToken; // Wayland's XDG_ACTIVATION_TOKEN, when the desktop gave one
    };

    enum class Role {
        Primary, // this process shows the window (and listens, unless error() says why not)
        Forwarded, // the running instance took the request: this process exits
        Unresponsive, // an instance is running but did not answer
    };

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket of this user's session: in the private runtime folder, named after the app id and the
    // display, so each desktop session (and each isolated test) has its own.
    static QString socketPath();
    // `arguments` as absolute local paths (file:// URLs accepted), relative ones against `directory`.
    static QStringList absolutePaths(const QStringList &arguments, const QString &directory);

    // Hands `request` to a running instance, or becomes the running instance. Blocks for at most about
    // `timeoutMs`. A Primary keeps the start lock until listen(): a later start waits for it (up to its
    // own timeout) and then hands its request over, so the socket can be opened after the first frame.
    Role start(const Request &request, int timeoutMs = 5000);
    // Opens the socket later starts hand over to (a socket left by a crashed instance is removed first)
    // and releases the start lock. Does nothing unless start() answered Primary and could listen; false
    // with error() when the socket could not be opened.
    bool listen();
    // Why this Primary could not listen (later starts will then open their own window); empty when it does.
    QString error() const { return m_error; }

Q_SIGNALS:
    void requested(const SingleInstance::Request &request);

private:
    void readRequest(QLocalSocket *socket);

    QLocalServer *m_server = nullptr;
    std::unique_ptr<QLockFile> m_lock; // held from start() to listen()
    QString m_path; // the socket listen() opens; empty when there is none to open
    bool m_removeStale = false;
    QString m_error;
};
