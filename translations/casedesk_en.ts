<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchCommand</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %n row(s) cannot be sent. Fix the file, or pass --skip-invalid to send the valid rows only.</source>
        <translation>
            <numerusform>Nothing was sent: %n row cannot be sent. Fix the file, or pass --skip-invalid to send the valid rows only.</numerusform>
            <numerusform>Nothing was sent: %n rows cannot be sent. Fix the file, or pass --skip-invalid to send the valid rows only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were being sent when the batch stopped; the CRM may or may not have applied them. Check these cases; they are sent again only with --resend-interrupted:</source>
        <translation>
            <numerusform>%n row was being sent when the batch stopped; the CRM may or may not have applied it. Check this case; it is sent again only with --resend-interrupted:</numerusform>
            <numerusform>%n rows were being sent when the batch stopped; the CRM may or may not have applied them. Check these cases; they are sent again only with --resend-interrupted:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not sent yet. Run the same command with --resume to continue.</source>
        <translation>
            <numerusform>%n row not sent yet. Run the same command with --resume to continue.</numerusform>
            <numerusform>%n rows not sent yet. Run the same command with --resume to continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message numerus="yes">
        <source>After %n retries, the CRM&apos;s API was still switched off for maintenance. The batch stopped; the rows not sent yet stay queued. Resume it later.</source>
        <translation>
            <numerusform>After %n retry, the CRM&apos;s API was still switched off for maintenance. The batch stopped; the rows not sent yet stay queued. Resume it later.</numerusform>
            <numerusform>After %n retries, the CRM&apos;s API was still switched off for maintenance. The batch stopped; the rows not sent yet stay queued. Resume it later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n retries, the CRM still answered that too many requests were using this token. The batch stopped; the rows not sent yet stay queued. Resume it when the other requests are done.</source>
        <translation>
            <numerusform>After %n retry, the CRM still answered that too many requests were using this token. The batch stopped; the rows not sent yet stay queued. Resume it when the other requests are done.</numerusform>
            <numerusform>After %n retries, the CRM still answered that too many requests were using this token. The batch stopped; the rows not sent yet stay queued. Resume it when the other requests are done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>Row %1 (line %2) has %n cell(s), but the header has %3.</source>
        <translation>
            <numerusform>Row %1 (line %2) has %n cell, but the header has %3.</numerusform>
            <numerusform>Row %1 (line %2) has %n cells, but the header has %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message numerus="yes">
        <source>Exported %n attempt(s) to %1.</source>
        <translation>
            <numerusform>Exported %n attempt to %1.</numerusform>
            <numerusform>Exported %n attempts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Pasted %n field(s), with remarks</source>
        <translation>
            <numerusform>Pasted %n field, with remarks</numerusform>
            <numerusform>Pasted %n fields, with remarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) never got an answer because Casedesk stopped. They are marked “Interrupted — check the case” in the history: check those cases in the CRM.</source>
        <translation>
            <numerusform>%n update never got an answer because Casedesk stopped. It is marked “Interrupted — check the case” in the history: check that case in the CRM.</numerusform>
            <numerusform>%n updates never got an answer because Casedesk stopped. They are marked “Interrupted — check the case” in the history: check those cases in the CRM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s)</source>
        <translation>
            <numerusform>Imported %n profile</numerusform>
            <numerusform>Imported %n profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s), with remarks</source>
        <translation>
            <numerusform>Imported %n profile, with remarks</numerusform>
            <numerusform>Imported %n profiles, with remarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s)</source>
        <translation>
            <numerusform>Exported %n profile</numerusform>
            <numerusform>Exported %n profiles</numerusform>
        </translation>
    </message>
</context>
</TS>
