#pragma once

#include "core/global.h"

#include <QString>

// The purposes under which Settings remembers the folders of the bulk-correction window's files.
namespace BatchFolders {
inline const QString Import = u"batch/import"_s;
inline const QString Export = u"batch/export"_s;
} // namespace BatchFolders
