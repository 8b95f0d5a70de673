#include "gui/widgets/textwrap.h"

#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextEdit>

namespace {
// QTextDocument announces a change (contentsChange) before its layout sees it, so the option chosen here
// is the one the new text is laid out with.
template <typename Edit> void watch(Edit *edit)
{
    const auto apply = [edit] {
        const QTextOption::WrapMode wanted = TextWrap::hasLongWord(edit->document()->toPlainText())
            ? QTextOption::WrapAnywhere
            : QTextOption::WrapAtWordBoundaryOrAnywhere;
        if (edit->wordWrapMode() != wanted)
            edit->setWordWrapMode(wanted);
    };
    QObject::connect(edit->document(), &QTextDocument::contentsChange, edit, apply);
    apply();
}
} // namespace

namespace TextWrap {

bool hasLongWord(QStringView text, qsizetype longest)
{
    qsizetype run = 0;
    for (const QChar c : text) {
        if (c.isSpace()) {
            run = 0;
        } else if (++run > longest) {
            return true;
        }
    }
    return false;
}

void guard(QPlainTextEdit *edit)
{
    watch(edit);
}

void guard(QTextEdit *edit)
{
    watch(edit);
}

} // namespace TextWrap
