#pragma once

// Shared by the persistence tests: a fully populated attempt, a field-by-field comparison, a scan of a
// folder for a secret, and a scoped local time zone.

#include "core/global.h"
#include "core/history/historyentry.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <ctime>

namespace PersistenceTest {

// Every field set to something that is not its default, with accents, quotes and newlines.
inline HistoryEntry fullEntry(const QString &caseId = u"6074aaa0801374bbbbb781025ccc7d3"_s)
{
    HistoryEntry e;
    e.time = QDateTime(QDate(2024, 5, 17), QTime(14, 3, 9, 123), Qt::UTC);
    CaseUpdate &u = e.update;
    u.server = u"crm0001.wolkvox.com"_s;
    u.operation = u"modulodeprueba"_s;
    u.wolkvoxId = caseId;
    u.caseType = u"Reclamos"_s;
    u.responsible = u"José Núñez"_s;
    u.status = u"Cerrado"_s;
    u.priority = u"Alta"_s;
    u.solution = u"Se cambió el equipo.\nCliente \"satisfecho\", sin más; =1+1"_s;
    u.customFields = {{u"ciudad"_s, u"São Paulo"_s}, {u"nota"_s, u"línea 1\nlínea 2"_s}, {u"vacío"_s, u""_s}};
    u.attachments = {u"/home/agente/Documentos/factura ñ.pdf"_s, u"/tmp/foto,1.png"_s};
    e.attachmentSizes = {123456, 0};
    e.attachmentSha256 = {u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s,
                          u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s};
    e.state = HistoryEntry::State::Done;
    ApiResult &r = e.result;
    r.outcome = ApiResult::Outcome::Rejected;
    r.vendorError = ApiResult::VendorError::RecordNotFound;
    r.unreadable = ApiResult::Unreadable::WrongTypes;
    r.httpStatus = 404;
    r.code = 404;
    r.error = u"Record not found"_s;
    r.msg = u"No se encontró el registro «%1»"_s.arg(caseId);
    r.wolkvoxId = u"wv-99"_s;
    r.data = QJsonObject{{u"wolkvox_id"_s, u"wv-99"_s}, {u"nested"_s, QJsonObject{{u"n"_s, 1.5}}}};
    r.rawBody = QByteArrayLiteral(
        "{\"code\":404,\"error\":\"Record not found\",\"msg\":\"No se encontr\xc3\xb3\"}");
    r.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    r.bytesSent = 987654321;
    r.elapsedMs = 4321;
    r.networkError = QNetworkReply::ContentNotFoundError;
    r.networkErrorString = u"Error transferring https://crm0001.wolkvox.com - server replied: Not Found"_s;
    r.tlsErrors = {u"The certificate has expired"_s, u"The host name did not match"_s};
    r.redirectTarget = QUrl(u"https://other.example.com:8443/api/cases/update.php?x=ñ"_s);
    return e;
}

// QCOMPARE returns from this function only: callers check QTest::currentTestFailed().
inline void compareEntries(const HistoryEntry &actual, const HistoryEntry &expected)
{
    QCOMPARE(actual.time, expected.time);
    QCOMPARE(actual.state, expected.state);
    QCOMPARE(actual.update, expected.update);
    QCOMPARE(actual.attachmentSizes, expected.attachmentSizes);
    QCOMPARE(actual.attachmentSha256, expected.attachmentSha256);
    const ApiResult &a = actual.result;
    const ApiResult &b = expected.result;
    QCOMPARE(a.outcome, b.outcome);
    QCOMPARE(a.vendorError, b.vendorError);
    QCOMPARE(a.unreadable, b.unreadable);
    QCOMPARE(a.httpStatus, b.httpStatus);
    QCOMPARE(a.code.has_value(), b.code.has_value());
    QCOMPARE(a.code.value_or(-1), b.code.value_or(-1));
    QCOMPARE(a.error, b.error);
    QCOMPARE(a.msg, b.msg);
    QCOMPARE(a.wolkvoxId, b.wolkvoxId);
    QCOMPARE(a.data, b.data);
    QCOMPARE(a.rawBody, b.rawBody);
    QCOMPARE(a.contentType, b.contentType);
    QCOMPARE(a.bytesSent, b.bytesSent);
    QCOMPARE(a.elapsedMs, b.elapsedMs);
    QCOMPARE(a.networkError, b.networkError);
    QCOMPARE(a.networkErrorString, b.networkErrorString);
    QCOMPARE(a.tlsErrors, b.tlsErrors);
    QCOMPARE(a.redirectTarget, b.redirectTarget);
}

// Files under `root` whose bytes contain `secret` as UTF-8, UTF-16 or base64 (what a careless writer
// would leave behind).
inline QStringList filesContaining(const QString &root, const QString &secret)
{
    const QList<QByteArray> needles{
        secret.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
        secret.toUtf8().toBase64(QByteArray::OmitTrailingEquals),
    };
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle)) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

// HOME and every XDG folder inside `root`, so nothing a test starts touches the real user's files.
inline QProcessEnvironment isolatedEnvironment(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList folders{u"home"_s, u"config"_s, u"data"_s, u"cache"_s, u"state"_s, u"run"_s};
    for (const QString &folder : folders)
        QDir(root).mkpath(folder);
    QFile::setPermissions(root + u"/run"_s,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(u"HOME"_s, root + u"/home"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, root + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, root + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, root + u"/cache"_s);
    env.insert(u"XDG_STATE_HOME"_s, root + u"/state"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, root + u"/run"_s);
    env.insert(u"TMPDIR"_s, root + u"/cache"_s);
    return env;
}

// dbus-run-session when it and gnome-keyring-daemon are both installed (Debian: dbus, gnome-keyring), so a
// test can start a real Secret Service of its own; empty otherwise.
inline QString secretServiceRunner()
{
    const QString runSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    const QString keyring = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    return runSession.isEmpty() || keyring.isEmpty() ? QString() : runSession;
}

// The environment of a test child that must neither see the user's keychain nor pick KWallet: folders
// inside `root`, no desktop session, `childVariable`=1 and `tokenVariable`=`token`.
inline QProcessEnvironment keychainChildEnvironment(const QString &root, const char *childVariable,
                                                    const char *tokenVariable, const QString &token)
{
    QProcessEnvironment env = isolatedEnvironment(root);
    const QStringList desktop{u"DBUS_SESSION_BUS_ADDRESS"_s, u"DISPLAY"_s,
                              u"WAYLAND_DISPLAY"_s,          u"XDG_CURRENT_DESKTOP"_s,
                              u"DESKTOP_SESSION"_s,          u"KDE_FULL_SESSION"_s,
                              u"KDE_SESSION_VERSION"_s,      u"GNOME_DESKTOP_SESSION_ID"_s};
    for (const QString &name : desktop)
        env.remove(name);
    env.insert(QString::fromLatin1(childVariable), u"1"_s);
    env.insert(QString::fromLatin1(tokenVariable), token);
    env.insert(u"KEYRING_PASSWORD"_s, u"test-keyring-password"_s);
    return env;
}

// The arguments of secretServiceRunner(): a private session bus on which gnome-keyring unlocks (creating)
// a login keyring with $KEYRING_PASSWORD, then `program args` runs.
inline QStringList secretServiceArguments(const QString &program, const QStringList &args)
{
    const QString script
        = u"printf '%s' \"$KEYRING_PASSWORD\" | gnome-keyring-daemon --unlock --components=secrets"
          " >/dev/null && exec \"$0\" \"$@\""_s;
    return QStringList{u"--"_s, u"sh"_s, u"-c"_s, script, program} + args;
}

// Starts `program args` in `env`, waits, and fails the current test with the child's output unless the
// child's tests all passed (a skip counts as a failure: the parent decided the child can run).
inline void runTestChild(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                         const QString &dir)
{
    QProcess child;
    child.setProgram(program);
    child.setArguments(args);
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(dir);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start();
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    QVERIFY2(child.waitForFinished(120000), "the child did not finish");
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("Totals:") && !output.contains("SKIP"), output.constData());
}

// Sets the process's time zone (a POSIX TZ string: no zone database needed) and restores it.
class LocalZone
{
public:
    explicit LocalZone(const QByteArray &zone)
        : m_had(qEnvironmentVariableIsSet("TZ"))
        , m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~LocalZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    Q_DISABLE_COPY_MOVE(LocalZone)

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace PersistenceTest
