#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

// One value an operation uses, as Casedesk learned it: a case type, a status or priority of a case type, or
// a responsible user, how often it was seen, and what the CRM said about it.
struct VocabularyEntry
{
    enum class Kind { CaseType, Status, Priority, Responsible };

    QString operation;
    Kind kind = Kind::CaseType;
    QString caseType; // statuses and priorities: the case type they belong to; empty for the other kinds
    QString value;
    int uses = 0; // times seen in a loaded case or a successful update
    qint64 lastUsedMs = 0; // ms since the epoch, UTC
    bool refused = false; // the CRM answered that it does not exist (for this case type)
    std::optional<bool> closed; // statuses: true when the status closes the case, when known
    bool closedByHand = false; // `closed` was set by someone, not learned; learning never overrides it

    static QList<Kind> kinds();
    static QString kindId(Kind kind); // "case_type", "status", "priority", "responsible"
    static std::optional<Kind> kindFromId(QStringView id);
    // Statuses and priorities belong to a case type; case types and responsible users do not.
    static bool isPerCaseType(Kind kind) { return kind == Kind::Status || kind == Kind::Priority; }

    friend bool operator==(const VocabularyEntry &, const VocabularyEntry &) = default;
};
