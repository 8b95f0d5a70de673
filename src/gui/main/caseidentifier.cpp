#include "gui/main/caseidentifier.h"

namespace CaseIdentifier {

bool isCaseNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxCaseNumberDigits)
        return false;
    return std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isHexadecimal(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    return std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

} // namespace CaseIdentifier
