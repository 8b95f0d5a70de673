#include "core/global.h"
#include "core/history/filehasher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

// SHA-256 of attachments, streamed, off the calling thread.
class TestFileHasher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void knownDigests()
    {
        const FileHasher::Result abc = FileHasher::hash(write(u"abc.txt"_s, "abc"));
        QVERIFY(abc.ok());
        QCOMPARE(abc.size, 3);
        QCOMPARE(abc.sha256, u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
        const FileHasher::Result empty = FileHasher::hash(write(u"empty"_s, QByteArray()));
        QVERIFY(empty.ok());
        QCOMPARE(empty.size, 0);
        QCOMPARE(empty.sha256, u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
    }

    void spansChunks()
    {
        QByteArray content;
        for (int i = 0; content.size() < 3 * FileHasher::ChunkBytes + 12345; ++i)
            content.append(QByteArray::number(i)).append('\n');
        const FileHasher::Result result = FileHasher::hash(write(u"big ñ.bin"_s, content));
        QCOMPARE(result.size, content.size());
        QCOMPARE(result.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    }

    void unreadableFileSaysWhy()
    {
        const FileHasher::Result result = FileHasher::hash(m_dir.filePath(u"missing.pdf"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.size, -1);
        QVERIFY(result.error.contains(u"missing.pdf"_s));
    }

    void cancels()
    {
        std::atomic_bool cancel{true};
        const FileHasher::Result result = FileHasher::hash(write(u"c"_s, "x"), &cancel);
        QVERIFY(!result.ok());
        QVERIFY(!result.error.isEmpty());
    }

    void hashAllRunsElsewhereInOrder()
    {
        const QStringList paths{write(u"1"_s, "abc"), m_dir.filePath(u"nope"_s), write(u"2"_s, QByteArray())};
        QFutureWatcher<QList<FileHasher::Result>> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(FileHasher::hashAll(paths));
        QVERIFY(finished.wait(30000) || finished.size() == 1);
        const QList<FileHasher::Result> results = watcher.result();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).path, paths.at(0));
        QVERIFY(results.at(0).ok());
        QVERIFY(!results.at(1).ok());
        QCOMPARE(
            FileHasher::digests(results),
            (QStringList{u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s, QString(),
                         u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s}));
    }
};

QTEST_GUILESS_MAIN(TestFileHasher)
#include "tst_filehasher.moc"
