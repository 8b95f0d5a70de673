#pragma once

#include "core/batch/batchimport.h"
#include "core/batch/batchrow.h"
#include "gui/batch/batchnotice.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

// What the banner says about an imported table: when it is loaded, and when the check step is reached.
class BatchImportNotices
{
    Q_DECLARE_TR_FUNCTIONS(BatchImportNotices)

public:
    // Why the file cannot be used, or which of its column names were adjusted; nothing when neither.
    static std::optional<BatchNotice> loaded(const BatchImport &import);
    // Problems of the columns, malformed lines, or the same content updated cases before (`earlier` gives
    // the stored batches, asked for only then); nothing when the rows are ready.
    static std::optional<BatchNotice> checked(const BatchImport &import,
                                              const std::function<QList<BatchInfo>()> &earlier);
};
