#pragma once

#include "core/model/caseupdate.h"
#include "core/model/connectionsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// How one update reaches the CRM: the requests it takes and which attachments each carries. The CRM is
// PHP: of several files under a plain part name ("file", "files") it keeps only the last, so by default
// such an update goes out once per file, with the same fields each time; a "[]" name carries them all in
// one request. Pure, so the window, the CLI and the batch plan alike and say the same before sending.
struct DeliveryPlan
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryPlan)

public:
    // Each request's attachments, in order; always at least one request (maybe without files).
    QList<QStringList> requests;
    // Files the chosen setting cannot deliver: several in one request under a plain name, where only
    // the last can arrive.
    QStringList atRisk;

    static DeliveryPlan make(const CaseUpdate &update, const ConnectionSettings &settings);

    int requestCount() const { return int(requests.size()); }
    // Calls of the token's daily quota the update costs (one per request).
    int calls() const { return requestCount(); }
    bool isSplit() const { return requests.size() > 1; }
    bool isLossy() const { return !atRisk.isEmpty(); }
    // The update that request `index` sends: the same fields, that request's files.
    CaseUpdate requestUpdate(const CaseUpdate &update, int index) const;

    // One or two translated sentences for the send area and the CLI: what will happen and what it costs.
    // Empty when nothing needs saying (one request that carries every file).
    QString summary(const QString &partName) const;
};
