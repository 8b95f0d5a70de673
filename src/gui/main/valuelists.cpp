#include "gui/main/valuelists.h"

#include "core/global.h"
#include "core/profiles/settings.h"
#include "core/vocabulary/vocabularystore.h"

namespace {
bool sameText(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool containsText(const QStringList &list, const QString &value)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&value](const QString &item) { return sameText(item, value); });
}

VocabularyEntry::Kind entryKind(int kind)
{
    static constexpr VocabularyEntry::Kind kinds[]
        = {VocabularyEntry::Kind::CaseType, VocabularyEntry::Kind::Status, VocabularyEntry::Kind::Priority,
           VocabularyEntry::Kind::Responsible};
    return kinds[kind];
}
} // namespace

ValueLists::ValueLists(Settings *settings)
    : m_settings(settings)
{
    Q_ASSERT(settings);
}

void ValueLists::setVocabulary(VocabularyStore *vocabulary)
{
    m_vocabulary = vocabulary;
}

QStringList ValueLists::merged(const QStringList &first, const QStringList &then, const QStringList &refused)
{
    QStringList out;
    for (const QStringList *list : {&first, &then}) {
        for (const QString &value : *list) {
            const QString trimmed = value.trimmed();
            if (!trimmed.isEmpty() && !containsText(out, trimmed) && !containsText(refused, trimmed))
                out.append(trimmed);
        }
    }
    return out;
}

QStringList ValueLists::refused(const QString &operation, Kind kind, const QString &caseType) const
{
    QStringList out;
    if (!m_vocabulary || !m_vocabulary->isOpen() || operation.trimmed().isEmpty())
        return out;
    const VocabularyEntry::Kind wanted = entryKind(int(kind));
    for (const VocabularyEntry &entry : m_vocabulary->entries(operation)) {
        if (entry.refused && entry.kind == wanted
            && (!VocabularyEntry::isPerCaseType(wanted) || sameText(entry.caseType, caseType)))
            out.append(entry.value);
    }
    return out;
}

QStringList ValueLists::caseTypes(const QString &operation) const
{
    const QStringList learned = m_vocabulary ? m_vocabulary->caseTypes(operation) : QStringList();
    // The vendor documents the standard types for every operation: they are always offered.
    return merged(learned, m_settings->customCaseTypes(operation) + Settings::standardCaseTypes(),
                  refused(operation, Kind::CaseType, {}));
}

QStringList ValueLists::statuses(const QString &operation, const QString &caseType) const
{
    const QStringList learned = m_vocabulary ? m_vocabulary->statuses(operation, caseType) : QStringList();
    // The suggestions ("open", "closed") only until the operation taught its own.
    return merged(learned, learned.isEmpty() ? m_settings->statuses(operation, caseType) : QStringList(),
                  refused(operation, Kind::Status, caseType));
}

QStringList ValueLists::priorities(const QString &operation, const QString &caseType) const
{
    const QStringList learned = m_vocabulary ? m_vocabulary->priorities(operation, caseType) : QStringList();
    return merged(learned, learned.isEmpty() ? m_settings->priorities(operation, caseType) : QStringList(),
                  refused(operation, Kind::Priority, caseType));
}

QStringList ValueLists::responsibles(const QString &operation) const
{
    const QStringList learned = m_vocabulary ? m_vocabulary->responsibles(operation) : QStringList();
    return merged(learned, m_settings->responsibles(), refused(operation, Kind::Responsible, {}));
}

ConnectionSettings ValueLists::withClosedStatuses(ConnectionSettings settings, const QString &operation,
                                                  const QString &caseType) const
{
    if (!m_vocabulary || !m_vocabulary->isOpen() || operation.trimmed().isEmpty())
        return settings;
    for (const VocabularyEntry &entry : m_vocabulary->entries(operation)) {
        if (entry.kind != VocabularyEntry::Kind::Status || !entry.closed
            || !sameText(entry.caseType, caseType))
            continue;
        if (*entry.closed && !containsText(settings.closedStatuses, entry.value))
            settings.closedStatuses.append(entry.value);
        else if (!*entry.closed) // accepted without a solution, or set by hand: it does not close
            settings.closedStatuses.removeIf([&entry](const QString &s) { return sameText(s, entry.value); });
    }
    return settings;
}
