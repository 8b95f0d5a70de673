#pragma once

class QAbstractItemView;
class QPlainTextEdit;

// Minimum heights of lists and multi-line fields in rows of their own font and style, so that a short
// window scrolls the form around them instead of squeezing them to a header with no row to work in.
namespace FieldHeight {
// Sets the minimum height of `view` to its frame, header and horizontal scroll bar with `rows` rows.
void keepRows(QAbstractItemView *view, int rows);
// Sets the minimum height of `edit` to its frame and margins with `lines` lines of text.
void keepLines(QPlainTextEdit *edit, int lines);
} // namespace FieldHeight
