#pragma once

#include <QString>
#include <QStringList>

// Certificates made at test time with OpenSSL's API: a private authority and the server certificates the
// TLS tests need (trusted, self-signed, expired, for another host). Nothing is checked in.
namespace TestCertificates {
struct Spec
{
    QString commonName;
    QStringList dnsNames; // subjectAltName DNS entries
    QStringList ipAddresses; // subjectAltName IP entries
    int validFromDays = -1; // relative to now; negative is in the past
    int validToDays = 30;
    bool authority = false; // CA:TRUE, may sign others
};

struct Issued
{
    QString certificate; // PEM file
    QString key; // PEM file, unencrypted
    bool isValid() const { return !certificate.isEmpty(); }
};

// Writes `dir`/`name`.pem and `dir`/`name`-key.pem. Signed by `issuer`, or self-signed without one.
// Returns an invalid Issued and sets `error` on failure.
Issued issue(const QString &dir, const QString &name, const Spec &spec, const Issued *issuer = nullptr,
             QString *error = nullptr);

// The usual test set under `dir`: a private CA and, signed by it, a server certificate for 127.0.0.1 and
// localhost; a self-signed one; an expired one; one for other.example.
struct Set
{
    Issued authority;
    Issued server;
    Issued selfSigned;
    Issued expired;
    Issued wrongHost;
    bool isValid() const
    {
        return authority.isValid() && server.isValid() && selfSigned.isValid() && expired.isValid()
            && wrongHost.isValid();
    }
};
Set makeSet(const QString &dir, QString *error = nullptr);

// The simulator's arguments to serve HTTPS with `cert`.
QStringList serverArguments(const Issued &cert);

// The name OpenSSL looks a certificate up by in a hashed directory such as /etc/ssl/certs ("1a2b3c4d.0"),
// or an empty string if `pemPath` holds no certificate.
QString hashedName(const QString &pemPath);
} // namespace TestCertificates
