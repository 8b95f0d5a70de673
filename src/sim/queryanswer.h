#pragma once

#include "apireply.h"
#include "crmstore.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// How queryCases.php spells its answer. The vendor does not publish it (docs/QUERY-CONTRACT.md), so the
// default is the API family's shape and each flag switches to another plausible one, for testing the
// client's tolerance: --query-shape object-when-one,strings,...
struct QueryShape
{
    bool objectWhenOne = false; // one match: "data" is the case object, not a one-element array
    bool numbersAsStrings = false; // "code":"200", "idCase":"1001"
    bool updateKeys
        = false; // keys spelled like update.php's fields: "wolkvox-id", "case-type", "responsible"
    bool nestedValues = false; // list fields as {"value": ..., "value_id": ...}, as custom/query.php answers
    bool formAsString = false; // "form" as a JSON string, as update.php receives it
    bool notFound404 = false; // no match: 404 "THE RECORD DOES NOT EXIST" instead of 200 with "data":[]

    // Comma-separated names; nullopt with `bad` set to the first unknown one.
    static std::optional<QueryShape> parse(std::string_view names, std::string *bad);
    static std::string names(); // for --help
};

namespace QueryAnswer {
// The answer to a search that found `matches` (possibly none).
ApiReply render(const std::vector<CaseSnapshot> &matches, const QueryShape &shape);
} // namespace QueryAnswer
