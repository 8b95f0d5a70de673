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
            stored.caseType = seed.caseType;
            stored.responsible = seed.responsible;
            stored.status = seed.status;
            stored.priority = seed.priority;
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
    const json formObject = json::parse(*form.field("form"), nullptr, false);
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
        t["in_flight"] = state.inFlight;
        t["max_in_flight"] = state.maxInFlight;
        t["token_use_today"] = state.usedToday;
        t["token_limit"] = op ? quotaOf(*op) : 0;
        out["by_token"][maskToken(token)] = t;
    }
    return out;
}

json CrmStore::caseToJson(const StoredCase &stored) const
{
    json out;
    out["operation"] = stored.operation;
    out["wolkvox_id"] = stored.id;
    out["seeded"] = stored.seeded;
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
        state = TokenState{state.inFlight, state.inFlight, 0, 0, 0, 0, 0};
    m_lastRequest = nullptr;
    m_requests = 0;
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
