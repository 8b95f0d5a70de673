#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <utility>

// One custom field of the case form, as the agent typed it (order matters on the wire).
struct CustomField
{
    QString name;
    QString value;
    friend bool operator==(const CustomField &, const CustomField &) = default;
};

// Everything one call to cases/update.php sends, except the token.
struct CaseUpdate
{
    QString server;
    QString operation;
    QString wolkvoxId;
    QString caseType;
    QString responsible;
    QString status;
    QString priority;
    QString solution;
    QList<CustomField> customFields;
    QStringList attachments; // local file paths

    // The `form` part: compact JSON object in table order, `{}` when there are no fields.
    QByteArray formJson() const;

    // Lossless round trip for drafts and history (never carries a token).
    QJsonObject toJson() const;
    static CaseUpdate fromJson(const QJsonObject &object);

    friend bool operator==(const CaseUpdate &, const CaseUpdate &) = default;
};

Q_DECLARE_METATYPE(CaseUpdate)

namespace Json {
// A JSON string literal for `text`, quotes included; non-ASCII stays raw UTF-8.
QByteArray quote(QStringView text);
} // namespace Json
