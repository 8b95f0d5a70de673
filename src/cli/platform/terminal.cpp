#include "cli/platform/terminal.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace Terminal {
bool stderrIsTerminal()
{
#if defined(Q_OS_UNIX)
    return isatty(STDERR_FILENO) != 0;
#elif defined(Q_OS_WIN)
    return _isatty(_fileno(stderr)) != 0;
#else
    return false;
#endif
}
} // namespace Terminal
