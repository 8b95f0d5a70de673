#include "phpuploadrules.h"

#include "apireply.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <charconv>
#include <climits>
#include <map>
#include <optional>

namespace {

// A part name as PHP's variable registration reads it: "file[a][]" -> base "file", indices "a" and ""
// (an empty index appends).
struct PhpName
{
    std::string base;
    std::vector<std::string> indices;
};

// rfc1867.c skips a file part whose brackets do not pair up, or whose "]" is followed by anything but "[".
bool bracketsAccepted(const std::string &name)
{
    long depth = 0;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '[') {
            ++depth;
        } else if (name[i] == ']') {
            --depth;
            if (i + 1 < name.size() && name[i + 1] != '[')
                return false;
        }
        if (depth < 0)
            return false;
    }
    return depth == 0;
}

std::optional<PhpName> parseName(const std::string &name)
{
    if (!bracketsAccepted(name))
        return std::nullopt;
    PhpName out;
    std::size_t open = name.find('[');
    out.base = name.substr(0, open);
    // php_register_variable_ex: leading spaces go, spaces and dots become underscores, an empty name is
    // dropped.
    out.base.erase(0, out.base.find_first_not_of(' '));
    for (char &c : out.base) {
        if (c == ' ' || c == '.')
            c = '_';
    }
    if (out.base.empty())
        return std::nullopt;
    while (open != std::string::npos) {
        const std::size_t close = name.find(']', open);
        std::string index = name.substr(open + 1, close - open - 1);
        // Leading white space in an index is skipped: "[ ]" appends, "[ 7]" is index 7 (checked with
        // PHP 8.2).
        std::size_t first = 0;
        while (first < index.size() && std::isspace(static_cast<unsigned char>(index[first])))
            ++first;
        out.indices.push_back(index.substr(first));
        // bracketsAccepted() leaves either the end of the name or another "[" after a "]".
        open = close + 1 < name.size() ? close + 1 : std::string::npos;
    }
    return out;
}

// PHP turns a canonical decimal index ("7", "-5"; not "07" or "+7") into an integer key.
std::optional<long long> integerKey(const std::string &index)
{
    if (index.empty() || index == "-0" || (index.size() > 1 && index[0] == '0')
        || (index.size() > 2 && index[0] == '-' && index[1] == '0'))
        return std::nullopt;
    long long value = 0;
    const auto [end, error] = std::from_chars(index.data(), index.data() + index.size(), value);
    if (error != std::errc() || end != index.data() + index.size())
        return std::nullopt;
    return value;
}

// One entry of $_FILES, or of an array inside it: a file part, an array, or (just created) nothing yet.
struct Slot
{
    int file = -1;
    bool isArray = false;
    std::map<std::string, Slot> children;
    std::optional<long long> nextFree; // PHP's next index for "[]"
};

void replaceAll(Slot &slot, int by, std::vector<ReceivedFile> &files)
{
    if (slot.file >= 0) {
        files[slot.file].fate = UploadFate::Replaced;
        files[slot.file].replacedBy = by;
    }
    for (auto &[key, child] : slot.children)
        replaceAll(child, by, files);
    slot = Slot{};
}

// Registers file `index` at `name` the way php_register_variable_ex does: every level on the way must be an
// array (a file there is replaced by a new one), an empty index appends, and whatever the last level held
// is replaced.
void place(Slot &root, const PhpName &name, int index, std::vector<ReceivedFile> &files)
{
    Slot *slot = &root.children[name.base];
    for (const std::string &key : name.indices) {
        if (!slot->isArray) {
            replaceAll(*slot, index, files);
            slot->isArray = true;
        }
        std::string child = key;
        if (key.empty()) {
            const long long next = slot->nextFree.value_or(0);
            child = std::to_string(next);
            slot->nextFree = next < LLONG_MAX ? next + 1 : next;
        } else if (const auto number = integerKey(key)) {
            if (!slot->nextFree || *number >= *slot->nextFree)
                slot->nextFree = *number < LLONG_MAX ? *number + 1 : *number;
        }
        slot = &slot->children[child];
    }
    replaceAll(*slot, index, files);
    slot->file = index;
}

void assignKeys(const Slot &slot, const std::string &key, std::vector<ReceivedFile> &files)
{
    if (slot.file >= 0)
        files[slot.file].phpKey = key;
    for (const auto &[index, child] : slot.children)
        assignKeys(child, key + "[" + index + "]", files);
}

bool readByUpdatePage(const PhpName &name)
{
    return (name.base == "file" || name.base == "files") && name.indices.size() <= 1;
}

std::string quoted(const std::string &text)
{
    return toAdminWire(nlohmann::json(text));
}

} // namespace

bool PhpUploadRules::isAttachmentPartName(const std::string &name)
{
    const auto parsed = parseName(name);
    return parsed && readByUpdatePage(*parsed);
}

std::string PhpUploadRules::baseName(const std::string &filename)
{
    const auto slash = filename.find_last_of("/\\");
    return slash == std::string::npos ? filename : filename.substr(slash + 1);
}

void PhpUploadRules::apply(std::vector<ReceivedFile> &files, const Settings &settings)
{
    if (settings.keepRepeatedParts) {
        for (ReceivedFile &file : files) {
            file.phpError = file.filename.empty() ? 4 : 0;
            file.fate = !isAttachmentPartName(file.part) ? UploadFate::NotRead
                : file.filename.empty()                  ? UploadFate::NoFile
                                                         : UploadFate::Kept;
        }
        return;
    }
    Slot root;
    root.isArray = true;
    int uploadsLeft = settings.maxFileUploads > 0 ? settings.maxFileUploads : INT_MAX;
    // rfc1867.c never clears its skip flag: once one file part is skipped, so is every later one.
    bool skipping = false;
    for (std::size_t i = 0; i < files.size(); ++i) {
        ReceivedFile &file = files[i];
        // The order of rfc1867.c: the upload count first (so even an empty part is skipped), then the name.
        if (uploadsLeft <= 0) {
            file.fate = UploadFate::OverLimit;
            continue;
        }
        if (skipping) {
            file.fate = UploadFate::SkippedAfter;
            continue;
        }
        const auto name = parseName(file.part);
        if (!name) {
            file.fate = UploadFate::MalformedName;
            skipping = true;
            continue;
        }
        // Only a part with a file name uses up one of max_file_uploads, even an empty file.
        file.phpError = file.filename.empty() ? 4 : 0;
        if (!file.filename.empty())
            --uploadsLeft;
        file.fate = file.filename.empty() ? UploadFate::NoFile
            : readByUpdatePage(*name)     ? UploadFate::Kept
                                          : UploadFate::NotRead;
        place(root, *name, static_cast<int>(i), files);
    }
    for (const auto &[base, slot] : root.children)
        assignKeys(slot, base, files);
}

const char *PhpUploadRules::fateCode(UploadFate fate)
{
    switch (fate) {
    case UploadFate::Kept:
        return "kept";
    case UploadFate::NotRead:
        return "not-read";
    case UploadFate::NoFile:
        return "no-file";
    case UploadFate::Replaced:
        return "replaced";
    case UploadFate::OverLimit:
        return "over-max-file-uploads";
    case UploadFate::MalformedName:
        return "malformed-name";
    case UploadFate::SkippedAfter:
        return "after-malformed-name";
    }
    return "unknown";
}

std::string PhpUploadRules::explain(const ReceivedFile &file)
{
    switch (file.fate) {
    case UploadFate::Kept:
        return {};
    case UploadFate::NotRead:
        return "update.php reads only file and files, plain or with one index such as file[]";
    case UploadFate::NoFile:
        return "empty file name: PHP records UPLOAD_ERR_NO_FILE";
    case UploadFate::Replaced:
        return "replaced by #" + std::to_string(file.replacedBy + 1)
            + ": PHP keeps only the last file of a name without [] (file[] keeps them all)";
    case UploadFate::OverLimit:
        return "beyond max_file_uploads: PHP skips it";
    case UploadFate::MalformedName:
        return "PHP skips a part name with unpaired brackets or text after ]";
    case UploadFate::SkippedAfter:
        return "after a file part with a malformed name, PHP skips every later one";
    }
    return {};
}

std::string PhpUploadRules::logSummary(const ReceivedForm &form, const Settings &settings)
{
    std::string out;
    if (!form.files.empty()) {
        std::size_t kept = 0;
        std::string dropped;
        for (std::size_t i = 0; i < form.files.size(); ++i) {
            const ReceivedFile &file = form.files[i];
            if (file.kept()) {
                ++kept;
                continue;
            }
            const std::string why = file.fate == UploadFate::OverLimit
                ? "beyond max_file_uploads=" + std::to_string(settings.maxFileUploads) + ": PHP skips it"
                : explain(file);
            dropped += (dropped.empty() ? " dropped: #" : "; #") + std::to_string(i + 1) + " "
                + quoted(file.filename) + " as " + quoted(file.part) + " (" + why + ")";
        }
        out += " files=" + std::to_string(form.files.size()) + " kept=" + std::to_string(kept);
        if (settings.keepRepeatedParts)
            out += " (--keep-repeated-parts)";
        out += dropped;
    }
    std::map<std::string, int> counts;
    for (const auto &[name, value] : form.fields) {
        if (name.find('[') == std::string::npos) // "tag[]" keeps every value
            ++counts[name];
    }
    std::string repeated;
    for (const auto &[name, count] : counts) {
        if (count > 1)
            repeated += (repeated.empty() ? "" : ", ") + quoted(name) + " x" + std::to_string(count);
    }
    if (!repeated.empty())
        out += " repeated fields: " + repeated + " (PHP keeps the last)";
    return out;
}
