#include "support/testcertificates.h"

#include <QDir>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace TestCertificates {
namespace {
template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QString sslError(const char *what)
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof(text));
    return QString::fromLatin1(what) + u": "_s + QString::fromLatin1(text);
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool writePem(const QString &path, const std::function<int(BIO *)> &write)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return false;
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data, size) == size;
}

template <typename T> T *readPem(const QString &path, T *(*read)(BIO *, T **, pem_password_cb *, void *))
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray pem = file.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return bio ? read(bio.get(), nullptr, nullptr, nullptr) : nullptr;
}
} // namespace

Issued issue(const QString &dir, const QString &name, const Spec &spec, const Issued *issuer, QString *error)
{
    QString local;
    QString &why = error ? *error : local;
    QDir().mkpath(dir);

    // P-256: fast to make, and every TLS stack in question accepts it.
    KeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key) {
        why = sslError("key");
        return {};
    }
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    static long serial = 1000;
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), long(spec.validFromDays) * 86400);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(spec.validToDays) * 86400);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *subject = X509_get_subject_name(cert.get());
    const QByteArray cn = spec.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Casedesk tests"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.data()), -1, -1, 0);

    KeyPtr issuerKey;
    CertPtr issuerCert;
    if (issuer) {
        issuerKey.reset(readPem<EVP_PKEY>(issuer->key, PEM_read_bio_PrivateKey));
        issuerCert.reset(readPem<X509>(issuer->certificate, PEM_read_bio_X509));
        if (!issuerKey || !issuerCert) {
            why = u"cannot read the issuer "_s + issuer->certificate;
            return {};
        }
        X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert.get()));
    } else {
        X509_set_issuer_name(cert.get(), subject);
    }
    X509 *signer = issuerCert ? issuerCert.get() : cert.get();

    bool ok = addExtension(cert.get(), signer, NID_basic_constraints,
                           spec.authority ? "critical,CA:TRUE" : "critical,CA:FALSE")
        && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash")
        && addExtension(cert.get(), signer, NID_key_usage,
                        spec.authority ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature");
    if (ok && issuer)
        ok = addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    if (ok && !spec.authority)
        ok = addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth");
    QStringList alternatives;
    for (const QString &dns : spec.dnsNames)
        alternatives.append(u"DNS:"_s + dns);
    for (const QString &ip : spec.ipAddresses)
        alternatives.append(u"IP:"_s + ip);
    if (ok && !alternatives.isEmpty())
        ok = addExtension(cert.get(), signer, NID_subject_alt_name, alternatives.join(u',').toUtf8());
    if (!ok) {
        why = sslError("extension");
        return {};
    }
    if (X509_sign(cert.get(), issuerKey ? issuerKey.get() : key.get(), EVP_sha256()) <= 0) {
        why = sslError("sign");
        return {};
    }

    Issued issued;
    issued.certificate = QDir(dir).filePath(name + u".pem"_s);
    issued.key = QDir(dir).filePath(name + u"-key.pem"_s);
    if (!writePem(issued.certificate, [&](BIO *bio) { return PEM_write_bio_X509(bio, cert.get()); })
        || !writePem(issued.key, [&](BIO *bio) {
               return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
           })) {
        why = u"cannot write "_s + issued.certificate;
        return {};
    }
    return issued;
}

Set makeSet(const QString &dir, QString *error)
{
    Set set;
    Spec ca;
    ca.commonName = u"Casedesk Test Private CA"_s;
    ca.authority = true;
    ca.validToDays = 365;
    set.authority = issue(dir, u"private-ca"_s, ca, nullptr, error);
    if (!set.authority.isValid())
        return set;

    Spec server;
    server.commonName = u"127.0.0.1"_s;
    server.dnsNames = {u"localhost"_s};
    server.ipAddresses = {u"127.0.0.1"_s};
    set.server = issue(dir, u"server"_s, server, &set.authority, error);
    set.selfSigned = issue(dir, u"self-signed"_s, server, nullptr, error);

    Spec expired = server;
    expired.validFromDays = -60;
    expired.validToDays = -30;
    set.expired = issue(dir, u"expired"_s, expired, &set.authority, error);

    Spec other;
    other.commonName = u"other.example"_s;
    other.dnsNames = {u"other.example"_s};
    set.wrongHost = issue(dir, u"wrong-host"_s, other, &set.authority, error);
    return set;
}

QStringList serverArguments(const Issued &cert)
{
    return {u"--tls-cert"_s, cert.certificate, u"--tls-key"_s, cert.key};
}

QString hashedName(const QString &pemPath)
{
    const CertPtr cert(readPem<X509>(pemPath, PEM_read_bio_X509));
    if (!cert)
        return {};
    return u"%1.0"_s.arg(qulonglong(X509_subject_name_hash(cert.get())), 8, 16, QChar(u'0'));
}
} // namespace TestCertificates
