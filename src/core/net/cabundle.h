#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

// A file of PEM certificates chosen for a profile: the authorities its connections trust in addition to the
// system's, so a CRM behind a company's private certificate authority works without ever ignoring errors.
class CaBundle
{
    Q_DECLARE_TR_FUNCTIONS(CaBundle)

public:
    struct Loaded
    {
        QList<QSslCertificate> certificates;
        QByteArray digest; // SHA-256 over the certificates: equal bundles share one connection pool
        QString error; // translated; empty when the file is usable
        bool ok() const { return error.isEmpty(); }
    };

    // Larger than any real bundle; stops a wrong choice (a video) from being read into memory.
    static constexpr qint64 MaxBytes = qint64(16) << 20;

    // Reads and checks the file: readable, PEM, at least one certificate. Remembered by path, size and
    // modification time, so checking it on every keystroke costs a stat. Thread-safe.
    static Loaded load(const QString &path);
    // The system's authorities plus the file at `path`, whose certificates load() returned as `checked`.
    static QSslConfiguration configuration(const QString &path, const QList<QSslCertificate> &checked);
};
