<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiResult</name>
    <message numerus="yes">
        <source>The CRM updated the case, but it cannot have kept %n of the files: %1. They went in one request under a part name that carries only one file. Send them again with “One update per file” in Settings.</source>
        <translation>
            <numerusform>The CRM updated the case, but it cannot have kept %n of the files: %1. They went in one request under a part name that carries only one file. Send them again with “One update per file” in Settings.</numerusform>
            <numerusform>The CRM updated the case, but it cannot have kept %n of the files: %1. They went in one request under a part name that carries only one file. Send them again with “One update per file” in Settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The CRM updated the case, but it cannot have kept %n of the files: %1. They went in one request under a part name that carries only one file. Send them again with --attachments one-per-file.</source>
        <translation>
            <numerusform>The CRM updated the case, but it cannot have kept %n of the files: %1. They went in one request under a part name that carries only one file. Send them again with --attachments one-per-file.</numerusform>
            <numerusform>The CRM updated the case, but it cannot have kept %n of the files: %1. They went in one request under a part name that carries only one file. Send them again with --attachments one-per-file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchCheckPage</name>
    <message numerus="yes">
        <source>%n row(s) can be sent</source>
        <translation>
            <numerusform>%n row can be sent</numerusform>
            <numerusform>%n rows can be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n row with problems</numerusform>
            <numerusform>%n rows with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n valid row(s)…</source>
        <translation>
            <numerusform>&amp;Send %n valid row…</numerusform>
            <numerusform>&amp;Send %n valid rows…</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>Sending it spends %Ln call(s) of the token&apos;s daily quota.</source>
        <translation>
            <numerusform>Sending it spends %Ln call of the token&apos;s daily quota.</numerusform>
            <numerusform>Sending it spends %Ln calls of the token&apos;s daily quota.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have several files: each is sent as one update per file, with the same fields, so that the CRM keeps every file; each update is one call.</source>
        <translation>
            <numerusform>%n row has several files: it is sent as one update per file, with the same fields, so that the CRM keeps every file; each update is one call.</numerusform>
            <numerusform>%n rows have several files: each is sent as one update per file, with the same fields, so that the CRM keeps every file; each update is one call.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) send several files in one request under the part name “%1”: the CRM keeps only the last file of each, and those rows end incomplete.</source>
        <translation>
            <numerusform>%n row sends several files in one request under the part name “%1”: the CRM keeps only its last file, and the row ends incomplete.</numerusform>
            <numerusform>%n rows send several files in one request under the part name “%1”: the CRM keeps only the last file of each, and those rows end incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln call(s) are left today and this batch needs %1, so it was not started. Run it when the count restarts, at %2, or pass --allow-over-quota to send what today&apos;s calls allow and --resume the rest later.</source>
        <translation>
            <numerusform>Only %Ln call is left today and this batch needs %1, so it was not started. Run it when the count restarts, at %2, or pass --allow-over-quota to send what today&apos;s calls allow and --resume the rest later.</numerusform>
            <numerusform>Only %Ln calls are left today and this batch needs %1, so it was not started. Run it when the count restarts, at %2, or pass --allow-over-quota to send what today&apos;s calls allow and --resume the rest later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln call(s) are left today and this batch needs %1, so it was not started. Run it when the count restarts, or pass --allow-over-quota to send what today&apos;s calls allow and --resume the rest later.</source>
        <translation>
            <numerusform>Only %Ln call is left today and this batch needs %1, so it was not started. Run it when the count restarts, or pass --allow-over-quota to send what today&apos;s calls allow and --resume the rest later.</numerusform>
            <numerusform>Only %Ln calls are left today and this batch needs %1, so it was not started. Run it when the count restarts, or pass --allow-over-quota to send what today&apos;s calls allow and --resume the rest later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchImportNotices</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 on %2 already updated %n case(s) from it. Sending it again updates them again.</source>
        <translation>
            <numerusform>Batch %1 on %2 already updated %n case from it. Sending it again updates it again.</numerusform>
            <numerusform>Batch %1 on %2 already updated %n cases from it. Sending it again updates them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchMappingPage</name>
    <message numerus="yes">
        <source>%1: %n row(s) of cases (%2).</source>
        <translation>
            <numerusform>%1: %n row of cases (%2).</numerusform>
            <numerusform>%1: %n rows of cases (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With these columns, %n row(s) can be sent.</source>
        <translation>
            <numerusform>With these columns, %n row can be sent.</numerusform>
            <numerusform>With these columns, %n rows can be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; the check shows them.</source>
        <translation>
            <numerusform>%n row has problems; the check shows them.</numerusform>
            <numerusform>%n rows have problems; the check shows them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchResultsPage</name>
    <message numerus="yes">
        <source>%1: %Ln</source>
        <extracomment>A state of the batch&apos;s rows and how many rows are in it, e.g. &quot;Done: 12&quot;</extracomment>
        <translation>
            <numerusform>%1: %Ln</numerusform>
            <numerusform>%1: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All rows (%Ln)</source>
        <extracomment>The first item of the results filter: every row of the batch, and how many there are</extracomment>
        <translation>
            <numerusform>All rows (%Ln)</numerusform>
            <numerusform>All rows (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln)</source>
        <extracomment>An item of the results filter: a state and how many rows are in it, e.g. &quot;Failed (3)&quot;</extracomment>
        <translation>
            <numerusform>%1 (%Ln)</numerusform>
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %n failed row(s) once more. Rows the CRM refused fail again until their cause is corrected.</source>
        <translation>
            <numerusform>Send the %n failed row once more. Rows the CRM refused fail again until their cause is corrected.</numerusform>
            <numerusform>Send the %n failed rows once more. Rows the CRM refused fail again until their cause is corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resend the %n ticked row(s) after confirming</source>
        <translation>
            <numerusform>Resend the %n ticked row after confirming</numerusform>
            <numerusform>Resend the %n ticked rows after confirming</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send the remaining %n</source>
        <extracomment>Button of the results: sends the rows a cancel left unsent, e.g. &quot;Send the remaining 12&quot;</extracomment>
        <translation>
            <numerusform>&amp;Send the remaining %n</numerusform>
            <numerusform>&amp;Send the remaining %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resend %n row(s) whose earlier request never got an answer?</source>
        <translation>
            <numerusform>Resend %n row whose earlier request never got an answer?</numerusform>
            <numerusform>Resend %n rows whose earlier request never got an answer?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied; paste them into a spreadsheet.</source>
        <translation>
            <numerusform>%n row copied; paste it into a spreadsheet.</numerusform>
            <numerusform>%n rows copied; paste them into a spreadsheet.</numerusform>
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
    <message numerus="yes">
        <source>The CRM answered %n cases with the wolkvox-id %1; nothing was sent.</source>
        <translation>
            <numerusform>The CRM answered %n case with the wolkvox-id %1; nothing was sent.</numerusform>
            <numerusform>The CRM answered %n cases with the wolkvox-id %1; nothing was sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchSendPage</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be sent to %1, operation %2.</source>
        <translation>
            <numerusform>%n row will be sent to %1, operation %2.</numerusform>
            <numerusform>%n rows will be sent to %1, operation %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems are left out; the results list them as not sent.</source>
        <translation>
            <numerusform>%n row with problems is left out; the results list it as not sent.</numerusform>
            <numerusform>%n rows with problems are left out; the results list them as not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows that need &amp;attention so far (%n):</source>
        <translation>
            <numerusform>Row that needs &amp;attention so far (%n):</numerusform>
            <numerusform>Rows that need &amp;attention so far (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln row(s) processed</source>
        <extracomment>How far a batch is: rows answered so far of the rows to send, e.g. &quot;120 of 2,000 rows processed&quot;</extracomment>
        <translation>
            <numerusform>%L1 of %Ln row processed</numerusform>
            <numerusform>%L1 of %Ln rows processed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <extracomment>A figure of the batch&apos;s progress: cases the CRM updated</extracomment>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <extracomment>A figure of the batch&apos;s progress: rows that failed</extracomment>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interrupted</source>
        <extracomment>A figure of the batch&apos;s progress: rows whose request got no answer</extracomment>
        <translation>
            <numerusform>%Ln interrupted</numerusform>
            <numerusform>%Ln interrupted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <extracomment>A figure of the batch&apos;s progress: rows a cancel left unsent</extracomment>
        <translation>
            <numerusform>%Ln not sent</numerusform>
            <numerusform>%Ln not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) a minute</source>
        <extracomment>A figure of the batch&apos;s progress: the pace of the answers</extracomment>
        <translation>
            <numerusform>%Ln row a minute</numerusform>
            <numerusform>%Ln rows a minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CRM busy, retrying in %n second(s).</source>
        <translation>
            <numerusform>CRM busy, retrying in %n second.</numerusform>
            <numerusform>CRM busy, retrying in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending, %n request(s) at a time.</source>
        <translation>
            <numerusform>Sending, %n request at a time.</numerusform>
            <numerusform>Sending, %n requests at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pausing: waiting for the answer to %n request(s) already sent.</source>
        <translation>
            <numerusform>Pausing: waiting for the answer to %n request already sent.</numerusform>
            <numerusform>Pausing: waiting for the answer to %n requests already sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: waiting for the answer to %n request(s) already sent.</source>
        <translation>
            <numerusform>Cancelling: waiting for the answer to %n request already sent.</numerusform>
            <numerusform>Cancelling: waiting for the answer to %n requests already sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not sent yet will not be sent; they are marked “Not sent: cancelled”.</source>
        <translation>
            <numerusform>%n row not sent yet will not be sent; it is marked “Not sent: cancelled”.</numerusform>
            <numerusform>%n rows not sent yet will not be sent; they are marked “Not sent: cancelled”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchSession</name>
    <message numerus="yes">
        <source>%n row(s) were being sent when the batch stopped; the CRM may or may not have applied them. They are not sent again unless you tick them on the Results page and press Resend interrupted rows.</source>
        <translation>
            <numerusform>%n row was being sent when the batch stopped; the CRM may or may not have applied it. It is not sent again unless you tick it on the Results page and press Resend interrupted rows.</numerusform>
            <numerusform>%n rows were being sent when the batch stopped; the CRM may or may not have applied them. They are not sent again unless you tick them on the Results page and press Resend interrupted rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n row saved to %1.</numerusform>
            <numerusform>%n rows saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) were updated before the cancel.</source>
        <translation>
            <numerusform>%Ln case was updated before the cancel.</numerusform>
            <numerusform>%Ln cases were updated before the cancel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were not sent; they are marked “Not sent: cancelled”.</source>
        <translation>
            <numerusform>%Ln row was not sent; it is marked “Not sent: cancelled”.</numerusform>
            <numerusform>%Ln rows were not sent; they are marked “Not sent: cancelled”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the remaining %n</source>
        <extracomment>The banner&apos;s button after a cancel: sends the rows the cancel left unsent</extracomment>
        <translation>
            <numerusform>Send the remaining %n</numerusform>
            <numerusform>Send the remaining %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) updated.</source>
        <translation>
            <numerusform>%Ln case updated.</numerusform>
            <numerusform>%Ln cases updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed: read their messages below, correct the cause and retry them.</source>
        <translation>
            <numerusform>%n row failed: read its message below, correct the cause and retry it.</numerusform>
            <numerusform>%n rows failed: read their messages below, correct the cause and retry them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) wait in the queue. Test connection in the main window tells how many hours until the count restarts; then open this batch and press Resume sending.</source>
        <translation>
            <numerusform>%n row waits in the queue. Test connection in the main window tells how many hours until the count restarts; then open this batch and press Resume sending.</numerusform>
            <numerusform>%n rows wait in the queue. Test connection in the main window tells how many hours until the count restarts; then open this batch and press Resume sending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchSourcePage</name>
    <message numerus="yes">
        <source>Batch %1 (%2) is no longer offered for resuming, and its %n queued row(s) are not sent.</source>
        <translation>
            <numerusform>Batch %1 (%2) is no longer offered for resuming, and its %n queued row is not sent.</numerusform>
            <numerusform>Batch %1 (%2) is no longer offered for resuming, and its %n queued rows are not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 was started on %2 from this same content and still has %n row(s) not sent or not answered.</source>
        <translation>
            <numerusform>Batch %1 was started on %2 from this same content and still has %n row not sent or not answered.</numerusform>
            <numerusform>Batch %1 was started on %2 from this same content and still has %n rows not sent or not answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message numerus="yes">
        <source>%n row(s) are not sent yet.</source>
        <translation>
            <numerusform>%n row is not sent yet.</numerusform>
            <numerusform>%n rows are not sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk correction — %L1 of %Ln — Casedesk</source>
        <extracomment>The window&apos;s title while a batch is sent: rows answered so far of the rows to send</extracomment>
        <translation>
            <numerusform>Bulk correction — %L1 of %Ln — Casedesk</numerusform>
            <numerusform>Bulk correction — %L1 of %Ln — Casedesk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseChooserDialog</name>
    <message numerus="yes">
        <source>%n case(s) match %1. Choose the one to load into the form.</source>
        <extracomment>%1 says what was searched for, e.g. the case number “1042”</extracomment>
        <translation>
            <numerusform>%n case matches %1. Choose the one to load into the form.</numerusform>
            <numerusform>%n cases match %1. Choose the one to load into the form.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseQueryResult</name>
    <message numerus="yes">
        <source>%n cases match %1.</source>
        <translation>
            <numerusform>%n case matches %1.</numerusform>
            <numerusform>%n cases match %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message numerus="yes">
        <source>The CRM answered %n cases with the wolkvox-id %1.</source>
        <translation>
            <numerusform>The CRM answered %n case with the wolkvox-id %1.</numerusform>
            <numerusform>The CRM answered %n cases with the wolkvox-id %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>The CRM has the fields and %n file(s) from the updates before: %1.</source>
        <translation>
            <numerusform>The CRM has the fields and %n file from the updates before: %1.</numerusform>
            <numerusform>The CRM has the fields and %n files from the updates before: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not sent: %1.</source>
        <translation>
            <numerusform>%n file was not sent: %1.</numerusform>
            <numerusform>%n files were not sent: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 calls left today; the count restarts at %2.</source>
        <extracomment>%Ln calls are left of the token&apos;s daily %1; %2 is a date and time</extracomment>
        <translation>
            <numerusform>%Ln of %1 calls left today; the count restarts at %2.</numerusform>
            <numerusform>%Ln of %1 calls left today; the count restarts at %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <source>You and someone else both changed %n field(s), marked below.</source>
        <translation>
            <numerusform>You and someone else both changed %n field, marked below.</numerusform>
            <numerusform>You and someone else both changed %n fields, marked below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message numerus="yes">
        <source>Connected · %Ln of %1 calls left today</source>
        <extracomment>The connection status after Test connection. %n calls are left of the daily limit %1.</extracomment>
        <translation>
            <numerusform>Connected · %Ln of %1 calls left today</numerusform>
            <numerusform>Connected · %Ln of %1 calls left today</numerusform>
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
    <message numerus="yes">
        <source>Row %1 (line %2) has %n cell(s), but the header has %3. The “%4” cell seems to hold a “%5” that is not inside quotes (“%6”): put double quotes around that cell, or save the file with another separator.</source>
        <translation>
            <numerusform>Row %1 (line %2) has %n cell, but the header has %3. The “%4” cell seems to hold a “%5” that is not inside quotes (“%6”): put double quotes around that cell, or save the file with another separator.</numerusform>
            <numerusform>Row %1 (line %2) has %n cells, but the header has %3. The “%4” cell seems to hold a “%5” that is not inside quotes (“%6”): put double quotes around that cell, or save the file with another separator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message numerus="yes">
        <source>Pasted %n field(s), with remarks</source>
        <translation>
            <numerusform>Pasted %n field, with remarks</numerusform>
            <numerusform>Pasted %n fields, with remarks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryPlan</name>
    <message numerus="yes">
        <source>%n file(s) in one request under the part name “%1”: the CRM keeps only the last one, %2. Choose “One update per file” in Settings to deliver them all.</source>
        <translation>
            <numerusform>%n file in one request under the part name “%1”: the CRM keeps only the last one, %2. Choose “One update per file” in Settings to deliver them all.</numerusform>
            <numerusform>%n files in one request under the part name “%1”: the CRM keeps only the last one, %2. Choose “One update per file” in Settings to deliver them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): sent as %n updates of the same fields, one file each, so that the CRM keeps every file. Each update is one call of the daily quota.</source>
        <extracomment>%n is both the number of files and of updates: one update carries one file</extracomment>
        <translation>
            <numerusform>%n file: sent as %n update of the same fields, so that the CRM keeps it. Each update is one call of the daily quota.</numerusform>
            <numerusform>%n files: sent as %n updates of the same fields, one file each, so that the CRM keeps every file. Each update is one call of the daily quota.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in one request under the part name “%1”: the CRM keeps only the last one, %2. Pass --attachments one-per-file to deliver them all.</source>
        <translation>
            <numerusform>%n file in one request under the part name “%1”: the CRM keeps only the last one, %2. Pass --attachments one-per-file to deliver them all.</numerusform>
            <numerusform>%n files in one request under the part name “%1”: the CRM keeps only the last one, %2. Pass --attachments one-per-file to deliver them all.</numerusform>
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
    <message numerus="yes">
        <source>Shown: %1 of %n attempt(s)</source>
        <extracomment>Above the history when a search or filter is on; %1 is how many are shown, %n how many exist</extracomment>
        <translation>
            <numerusform>Shown: %1 of %n attempt</numerusform>
            <numerusform>Shown: %1 of %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <extracomment>Above the history: how many attempts it holds</extracomment>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n update(s) never got an answer because Casedesk stopped. They are marked “Interrupted — check the case” in the history: check those cases in the CRM.</source>
        <translation>
            <numerusform>%n update never got an answer because Casedesk stopped. It is marked “Interrupted — check the case” in the history: check that case in the CRM.</numerusform>
            <numerusform>%n updates never got an answer because Casedesk stopped. They are marked “Interrupted — check the case” in the history: check those cases in the CRM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bulk correction from %1 has %n row(s) not sent yet.</source>
        <translation>
            <numerusform>The bulk correction from %1 has %n row not sent yet.</numerusform>
            <numerusform>The bulk correction from %1 has %n rows not sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were being sent when it stopped; check those cases in the CRM before resending them.</source>
        <translation>
            <numerusform>%n row was being sent when it stopped; check that case in the CRM before resending it.</numerusform>
            <numerusform>%n rows were being sent when it stopped; check those cases in the CRM before resending them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other batch(es) are unfinished too.</source>
        <translation>
            <numerusform>%n other batch is unfinished too.</numerusform>
            <numerusform>%n other batches are unfinished too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n file(s) went in %n updates, one file each.</source>
        <translation>
            <numerusform>Its %n file went in %n update.</numerusform>
            <numerusform>Its %n files went in %n updates, one file each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The CRM has the fields and %n file(s) from the updates before: %1.</source>
        <translation>
            <numerusform>The CRM has the fields and %n file from the updates before: %1.</numerusform>
            <numerusform>The CRM has the fields and %n files from the updates before: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not sent: %1.</source>
        <translation>
            <numerusform>%n file was not sent: %1.</numerusform>
            <numerusform>%n files were not sent: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its files already reached the CRM and are not sent again unless you tick them.</source>
        <translation>
            <numerusform>%n of its files already reached the CRM and is not sent again unless you tick it.</numerusform>
            <numerusform>%n of its files already reached the CRM and are not sent again unless you tick them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannedRowsModel</name>
    <message numerus="yes">
        <source>Row %1 (line %2 of the file) has %n problem(s) and will not be sent.</source>
        <translation>
            <numerusform>Row %1 (line %2 of the file) has %n problem and will not be sent.</numerusform>
            <numerusform>Row %1 (line %2 of the file) has %n problems and will not be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
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
<context>
    <name>SendGuard</name>
    <message numerus="yes">
        <source>Sending it again costs a call of the daily quota and uploads its %n file(s) again.</source>
        <translation>
            <numerusform>Sending it again costs a call of the daily quota and uploads its %n file again.</numerusform>
            <numerusform>Sending it again costs a call of the daily quota and uploads its %n files again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n certificate(s) trusted in addition to the system&apos;s.</source>
        <translation>
            <numerusform>%n certificate trusted in addition to the system&apos;s.</numerusform>
            <numerusform>%n certificates trusted in addition to the system&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabularyActions</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new value(s) added.</source>
        <translation>
            <numerusform>%n new value added.</numerusform>
            <numerusform>%n new values added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n known value(s) brought up to date.</source>
        <translation>
            <numerusform>%n known value brought up to date.</numerusform>
            <numerusform>%n known values brought up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) saved to %1.</source>
        <translation>
            <numerusform>%n value saved to %1.</numerusform>
            <numerusform>%n values saved to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
