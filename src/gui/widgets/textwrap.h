#pragma once

#include <QStringView>

class QPlainTextEdit;
class QTextEdit;

// Qt lays out a word too long for its line by looking for a break again from the start of the line, for
// every line it fills: quadratic in the word's length. A 300,000-character token pasted into the solution
// (a base64 blob, a minified log line) took 22 s to appear and 25 s per key typed after it; with breaks
// allowed anywhere the same text takes 0.1 s. guard() keeps a text box on word-boundary wrapping until its
// text holds a word longer than LongestWord, then lets lines break anywhere, and back once it is gone.
namespace TextWrap {

constexpr qsizetype LongestWord = 200;

// True when `text` has a run of more than `longest` characters without a space or line break.
bool hasLongWord(QStringView text, qsizetype longest = LongestWord);

// Watches the box's document from now on, before each change is laid out.
void guard(QPlainTextEdit *edit);
void guard(QTextEdit *edit);

} // namespace TextWrap
