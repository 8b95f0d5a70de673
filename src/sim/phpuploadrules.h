#pragma once

#include "multipartcollector.h"

#include <cstddef>
#include <string>
#include <vector>

// How PHP 8's multipart parser (php-src main/rfc1867.c) fills $_FILES, which is all the CRM's update.php can
// see: a repeated name without brackets keeps only its last part, "name[]" appends, "name[i]" sets index i,
// an empty file name gives UPLOAD_ERR_NO_FILE, and files beyond max_file_uploads or under names with
// malformed brackets are skipped. tests/sim/php_parity_test.sh checks it against PHP itself.
class PhpUploadRules
{
public:
    struct Settings
    {
        bool keepRepeatedParts = false; // PHP's rules off: every file under a name update.php reads is kept
        int maxFileUploads = 20; // PHP's max_file_uploads; 0: no limit
    };

    // Sets every file's fate, $_FILES key and error; files are in arrival order.
    static void apply(std::vector<ReceivedFile> &files, const Settings &settings);

    // The names update.php reads: "file" and "files", plain or with one index ("file[]", "file[0]").
    static bool isAttachmentPartName(const std::string &name);
    // The name $_FILES reports: the file name without any directory ('/' or '\').
    static std::string baseName(const std::string &filename);
    // A stable code for the admin endpoints: "kept", "replaced", "no-file", ...
    static const char *fateCode(UploadFate fate);
    // Why a file is not kept, in a few words for the request log and the admin endpoints.
    static std::string explain(const ReceivedFile &file);
    // The request log's account of the files and repeated text fields; empty for a request without either.
    static std::string logSummary(const ReceivedForm &form, const Settings &settings);
};
