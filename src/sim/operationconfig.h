#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// One case type of an operation: the statuses it knows (each open or closed) and its priorities.
struct CaseTypeConfig
{
    std::string name;
    std::vector<std::pair<std::string, bool>> statuses; // display name, true when its condition is "closed"
    std::vector<std::string> priorities;

    // Status and priority names compare exactly: the CRM stores display names and the contract says the
    // value "must already exist", so "Open" for "open" is the client's mistake the simulator should show.
    const std::pair<std::string, bool> *findStatus(const std::string &status) const;
    bool hasPriority(const std::string &priority) const;
};

// A case present before any update; only the id is required, the rest is its starting state. Several
// cases may share a case number (queryCases by idCase then answers all of them).
struct SeedCase
{
    std::string id;
    std::optional<std::int64_t> caseNumber;
    std::string caseType;
    std::string responsible;
    std::string status;
    std::string priority;
    std::string solution;
    nlohmann::ordered_json form = nlohmann::ordered_json::object(); // custom fields, in the file's order
};

// One CRM operation (tenant): its tokens, daily quota, users, case types and seeded cases.
struct OperationConfig
{
    std::string name;
    std::vector<std::string> tokens;
    std::int64_t dailyQuota = 4800;
    bool acceptUnknownIds = false;
    std::vector<std::string> users;
    std::vector<CaseTypeConfig> caseTypes;
    std::vector<SeedCase> cases;

    // Case type names compare ignoring ASCII case: the vendor page writes "Request" but customers type
    // "request", and the CRM matches type names case-insensitively in its UI. Non-ASCII letters compare
    // exactly (no locale tables in a test server).
    const CaseTypeConfig *findCaseType(const std::string &name) const;
    // Wolkvox e-mails compare ignoring ASCII case, as e-mail addresses do in practice.
    const std::string *findUser(const std::string &email) const;
    bool hasToken(const std::string &token) const;
};

// The whole simulated CRM as read from the JSON operation config.
struct SimConfig
{
    std::vector<OperationConfig> operations;

    // Throws std::runtime_error with a message naming the offending key.
    static SimConfig parse(const std::string &jsonText);

    const OperationConfig *findOperation(const std::string &name) const;
    const OperationConfig *operationOfToken(const std::string &token) const;
};

bool equalsIgnoringAsciiCase(const std::string &a, const std::string &b);
