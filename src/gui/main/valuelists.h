#pragma once

#include "core/model/connectionsettings.h"

#include <QPointer>
#include <QStringList>

class Settings;
class VocabularyStore;

// The values the case form offers for an operation: first what the operation's own cases and the CRM's
// answers taught (VocabularyStore, most used first), then what this computer remembered or suggests
// (Settings) — the generic suggestions only while nothing was learned — and never a value the CRM refused.
// Whether a status closes a case likewise: the profile's list, plus the statuses learned or set to close
// cases of that type, less those set by hand not to.
class ValueLists final
{
public:
    // `settings` is the caller's and must outlive the lists.
    explicit ValueLists(Settings *settings);

    // The learned values (the caller's; may be null: Settings' lists alone).
    void setVocabulary(VocabularyStore *vocabulary);
    VocabularyStore *vocabulary() const { return m_vocabulary; }

    QStringList caseTypes(const QString &operation) const;
    QStringList statuses(const QString &operation, const QString &caseType) const;
    QStringList priorities(const QString &operation, const QString &caseType) const;
    QStringList responsibles(const QString &operation) const;
    // `settings` with the closed statuses of `caseType` as learned or set by hand.
    ConnectionSettings withClosedStatuses(ConnectionSettings settings, const QString &operation,
                                          const QString &caseType) const;

private:
    enum class Kind { CaseType, Status, Priority, Responsible };
    // The values the CRM refused, for that case type where it matters.
    QStringList refused(const QString &operation, Kind kind, const QString &caseType) const;
    static QStringList merged(const QStringList &first, const QStringList &then, const QStringList &refused);

    Settings *m_settings;
    VocabularyStore *m_vocabulary = nullptr; // the caller's
};
