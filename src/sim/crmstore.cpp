#include "crmstore.h"

#include "phpuploadrules.h"
#include "timeutil.h"

#include <algorithm>
#include <array>
#include <cctype>

using nlohmann::json;

namespace {

// From the contract (vendor list, with its duplicates removed); compared ignoring ASCII case.
constexpr std::array AllowedExtensions{"xlsx", "csv", "pdf", "jpg",  "png", "docx", "mp4",
                                       "mp3",  "wmv", "wma", "wap",  "doc", "jpeg", "avi",
                                       "bmp",  "bpm", "mov", "tiff", "zip", "7z",   "rar"};

bool extensionAllowed(const std::string &filename)
{
    const auto dot = filename.rfind('.');
    if (dot == std::string::npos || dot + 1 == filename.size())
        return false;
    const std::string extension = filename.substr(dot + 1);
    return std::any_of(AllowedExtensions.begin(), AllowedExtensions.end(),
                       [&](const char *allowed) { return equalsIgnoringAsciiCase(extension, allowed); });
}

bool isBlank(const std::string &text)
{
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

json nullIfEmpty(const std::string &text)
{
    return text.empty() ? json(nullptr) : json(text);
}

constexpr const char *RequiredFields[]
    = {"operation", "wolkvox-id", "case-type", "responsible", "status", "priority", "form"};

// What queryCases.php can search by (the vendor's list, spelled as the vendor spells it). The ones the
// simulator keeps are searched; the others name data it does not model and find nothing, as a real CRM
// would for an operation that never filled them in.
enum class QueryField {
    WolkvoxId,
    CaseNumber,
    Status,
    Priority,
    CaseType,
    ResponsibleUser,
    ResponsibleName,
    Solution,
    Unmodelled
};

std::optional<QueryField> queryFieldOf(const std::string &name)
{
    static const std::pair<const char *, QueryField> known[] = {
        {"wolkvox-id", QueryField::WolkvoxId},
        {"wolkvox_id", QueryField::WolkvoxId},
        {"idCase", QueryField::CaseNumber},
        {"status", QueryField::Status},
        {"priority", QueryField::Priority},
        {"type case", QueryField::CaseType},
        // The Spanish page's older text says "case-type" for the same search.
        {"case-type", QueryField::CaseType},
        {"responsible user", QueryField::ResponsibleUser},
        {"responsible name", QueryField::ResponsibleName},
        {"solution", QueryField::Solution},
        {"idPrefijo", QueryField::Unmodelled},
        {"prefix", QueryField::Unmodelled},
        {"responsible id", QueryField::Unmodelled},
        {"owner name", QueryField::Unmodelled},
        {"owner user", QueryField::Unmodelled},
        {"owner id", QueryField::Unmodelled},
        {"email contact", QueryField::Unmodelled},
        {"name contact", QueryField::Unmodelled},
        {"contact wolkvox id", QueryField::Unmodelled},
        {"contact identification", QueryField::Unmodelled},
        {"contact phone", QueryField::Unmodelled},
        {"companyName", QueryField::Unmodelled},
        {"company name", QueryField::Unmodelled},
        {"company id", QueryField::Unmodelled},
        {"description", QueryField::Unmodelled},
        {"reopened", QueryField::Unmodelled},
        {"case expired", QueryField::Unmodelled},
        {"reason", QueryField::Unmodelled},
    };
    for (const auto &[spelling, field] : known) {
        if (equalsIgnoringAsciiCase(name, spelling))
            return field;
    }
    return std::nullopt;
}

std::string trimmed(const std::string &text)
{
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

std::string localPart(const std::string &email)
{
    return email.substr(0, email.find('@'));
}

} // namespace

CrmStore::CrmStore(SimConfig config, Settings settings)
    : m_config(std::move(config))
    , m_settings(settings)
{
    std::lock_guard lock(m_mutex);
    m_quotaDay = TimeUtil::quotaDay();
    seedCasesLocked();
}

std::string CrmStore::maskToken(const std::string &token)
{
    if (token.size() <= 4)
        return "…";
    return token.substr(0, 2) + "…" + token.substr(token.size() - 2);
}

void CrmStore::seedCasesLocked()
{
    m_cases.clear();
    for (const auto &op : m_config.operations) {
        for (const auto &seed : op.cases) {
            StoredCase stored;
            stored.operation = op.name;
            stored.id = seed.id;
            stored.seeded = true;
            stored.caseNumber = seed.caseNumber;
            stored.caseType = seed.caseType;
            stored.responsible = seed.responsible;
            stored.status = seed.status;
            stored.priority = seed.priority;
            stored.solution = seed.solution;
            stored.form = seed.form;
            if (const auto *type = op.findCaseType(seed.caseType)) {
                if (const auto *status = type->findStatus(seed.status))
                    stored.statusClosed = status->second;
            }
            m_cases.emplace(CaseKey{op.name, seed.id}, std::move(stored));
        }
    }
}

void CrmStore::rollQuotaDayLocked()
{
    const std::int64_t today = TimeUtil::quotaDay();
    if (today == m_quotaDay)
        return;
    m_quotaDay = today;
    for (auto &[token, state] : m_tokens)
        state.usedToday = 0;
}

std::int64_t CrmStore::quotaOf(const OperationConfig &op) const
{
    return m_settings.dailyQuotaOverride.value_or(op.dailyQuota);
}

Ticket CrmStore::beginCall()
{
    std::lock_guard lock(m_mutex);
    ++m_requests;
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    return std::make_shared<ReleaseGuard>([this] {
        std::lock_guard releaseLock(m_mutex);
        --m_inFlight;
    });
}

CrmStore::Admission CrmStore::admit(const std::string &token)
{
    Admission admission;
    if (token.empty()) {
        admission.rejection = ApiReply::error(401, "UNAUTHORIZED", VendorMsg::EnterToken);
        return admission;
    }
    std::lock_guard lock(m_mutex);
    const OperationConfig *op = m_config.operationOfToken(token);
    if (!op) {
        admission.rejection = ApiReply::error(403, "FORBIDDEN", VendorMsg::ValidateToken);
        return admission;
    }
    admission.maskedToken = maskToken(token);
    rollQuotaDayLocked();
    TokenState &state = m_tokens[token];
    ++state.requests;
    if (state.inFlight >= m_settings.maxConcurrent) {
        ++state.rejectedConcurrency;
        ++m_rejectedConcurrency;
        admission.rejection
            = ApiReply::error(403, "FORBIDDEN", VendorMsg::simultaneousRequests(m_settings.maxConcurrent));
        return admission;
    }
    if (state.usedToday >= quotaOf(*op)) {
        ++state.rejectedQuota;
        ++m_rejectedQuota;
        admission.rejection = ApiReply::error(403, "FORBIDDEN", VendorMsg::TokenLimit);
        return admission;
    }
    // Every call the gate lets through costs one, whatever its outcome later.
    ++state.usedToday;
    ++state.inFlight;
    state.maxInFlight = std::max(state.maxInFlight, state.inFlight);
    admission.inFlight = state.inFlight;
    admission.slot = std::make_shared<ReleaseGuard>([this, token] {
        std::lock_guard releaseLock(m_mutex);
        --m_tokens[token].inFlight;
    });
    return admission;
}

ApiReply CrmStore::applyUpdate(const std::string &token, const ReceivedForm &form)
{
    std::lock_guard lock(m_mutex);
    ApiReply reply = validateAndStoreLocked(token, form);
    if (reply.ok()) {
        ++m_updatesOk;
        ++m_tokens[token].updatesOk;
    }
    const std::string *operation = form.field("operation");
    const std::string *id = form.field("wolkvox-id");
    if (operation && id) {
        if (const auto it = m_cases.find({*operation, *id}); it != m_cases.end())
            ++it->second.updateRequests;
    }
    return reply;
}

ApiReply CrmStore::validateAndStoreLocked(const std::string &token, const ReceivedForm &form)
{
    auto badRequest = [](const char *msg) { return ApiReply::error(400, "BAD REQUEST", msg); };

    if (!form.multipart)
        return badRequest(VendorMsg::NotMultipart);
    if (!form.complete)
        return badRequest(VendorMsg::MalformedMultipart);
    if (form.tooManyParts)
        return badRequest(VendorMsg::TooManyParameters);
    if (!form.oversizeField.empty())
        return badRequest(VendorMsg::FieldTooLarge);
    for (const char *name : RequiredFields) {
        const std::string *value = form.field(name);
        if (!value || value->empty())
            return badRequest(VendorMsg::ParametersRequired);
    }

    const OperationConfig *op = m_config.findOperation(*form.field("operation"));
    if (!op || !op->hasToken(token))
        return ApiReply::error(403, "FORBIDDEN", VendorMsg::ValidateToken);

    const std::string &id = *form.field("wolkvox-id");
    const auto existing = m_cases.find({op->name, id});
    if (existing == m_cases.end() && !(op->acceptUnknownIds || m_settings.acceptUnknownIds))
        return ApiReply::error(404, "NOT FOUND", VendorMsg::RecordDoesNotExist);

    const CaseTypeConfig *type = op->findCaseType(*form.field("case-type"));
    if (!type)
        return badRequest(VendorMsg::CaseTypeUnknown);
    const auto *status = type->findStatus(*form.field("status"));
    if (!status)
        return badRequest(VendorMsg::StatusUnknown);
    if (!type->hasPriority(*form.field("priority")))
        return badRequest(VendorMsg::PriorityUnknown);
    const std::string *responsible = op->findUser(*form.field("responsible"));
    if (!responsible)
        return badRequest(VendorMsg::ResponsibleUnknown);
    const auto formObject = nlohmann::ordered_json::parse(*form.field("form"), nullptr, false);
    if (formObject.is_discarded() || !formObject.is_object())
        return badRequest(VendorMsg::FormNotObject);
    // Only what PHP hands the script is checked: a file PHP dropped cannot be refused either.
    for (const auto &file : form.files) {
        if (file.kept() && !extensionAllowed(file.filename))
            return badRequest(VendorMsg::ExtensionNotAllowed);
    }
    const std::string *solution = form.field("solution");
    if (status->second && (!solution || isBlank(*solution)))
        return badRequest(VendorMsg::SolutionRequired);

    StoredCase &stored = existing != m_cases.end() ? existing->second : m_cases[{op->name, id}];
    stored.operation = op->name;
    stored.id = id;
    stored.caseType = type->name;
    stored.responsible = *responsible;
    stored.status = status->first;
    stored.statusClosed = status->second;
    stored.priority = *form.field("priority");
    if (solution)
        stored.solution = *solution;
    // Custom fields not sent keep their values, as a CRM form update does.
    stored.form.update(formObject);
    ++stored.updates;
    stored.updatedAt = TimeUtil::isoUtcNow();
    for (const auto &file : form.files) {
        if (file.kept())
            stored.files.push_back({file, stored.updates});
        else
            stored.droppedFiles.push_back({file, stored.updates});
    }
    return ApiReply::updateSucceeded(id);
}

CrmStore::QueryOutcome CrmStore::queryCases(const std::string &token, const CaseQuery &query)
{
    QueryOutcome outcome;
    std::lock_guard lock(m_mutex);
    ++m_queries;
    ++m_tokens[token].queries;
    const std::string value = trimmed(query.value);
    if (query.operation.empty() || trimmed(query.field).empty() || value.empty()) {
        outcome.rejection = ApiReply::error(400, "BAD REQUEST", VendorMsg::ParametersRequired);
        return outcome;
    }
    const OperationConfig *op = m_config.findOperation(query.operation);
    if (!op || !op->hasToken(token)) {
        outcome.rejection = ApiReply::error(403, "FORBIDDEN", VendorMsg::ValidateToken);
        return outcome;
    }
    const std::optional<QueryField> field = queryFieldOf(trimmed(query.field));
    if (!field) {
        outcome.rejection = ApiReply::error(400, "BAD REQUEST", VendorMsg::QueryFieldUnknown);
        return outcome;
    }
    // Text compares ignoring ASCII case, as the CRM's database collation does.
    const auto matches = [&](const StoredCase &stored) {
        switch (*field) {
        case QueryField::WolkvoxId:
            return equalsIgnoringAsciiCase(stored.id, value);
        case QueryField::CaseNumber:
            return stored.caseNumber && std::to_string(*stored.caseNumber) == value;
        case QueryField::Status:
            return equalsIgnoringAsciiCase(stored.status, value);
        case QueryField::Priority:
            return equalsIgnoringAsciiCase(stored.priority, value);
        case QueryField::CaseType:
            return equalsIgnoringAsciiCase(stored.caseType, value);
        case QueryField::ResponsibleUser:
            return equalsIgnoringAsciiCase(stored.responsible, value);
        case QueryField::ResponsibleName:
            return !stored.responsible.empty()
                && equalsIgnoringAsciiCase(localPart(stored.responsible), value);
        case QueryField::Solution:
            return !stored.solution.empty() && equalsIgnoringAsciiCase(stored.solution, value);
        case QueryField::Unmodelled:
            return false;
        }
        return false;
    };
    for (auto &[key, stored] : m_cases) {
        if (key.first != op->name || !matches(stored))
            continue;
        ++stored.queries;
        outcome.matches.push_back(snapshotOf(stored));
    }
    ++m_queriesOk;
    return outcome;
}

CaseSnapshot CrmStore::snapshotOf(const StoredCase &stored)
{
    CaseSnapshot snapshot;
    snapshot.operation = stored.operation;
    snapshot.id = stored.id;
    snapshot.caseNumber = stored.caseNumber;
    snapshot.caseType = stored.caseType;
    snapshot.responsible = stored.responsible;
    snapshot.status = stored.status;
    snapshot.priority = stored.priority;
    snapshot.solution = stored.solution;
    snapshot.form = stored.form;
    snapshot.updatedAt = stored.updatedAt;
    return snapshot;
}

json CrmStore::changeCase(const json &change, int *status)
{
    const auto text = [&](const char *key) -> std::optional<std::string> {
        const auto it = change.find(key);
        if (it == change.end() || !it->is_string())
            return std::nullopt;
        return it->get<std::string>();
    };
    *status = 400;
    if (!change.is_object())
        return {{"error", "expected a JSON object"}};
    const std::optional<std::string> operation = text("operation");
    const std::optional<std::string> id = text("id");
    if (!operation || !id || id->empty())
        return {{"error", "\"operation\" and \"id\" are required strings"}};
    for (const char *key : {"case_type", "responsible", "status", "priority", "solution"}) {
        if (change.contains(key) && !change[key].is_string())
            return {{"error", std::string("\"") + key + "\" must be a string"}};
    }
    if (change.contains("case_number")
        && !(
            change["case_number"].is_null()
            || (change["case_number"].is_number_integer() && change["case_number"].get<std::int64_t>() >= 0)))
        return {{"error", "\"case_number\" must be a non-negative integer or null"}};
    if (change.contains("form") && !change["form"].is_object())
        return {{"error", "\"form\" must be an object"}};

    std::lock_guard lock(m_mutex);
    const OperationConfig *op = m_config.findOperation(*operation);
    if (!op) {
        *status = 404;
        return {{"error", "no such operation"}};
    }
    auto it = m_cases.find({op->name, *id});
    if (it == m_cases.end()) {
        if (!change.value("create", false)) {
            *status = 404;
            return {{"error", "no such case (send \"create\":true to add one)"}};
        }
        StoredCase created;
        created.operation = op->name;
        created.id = *id;
        it = m_cases.emplace(CaseKey{op->name, *id}, std::move(created)).first;
    }
    StoredCase &stored = it->second;
    if (const auto value = text("case_type"))
        stored.caseType = *value;
    if (const auto value = text("responsible"))
        stored.responsible = *value;
    if (const auto value = text("status"))
        stored.status = *value;
    if (const auto value = text("priority"))
        stored.priority = *value;
    if (const auto value = text("solution"))
        stored.solution = *value;
    if (change.contains("case_number")) {
        if (change["case_number"].is_null())
            stored.caseNumber.reset();
        else
            stored.caseNumber = change["case_number"].get<std::int64_t>();
    }
    if (change.contains("form")) {
        // Merged like an update's form, unless the change asks for the fields to be replaced.
        if (change.value("replace_form", false))
            stored.form = nlohmann::ordered_json::object();
        for (const auto &[name, value] : change["form"].items())
            stored.form[name] = value.is_string() ? nlohmann::ordered_json(value.get<std::string>())
                                                  : nlohmann::ordered_json(value.dump());
    }
    stored.statusClosed.reset();
    if (const auto *type = op->findCaseType(stored.caseType)) {
        if (const auto *known = type->findStatus(stored.status))
            stored.statusClosed = known->second;
    }
    ++stored.adminChanges;
    stored.updatedAt = TimeUtil::isoUtcNow();
    *status = 200;
    return caseToJson(stored);
}

void CrmStore::noteRequest(json entry)
{
    // Enough for the largest batch the tests send (two calls a row), and bounded for long demo runs.
    constexpr std::size_t MaxEntries = 20000;
    std::lock_guard lock(m_mutex);
    entry["n"] = ++m_requestSeq;
    if (m_requestLog.size() >= MaxEntries)
        m_requestLog.erase(m_requestLog.begin());
    m_requestLog.push_back(std::move(entry));
}

json CrmStore::requestLog() const
{
    std::lock_guard lock(m_mutex);
    return m_requestLog;
}

ApiReply CrmStore::tokenInformation(const std::string &token, const std::string &operation)
{
    std::lock_guard lock(m_mutex);
    ++m_tokenInfoCalls;
    if (operation.empty())
        return ApiReply::error(400, "BAD REQUEST", VendorMsg::ParametersRequired);
    const OperationConfig *op = m_config.findOperation(operation);
    if (!op || !op->hasToken(token))
        return ApiReply::error(403, "FORBIDDEN", VendorMsg::ValidateToken);
    ApiReply reply;
    reply.httpStatus = 200;
    reply.body["code"] = 200;
    reply.body["error"] = "null";
    reply.body["msg"] = "OK";
    reply.body["data"]["token_limit"] = quotaOf(*op);
    reply.body["data"]["token_use_today"] = m_tokens[token].usedToday;
    reply.body["data"]["hours_to_restart_count"] = TimeUtil::hoursToQuotaRestart();
    return reply;
}

void CrmStore::noteAnswer(int httpStatus)
{
    std::lock_guard lock(m_mutex);
    ++m_byStatus[httpStatus];
}

void CrmStore::setLastRequest(json request)
{
    std::lock_guard lock(m_mutex);
    m_lastRequest = std::move(request);
}

json CrmStore::lastRequest() const
{
    std::lock_guard lock(m_mutex);
    return m_lastRequest;
}

void CrmStore::setLastQuery(json request)
{
    std::lock_guard lock(m_mutex);
    m_lastQuery = std::move(request);
}

json CrmStore::lastQuery() const
{
    std::lock_guard lock(m_mutex);
    return m_lastQuery;
}

json CrmStore::stats() const
{
    std::lock_guard lock(m_mutex);
    json out;
    out["requests"] = m_requests;
    out["updates_ok"] = m_updatesOk;
    out["rejected_concurrency"] = m_rejectedConcurrency;
    out["rejected_quota"] = m_rejectedQuota;
    out["max_in_flight"] = m_maxInFlight;
    out["in_flight"] = m_inFlight;
    out["token_info_calls"] = m_tokenInfoCalls;
    out["queries"] = m_queries;
    out["queries_ok"] = m_queriesOk;
    out["max_concurrent"] = m_settings.maxConcurrent;
    out["by_status"] = json::object();
    for (const auto &[status, count] : m_byStatus)
        out["by_status"][std::to_string(status)] = count;
    out["by_token"] = json::object();
    for (const auto &[token, state] : m_tokens) {
        const OperationConfig *op = m_config.operationOfToken(token);
        json t;
        t["operation"] = op ? op->name : std::string();
        t["requests"] = state.requests;
        t["updates_ok"] = state.updatesOk;
        t["rejected_concurrency"] = state.rejectedConcurrency;
        t["rejected_quota"] = state.rejectedQuota;
        t["queries"] = state.queries;
        t["in_flight"] = state.inFlight;
        t["max_in_flight"] = state.maxInFlight;
        t["token_use_today"] = state.usedToday;
        t["token_limit"] = op ? quotaOf(*op) : 0;
        out["by_token"][maskToken(token)] = t;
    }
    // Only the cases something happened to, keyed "operation/wolkvox-id".
    out["by_case"] = json::object();
    for (const auto &[key, stored] : m_cases) {
        if (stored.queries == 0 && stored.updateRequests == 0 && stored.adminChanges == 0)
            continue;
        out["by_case"][key.first + "/" + key.second] = {{"queries", stored.queries},
                                                        {"update_requests", stored.updateRequests},
                                                        {"updates", stored.updates},
                                                        {"admin_changes", stored.adminChanges}};
    }
    return out;
}

json CrmStore::caseToJson(const StoredCase &stored) const
{
    json out;
    out["operation"] = stored.operation;
    out["wolkvox_id"] = stored.id;
    out["seeded"] = stored.seeded;
    out["case_number"] = stored.caseNumber ? json(*stored.caseNumber) : json(nullptr);
    out["case_type"] = nullIfEmpty(stored.caseType);
    out["responsible"] = nullIfEmpty(stored.responsible);
    out["status"] = nullIfEmpty(stored.status);
    out["status_condition"]
        = stored.statusClosed ? json(*stored.statusClosed ? "closed" : "open") : json(nullptr);
    out["priority"] = nullIfEmpty(stored.priority);
    out["solution"] = nullIfEmpty(stored.solution);
    out["form"] = stored.form;
    out["files"] = json::array();
    for (const auto &entry : stored.files) {
        out["files"].push_back({{"part", entry.file.part},
                                {"php_key", entry.file.phpKey},
                                // PHP hands the script the name without any directory.
                                {"filename", PhpUploadRules::baseName(entry.file.filename)},
                                {"content_type", entry.file.contentType},
                                {"size", entry.file.size},
                                {"sha256", entry.file.sha256},
                                {"update", entry.update}});
    }
    // What an update sent but PHP never handed to update.php, so the CRM cannot have stored it.
    out["dropped_files"] = json::array();
    for (const auto &entry : stored.droppedFiles) {
        out["dropped_files"].push_back({{"part", entry.file.part},
                                        {"filename", entry.file.filename},
                                        {"size", entry.file.size},
                                        {"sha256", entry.file.sha256},
                                        {"update", entry.update},
                                        {"reason", PhpUploadRules::fateCode(entry.file.fate)},
                                        {"why", PhpUploadRules::explain(entry.file)}});
    }
    out["updates"] = stored.updates;
    out["update_requests"] = stored.updateRequests;
    out["queries"] = stored.queries;
    out["admin_changes"] = stored.adminChanges;
    out["updated_at"] = nullIfEmpty(stored.updatedAt);
    return out;
}

std::optional<json> CrmStore::caseJson(const std::string &operation, const std::string &id) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_cases.find({operation, id});
    if (it == m_cases.end())
        return std::nullopt;
    return caseToJson(it->second);
}

json CrmStore::casesJson(const std::string &operation) const
{
    std::lock_guard lock(m_mutex);
    json out = json::array();
    for (const auto &[key, stored] : m_cases) {
        if (operation.empty() || key.first == operation)
            out.push_back(caseToJson(stored));
    }
    return out;
}

void CrmStore::reset()
{
    std::lock_guard lock(m_mutex);
    seedCasesLocked();
    // Requests still running keep their in-flight slots; everything else starts from zero.
    for (auto &[token, state] : m_tokens)
        state = TokenState{state.inFlight, state.inFlight, 0, 0, 0, 0, 0, 0};
    m_lastRequest = nullptr;
    m_lastQuery = nullptr;
    m_requestLog = json::array();
    m_requestSeq = 0;
    m_requests = 0;
    m_queries = 0;
    m_queriesOk = 0;
    m_updatesOk = 0;
    m_rejectedConcurrency = 0;
    m_rejectedQuota = 0;
    m_tokenInfoCalls = 0;
    m_maxInFlight = m_inFlight;
    m_byStatus.clear();
}

void CrmStore::startNewQuotaDay()
{
    std::lock_guard lock(m_mutex);
    for (auto &[token, state] : m_tokens)
        state.usedToday = 0;
}
