#pragma once

#include <QString>

// What the agent typed into the wolkvox-id field. The vendor's record ids are hexadecimal (31 or 32 digits
// in every public example); the CRM's case numbers (idCase) are short decimal numbers. Digits only, up to
// MaxCaseNumberDigits, reads as a case number: an id of that length made of digits alone is not one the CRM
// hands out, so no mode switch is needed to say which one was meant.
namespace CaseIdentifier {
constexpr int MaxCaseNumberDigits = 12;

// "1042", " 1042 ": a case number to search by.
bool isCaseNumber(const QString &text);
// Only 0-9, a-f and A-F (blanks around ignored); empty is not.
bool isHexadecimal(const QString &text);
} // namespace CaseIdentifier
