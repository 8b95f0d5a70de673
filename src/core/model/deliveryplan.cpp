#include "core/model/deliveryplan.h"

#include "core/audience.h"
#include "core/global.h"

#include <QFileInfo>

DeliveryPlan DeliveryPlan::make(const CaseUpdate &update, const ConnectionSettings &settings)
{
    using Delivery = ConnectionSettings::AttachmentDelivery;
    DeliveryPlan plan;
    const QStringList &files = update.attachments;
    const bool keepsAll = settings.partNameKeepsEveryFile();
    const bool oneRequest = files.size() < 2 || settings.attachmentDelivery == Delivery::OneRequest
        || (settings.attachmentDelivery == Delivery::Automatic && keepsAll);
    if (oneRequest) {
        plan.requests.append(files);
        if (files.size() > 1 && !keepsAll)
            plan.atRisk = files.mid(0, files.size() - 1); // the last one is what PHP keeps
        return plan;
    }
    for (const QString &file : files)
        plan.requests.append(QStringList{file});
    return plan;
}

CaseUpdate DeliveryPlan::requestUpdate(const CaseUpdate &update, int index) const
{
    CaseUpdate part = update;
    part.attachments = requests.value(index);
    return part;
}

QString DeliveryPlan::summary(const QString &partName) const
{
    if (isLossy()) {
        const int files = int(atRisk.size()) + 1;
        return (Casedesk::forCommandLine()
                    ? tr("%n file(s) in one request under the part name “%1”: the CRM keeps only the last "
                         "one, %2. Pass --attachments one-per-file to deliver them all.",
                         nullptr, files)
                    : tr("%n file(s) in one request under the part name “%1”: the CRM keeps only the last "
                         "one, %2. Choose “One update per file” in Settings to deliver them all.",
                         nullptr, files))
            .arg(partName, QFileInfo(requests.constFirst().constLast()).fileName());
    }
    if (isSplit()) {
        //: %n is both the number of files and of updates: one update carries one file
        return tr("%n file(s): sent as %n updates of the same fields, one file each, so that the CRM keeps "
                  "every file. Each update is one call of the daily quota.",
                  nullptr, requestCount());
    }
    return {};
}
