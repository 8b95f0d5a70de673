#include "core/model/casecomparison.h"

#include "core/global.h"

namespace {
const QString CustomFieldPrefix = u"form:"_s;

struct PlainField
{
    QString field;
    QString CaseRecord::*record;
    QString CaseUpdate::*update;
    CaseRecord::Field presence;
};
const PlainField PlainFieldTable[] = {
    {u"case-type"_s, &CaseRecord::caseType, &CaseUpdate::caseType, CaseRecord::Field::CaseType},
    {u"responsible"_s, &CaseRecord::responsible, &CaseUpdate::responsible, CaseRecord::Field::Responsible},
    {u"status"_s, &CaseRecord::status, &CaseUpdate::status, CaseRecord::Field::Status},
    {u"priority"_s, &CaseRecord::priority, &CaseUpdate::priority, CaseRecord::Field::Priority},
    {u"solution"_s, &CaseRecord::solution, &CaseUpdate::solution, CaseRecord::Field::Solution},
};

std::optional<QString> customValue(const QList<CustomField> &fields, const QString &name)
{
    for (const CustomField &field : fields) {
        if (field.name == name)
            return field.value;
    }
    return std::nullopt;
}

// Custom field names of all the lists, first seen first.
QStringList customNames(std::initializer_list<const QList<CustomField> *> lists)
{
    QStringList names;
    for (const QList<CustomField> *list : lists) {
        for (const CustomField &field : *list) {
            if (!names.contains(field.name))
                names.append(field.name);
        }
    }
    return names;
}

QString shortened(QString value)
{
    value.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
    value = value.trimmed();
    if (value.size() > CaseComparison::SummaryValueLength)
        value = value.left(CaseComparison::SummaryValueLength - 1) + u'…';
    return value;
}

// An update sends its solution only when it has one: an empty one leaves the CRM's.
bool sendsSolution(const CaseUpdate &update)
{
    return !update.solution.trimmed().isEmpty();
}
} // namespace

bool CaseComparison::sameValue(const QString &field, const QString &a, const QString &b)
{
    const Qt::CaseSensitivity cs
        = (field == u"case-type"_s || field == u"responsible"_s) ? Qt::CaseInsensitive : Qt::CaseSensitive;
    return a.trimmed().compare(b.trimmed(), cs) == 0;
}

QList<FieldChange> CaseComparison::changes(const CaseRecord &loaded, const CaseUpdate &update)
{
    QList<FieldChange> out;
    for (const PlainField &plain : PlainFieldTable) {
        if (plain.field == u"solution"_s && !sendsSolution(update))
            continue;
        const QString &before = loaded.*plain.record;
        const QString &after = update.*plain.update;
        if (!sameValue(plain.field, before, after))
            out.append({plain.field, before.trimmed(), after.trimmed()});
    }
    for (const CustomField &field : update.customFields) {
        const QString before = customValue(loaded.customFields, field.name).value_or(QString());
        if (!sameValue(CustomFieldPrefix + field.name, before, field.value))
            out.append({CustomFieldPrefix + field.name, before.trimmed(), field.value.trimmed()});
    }
    return out;
}

QList<FieldChange> CaseComparison::drift(const CaseRecord &loaded, const CaseRecord &now)
{
    QList<FieldChange> out;
    for (const PlainField &plain : PlainFieldTable) {
        if (!loaded.has(plain.presence) || !now.has(plain.presence))
            continue;
        if (!sameValue(plain.field, loaded.*plain.record, now.*plain.record))
            out.append({plain.field, (loaded.*plain.record).trimmed(), (now.*plain.record).trimmed()});
    }
    const QStringList names = customNames({&loaded.customFields, &now.customFields});
    for (const QString &name : names) {
        const std::optional<QString> before = customValue(loaded.customFields, name);
        const std::optional<QString> after = customValue(now.customFields, name);
        // A field one read lacks is unknown there, not emptied; unless the other read carries no form.
        if ((!before && loaded.has(CaseRecord::Field::CustomFields))
            || (!after && now.has(CaseRecord::Field::CustomFields)) || (before && after)) {
            const QString b = before.value_or(QString());
            const QString a = after.value_or(QString());
            if (!sameValue(CustomFieldPrefix + name, b, a))
                out.append({CustomFieldPrefix + name, b.trimmed(), a.trimmed()});
        }
    }
    return out;
}

QList<FieldConflict> CaseComparison::conflicts(const CaseRecord &loaded, const CaseUpdate &mine,
                                               const CaseRecord &theirs)
{
    QList<FieldConflict> out;
    const auto add = [&](const QString &field, const QString &was, const QString &my, bool iSend,
                         const QString &their, bool theyCarry) {
        FieldConflict c{field, was.trimmed(), my.trimmed(), their.trimmed()};
        c.mineChanged = iSend && !sameValue(field, was, my);
        c.theirsChanged = theyCarry && !sameValue(field, was, their);
        if (!iSend)
            c.mine = c.loaded; // not sent: the CRM keeps what it has
        if (!theyCarry)
            c.theirs = c.loaded;
        if (c.mineChanged || c.theirsChanged)
            out.append(c);
    };
    for (const PlainField &plain : PlainFieldTable) {
        const bool iSend = plain.field != u"solution"_s || sendsSolution(mine);
        add(plain.field, loaded.*plain.record, mine.*plain.update, iSend, theirs.*plain.record,
            theirs.has(plain.presence));
    }
    const QStringList names = customNames({&loaded.customFields, &mine.customFields, &theirs.customFields});
    for (const QString &name : names) {
        const std::optional<QString> my = customValue(mine.customFields, name);
        const std::optional<QString> their = customValue(theirs.customFields, name);
        add(CustomFieldPrefix + name, customValue(loaded.customFields, name).value_or(QString()),
            my.value_or(QString()), my.has_value(), their.value_or(QString()),
            their.has_value() || theirs.has(CaseRecord::Field::CustomFields));
    }
    return out;
}

CaseUpdate CaseComparison::rebase(const CaseUpdate &mine, const CaseRecord &loaded, const CaseRecord &theirs,
                                  Resolution resolution)
{
    CaseUpdate out = mine;
    const QList<FieldConflict> fields = conflicts(loaded, mine, theirs);
    for (const FieldConflict &c : fields) {
        if (!c.theirsChanged)
            continue;
        if (c.mineChanged && resolution == Resolution::KeepMine)
            continue;
        if (c.field.startsWith(CustomFieldPrefix)) {
            // A custom field the update does not send keeps theirs anyway.
            const QString name = c.field.mid(CustomFieldPrefix.size());
            for (CustomField &field : out.customFields) {
                if (field.name == name)
                    field.value = c.theirs;
            }
            continue;
        }
        for (const PlainField &plain : PlainFieldTable) {
            if (plain.field == c.field)
                out.*plain.update = theirs.*plain.record;
        }
    }
    return out;
}

QString CaseComparison::fieldLabel(const QString &field)
{
    if (field.startsWith(CustomFieldPrefix))
        return field.mid(CustomFieldPrefix.size());
    if (field == u"case-type"_s)
        return tr("case type");
    if (field == u"responsible"_s)
        return tr("responsible");
    if (field == u"status"_s)
        return tr("status");
    if (field == u"priority"_s)
        return tr("priority");
    if (field == u"solution"_s)
        return tr("solution");
    return field;
}

QString CaseComparison::summary(const QList<FieldChange> &changes)
{
    QStringList items;
    for (const FieldChange &change : changes) {
        const QString before = change.before.trimmed().isEmpty() ? tr("(empty)") : shortened(change.before);
        const QString after = change.after.trimmed().isEmpty() ? tr("(empty)") : shortened(change.after);
        //: One change in the summary: field, value before, value after.
        items.append(tr("%1: %2 → %3").arg(fieldLabel(change.field), before, after));
    }
    //: Between the changes of the summary, e.g. "priority: low → high; status: open → closed".
    return items.join(tr("; "));
}
