<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BothClients</name>
    <message numerus="yes">
        <location filename="../src/core/rbac/compare.cpp" line="+70"/>
        <source>%n call(s) sent in all.</source>
        <translation>
            <numerusform>%n call sent in all.</numerusform>
            <numerusform>%n calls sent in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseReader</name>
    <message numerus="yes">
        <location filename="../src/core/invoke/responsereader.cpp" line="+115"/>
        <source>The service&apos;s response, once base64-decoded, is not UTF-8 text (%n byte(s)).</source>
        <translation>
            <numerusform>The service&apos;s response, once base64-decoded, is not UTF-8 text (%n byte).</numerusform>
            <numerusform>The service&apos;s response, once base64-decoded, is not UTF-8 text (%n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zd::BodyKind</name>
    <message numerus="yes">
        <location filename="../src/core/view/bodykind.cpp" line="+96"/>
        <source>… %n more byte(s) not shown</source>
        <translation>
            <numerusform>… %n more byte not shown</numerusform>
            <numerusform>… %n more bytes not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zd::ComparePanel</name>
    <message numerus="yes">
        <location filename="../src/widgets/comparepanel.cpp" line="+64"/>
        <source>%1: %n difference(s).</source>
        <translation>
            <numerusform>%1: %n difference.</numerusform>
            <numerusform>%1: %n differences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zd::ExchangePanel</name>
    <message numerus="yes">
        <location filename="../src/widgets/exchangepanel.cpp" line="+182"/>
        <source>One call through each client to compare their data, then, if both succeed, %1 more through each, alternating, to time them: %n call(s) in all, one at a time.</source>
        <translation>
            <numerusform>One call through each client to compare their data, then, if both succeed, %1 more through each, alternating, to time them: %n call in all, one at a time.</numerusform>
            <numerusform>One call through each client to compare their data, then, if both succeed, %1 more through each, alternating, to time them: %n calls in all, one at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zd::JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../src/core/view/jsonref.cpp" line="+86"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zd::MatrixView</name>
    <message numerus="yes">
        <location filename="../src/widgets/matrixview.cpp" line="+127"/>
        <source>Running %n cell(s)…</source>
        <translation>
            <numerusform>Running %n cell…</numerusform>
            <numerusform>Running %n cells…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zd::ProfileController</name>
    <message numerus="yes">
        <location filename="../src/widgets/profileactions.cpp" line="+133"/>
        <source>%n profile(s) imported, without passwords.</source>
        <translation>
            <numerusform>%n profile imported, without passwords.</numerusform>
            <numerusform>%n profiles imported, without passwords.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zd::ResultPanel</name>
    <message numerus="yes">
        <location filename="../src/widgets/resultpanel.cpp" line="+131"/>
        <source>%n result(s) in all</source>
        <translation>
            <numerusform>%n result in all</numerusform>
            <numerusform>%n results in all</numerusform>
        </translation>
    </message>
</context>
</TS>
