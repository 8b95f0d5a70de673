#include "core/model/connectionsettings.h"

#include "core/enumids.h"
#include "core/global.h"

#include <QFileInfo>
#include <QRegularExpression>

QStringList ConnectionSettings::defaultClosedStatuses()
{
    return {u"closed"_s, u"cerrado"_s, u"fechado"_s, u"resolved"_s, u"resuelto"_s, u"resolvido"_s};
}

QStringList ConnectionSettings::defaultAllowedExtensions()
{
    // The vendor's list, duplicates removed (it names .avi and .docx twice).
    return {u"xlsx"_s, u"csv"_s, u"pdf"_s, u"jpg"_s,  u"png"_s, u"docx"_s, u"mp4"_s,
            u"mp3"_s,  u"wmv"_s, u"wma"_s, u"wap"_s,  u"doc"_s, u"jpeg"_s, u"avi"_s,
            u"bmp"_s,  u"bpm"_s, u"mov"_s, u"tiff"_s, u"zip"_s, u"7z"_s,   u"rar"_s};
}

QStringList ConnectionSettings::attachmentPartNames()
{
    return {u"file"_s, u"files"_s, u"file[]"_s};
}

namespace {
constexpr EnumId<ConnectionSettings::AttachmentDelivery> deliveryNames[] = {
    {ConnectionSettings::AttachmentDelivery::Automatic, u"automatic"},
    {ConnectionSettings::AttachmentDelivery::OneUpdatePerFile, u"one-per-file"},
    {ConnectionSettings::AttachmentDelivery::OneRequest, u"one-request"},
};
} // namespace

QString ConnectionSettings::deliveryId(AttachmentDelivery delivery)
{
    return EnumIds::idOf(deliveryNames, delivery);
}

std::optional<ConnectionSettings::AttachmentDelivery> ConnectionSettings::deliveryFromId(QStringView id)
{
    return EnumIds::valueOf(deliveryNames, id.trimmed());
}

bool ConnectionSettings::partNameKeepsEveryFile() const
{
    return attachmentPartName.trimmed().endsWith(u"[]"_s);
}

bool ConnectionSettings::isClosedStatus(const QString &status) const
{
    const QString wanted = status.trimmed();
    for (const QString &closed : closedStatuses) {
        if (closed.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool ConnectionSettings::isAllowedExtension(const QString &fileName) const
{
    // suffix(), not completeSuffix(): "report.2024.pdf" is a pdf.
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix.isEmpty())
        return false;
    for (const QString &allowed : allowedExtensions) {
        QStringView ext = QStringView(allowed).trimmed();
        if (ext.startsWith(u'.'))
            ext = ext.mid(1);
        if (ext.compare(suffix, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList ConnectionSettings::splitList(const QString &text)
{
    QStringList items;
    const QStringList parts = text.split(QRegularExpression(u"[,;\\n]"_s), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item, Qt::CaseInsensitive))
            items.append(item);
    }
    return items;
}
