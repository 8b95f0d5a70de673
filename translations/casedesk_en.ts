<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Pasted %n field(s), with remarks</source>
        <translation>
            <numerusform>Pasted %n field, with remarks</numerusform>
            <numerusform>Pasted %n fields, with remarks</numerusform>
        </translation>
    </message>
</context>
</TS>
