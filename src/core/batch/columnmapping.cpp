#include "core/batch/columnmapping.h"

#include "core/enumids.h"
#include "core/global.h"

#include <QHash>
#include <QJsonArray>

namespace {
using Target = ColumnMapping::Target;

constexpr NamedEnumId<Target> targetTable[] = {
    {Target::WolkvoxId, u"wolkvox-id", QT_TRANSLATE_NOOP("ColumnMapping", "Case id (wolkvox-id)")},
    {Target::CaseType, u"case-type", QT_TRANSLATE_NOOP("ColumnMapping", "Case type")},
    {Target::Responsible, u"responsible", QT_TRANSLATE_NOOP("ColumnMapping", "Responsible")},
    {Target::Status, u"status", QT_TRANSLATE_NOOP("ColumnMapping", "Status")},
    {Target::Priority, u"priority", QT_TRANSLATE_NOOP("ColumnMapping", "Priority")},
    {Target::Solution, u"solution", QT_TRANSLATE_NOOP("ColumnMapping", "Solution")},
    {Target::Attachments, u"attachments",
     QT_TRANSLATE_NOOP("ColumnMapping", "Attachments (paths separated by |)")},
    {Target::Operation, u"operation", QT_TRANSLATE_NOOP("ColumnMapping", "Operation")},
    {Target::CustomField, u"form", QT_TRANSLATE_NOOP("ColumnMapping", "Custom field")},
    {Target::Ignore, u"ignore", QT_TRANSLATE_NOOP("ColumnMapping", "Ignored")},
};

// Header names in English, Spanish and Portuguese, written as normalise() leaves them, without spaces.
const QHash<QString, Target> &synonyms()
{
    static const QHash<QString, Target> table = [] {
        QHash<QString, Target> t;
        const auto add = [&t](Target target, std::initializer_list<const char16_t *> names) {
            for (const char16_t *name : names)
                t.insert(QString::fromUtf16(name), target);
        };
        add(Target::WolkvoxId,
            {u"wolkvoxid", u"wolkvoxidcase", u"id", u"caseid", u"idcase", u"case", u"record", u"recordid",
             u"idcaso", u"iddelcaso", u"caso", u"idregistro", u"iddocaso", u"idwolkvox", u"registro"});
        add(Target::CaseType,
            {u"casetype", u"type", u"tipo", u"tipodecaso", u"tipocaso", u"tipodocaso", u"typeofcase"});
        add(Target::Responsible,
            {u"responsible", u"responsibleuser", u"responsable", u"usuarioresponsable", u"responsavel",
             u"usuarioresponsavel", u"assignee", u"assignedto", u"asignado", u"asignadoa", u"atribuidoa",
             u"agent", u"agente"});
        add(Target::Status, {u"status", u"state", u"estado", u"estatus", u"situacion", u"situacao"});
        add(Target::Priority, {u"priority", u"prioridad", u"prioridade"});
        add(Target::Solution,
            {u"solution", u"solucion", u"solucao", u"resolution", u"resolucion", u"resolucao"});
        add(Target::Attachments,
            {u"attachments", u"attachment", u"files", u"file", u"adjuntos", u"adjunto", u"archivos",
             u"archivo", u"anexos", u"anexo", u"arquivos", u"arquivo"});
        add(Target::Operation, {u"operation", u"operacion", u"operacao"});
        return t;
    }();
    return table;
}

// "form:channel", "campo: canal", "custom:x" name a custom field explicitly.
QString explicitCustomName(const QString &header)
{
    static const QStringView prefixes[] = {u"form:", u"campo:", u"custom:", u"field:"};
    for (const QStringView prefix : prefixes) {
        if (header.startsWith(prefix, Qt::CaseInsensitive))
            return header.mid(prefix.size()).trimmed();
    }
    return {};
}

bool isUnique(Target target)
{
    return target != Target::Ignore && target != Target::CustomField;
}
} // namespace

QString ColumnMapping::normalise(QStringView header)
{
    const QString decomposed = header.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of "ó" once decomposed
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out.append(u' ');
            space = false;
            out.append(c.toLower());
        } else {
            space = true;
        }
    }
    return out;
}

std::optional<ColumnMapping::Target> ColumnMapping::recognise(QStringView header)
{
    QString key = normalise(header);
    key.remove(u' ');
    const auto it = synonyms().constFind(key);
    if (it == synonyms().cend())
        return std::nullopt;
    return *it;
}

ColumnMapping ColumnMapping::automatic(const QStringList &header, UnknownColumns unknown)
{
    ColumnMapping mapping;
    mapping.m_unknown = unknown;
    for (const QString &name : header) {
        Column column;
        column.header = name;
        const QString custom = explicitCustomName(name);
        if (!custom.isEmpty()) {
            column.target = Target::CustomField;
            column.customName = custom;
            column.recognised = true;
        } else if (const auto target = recognise(name)) {
            column.recognised = true;
            // The first column naming a field fills it; a repeated one is ignored.
            column.target = mapping.columnOf(*target) < 0 ? *target : Target::Ignore;
        } else {
            column.target = unknown == UnknownColumns::CustomFields ? Target::CustomField : Target::Ignore;
            column.customName = name.trimmed();
        }
        mapping.m_columns.append(column);
    }
    return mapping;
}

QString ColumnMapping::targetId(Target target)
{
    return EnumIds::idOf(targetTable, target);
}

std::optional<ColumnMapping::Target> ColumnMapping::targetFromId(QStringView id)
{
    return EnumIds::valueOf(targetTable, id, Qt::CaseInsensitive);
}

QString ColumnMapping::targetName(Target target)
{
    return tr(EnumIds::nameOf(targetTable, target));
}

QList<ColumnMapping::Target> ColumnMapping::targets()
{
    return EnumIds::values(targetTable);
}

QList<ColumnMapping::Target> ColumnMapping::requiredTargets()
{
    return {Target::WolkvoxId, Target::CaseType, Target::Responsible, Target::Status, Target::Priority};
}

void ColumnMapping::setTarget(int index, Target target, const QString &customName)
{
    if (index < 0 || index >= m_columns.size())
        return;
    if (isUnique(target)) {
        for (int i = 0; i < m_columns.size(); ++i) {
            if (i != index && m_columns.at(i).target == target)
                m_columns[i].target = Target::Ignore;
        }
    }
    Column &column = m_columns[index];
    column.target = target;
    if (target == Target::CustomField)
        column.customName = customName.trimmed().isEmpty()
            ? (column.customName.isEmpty() ? column.header.trimmed() : column.customName)
            : customName.trimmed();
}

void ColumnMapping::setUnknownColumns(UnknownColumns unknown)
{
    m_unknown = unknown;
    for (Column &column : m_columns) {
        if (column.recognised)
            continue;
        column.target = unknown == UnknownColumns::CustomFields ? Target::CustomField : Target::Ignore;
        if (column.customName.isEmpty())
            column.customName = column.header.trimmed();
    }
}

int ColumnMapping::columnOf(Target target) const
{
    if (!isUnique(target))
        return -1;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).target == target)
            return i;
    }
    return -1;
}

int ColumnMapping::findColumn(const QString &name) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).header == name)
            return i;
    }
    const QString wanted = normalise(name);
    for (int i = 0; i < m_columns.size(); ++i) {
        if (normalise(m_columns.at(i).header) == wanted)
            return i;
    }
    return -1;
}

QStringList ColumnMapping::problems() const
{
    QStringList out;
    QHash<QString, int> firstByName;
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column &column = m_columns.at(i);
        if (column.target != Target::CustomField)
            continue;
        const QString name = column.customName.trimmed();
        if (name.isEmpty()) {
            out.append(
                tr("Column %1 (“%2”) is a custom field without a name.").arg(i + 1).arg(column.header));
            continue;
        }
        const auto seen = firstByName.constFind(name);
        if (seen != firstByName.cend()) {
            out.append(tr("Columns %1 and %2 both fill the custom field “%3”; ignore one or rename it.")
                           .arg(*seen + 1)
                           .arg(i + 1)
                           .arg(name));
        } else {
            firstByName.insert(name, i);
        }
    }
    return out;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray columns;
    for (const Column &column : m_columns) {
        QJsonObject object{{u"header"_s, column.header}, {u"target"_s, targetId(column.target)}};
        if (column.target == Target::CustomField)
            object.insert(u"name"_s, column.customName);
        if (column.recognised)
            object.insert(u"recognised"_s, true);
        columns.append(object);
    }
    return QJsonObject{
        {u"columns"_s, columns},
        {u"unknown"_s, m_unknown == UnknownColumns::CustomFields ? u"form"_s : u"ignore"_s},
    };
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &object)
{
    ColumnMapping mapping;
    mapping.m_unknown = object.value(u"unknown"_s).toString() == u"form"_s ? UnknownColumns::CustomFields
                                                                           : UnknownColumns::Ignore;
    const QJsonArray columns = object.value(u"columns"_s).toArray();
    for (const QJsonValue &value : columns) {
        const QJsonObject o = value.toObject();
        Column column;
        column.header = o.value(u"header"_s).toString();
        column.target = targetFromId(o.value(u"target"_s).toString()).value_or(Target::Ignore);
        column.customName = o.value(u"name"_s).toString();
        column.recognised = o.value(u"recognised"_s).toBool();
        mapping.m_columns.append(column);
    }
    return mapping;
}
