#pragma once

#include "sha256.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace httplib {
struct MultipartFormData;
}

// What the CRM's PHP endpoint makes of a file part (see PhpUploadRules).
enum class UploadFate {
    Kept, // in $_FILES under a name update.php reads, with a file: stored
    NotRead, // in $_FILES, but under a name update.php never looks at
    NoFile, // an empty file name: PHP records UPLOAD_ERR_NO_FILE
    Replaced, // a later part took its place in $_FILES (a repeated plain name: the last wins)
    OverLimit, // beyond max_file_uploads: PHP skips it
    MalformedName, // brackets PHP refuses (e.g. "file[", "file[a]b"): PHP skips it
    SkippedAfter, // after PHP skipped one file part (malformed name), it skips every later one
};

// One file part as it arrived: part name, file name bytes, type, and size and SHA-256 computed on the fly;
// then where PHP's $_FILES holds it.
struct ReceivedFile
{
    std::string part;
    std::string filename; // exactly the bytes of the Content-Disposition filename parameter
    std::string contentType;
    std::uint64_t size = 0;
    std::string sha256;

    UploadFate fate = UploadFate::NotRead;
    std::string phpKey; // its key in $_FILES ("file", "file[0]"); empty when PHP skipped or replaced it
    int phpError = 0; // UPLOAD_ERR_OK, or UPLOAD_ERR_NO_FILE (4)
    int replacedBy = -1; // with UploadFate::Replaced: the index of the part that took its place

    bool kept() const { return fate == UploadFate::Kept; }
};

// Everything read from an update request body, kept small: text fields in memory, files as digests only.
struct ReceivedForm
{
    bool multipart = false;
    bool complete = false; // the body was read to its end and, if multipart, closed by the final boundary
    std::vector<std::pair<std::string, std::string>> fields; // text parts in arrival order
    std::vector<ReceivedFile> files;
    std::vector<std::string> partOrder; // names of all parts, text and file, in arrival order
    std::string oversizeField; // set when a text part exceeded the size cap
    bool tooManyParts = false;
    std::uint64_t payloadBytes = 0; // part contents (multipart) or body bytes (other types) received

    // The last occurrence wins, as in PHP's $_POST for a repeated name without brackets.
    const std::string *field(const std::string &name) const;
};

// Feeds httplib's streaming multipart callbacks: accumulates text fields (capped) and hashes file parts,
// so an upload of any size costs constant memory.
class MultipartCollector
{
public:
    struct Limits
    {
        std::size_t maxFieldBytes = 1024 * 1024;
        std::size_t maxParts = 512;
    };
    // Returning true from the abort check stops reading (used by the reset fault and by shutdown).
    using AbortCheck = std::function<bool(std::uint64_t payloadBytes)>;

    MultipartCollector(Limits limits, AbortCheck abortCheck);

    bool onPartHeader(const httplib::MultipartFormData &header);
    bool onPartData(const char *data, std::size_t size);
    // For bodies that are not multipart: counted and discarded.
    bool onRawData(const char *data, std::size_t size);

    // Closes the last part; bodyRead is what httplib's content reader returned.
    ReceivedForm finish(bool multipart, bool bodyRead);

private:
    void closeCurrentPart();

    enum class PartKind { None, Text, File };

    Limits m_limits;
    AbortCheck m_abortCheck;
    ReceivedForm m_form;
    PartKind m_kind = PartKind::None;
    std::optional<Sha256> m_hash;
};
