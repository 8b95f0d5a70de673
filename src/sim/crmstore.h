#pragma once

#include "apireply.h"
#include "multipartcollector.h"
#include "operationconfig.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// Runs a release action when the last copy goes away; lets an in-flight slot outlive the handler while a
// streamed answer is still being written.
class ReleaseGuard
{
public:
    explicit ReleaseGuard(std::function<void()> release)
        : m_release(std::move(release))
    { }
    ~ReleaseGuard()
    {
        if (m_release)
            m_release();
    }
    ReleaseGuard(const ReleaseGuard &) = delete;
    ReleaseGuard &operator=(const ReleaseGuard &) = delete;

private:
    std::function<void()> m_release;
};
using Ticket = std::shared_ptr<ReleaseGuard>;

// A case as queryCases finds it: a copy taken under the store's lock, rendered by QueryAnswer.
struct CaseSnapshot
{
    std::string operation;
    std::string id;
    std::optional<std::int64_t> caseNumber;
    std::string caseType;
    std::string responsible;
    std::string status;
    std::string priority;
    std::string solution;
    nlohmann::ordered_json form = nlohmann::ordered_json::object();
    std::string updatedAt;
};

// The simulated CRM: operations, cases, per-token quotas and concurrency, and the counters the tests read.
// One mutex guards everything; requests are few and short compared with the network work around them.
class CrmStore
{
public:
    struct Settings
    {
        int maxConcurrent = 2;
        std::optional<std::int64_t> dailyQuotaOverride;
        bool acceptUnknownIds = false; // on top of each operation's own setting
    };

    // The gate every API call passes: token, simultaneous requests, daily quota.
    struct Admission
    {
        std::optional<ApiReply> rejection;
        Ticket slot; // holds the token's in-flight slot while set
        std::string maskedToken;
        int inFlight = 0; // the token's requests in flight, this one included, once admitted
    };

    // A search as queryCases.php receives it: the body's three keys, already read as text.
    struct CaseQuery
    {
        std::string operation;
        std::string field;
        std::string value;
    };
    struct QueryOutcome
    {
        std::optional<ApiReply> rejection; // the CRM refused the search itself
        std::vector<CaseSnapshot> matches; // in the store's order
    };

    CrmStore(SimConfig config, Settings settings);

    // Counts one API call as in flight until the returned ticket is released.
    Ticket beginCall();
    Admission admit(const std::string &token);
    // Validates an update as the CRM would and stores it on success.
    ApiReply applyUpdate(const std::string &token, const ReceivedForm &form);
    // Searches the operation's cases as queryCases.php does; an update is visible to the next query.
    QueryOutcome queryCases(const std::string &token, const CaseQuery &query);
    ApiReply tokenInformation(const std::string &token, const std::string &operation);
    // Changes a stored case as someone in the CRM's own pages would, behind the API's back: no token, no
    // quota, no validation beyond the case existing. `change` holds the admin endpoint's JSON. Returns the
    // case as caseJson() shows it, or the reason it was refused (`*status` 400 or 404).
    nlohmann::json changeCase(const nlohmann::json &change, int *status);
    // One line of the per-request log (/__sim/requests): what was asked and what was answered.
    void noteRequest(nlohmann::json entry);
    nlohmann::json requestLog() const;
    void noteAnswer(int httpStatus);

    void setLastRequest(nlohmann::json request);
    nlohmann::json lastRequest() const;
    void setLastQuery(nlohmann::json request);
    nlohmann::json lastQuery() const;
    nlohmann::json stats() const;
    std::optional<nlohmann::json> caseJson(const std::string &operation, const std::string &id) const;
    nlohmann::json casesJson(const std::string &operation) const;
    // Forgets updates, counters and quota use; seeded cases come back as configured.
    void reset();
    // Starts a new quota day now, as midnight in Bogotá would.
    void startNewQuotaDay();

    int maxConcurrent() const { return m_settings.maxConcurrent; }
    // "A8K3J7F2" -> "A8…F2"; the only form in which a token ever leaves the simulator.
    static std::string maskToken(const std::string &token);

private:
    struct StoredFile
    {
        ReceivedFile file;
        int update = 0;
    };
    struct StoredCase
    {
        std::string operation;
        std::string id;
        bool seeded = false;
        std::optional<std::int64_t> caseNumber;
        std::string caseType;
        std::string responsible;
        std::string status;
        std::optional<bool> statusClosed;
        std::string priority;
        std::string solution;
        // Ordered: the CRM's form keeps its fields in the order they were first written.
        nlohmann::ordered_json form = nlohmann::ordered_json::object();
        std::vector<StoredFile> files;
        std::vector<StoredFile> droppedFiles; // received, but PHP never handed them to update.php
        int updates = 0;
        std::string updatedAt;
        // Read by the tests: update requests that named this case (accepted or not), queries that answered
        // it, and changes made through the admin endpoint.
        int updateRequests = 0;
        int queries = 0;
        int adminChanges = 0;
    };
    struct TokenState
    {
        int inFlight = 0;
        int maxInFlight = 0;
        std::int64_t usedToday = 0;
        std::uint64_t requests = 0;
        std::uint64_t updatesOk = 0;
        std::uint64_t rejectedConcurrency = 0;
        std::uint64_t rejectedQuota = 0;
        std::uint64_t queries = 0;
    };

    using CaseKey = std::pair<std::string, std::string>;

    void seedCasesLocked();
    void rollQuotaDayLocked();
    std::int64_t quotaOf(const OperationConfig &op) const;
    nlohmann::json caseToJson(const StoredCase &stored) const;
    static CaseSnapshot snapshotOf(const StoredCase &stored);
    ApiReply validateAndStoreLocked(const std::string &token, const ReceivedForm &form);

    const SimConfig m_config;
    const Settings m_settings;

    mutable std::mutex m_mutex;
    std::map<CaseKey, StoredCase> m_cases;
    std::map<std::string, TokenState> m_tokens;
    std::int64_t m_quotaDay = 0;
    nlohmann::json m_lastRequest;
    nlohmann::json m_lastQuery;
    nlohmann::json m_requestLog = nlohmann::json::array();
    std::uint64_t m_requestSeq = 0;
    std::uint64_t m_requests = 0;
    std::uint64_t m_queries = 0;
    std::uint64_t m_queriesOk = 0;
    std::uint64_t m_updatesOk = 0;
    std::uint64_t m_rejectedConcurrency = 0;
    std::uint64_t m_rejectedQuota = 0;
    std::uint64_t m_tokenInfoCalls = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    std::map<int, std::uint64_t> m_byStatus;
};
