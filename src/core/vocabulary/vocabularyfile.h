#pragma once

#include "core/vocabulary/vocabularyentry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A team's vocabulary as a file: CSV for spreadsheets, JSON for tools. Both carry every field of every
// entry, so export then import loses nothing. Reading is strict and all or nothing: a file with any problem
// yields no entries and every problem with its line (CSV) or entry (JSON). Pure: no database, no files.
//
// CSV (UTF-8 with BOM, comma-separated, one header row):
//   operation,kind,case_type,value,uses,last_used_ms,refused,closed,closed_by_hand
//   modulodeprueba,status,Request,closed,12,1764979200000,no,closed,yes
// JSON: {"format":"casedesk-vocabulary","version":1,"entries":[{"operation":...,"kind":...}, ...]}
class VocabularyFile
{
    Q_DECLARE_TR_FUNCTIONS(VocabularyFile)

public:
    enum class Format { Csv, Json };

    static constexpr qint64 MaxBytes = qint64(4) << 20;
    static constexpr int MaxEntries = 50000;
    static constexpr int MaxValueLength = 200;
    static constexpr int MaxErrors = 20; // a hostile file gets the first problems, not thousands

    struct Read
    {
        QList<VocabularyEntry> entries; // empty unless ok()
        QStringList errors; // translated, each naming its line or entry

        bool ok() const { return errors.isEmpty(); }
    };

    static Read read(const QByteArray &bytes, Format format);
    static QByteArray write(const QList<VocabularyEntry> &entries, Format format);
    // From the file name: .csv/.tsv/.txt → CSV, .json → JSON.
    static std::optional<Format> formatOf(const QString &fileName);

    // The same on files: a file larger than MaxBytes is refused before it is read; writing is atomic.
    static Read readFile(const QString &path);
    static bool writeFile(const QString &path, const QList<VocabularyEntry> &entries, QString *error);
};
