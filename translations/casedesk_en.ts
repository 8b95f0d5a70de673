<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
