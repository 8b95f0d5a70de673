#pragma once

#include "core/model/caserecord.h"
#include "core/model/caseupdate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One field that differs between two versions of a case. `field` is a stable id: "case-type",
// "responsible", "status", "priority", "solution", or "form:NAME" for the custom field NAME.
struct FieldChange
{
    QString field;
    QString before;
    QString after;
    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

// One field as the agent loaded it, as the agent is about to send it, and as the CRM has it now.
struct FieldConflict
{
    QString field;
    QString loaded;
    QString mine;
    QString theirs;
    bool mineChanged = false;
    bool theirsChanged = false;
    // Both moved, to different values: the agent must choose.
    bool isConflict() const { return mineChanged && theirsChanged && mine != theirs; }
    friend bool operator==(const FieldConflict &, const FieldConflict &) = default;
};

// What an update will change in a loaded case, what moved in the CRM since it was loaded, and the compact
// summary the window shows ("priority: low → high; responsible: ana → luis"). Values compare as the CRM
// compares them: surrounding blanks never count, case types and responsible users ignore case, statuses,
// priorities, solutions and custom fields do not.
class CaseComparison
{
    Q_DECLARE_TR_FUNCTIONS(CaseComparison)

public:
    enum class Resolution { KeepTheirs, KeepMine };

    // What sending `update` does to the case as it was loaded: the required fields, the solution when the
    // update sends one (an empty solution is not sent, so the CRM keeps its own), and every custom field the
    // update sends (the CRM keeps those it does not).
    static QList<FieldChange> changes(const CaseRecord &loaded, const CaseUpdate &update);
    // What moved in the CRM between two reads of a case: every field both reads carry.
    static QList<FieldChange> drift(const CaseRecord &loaded, const CaseRecord &now);
    // The fields the agent or someone else changed since the load, for the conflict dialog.
    static QList<FieldConflict> conflicts(const CaseRecord &loaded, const CaseUpdate &mine,
                                          const CaseRecord &theirs);
    // `mine` brought up to date with the CRM: a field only they changed takes their value (sending the old
    // one would undo their change), a field both changed takes theirs or mine as `resolution` says.
    static CaseUpdate rebase(const CaseUpdate &mine, const CaseRecord &loaded, const CaseRecord &theirs,
                             Resolution resolution);

    // "priority: low → high; responsible: ana@op → luis@op", translated, long values shortened; empty when
    // nothing changes.
    static QString summary(const QList<FieldChange> &changes);
    // The translated name of a field id ("case type"), or a custom field's own name.
    static QString fieldLabel(const QString &field);
    // Whether two values of `field` are the same to the CRM.
    static bool sameValue(const QString &field, const QString &a, const QString &b);

    static constexpr int SummaryValueLength = 40;
};
