#pragma once

#include "core/model/caseupdate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

// The form as the agent left it: every field, custom field and attachment path, and the profile it was
// typed for. Never a token.
struct Draft
{
    CaseUpdate update;
    QString profileId;
    QDateTime savedAt; // UTC; set by DraftStore::save

    // Nothing typed beyond the connection (server and operation come from the profile).
    bool isEmpty() const;

    friend bool operator==(const Draft &, const Draft &) = default;
};

// Autosave of the form to draft.json under AppDataLocation. Each save replaces the file atomically
// (QSaveFile: temporary file, then rename), so a crash or SIGKILL mid-write leaves the previous draft.
// The caller debounces (a moment after each edit) and clears after a successful send.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    static constexpr int FormatVersion = 1;
    static QString defaultFilePath();

    explicit DraftStore(const QString &filePath = defaultFilePath());

    // False with error() when the file cannot be written; the previous draft is then still there.
    bool save(const Draft &draft);
    // The saved draft, or nothing when there is none or it cannot be read (error() tells which).
    std::optional<Draft> load() const;
    // A readable draft is waiting (after a crash, a kill, or a close that kept it).
    bool hasDraft() const;
    bool clear();

    QString filePath() const { return m_filePath; }
    QString error() const { return m_error; }

private:
    QString m_filePath;
    mutable QString m_error;
};
