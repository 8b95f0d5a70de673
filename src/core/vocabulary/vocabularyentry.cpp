#include "core/vocabulary/vocabularyentry.h"

#include "core/global.h"

QList<VocabularyEntry::Kind> VocabularyEntry::kinds()
{
    return {Kind::CaseType, Kind::Status, Kind::Priority, Kind::Responsible};
}

QString VocabularyEntry::kindId(Kind kind)
{
    switch (kind) {
    case Kind::CaseType:
        return u"case_type"_s;
    case Kind::Status:
        return u"status"_s;
    case Kind::Priority:
        return u"priority"_s;
    case Kind::Responsible:
        return u"responsible"_s;
    }
    return {};
}

std::optional<VocabularyEntry::Kind> VocabularyEntry::kindFromId(QStringView id)
{
    for (const Kind kind : kinds()) {
        if (kindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}
