#include "core/batch/batchrow.h"

#include "core/enumids.h"
#include "core/global.h"

namespace {
constexpr NamedEnumId<BatchRow::State> stateTable[] = {
    {BatchRow::State::Queued, u"queued", QT_TRANSLATE_NOOP("BatchRow", "Queued")},
    {BatchRow::State::Sending, u"sending", QT_TRANSLATE_NOOP("BatchRow", "Sending")},
    {BatchRow::State::Done, u"done", QT_TRANSLATE_NOOP("BatchRow", "Done")},
    {BatchRow::State::Failed, u"failed", QT_TRANSLATE_NOOP("BatchRow", "Failed")},
    {BatchRow::State::Interrupted, u"interrupted",
     QT_TRANSLATE_NOOP("BatchRow", "Interrupted — check the case")},
    {BatchRow::State::Skipped, u"skipped", QT_TRANSLATE_NOOP("BatchRow", "Not sent: invalid")},
    {BatchRow::State::Cancelled, u"cancelled", QT_TRANSLATE_NOOP("BatchRow", "Not sent: cancelled")},
};
} // namespace

QString BatchRow::stateId(State state)
{
    return EnumIds::idOf(stateTable, state);
}

std::optional<BatchRow::State> BatchRow::stateFromId(QStringView id)
{
    return EnumIds::valueOf(stateTable, id);
}

QString BatchRow::stateName(State state)
{
    return tr(EnumIds::nameOf(stateTable, state));
}

QList<BatchRow::State> BatchRow::allStates()
{
    return EnumIds::values(stateTable);
}

QString BatchRow::readId(Read read)
{
    switch (read) {
    case Read::None:
        return {};
    case Read::Pending:
        return u"pending"_s;
    case Read::Reading:
        return u"reading"_s;
    case Read::Done:
        return u"read"_s;
    }
    return {};
}

BatchRow::Read BatchRow::readFromId(QStringView id)
{
    if (id.isEmpty())
        return Read::None;
    for (const Read read : {Read::Reading, Read::Done}) {
        if (readId(read) == id)
            return read;
    }
    return Read::Pending; // anything else reads the case again rather than send what it cannot vouch for
}

int BatchInfo::total() const
{
    int n = 0;
    for (const int count : counts)
        n += count;
    return n;
}

bool BatchInfo::isUnfinished() const
{
    return !closed
        && (count(BatchRow::State::Queued) + count(BatchRow::State::Sending)
            + count(BatchRow::State::Interrupted))
        > 0;
}
