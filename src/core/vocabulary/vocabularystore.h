#pragma once

#include "core/model/caserecord.h"
#include "core/model/caseupdate.h"
#include "core/net/apiresult.h"
#include "core/storage/historydatabase.h"
#include "core/vocabulary/vocabularyentry.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

// What Casedesk learned about each operation's values (table `vocabulary` in the history file): the case
// types, the statuses and priorities of each case type, and the responsible users seen in loaded cases and
// successful updates, with use counts so lists come most used first. No endpoint lists an operation's
// values, so this is the only way to offer the operation's own. A value the CRM refused is no longer
// offered; whether a status closes the case is learned from the CRM's answers or set by hand.
// One connection per thread, like the history store: use it in the thread that created it.
class VocabularyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VocabularyStore)

public:
    // Owns a connection to the file at `path`.
    explicit VocabularyStore(const QString &path = HistoryDatabase::defaultPath(), QObject *parent = nullptr);
    // Shares an open connection (same thread); `database` must outlive the store.
    explicit VocabularyStore(HistoryDatabase *database, QObject *parent = nullptr);
    ~VocabularyStore() override;

    // Opens (creating and migrating) the file when the store owns it. False with error().
    bool open();
    bool isOpen() const;
    QString error() const { return m_error; } // the last failure, translated
    // For tests: the time stamps written (ms since the epoch).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // Learning. Each returns false with error() when the file could not be written.
    // A case as the CRM has it: its values exist, so they are counted and offered again if refused before.
    bool recordCase(const QString &operation, const CaseRecord &record);
    // An update the CRM accepted: its values exist; a status accepted without a solution does not close.
    bool recordSuccess(const CaseUpdate &update);
    // An update the CRM refused: a value it says does not exist is no longer offered (for that case type);
    // a status refused for want of a solution closes the case. Other refusals teach nothing.
    bool recordRejection(const CaseUpdate &update, const ApiResult &result);
    // By hand: whether `status` of `caseType` closes the case; nullopt returns it to learning.
    bool setClosed(const QString &operation, const QString &caseType, const QString &status,
                   std::optional<bool> closed);
    // By hand: offer a refused value again (or stop offering it).
    bool setRefused(const VocabularyEntry &entry, bool refused);

    // What the CRM's refusal says about the values of an update, read from its message. The real CRM's
    // messages for these rules are not public: these are the simulator's (src/sim/apireply.h) and this is
    // the one place to correct them.
    enum class Refusal { None, CaseType, Status, Priority, Responsible, SolutionRequired };
    static Refusal refusalOf(const ApiResult &result);

    // Lists, most used first (then most recent, then by name); refused values left out.
    QStringList caseTypes(const QString &operation);
    QStringList statuses(const QString &operation, const QString &caseType);
    // With a case type: its own first, then those seen with other case types that it has not refused.
    QStringList priorities(const QString &operation, const QString &caseType = {});
    QStringList responsibles(const QString &operation);
    std::optional<bool> isClosed(const QString &operation, const QString &caseType, const QString &status);
    // Statuses known to close cases of `caseType` (of any case type when empty).
    QStringList closedStatuses(const QString &operation, const QString &caseType = {});

    // Everything learned (of one operation, or all), for export: by operation, kind, case type, uses.
    QList<VocabularyEntry> entries(const QString &operation = {});

    struct MergeReport
    {
        int added = 0;
        int updated = 0;
    };
    // Brings in a team's file (VocabularyFile::read): new values are added; known ones keep the higher use
    // count and stay refused if either side refused them; a closed state set by hand here is kept. All or
    // nothing: nothing is written unless every entry is. Nothing learned here is ever removed.
    std::optional<MergeReport> merge(const QList<VocabularyEntry> &entries);

Q_SIGNALS:
    void changed(const QString &operation);

private:
    struct Key
    {
        QString operation;
        QString operationKey;
        VocabularyEntry::Kind kind;
        QString caseType;
        QString caseTypeKey;
        QString value;
        QString valueKey;
    };
    static Key keyOf(const QString &operation, VocabularyEntry::Kind kind, const QString &caseType,
                     const QString &value);
    // One use of a value; `canonical` spellings (a loaded case's) replace the stored one.
    bool use(const Key &key, bool canonical);
    bool markRefused(const Key &key, bool refused);
    bool learnClosed(const Key &key, bool closed);
    bool exec(HistoryDatabase::Statement &statement);
    QStringList values(const QString &sql, const QStringList &bindings);
    bool write(const QString &operation, const std::function<bool()> &work);
    qint64 now() const;

    std::unique_ptr<HistoryDatabase> m_ownDb;
    HistoryDatabase *m_db;
    QString m_error;
    std::function<qint64()> m_clock;
};
