#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
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

    // Hands `request` to a running instance, or becomes the running instance. A socket left by a crashed
    // instance is removed. Blocks for at most about `timeoutMs`.
    Role start(const Request &request, int timeoutMs = 5000);
    // Why this Primary could not listen (later starts will then open their own window); empty when it does.
    QString error() const { return m_error; }

Q_SIGNALS:
    void requested(const SingleInstance::Request &request);

private:
    bool listen(const QString &path);
    void readRequest(QLocalSocket *socket);

    QLocalServer *m_server = nullptr;
    QString m_error;
};
