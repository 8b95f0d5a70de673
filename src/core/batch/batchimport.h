#pragma once

#include "core/batch/columnmapping.h"
#include "core/csv/csvreader.h"
#include "core/model/caseupdate.h"
#include "core/model/connectionsettings.h"
#include "core/model/validator.h"
#include "core/profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What fills the fields no column supplies, and the settings rows are validated against. Usually taken
// from the current connection profile.
struct BatchDefaults
{
    QString server;
    QString operation;
    QString caseType;
    QString responsible;
    QString status;
    QString priority;
    QString solution;
    ConnectionSettings settings;
    // Read before write: each row reads its case first (one more call of the quota) and every field that
    // neither its cells nor the defaults above give is the CRM's, so a file of ids and the columns to
    // change is enough. Required fields are then checked after the read. Leave the defaults above empty
    // unless they are meant to overwrite the CRM's values.
    bool fromCrm = false;

    // Server, operation, default case type/status/priority and the connection settings of `profile`.
    static BatchDefaults fromProfile(const ConnectionProfile &profile);

    friend bool operator==(const BatchDefaults &, const BatchDefaults &) = default;
};

// One data row of the table turned into the update it would send, with every reason it cannot be sent.
struct PlannedRow
{
    int number = 0; // 1-based among data rows
    int line = 0; // physical line of the file the row starts on
    QStringList cells; // as read
    CaseUpdate update;
    // Validator's issues (same rules as the form), plus "ragged-row" and "duplicate-case" (field "row" or
    // "wolkvox-id"). Empty: the row can be sent.
    QList<ValidationIssue> issues;

    bool isValid() const { return issues.isEmpty(); }
};

// An imported table checked before anything is sent: the source, the mapping, the defaults, and each row
// as an update with its problems. Changing the mapping or the defaults re-plans every row. Pure (no
// network, no database); reads attachment metadata from disk while validating.
class BatchImport
{
    Q_DECLARE_TR_FUNCTIONS(BatchImport)

public:
    BatchImport() = default;

    // Reads and parses a file. On a read error, fileProblems() says why and there are no rows.
    static BatchImport fromFile(const QString &path, const BatchDefaults &defaults,
                                ColumnMapping::UnknownColumns unknown
                                = ColumnMapping::UnknownColumns::Ignore);
    // Text pasted from a spreadsheet (TAB-separated) or CSV text. Relative attachment paths resolve against
    // `baseDir` (default: the current directory).
    static BatchImport fromText(const QString &text, const BatchDefaults &defaults,
                                ColumnMapping::UnknownColumns unknown = ColumnMapping::UnknownColumns::Ignore,
                                const QString &baseDir = {});
    // Bytes as read from a file named `path` (tests; the GUI's own readers).
    static BatchImport fromBytes(const QByteArray &bytes, const QString &path, const BatchDefaults &defaults,
                                 ColumnMapping::UnknownColumns unknown
                                 = ColumnMapping::UnknownColumns::Ignore);

    // Where it came from: the absolute path (empty for pasted text), a name to show, and the SHA-256 of
    // the bytes (lower-case hex) that identifies the same file on --resume.
    QString sourcePath() const { return m_sourcePath; }
    QString sourceName() const { return m_sourceName; }
    QString sourceSha256() const { return m_sourceSha256; }

    const CsvTable &table() const { return m_table; }
    // File-level problems (translated): unreadable, empty, header only, not UTF-8, unbalanced quote. When
    // there are any, no row is planned.
    QStringList fileProblems() const;
    // Mapping problems (translated) that block every row, e.g. no case id column.
    QStringList mappingProblems() const;
    bool isUsable() const { return fileProblems().isEmpty() && mappingProblems().isEmpty(); }

    const ColumnMapping &mapping() const { return m_mapping; }
    void setMapping(const ColumnMapping &mapping); // re-plans
    const BatchDefaults &defaults() const { return m_defaults; }
    void setDefaults(const BatchDefaults &defaults); // re-plans

    const QList<PlannedRow> &rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }
    int validCount() const;
    int invalidCount() const { return rowCount() - validCount(); }
    // Calls of the token's daily quota the valid rows will spend: one read each with fromCrm, and each
    // row's update requests (DeliveryPlan::calls(): one per file under a plain part name by default).
    int callsNeeded() const;

    // Splits an attachments cell on '|', trims, drops empty parts, resolves relative paths against `baseDir`.
    static QStringList splitAttachments(const QString &cell, const QString &baseDir);

private:
    void plan();

    QString m_sourcePath;
    QString m_sourceName;
    QString m_sourceSha256;
    QString m_baseDir;
    QString m_readError;
    CsvTable m_table;
    ColumnMapping m_mapping;
    BatchDefaults m_defaults;
    QList<PlannedRow> m_rows;
};

Q_DECLARE_METATYPE(BatchImport)
