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

// One attachment as it arrived: part name, file name bytes, type, and size and SHA-256 computed on the fly.
struct ReceivedFile
{
    std::string part;
    std::string filename; // exactly the bytes of the Content-Disposition filename parameter
    std::string contentType;
    std::uint64_t size = 0;
    std::string sha256;
    // Read by the API: the part name is one the update page reads and a file name was sent. Other file parts
    // are ignored, as PHP leaves them in $_FILES under a name the script never looks at.
    bool accepted = false;
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

    // The last occurrence wins, as PHP's $_POST does for repeated names.
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

    static bool isAttachmentPartName(const std::string &name);

private:
    void closeCurrentPart();

    enum class PartKind { None, Text, File };

    Limits m_limits;
    AbortCheck m_abortCheck;
    ReceivedForm m_form;
    PartKind m_kind = PartKind::None;
    std::optional<Sha256> m_hash;
};
