#pragma once

#include <cstddef>
#include <memory>
#include <string>

struct evp_md_ctx_st;

// Incremental SHA-256 over OpenSSL's EVP API, so uploads are hashed while they stream in.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256 &&other) noexcept;
    Sha256 &operator=(Sha256 &&other) noexcept;
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(const char *data, std::size_t size);
    // Finishes the digest; the object must not be updated afterwards.
    std::string finalHex();

    static std::string hexOf(const std::string &data);

private:
    struct CtxDeleter
    {
        void operator()(evp_md_ctx_st *ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, CtxDeleter> m_ctx;
};
