<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessRules</name>
    <message>
        <location filename="../src/core/access/accessrules.cpp" line="+45"/>
        <source>Basic Auth and an API key sent together to a channel with security groups.</source>
        <translation>Basic Auth und ein API-Schlüssel zusammen an einen Kanal mit Sicherheitsgruppen gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No credentials, and the channel&apos;s groups (%1) let only their members in.</source>
        <translation>Keine Zugangsdaten, und die Gruppen des Kanals (%1) lassen nur ihre Mitglieder ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is in no group of this channel (%2).</source>
        <translation>%1 ist in keiner Gruppe dieses Kanals (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a member of the channel&apos;s groups, but its secret is wrong.</source>
        <translation>%1 ist Mitglied der Gruppen des Kanals, aber sein Secret ist falsch.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The channel is inactive.</source>
        <translation>Der Kanal ist inaktiv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The channel takes %1 only; %2 gets 405 with Allow.</source>
        <translation>Der Kanal nimmt nur %1 an; %2 erhält 405 mit Allow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The channel takes %1 only; on this server a wrong method gets 404.</source>
        <translation>Der Kanal nimmt nur %1 an; auf diesem Server erhält eine falsche Methode 404.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is an outgoing-only definition: the channel refuses everyone.</source>
        <translation>%1 ist eine rein ausgehende Definition: Der Kanal weist alle ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not the channel&apos;s own definition (%2).</source>
        <translation>%1 ist nicht die eigene Definition des Kanals (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No credentials; the channel&apos;s own definition is %1.</source>
        <translation>Keine Zugangsdaten; die eigene Definition des Kanals ist %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the channel&apos;s own definition, but the secret is wrong.</source>
        <translation>%1 ist die eigene Definition des Kanals, aber das Secret ist falsch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the channel&apos;s own definition.</source>
        <translation>%1 ist die eigene Definition des Kanals.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both the own definition and a group are needed.</source>
        <translation>Sowohl die eigene Definition als auch eine Gruppe sind nötig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The channel&apos;s groups (%1) have no members and it has no own definition: nobody gets in.</source>
        <translation>Die Gruppen des Kanals (%1) haben keine Mitglieder, und er hat keine eigene Definition: Niemand kommt hinein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a member of the channel&apos;s groups.</source>
        <translation>%1 ist Mitglied der Gruppen des Kanals.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel has no security: anyone may call it.</source>
        <translation>Der Kanal ist nicht abgesichert: Jeder darf ihn aufrufen.</translation>
    </message>
</context>
<context>
    <name>AccessTest</name>
    <message>
        <location filename="../src/core/access/enmasseaccess.cpp" line="+26"/>
        <source>%1: &quot;%2&quot; is missing. Add it to the item.</source>
        <translation>%1: „%2“ fehlt. Ergänzen Sie es im Eintrag.</translation>
    </message>
    <message>
        <location filename="../src/core/access/adminlists.cpp" line="+29"/>
        <source>%1 did not answer with a list. Is this a Zato 4.1 server?</source>
        <translation>%1 hat nicht mit einer Liste geantwortet. Ist das ein Zato-4.1-Server?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 listed an item without a name.</source>
        <translation>%1 hat ein Element ohne Namen aufgeführt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 listed &quot;%2&quot; twice.</source>
        <translation>%1 hat „%2“ zweimal aufgeführt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../src/core/access/enmasseaccess.cpp" line="+28"/>
        <source>%1: a bearer token checked as a JWT from an identity provider; only its wrong-secret row is made. Test it with a token of your own.</source>
        <translation>%1: ein Bearer-Token, das als JWT eines Identitätsanbieters geprüft wird; nur seine Zeile mit falschem Geheimnis wird erzeugt. Testen Sie es mit einem eigenen Token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the server never gives a secret, so only its wrong-secret row is made. Give its secret to test it.</source>
        <translation>%1: Der Server gibt nie ein Geheimnis heraus, daher entsteht nur die Zeile mit falschem Geheimnis. Geben Sie das Geheimnis an, um sie zu testen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A secret was given for &quot;%1&quot;, which is not a security definition of this server. Correct the name.</source>
        <translation>Für „%1“ wurde ein Geheimnis angegeben, aber das ist keine Sicherheitsdefinition dieses Servers. Korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 listed group &quot;%2&quot; without its members.</source>
        <translation>%1 hat die Gruppe „%2“ ohne ihre Mitglieder aufgeführt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no url_path.</source>
        <translation>%1: kein url_path.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: its security &quot;%2&quot; is not in %3.</source>
        <translation>%1: seine Sicherheit „%2“ steht nicht in %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: a security group id not in %2.</source>
        <translation>%1: eine Sicherheitsgruppen-ID, die nicht in %2 steht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: group &quot;%2&quot; is not in %3.</source>
        <translation>%1: Gruppe „%2“ steht nicht in %3.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: group &quot;%2&quot; has member &quot;%3&quot;, which is not in %4.</source>
        <translation>%1: Gruppe „%2“ hat das Mitglied „%3“, das nicht in %4 steht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server has no REST channel of its users to test.</source>
        <translation>Der Server hat keinen REST-Kanal seiner Benutzer, der getestet werden könnte.</translation>
    </message>
    <message>
        <location line="-134"/>
        <location filename="../src/core/access/enmasseaccess.cpp" line="+11"/>
        <source>%1: a %2 definition has no row: it is not a credential sent in a header.</source>
        <translation>%1: eine %2-Definition bekommt keine Zeile: Sie ist kein Zugangsdatum, das in einem Header gesendet wird.</translation>
    </message>
    <message>
        <location filename="../src/core/access/enmasseaccess.cpp" line="+6"/>
        <source>%1: the file gives no secret (an export never does), so only its wrong-secret row is made. Give the secret as ${NAME} and set NAME in the environment or the env file.</source>
        <translation>%1: Die Datei nennt kein Geheimnis (ein Export tut das nie), daher wird nur die Zeile mit falschem Geheimnis erzeugt. Geben Sie das Geheimnis als ${NAME} an und setzen Sie NAME in der Umgebung oder der env-Datei.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 &quot;%3&quot; is not a security definition. Define it under security, or correct the name.</source>
        <translation>%1: %2 „%3“ ist keine Sicherheitsdefinition. Definieren Sie sie unter security, oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: group &quot;%2&quot; is not defined. Define it, or correct the name.</source>
        <translation>%1: Die Gruppe „%2“ ist nicht definiert. Definieren Sie sie, oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2: RBAC decides who gets in, which is not derivable from the file; the channel&apos;s cells have no expectation.</source>
        <translation>%1: %2: RBAC entscheidet, wer hineinkommt, was sich aus der Datei nicht ableiten lässt; die Zellen des Kanals haben keine Erwartung.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&quot;%1&quot; is not a security definition of the configuration. Correct the name.</source>
        <translation>„%1“ ist keine Sicherheitsdefinition der Konfiguration. Korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is a %2 definition: no secret is sent for it.</source>
        <translation>„%1“ ist eine %2-Definition: Für sie wird kein Geheimnis gesendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an API key: it has no header.</source>
        <translation>„%1“ ist kein API-Schlüssel: Er hat keinen Header.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a Basic Auth definition: it has no realm.</source>
        <translation>„%1“ ist keine Basic-Auth-Definition: Sie hat keinen Realm.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: a second security definition named &quot;%2&quot;. Give each one its own name.</source>
        <translation>%1: eine zweite Sicherheitsdefinition namens „%2“. Geben Sie jeder einen eigenen Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: member &quot;%2&quot; is not a security definition. Define it under security, or correct the name.</source>
        <translation>%1: Das Mitglied „%2“ ist keine Sicherheitsdefinition. Definieren Sie es unter security, oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: there is no REST channel (channel_rest) to test.</source>
        <translation>%1: Es gibt keinen REST-Kanal (channel_rest) zum Testen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/access/openapi.cpp" line="+261"/>
        <location filename="../src/core/access/openapifetch.cpp" line="+102"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not derivable from the file: RBAC decides who gets in.</source>
        <translation>Aus der Datei nicht ableitbar: RBAC entscheidet, wer hineinkommt.</translation>
    </message>
    <message>
        <location filename="../src/core/access/serverdiscovery.cpp" line="+91"/>
        <source>Discovery was cancelled.</source>
        <translation>Das Ermitteln wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1 could not be reached: %2</source>
        <translation>Der Server unter %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused %1&apos;s credentials for %2 (HTTP %3). Give the user and password of the server&apos;s admin.invoke definition.</source>
        <translation>Der Server hat die Zugangsdaten von %1 für %2 abgelehnt (HTTP %3). Geben Sie Benutzer und Passwort der admin.invoke-Definition des Servers an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no %2 (HTTP 404): discovery needs the newest Zato 4.1, whose admin.invoke calls services there. Import its enmasse file instead.</source>
        <translation>%1 hat kein %2 (HTTP 404): Das Ermitteln braucht das neueste Zato 4.1, dessen admin.invoke dort Dienste aufruft. Importieren Sie stattdessen seine Enmasse-Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 hat mit HTTP %2 geantwortet: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer with JSON: %2</source>
        <translation>%1 hat nicht mit JSON geantwortet: %2</translation>
    </message>
    <message>
        <location filename="../src/core/access/openapi.cpp" line="-29"/>
        <source>%1: not an OpenAPI 3 document (no &quot;openapi: 3.x&quot; at its top).</source>
        <translation>%1: kein OpenAPI-3-Dokument (kein „openapi: 3.x“ am Anfang).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the document has no paths.</source>
        <translation>%1: Das Dokument hat keine Pfade (paths).</translation>
    </message>
    <message>
        <location filename="../src/core/access/openapifetch.cpp" line="-37"/>
        <source>%1 needs the user and password of a Basic Auth definition: none of the configuration&apos;s has its secret.</source>
        <translation>%1 braucht Benutzer und Passwort einer Basic-Auth-Definition: Von keiner der Konfiguration ist das Geheimnis bekannt.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 was refused (HTTP %2) to each Basic Auth definition with a known secret. Zato gives it only to the Basic Auth definitions of the channels it includes; check the OpenAPI channel&apos;s name, or give its document as a file.</source>
        <translation>%1 wurde jeder Basic-Auth-Definition mit bekanntem Geheimnis verweigert (HTTP %2). Zato gibt es nur den Basic-Auth-Definitionen der enthaltenen Kanäle; prüfen Sie den Namen des OpenAPI-Kanals oder geben Sie sein Dokument als Datei an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
</context>
<context>
    <name>BothClients</name>
    <message>
        <location filename="../src/core/rbac/compare.cpp" line="+27"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n call(s) sent in all.</source>
        <translation>
            <numerusform>Insgesamt %n Aufruf gesendet.</numerusform>
            <numerusform>Insgesamt %n Aufrufe gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times not compared: a call failed or was cancelled, so no more were sent.</source>
        <translation>Zeiten nicht verglichen: Ein Aufruf ist fehlgeschlagen oder wurde abgebrochen, daher wurden keine weiteren gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median times of %1 calls through each client, alternating, after one warm-up call each (connecting is not counted): AnyServiceInvoker %2, JSONClient %3.</source>
        <translation>Mediane Zeiten von je %1 Aufrufen über jeden Client, abwechselnd, nach je einem Aufwärmaufruf (der Verbindungsaufbau zählt nicht): AnyServiceInvoker %2, JSONClient %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AnyServiceInvoker was slower in every round: the dispatcher adds %1 (from %2 to %3).</source>
        <translation>AnyServiceInvoker war in jeder Runde langsamer: Der Dispatcher fügt %1 hinzu (von %2 auf %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSONClient was slower in every round, by %1 (from %2 to %3): the dispatcher adds nothing measurable.</source>
        <translation>JSONClient war in jeder Runde langsamer, um %1 (von %2 auf %3): Der Dispatcher fügt nichts Messbares hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The difference is within the noise: round by round, AnyServiceInvoker was from %1 faster to %2 slower than JSONClient.</source>
        <translation>Der Unterschied liegt im Rauschen: Runde für Runde war AnyServiceInvoker zwischen %1 schneller und %2 langsamer als JSONClient.</translation>
    </message>
</context>
<context>
    <name>BoundedRead</name>
    <message>
        <location filename="../src/core/hardening/boundedread.cpp" line="+33"/>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device, not a file</source>
        <translation>es ist ein Gerät, keine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a FIFO (a named pipe), not a regular file</source>
        <translation>es ist ein FIFO (eine benannte Pipe), keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is larger than %1, the most that is read</source>
        <translation>sie ist größer als %1, das Höchste, was gelesen wird</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
</context>
<context>
    <name>CallCheck</name>
    <message>
        <location filename="../src/core/invoke/callcheck.cpp" line="+27"/>
        <source>The server address is empty: enter one, such as http://localhost:17010.</source>
        <translation>Die Serveradresse ist leer: Geben Sie eine ein, etwa http://localhost:17010.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address &quot;%1&quot; has no http:// or https:// scheme: write it as http://%1 or https://%1.</source>
        <translation>Die Serveradresse „%1“ hat kein Schema http:// oder https://: Schreiben Sie sie als http://%1 oder https://%1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server address &quot;%1&quot; is not a valid URL (%2).</source>
        <translation>Die Serveradresse „%1“ ist keine gültige URL (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address &quot;%1&quot; has no host name.</source>
        <translation>Die Serveradresse „%1“ hat keinen Hostnamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address holds a user name or password (before @): it would be kept in clear with the address. Write the address as %1 and the user and password in their own fields.</source>
        <translation>Die Serveradresse enthält einen Benutzernamen oder ein Passwort (vor @): Es würde mit der Adresse im Klartext aufbewahrt. Schreiben Sie die Adresse als %1 und Benutzer und Passwort in ihre eigenen Felder.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The JSONClient channel path is empty: enter the URL path of the channel, such as /clients/django/json-client.</source>
        <translation>Der Kanalpfad für JSONClient ist leer: Geben Sie den URL-Pfad des Kanals ein, etwa /clients/django/json-client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The AnyServiceInvoker channel path is empty: enter the URL path of the dispatcher channel, such as /clients/django/any-service-invoker.</source>
        <translation>Der Kanalpfad für AnyServiceInvoker ist leer: Geben Sie den URL-Pfad des Dispatcher-Kanals ein, etwa /clients/django/any-service-invoker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The channel path &quot;%1&quot; must start with a slash: /%1.</source>
        <translation>Der Kanalpfad „%1“ muss mit einem Schrägstrich beginnen: /%1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address and path do not form a valid URL (%1).</source>
        <translation>Adresse und Pfad ergeben keine gültige URL (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invoke API needs a service name, such as customer.get1.</source>
        <translation>Die Invoke-API braucht einen Dienstnamen, etwa customer.get1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Either name or id must be provided: enter the service to call, such as customer.get1.</source>
        <translation>Name oder ID muss angegeben werden: Geben Sie den aufzurufenden Dienst ein, etwa customer.get1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a valid HTTP header name.</source>
        <translation>„%1“ ist kein gültiger HTTP-Headername.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of header %1 contains a line break.</source>
        <translation>Der Wert des Headers %1 enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <location filename="../src/core/invoke/authheaders.cpp" line="+61"/>
        <source>The API key is empty: enter the key the channel&apos;s definition holds.</source>
        <translation>Der API-Schlüssel ist leer: Geben Sie den Schlüssel ein, den die Definition des Kanals enthält.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API key header: %1</source>
        <translation>Der Header für den API-Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bearer token is empty: enter the token the channel accepts.</source>
        <translation>Das Bearer-Token ist leer: Geben Sie das Token ein, das der Kanal annimmt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bearer token contains a line break.</source>
        <translation>Das Bearer-Token enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no token for this call yet: it is got from the token endpoint before the call is sent.</source>
        <translation>Für diesen Aufruf gibt es noch kein Token: Es wird vom Token-Endpunkt geholt, bevor der Aufruf gesendet wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token endpoint gave a token that cannot be sent in a header.</source>
        <translation>Der Token-Endpunkt hat ein Token geliefert, das sich nicht in einem Header senden lässt.</translation>
    </message>
    <message>
        <location filename="../src/core/invoke/requesturl.cpp" line="+38"/>
        <source>The path parameter &quot;%1&quot; has no {%1} placeholder in the path %2.</source>
        <translation>Der Pfadparameter „%1“ hat keinen Platzhalter {%1} im Pfad %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The path %1 has the placeholder {%2}, but no value is given for it.</source>
        <translation>Der Pfad %1 hat den Platzhalter {%2}, aber dafür ist kein Wert angegeben.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A query parameter has no name (its value is &quot;%1&quot;).</source>
        <translation>Ein Abfrageparameter hat keinen Namen (sein Wert ist „%1“).</translation>
    </message>
</context>
<context>
    <name>Enmasse</name>
    <message>
        <location filename="../src/core/enmasse/enmassereader.cpp" line="+83"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; belongs to the Zato %3 layout, but %4 is in the Zato %5 layout. Write the files in one layout.</source>
        <translation>%1: „%2“ gehört zum Aufbau von Zato %3, aber %4 ist im Aufbau von Zato %5. Schreiben Sie die Dateien in einem Aufbau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: no such file.</source>
        <translation>%1 lässt sich nicht lesen: Die Datei gibt es nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:%2:%3: this is not valid YAML: %4. Correct the file at that place.</source>
        <translation>%1:%2:%3: Das ist kein gültiges YAML: %4. Korrigieren Sie die Datei an dieser Stelle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: an enmasse file is a map of sections (security, groups, channel_rest ...), not a %2. Put the objects under their section names.</source>
        <translation>%1: Eine enmasse-Datei ist eine Zuordnung von Abschnitten (security, groups, channel_rest …), kein(e) %2. Stellen Sie die Objekte unter die Namen ihrer Abschnitte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>single value</source>
        <translation>Einzelwert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: include: every entry is a file name. Write one file name per line.</source>
        <translation>%1: include: Jeder Eintrag ist ein Dateiname. Schreiben Sie einen Dateinamen pro Zeile.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: include: give a list of file names.</source>
        <translation>%1: include: Geben Sie eine Liste von Dateinamen an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2: a section is a list of objects, each starting with &quot;- name:&quot;. Write the section as a list.</source>
        <translation>%1: %2: Ein Abschnitt ist eine Liste von Objekten, jedes beginnend mit „- name:“. Schreiben Sie den Abschnitt als Liste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: each entry is an object with a name and its fields. Write it as &quot;- name: ...&quot; followed by its fields.</source>
        <translation>%1: Jeder Eintrag ist ein Objekt mit einem Namen und seinen Feldern. Schreiben Sie ihn als „- name: …“, gefolgt von seinen Feldern.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: only security, groups and REST channels are read; these sections were skipped: %2.</source>
        <translation>%1: Nur security, groups und REST-Kanäle werden gelesen; diese Abschnitte wurden übersprungen: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: include &quot;%2&quot;: there is no such file (%3). Paths are relative to the file that includes them.</source>
        <translation>%1: include „%2“: Die Datei gibt es nicht (%3). Pfade sind relativ zu der Datei, die sie einbindet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: include &quot;%2&quot; makes a cycle: %3. Remove one of these includes.</source>
        <translation>%1: include „%2“ bildet einen Kreis: %3. Entfernen Sie eines dieser includes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 refers to the environment variable %3, which is not set. Set %3 in the environment or in the file given with --env-file.</source>
        <translation>%1: %2 verweist auf die Umgebungsvariable %3, die nicht gesetzt ist. Setzen Sie %3 in der Umgebung oder in der mit --env-file angegebenen Datei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 must be a single value, not a list or a map. Write one value.</source>
        <translation>%1: %2 muss ein einzelner Wert sein, keine Liste und keine Zuordnung. Schreiben Sie einen Wert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 must be true or false, not &quot;%3&quot;.</source>
        <translation>%1: %2 muss true oder false sein, nicht „%3“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>%1: %2 must be a list of names. Write one &quot;- name&quot; per line.</source>
        <translation>%1: %2 muss eine Liste von Namen sein. Schreiben Sie ein „- name“ pro Zeile.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the env file %1: %2</source>
        <translation>Die env-Datei %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1:%2: this line is not NAME=value. Write one variable per line, e.g. CRM_PASSWORD=secret, or start the line with # for a comment.</source>
        <translation>%1:%2: Diese Zeile ist nicht NAME=Wert. Schreiben Sie eine Variable pro Zeile, etwa CRM_PASSWORD=secret, oder beginnen Sie die Zeile mit # für einen Kommentar.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <location filename="../src/core/oauth/jwt.cpp" line="+24"/>
        <source>it is not base64url text</source>
        <translation>es ist kein base64url-Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not JSON (%1)</source>
        <translation>es ist kein JSON (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The token is not a JWT (three dot-separated parts): it is opaque, and only the server that issued it can read it.</source>
        <translation>Das Token ist kein JWT (drei durch Punkte getrennte Teile): Es ist undurchsichtig, nur der Server, der es ausgestellt hat, kann es lesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token&apos;s header cannot be read: %1.</source>
        <translation>Der Header des Tokens lässt sich nicht lesen: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token&apos;s claims cannot be read: %1.</source>
        <translation>Die Claims des Tokens lassen sich nicht lesen: %1.</translation>
    </message>
</context>
<context>
    <name>LookupForm</name>
    <message>
        <location filename="../src/core/lookup/lookupform.cpp" line="+49"/>
        <source>Enter a customer ID.</source>
        <translation>Geben Sie eine Kundennummer ein.</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <location filename="../src/core/rbac/matrix.cpp" line="+212"/>
        <source>The matrix is not valid JSON: %1</source>
        <translation>Die Matrix ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every credential needs a &quot;name&quot;.</source>
        <translation>Alle Zugangsdaten brauchen einen „name“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credential &quot;%1&quot; has the unknown &quot;auth&quot; &quot;%2&quot;; use basic, apikey, bearer, oauth2 or none.</source>
        <translation>Die Zugangsdaten „%1“ haben das unbekannte „auth“ „%2“; verwenden Sie basic, apikey, bearer, oauth2 oder none.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every channel needs a &quot;name&quot; and a client of any, json or api.</source>
        <translation>Jeder Kanal braucht einen „name“ und einen Client: any, json oder api.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A matrix needs an &quot;address&quot;, &quot;credentials&quot; and &quot;channels&quot;.</source>
        <translation>Eine Matrix braucht „address“, „credentials“ und „channels“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown expectation &quot;%1&quot; for %2 on %3; use one of: %4.</source>
        <translation>Unbekannte Erwartung „%1“ für %2 auf %3; verwenden Sie eine von: %4.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>expected %1, got %2</source>
        <translation>erwartet %1, erhalten %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected because: %1
%2</source>
        <translation>Erwartet, weil: %1
%2</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../src/core/invoke/outcome.cpp" line="+189"/>
        <source>The call was cancelled.</source>
        <translation>Der Aufruf wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Wrong credentials: the server refused the user name or password. Check them.</source>
        <translation>Falsche Zugangsdaten: Der Server hat Benutzername oder Passwort abgelehnt. Prüfen Sie sie.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Wrong bearer token: the channel wants Authorization: Bearer with a token it accepts, and refused this one. Check the token (and, for a JWT, that it has not expired).</source>
        <translation>Falsches Bearer-Token: Der Kanal verlangt Authorization: Bearer mit einem Token, das er annimmt, und hat dieses abgelehnt. Prüfen Sie das Token (und bei einem JWT, ob es nicht abgelaufen ist).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel wants a bearer token (Authorization: Bearer), and none was sent. Choose Bearer token and enter one.</source>
        <translation>Der Kanal verlangt ein Bearer-Token (Authorization: Bearer), und es wurde keines gesendet. Wählen Sie Bearer-Token und geben Sie eines ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong credentials for realm &quot;%1&quot;: the server refused the user name or password. Check them against the channel&apos;s security definition.</source>
        <translation>Falsche Zugangsdaten für den Bereich „%1“: Der Server hat Benutzername oder Passwort abgelehnt. Vergleichen Sie sie mit der Sicherheitsdefinition des Kanals.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong API key: the server refused the key. Check the key, and the header it goes in (X-API-Key unless the channel&apos;s definition names another).</source>
        <translation>Falscher API-Schlüssel: Der Server hat den Schlüssel abgelehnt. Prüfen Sie den Schlüssel und den Header, in dem er steht (X-API-Key, sofern die Definition des Kanals keinen anderen nennt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not authorized, and the server names no scheme: the channel wants an API key or another credential (such as a client certificate) rather than what was sent. Choose API key and enter the key and its header.</source>
        <translation>Nicht autorisiert, und der Server nennt kein Schema: Der Kanal verlangt einen API-Schlüssel oder andere Zugangsdaten (etwa ein Client-Zertifikat) statt der gesendeten. Wählen Sie API-Schlüssel und geben Sie den Schlüssel und seinen Header ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not allowed by the channel&apos;s security groups: the credential sent is not a member of any group the channel accepts (or none was sent). Call with a member&apos;s credential, or add this one to a group.</source>
        <translation>Von den Sicherheitsgruppen des Kanals nicht erlaubt: Die gesendeten Zugangsdaten gehören zu keiner Gruppe, die der Kanal annimmt (oder es wurden keine gesendet). Rufen Sie mit den Zugangsdaten eines Mitglieds auf, oder fügen Sie diese einer Gruppe hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not allowed: the credentials are valid, but RBAC does not let this user call the channel.</source>
        <translation>Nicht erlaubt: Die Zugangsdaten sind gültig, aber RBAC erlaubt diesem Benutzer nicht, den Kanal aufzurufen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many requests: the channel&apos;s rate limit is reached.</source>
        <translation>Zu viele Anfragen: Das Ratenlimit des Kanals ist erreicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again after %1 (Retry-After).</source>
        <translation>Versuchen Sie es nach %1 erneut (Retry-After).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Limit: %1; remaining: %2.</source>
        <translation>Limit: %1; verbleibend: %2.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Bad request: the call sent both HTTP Basic credentials and an API key, and a channel with security groups refuses the two together. Send one of them.</source>
        <translation>Ungültige Anfrage: Der Aufruf hat sowohl HTTP-Basic-Zugangsdaten als auch einen API-Schlüssel gesendet, und ein Kanal mit Sicherheitsgruppen weist beides zusammen ab. Senden Sie nur eines davon.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No such channel: nothing answers at %1. Check the channel path (and the method it accepts).</source>
        <translation>Kein solcher Kanal: Unter %1 antwortet nichts. Prüfen Sie den Kanalpfad (und die Methode, die er annimmt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Method not allowed: the channel does not accept %1 requests.</source>
        <translation>Methode nicht erlaubt: Der Kanal nimmt keine %1-Anfragen an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method not allowed: the channel does not accept %1 requests; it accepts %2.</source>
        <translation>Methode nicht erlaubt: Der Kanal nimmt keine %1-Anfragen an; er nimmt %2 an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service error: the service raised an exception.</source>
        <translation>Dienstfehler: Der Dienst hat eine Ausnahme ausgelöst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service error: %1</source>
        <translation>Dienstfehler: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a Zato response: %1</source>
        <translation>Keine Zato-Antwort: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1. The body, %2 bytes, was saved to %3 and not read.</source>
        <translation>HTTP %1. Der Body, %2 Bytes, wurde in %3 gespeichert und nicht gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a Zato response: HTTP %1 with a body that is not JSON (%2).</source>
        <translation>Keine Zato-Antwort: HTTP %1 mit einem Inhalt, der kein JSON ist (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server answered %1: %2</source>
        <translation>Der Server antwortete %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call completed but is not ok (HTTP %1).</source>
        <translation>Der Aufruf wurde abgeschlossen, ist aber nicht ok (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../src/core/profile/profilejson.cpp" line="+129"/>
        <source>A profile has no name.</source>
        <translation>Ein Profil hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a Zato Desk profile file (it needs &quot;schema&quot; and &quot;profiles&quot;)</source>
        <translation>keine Profildatei von Zato Desk (sie braucht „schema“ und „profiles“)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a profile is not an object</source>
        <translation>ein Profil ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/profile/profilestore.cpp" line="+32"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Cannot write %1: %2. The previous file is unchanged.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Profiles cannot be saved: the folder %1 is read-only (or not yours).</source>
        <translation>Profile können nicht gespeichert werden: Der Ordner %1 ist schreibgeschützt (oder gehört Ihnen nicht).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles cannot be saved: the lock file in %1 cannot be made.</source>
        <translation>Profile können nicht gespeichert werden: Die Sperrdatei in %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>%1 was written by a newer Zato Desk (schema %2; this one knows %3). It is left as it is and profiles cannot be changed until you update Zato Desk.</source>
        <translation>%1 wurde von einem neueren Zato Desk geschrieben (Schema %2; dieses kennt %3). Die Datei bleibt unverändert, und Profile können erst nach einer Aktualisierung von Zato Desk geändert werden.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 is a symbolic link to %2, which cannot be opened (%3). It is left as it is, and profiles cannot be saved until it is fixed: create the file it points to, or remove the link.</source>
        <translation>%1 ist ein symbolischer Link auf %2, das sich nicht öffnen lässt (%3). Er bleibt, wie er ist, und Profile können erst gespeichert werden, wenn das behoben ist: Legen Sie die Datei an, auf die er zeigt, oder entfernen Sie den Link.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1: %2. It is left as it is, and profiles cannot be saved until it can be read: fix it, or move it away to start with no saved profiles.</source>
        <translation>%1 kann nicht gelesen werden: %2. Die Datei bleibt, wie sie ist, und Profile können erst gespeichert werden, wenn sie lesbar ist: Beheben Sie das, oder verschieben Sie sie, um ohne gespeicherte Profile zu beginnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is from an unknown version of Zato Desk (schema %2). It is left as it is and profiles cannot be changed until you update Zato Desk.</source>
        <translation>%1 stammt aus einer unbekannten Version von Zato Desk (Schema %2). Die Datei bleibt, wie sie ist, und Profile können erst geändert werden, wenn Sie Zato Desk aktualisieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+169"/>
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>%1 is %2, and it could not be moved aside.</source>
        <translation>%1 ist %2 und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile file was %1. It was kept as %2 and you start with no saved profiles.</source>
        <translation>Die Profildatei war %1. Sie wurde als %2 aufbewahrt, und Sie beginnen ohne gespeicherte Profile.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The profile file is locked by another Zato Desk; try again.</source>
        <translation>Die Profildatei ist von einem anderen Zato Desk gesperrt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+23"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 is from an unknown version of Zato Desk (schema %2).</source>
        <translation>%1 stammt aus einer unbekannten Version von Zato Desk (Schema %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer Zato Desk (schema %2).</source>
        <translation>%1 wurde von einem neueren Zato Desk geschrieben (Schema %2).</translation>
    </message>
    <message>
        <location line="-29"/>
        <source> (imported)</source>
        <translation> (importiert)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../src/widgets/prompts.cpp" line="+38"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The imported profile is added as &quot;%1&quot;.</source>
        <translation>Das importierte Profil wird als „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>Profiles (*.json)</source>
        <translation>Profile (*.json)</translation>
    </message>
</context>
<context>
    <name>RequestDraft</name>
    <message>
        <location filename="../src/core/request/requestdraft.cpp" line="+126"/>
        <source>The payload is not valid JSON: line %1, column %2: %3.</source>
        <translation>Die Nutzdaten sind kein gültiges JSON: Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A query parameter has a value but no name.</source>
        <translation>Ein Abfrageparameter hat einen Wert, aber keinen Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a value for {%1}: the path needs it.</source>
        <translation>Geben Sie einen Wert für {%1} ein: Der Pfad braucht ihn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The path has no {%1} placeholder: remove that path parameter, or write {%1} in the channel path.</source>
        <translation>Der Pfad hat keinen Platzhalter {%1}: Entfernen Sie diesen Pfadparameter, oder schreiben Sie {%1} in den Kanalpfad.</translation>
    </message>
</context>
<context>
    <name>ResponseReader</name>
    <message>
        <location filename="../src/core/invoke/responsereader.cpp" line="+80"/>
        <source>HTTP 404: no channel answers at this path (the server says: %1). Check the channel path.</source>
        <translation>HTTP 404: Unter diesem Pfad antwortet kein Kanal (der Server sagt: %1). Prüfen Sie den Kanalpfad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1 with a body that is not JSON (%2), so it is not a Zato dispatcher response. Check that the path is a channel of zato.service.invoke.</source>
        <translation>HTTP %1 mit einem Inhalt, der kein JSON ist (%2), also keine Antwort des Zato-Dispatchers. Prüfen Sie, ob der Pfad ein Kanal von zato.service.invoke ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>The service&apos;s response, once base64-decoded, is not UTF-8 text (%n byte(s)).</source>
        <translation>
            <numerusform>Die Antwort des Dienstes ist nach der Base64-Dekodierung kein UTF-8-Text (%n Byte).</numerusform>
            <numerusform>Die Antwort des Dienstes ist nach der Base64-Dekodierung kein UTF-8-Text (%n Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>HTTP %1 with a JSON null: this is not a zato.service.invoke response.</source>
        <translation>HTTP %1 mit einem JSON-null: Das ist keine Antwort von zato.service.invoke.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The response&apos;s zato_env element is not an object with details: this is not a zato.service.invoke response.</source>
        <translation>Das Element zato_env der Antwort ist kein Objekt mit details: Das ist keine Antwort von zato.service.invoke.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The dispatcher&apos;s data element is neither base64 text nor an object with a response: this is not a zato.service.invoke response.</source>
        <translation>Das Datenelement des Dispatchers ist weder Base64-Text noch ein Objekt mit einer Antwort: Das ist keine Antwort von zato.service.invoke.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTTP %1 with JSON that is not a dispatcher response (no zato_env): this looks like a plain REST channel. Point AnyServiceInvoker at a channel of zato.service.invoke, or call this channel with JSONClient.</source>
        <translation>HTTP %1 mit JSON, das keine Dispatcher-Antwort ist (kein zato_env): Das sieht nach einem einfachen REST-Kanal aus. Richten Sie AnyServiceInvoker auf einen Kanal von zato.service.invoke, oder rufen Sie diesen Kanal mit JSONClient auf.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The header %1 holds &quot;%2&quot;, which is not a page number: Zato&apos;s client cannot read this response.</source>
        <translation>Der Header %1 enthält „%2“, was keine Seitennummer ist: Der Client von Zato kann diese Antwort nicht lesen.</translation>
    </message>
</context>
<context>
    <name>SavedRequests</name>
    <message>
        <location filename="../src/core/profile/savedrequests.cpp" line="+96"/>
        <source>The header %1 carries a secret, and saved requests never hold one: remove it and set the profile&apos;s authentication instead.</source>
        <translation>Der Header %1 enthält ein Secret, und gespeicherte Anfragen enthalten nie eines: Entfernen Sie ihn und legen Sie stattdessen die Authentifizierung des Profils fest.</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <location filename="../src/core/probe/probereport.cpp" line="+25"/>
        <source>No HTTP answer from %1: %2 Check the address, the port and that the server is running.</source>
        <translation>Keine HTTP-Antwort von %1: %2 Prüfen Sie die Adresse, den Port und ob der Server läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answers HTTP, but nothing there answers as a Zato server does: no ping, no dispatcher, no invoke API, no &quot;URL not found (CID: …)&quot;. Check the address and the port (a Zato server listens on 17010, its load balancer on 11223).</source>
        <translation>%1 antwortet per HTTP, aber nichts dort antwortet so wie ein Zato-Server: kein Ping, kein Dispatcher, keine Invoke-API, kein „URL not found (CID: …)“. Prüfen Sie die Adresse und den Port (ein Zato-Server lauscht auf 17010, sein Load Balancer auf 11223).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a Zato 3.2 (or 3.3) server: it has the zato.service.invoke dispatcher at /zato/admin/invoke and the public invoke API at /zato/api/invoke/{service}.</source>
        <translation>Dies ist ein Server mit Zato 3.2 (oder 3.3): Er hat den Dispatcher zato.service.invoke unter /zato/admin/invoke und die öffentliche Invoke-API unter /zato/api/invoke/{service}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a Zato 4.1 server built before May 2026: it has the zato.service.invoke dispatcher at /zato/admin/invoke and no invoke API at /zato/api/invoke.</source>
        <translation>Dies ist ein Server mit Zato 4.1, erstellt vor Mai 2026: Er hat den Dispatcher zato.service.invoke unter /zato/admin/invoke und keine Invoke-API unter /zato/api/invoke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a Zato 4.1 server: it has no zato.service.invoke dispatcher; its invoke API at /zato/api/invoke/{service} takes the admin.invoke user.</source>
        <translation>Dies ist ein Server mit Zato 4.1: Er hat keinen Dispatcher zato.service.invoke; seine Invoke-API unter /zato/api/invoke/{service} nimmt den Benutzer admin.invoke an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a Zato server, but none of its invoke endpoints answered as a known version does.</source>
        <translation>Dies ist ein Zato-Server, aber keiner seiner Invoke-Endpunkte hat so geantwortet wie eine bekannte Version.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credentials given work with %1.</source>
        <translation>Die angegebenen Zugangsdaten funktionieren für %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credentials given were refused by %1 (401): check the user and the password.</source>
        <translation>Die angegebenen Zugangsdaten wurden durch %1 abgelehnt (401): Prüfen Sie Benutzer und Passwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user and a password are needed for %1; none were given.</source>
        <translation>Für %1 sind ein Benutzer und ein Passwort nötig; es wurden keine angegeben.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>AnyServiceInvoker will work (point it at /zato/admin/invoke or a channel of zato.service.invoke).</source>
        <translation>AnyServiceInvoker wird funktionieren (richten Sie ihn auf /zato/admin/invoke oder einen Kanal von zato.service.invoke).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AnyServiceInvoker will not work: there is no dispatcher. Use the Invoke API or JSONClient.</source>
        <translation>AnyServiceInvoker wird nicht funktionieren: Es gibt keinen Dispatcher. Verwenden Sie die Invoke-API oder JSONClient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSONClient works with any of the server&apos;s REST channels.</source>
        <translation>JSONClient funktioniert mit jedem REST-Kanal des Servers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Invoke API will work, with the %1 user.</source>
        <translation>Die Invoke-API wird funktionieren, mit dem Benutzer %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Invoke API will not work: /zato/api/invoke answers 404.</source>
        <translation>Die Invoke-API wird nicht funktionieren: /zato/api/invoke antwortet mit 404.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dispatcher</source>
        <translation>den Dispatcher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the invoke API</source>
        <translation>die Invoke-API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A wrong method gets 405 with the Allow list (%1).</source>
        <translation>Eine falsche Methode erhält 405 mit der Allow-Liste (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A wrong method gets 404, not 405.</source>
        <translation>Eine falsche Methode erhält 404, nicht 405.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How a wrong method is answered was not checked (name a channel with a fixed method, or give admin.invoke credentials on a 4.1 server).</source>
        <translation>Wie eine falsche Methode beantwortet wird, wurde nicht geprüft (nennen Sie einen Kanal mit fester Methode, oder geben Sie auf einem 4.1-Server Zugangsdaten für admin.invoke an).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The X-Zato-CID header is on.</source>
        <translation>Der Header X-Zato-CID ist an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The X-Zato-CID header is off: the CID is in error bodies only.</source>
        <translation>Der Header X-Zato-CID ist aus: Die CID steht nur im Body von Fehlerantworten.</translation>
    </message>
    <message>
        <location filename="../src/core/probe/serverprobe.cpp" line="+106"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+52"/>
        <location line="+39"/>
        <location line="+76"/>
        <source>No HTTP answer: %1</source>
        <translation>Keine HTTP-Antwort: %1</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Answers as Zato 4.1 does (is_ok and a CID).</source>
        <translation>Antwortet wie Zato 4.1 (is_ok und eine CID).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers as Zato 3.2 does (pong).</source>
        <translation>Antwortet wie Zato 3.2 (pong).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ping channel (404).</source>
        <translation>Kein Ping-Kanal (404).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1: not what a Zato ping answers.</source>
        <translation>HTTP %1: nicht das, was ein Zato-Ping antwortet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No zato.service.invoke dispatcher at this path (404).</source>
        <translation>Kein Dispatcher zato.service.invoke unter diesem Pfad (404).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dispatcher is there; it refused the credentials given (401).</source>
        <translation>Der Dispatcher ist da; er hat die angegebenen Zugangsdaten abgelehnt (401).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dispatcher is there, behind Basic Auth (401).</source>
        <translation>Der Dispatcher ist da, hinter Basic Auth (401).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dispatcher answered zato.ping.</source>
        <translation>Der Dispatcher hat auf zato.ping geantwortet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP %1: not what the dispatcher answers.</source>
        <translation>HTTP %1: nicht das, was der Dispatcher antwortet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No invoke API at /zato/api/invoke (404).</source>
        <translation>Keine Invoke-API unter /zato/api/invoke (404).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The invoke API is there (realm &quot;%1&quot;); it refused the credentials given (401).</source>
        <translation>Die Invoke-API ist da (Bereich „%1“); sie hat die angegebenen Zugangsdaten abgelehnt (401).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The invoke API is there, behind Basic Auth (realm &quot;%1&quot;).</source>
        <translation>Die Invoke-API ist da, hinter Basic Auth (Bereich „%1“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The invoke API answered zato.ping.</source>
        <translation>Die Invoke-API hat auf zato.ping geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invoke API took the credentials (HTTP 400: it has no zato.ping).</source>
        <translation>Die Invoke-API hat die Zugangsdaten angenommen (HTTP 400: Sie hat kein zato.ping).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP %1: not what the invoke API answers.</source>
        <translation>HTTP %1: nicht das, was die Invoke-API antwortet.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>A wrong method gets 405, Allow: %1.</source>
        <translation>Eine falsche Methode erhält 405, Allow: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A wrong method gets 404, as Zato 3.2 and 4.1 before July 2026 answer.</source>
        <translation>Eine falsche Methode erhält 404, so wie Zato 3.2 und 4.1 vor Juli 2026 antworten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HTTP %1: this channel takes that method too; name a channel with one fixed method.</source>
        <translation>HTTP %1: Dieser Kanal nimmt auch diese Methode an; nennen Sie einen Kanal mit einer einzigen festen Methode.</translation>
    </message>
</context>
<context>
    <name>TlsSettings</name>
    <message>
        <location filename="../src/core/invoke/tlsconfig.cpp" line="+35"/>
        <source>Cannot read the client certificate %1: %2</source>
        <translation>Das Client-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a PKCS#12 file without a passphrase.</source>
        <translation>%1 ist keine PKCS#12-Datei ohne Passphrase.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the client key %1: %2</source>
        <translation>Der Client-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds no unencrypted PEM private key.</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CA file %1 holds no certificate (PEM or DER).</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat (PEM oder DER).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No client certificate is chosen: the front end&apos;s client certificate headers are made from one. Choose it in Connection settings (or --client-cert).</source>
        <translation>Kein Client-Zertifikat gewählt: Die Client-Zertifikat-Header des Frontends werden aus einem erzeugt. Wählen Sie es unter Verbindungseinstellungen (oder --client-cert).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(certificate of %1, issued by %2, valid until %3)</source>
        <translation>(Zertifikat von %1, ausgestellt von %2, gültig bis %3)</translation>
    </message>
</context>
<context>
    <name>TokenExchange</name>
    <message>
        <location filename="../src/core/oauth/tokenexchange.cpp" line="+68"/>
        <source>Check the client id and the client secret, and the names of their fields.</source>
        <translation>Prüfen Sie Client-ID und Client-Geheimnis sowie die Namen ihrer Felder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the scopes: the client may not ask for one of them.</source>
        <translation>Prüfen Sie die Scopes: Einen davon darf der Client nicht anfordern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint does not give this client tokens by the client credentials grant.</source>
        <translation>Der Endpunkt gibt diesem Client keine Tokens über den Client-Credentials-Grant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the body format (form or JSON), the field names and the extra fields.</source>
        <translation>Prüfen Sie das Format des Inhalts (Formular oder JSON), die Feldnamen und die zusätzlichen Felder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the token URL and the client&apos;s settings at the identity provider.</source>
        <translation>Prüfen Sie die Token-URL und die Einstellungen des Clients beim Identitätsanbieter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token endpoint refused the request: %1. %2</source>
        <translation>Der Token-Endpunkt hat die Anfrage abgelehnt: %1. %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The token URL is empty: enter the URL of the identity provider&apos;s token endpoint, such as https://idp.example.com/oauth/token.</source>
        <translation>Die Token-URL ist leer: Geben Sie die URL des Token-Endpunkts des Identitätsanbieters ein, etwa https://idp.example.com/oauth/token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token URL &quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>Die Token-URL „%1“ ist keine http://- oder https://-URL mit einem Host.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client id is empty: enter the id the identity provider gave the client.</source>
        <translation>Die Client-ID ist leer: Geben Sie die ID ein, die der Identitätsanbieter dem Client gegeben hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client secret is empty: enter the secret the identity provider gave the client.</source>
        <translation>Das Client-Geheimnis ist leer: Geben Sie das Geheimnis ein, das der Identitätsanbieter dem Client gegeben hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An extra field of the token request has no name.</source>
        <translation>Ein zusätzliches Feld der Token-Anfrage hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot get a token from %1: %2</source>
        <translation>Von %1 lässt sich kein Token holen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token endpoint %1 answered %2 %3, not a token. Check the token URL.</source>
        <translation>Der Token-Endpunkt %1 hat %2 %3 geantwortet, kein Token. Prüfen Sie die Token-URL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no content type</source>
        <translation>keinem Inhaltstyp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token endpoint %1 answered with %2, not a JSON token: is it the identity provider&apos;s token endpoint, and not a login page?</source>
        <translation>Der Token-Endpunkt %1 hat mit %2 geantwortet, nicht mit einem JSON-Token: Ist es der Token-Endpunkt des Identitätsanbieters und keine Anmeldeseite?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token endpoint&apos;s answer holds no access_token.</source>
        <translation>Die Antwort des Token-Endpunkts enthält kein access_token.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token endpoint gave a token of type &quot;%1&quot;: only Bearer tokens can be sent to a Zato channel.</source>
        <translation>Der Token-Endpunkt hat ein Token vom Typ „%1“ geliefert: An einen Zato-Kanal lassen sich nur Bearer-Tokens senden.</translation>
    </message>
</context>
<context>
    <name>TokenInfo</name>
    <message>
        <location filename="../src/core/oauth/tokeninfo.cpp" line="+19"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not said (the answer has no expires_in and the token no exp)</source>
        <translation>nicht angegeben (die Antwort hat kein expires_in und das Token kein exp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (expired %2 ago)</source>
        <translation>%1 (abgelaufen vor %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token from %1, kept from an earlier answer
</source>
        <translation>Token von %1, aus einer früheren Antwort aufbewahrt
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token from %1: %2 in %3 ms
</source>
        <translation>Token von %1: %2 in %3 ms
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type: %1
</source>
        <translation>Typ: %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scope: %1
</source>
        <translation>Scope: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires: %1
</source>
        <translation>läuft ab: %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JWT header:
%1
JWT claims:
%2
</source>
        <translation>JWT-Header:
%1
JWT-Claims:
%2
</translation>
    </message>
</context>
<context>
    <name>TransportErrors</name>
    <message>
        <location filename="../src/core/invoke/transporterror.cpp" line="+39"/>
        <source>Connection refused by %1: no server is listening there. Check the address and port, and that the server is running.</source>
        <translation>Verbindung von %1 abgelehnt: Dort lauscht kein Server. Prüfen Sie Adresse und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host name &quot;%1&quot; could not be resolved. Check the server address.</source>
        <translation>Der Hostname „%1“ konnte nicht aufgelöst werden. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The TLS handshake with %1 failed: %2. Check the certificate, or use http:// if the server does not speak TLS.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2. Prüfen Sie das Zertifikat, oder verwenden Sie http://, wenn der Server kein TLS spricht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 closed the connection before the response was complete. The request was sent once and not sent again: the service may have run, so check on the server before you call again.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war. Die Anfrage wurde einmal gesendet und nicht erneut: Der Dienst ist vielleicht gelaufen, prüfen Sie das auf dem Server, bevor Sie erneut aufrufen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to %1 timed out.</source>
        <translation>Die Verbindung zu %1 hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy failed: %1</source>
        <translation>Der Proxy ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent a response that is not valid HTTP: %2</source>
        <translation>%1 hat eine Antwort gesendet, die kein gültiges HTTP ist: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent a response whose body cannot be read: %2</source>
        <translation>%1 hat eine Antwort gesendet, deren Inhalt sich nicht lesen lässt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call to %1 failed: %2</source>
        <translation>Der Aufruf von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>zato_desk</name>
    <message>
        <location filename="../src/app/main.cpp" line="+50"/>
        <source>Call Zato services and see exactly what went over the wire.</source>
        <translation>Zato-Dienste aufrufen und genau sehen, was übertragen wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the built-in demo servers (Zato 3.2 and 4.1) and fill the fields for one of them, customer 123.</source>
        <translation>Die eingebauten Demo-Server (Zato 3.2 und 4.1) starten und die Felder für einen davon ausfüllen, Kunde 123.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --demo: start on the demo server of this Zato version, 3.2 (the default) or 4.1.</source>
        <translation>Mit --demo: mit dem Demo-Server dieser Zato-Version beginnen, 3.2 (Standard) oder 4.1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Get the customer as soon as the window shows.</source>
        <translation>Den Kunden abrufen, sobald das Fenster erscheint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the first call, save the window to FILE and quit.</source>
        <translation>Nach dem ersten Aufruf das Fenster in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit when the window is first shown (start-up timing).</source>
        <translation>Beenden, sobald das Fenster zum ersten Mal erscheint (Startzeitmessung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with this client: any, json or api.</source>
        <translation>Mit diesem Client beginnen: any, json oder api.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with this customer ID.</source>
        <translation>Mit dieser Kundennummer beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with this JSONClient path.</source>
        <translation>Mit diesem JSONClient-Pfad beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit when the first call has finished (measurements).</source>
        <translation>Beenden, wenn der erste Aufruf fertig ist (Messungen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the matrix view, run it, save it to FILE and quit.</source>
        <translation>Die Matrixansicht öffnen, ausführen, in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speak this language for this run: en, de or pl.</source>
        <translation>Für diesen Lauf diese Sprache sprechen: en, de oder pl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this colour scheme for this run: system, light or dark.</source>
        <translation>Für diesen Lauf dieses Farbschema verwenden: system, light oder dark.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--zato takes 3.2 or 4.1, not &quot;%1&quot;.</source>
        <translation>--zato nimmt 3.2 oder 4.1, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Demo servers running: Zato 3.2 at %1, Zato 4.1 at %2</source>
        <translation>Demo-Server laufen: Zato 3.2 unter %1, Zato 4.1 unter %2</translation>
    </message>
</context>
<context>
    <name>zd::AccessImportDialog</name>
    <message>
        <location filename="../ui/accessimportdialog.ui" line="+29"/>
        <source>&amp;Enmasse file:</source>
        <translation>&amp;Enmasse-Datei:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a Zato enmasse file (.yaml), 4.1 or 3.2</source>
        <translation>eine Zato-Enmasse-Datei (.yaml), 4.1 oder 3.2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;nv file:</source>
        <translation>E&amp;nv-Datei:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional: NAME=value lines for the file&apos;s ${NAME} references</source>
        <translation>optional: NAME=Wert-Zeilen für die ${NAME}-Verweise der Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server to &amp;test:</source>
        <translation>Zu &amp;testender Server:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Admin &amp;user:</source>
        <translation>Admin-&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Admin &amp;password:</source>
        <translation>Admin-&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;OpenAPI:</source>
        <translation>&amp;OpenAPI:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional: the payloads from an OpenAPI file, or from an OpenAPI channel of the server, by name</source>
        <translation>optional: die Nutzdaten aus einer OpenAPI-Datei oder aus einem OpenAPI-Kanal des Servers, per Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brow&amp;se…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>What will be created</source>
        <translation>Was erstellt wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secret or payload</source>
        <translation>Geheimnis oder Nutzdaten</translation>
    </message>
    <message>
        <location filename="../src/widgets/accessimportdialog.cpp" line="+36"/>
        <source>HTTP Basic, user %1</source>
        <translation>HTTP Basic, Benutzer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key in %1</source>
        <translation>API-Schlüssel in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no row</source>
        <translation>%1: keine Zeile</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+40"/>
        <source>Import server configuration</source>
        <translation>Serverkonfiguration importieren</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Discover from server</source>
        <translation>Vom Server ermitteln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads a Zato enmasse file (4.1 or 3.2) and makes the access test its configuration decides: each security definition, no credentials and each definition with a wrong secret, against each REST channel, every cell with the outcome it must have and why.</source>
        <translation>Liest eine Zato-Enmasse-Datei (4.1 oder 3.2) und erstellt den Zugriffstest, den ihre Konfiguration festlegt: jede Sicherheitsdefinition, keine Zugangsdaten und jede Definition mit falschem Geheimnis gegen jeden REST-Kanal, jede Zelle mit dem Ergebnis, das sie haben muss, und dem Grund dafür.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks a running Zato 4.1 server&apos;s admin services, as its admin.invoke definition, for its security definitions, groups and REST channels, and makes the access test they decide. Nothing on the server is changed. The server never gives a secret: type those you want rows for in the preview.</source>
        <translation>Fragt die Admin-Dienste eines laufenden Zato-4.1-Servers als dessen admin.invoke-Definition nach Sicherheitsdefinitionen, Gruppen und REST-Kanälen und erstellt den Zugriffstest, den sie festlegen. Auf dem Server wird nichts geändert. Der Server gibt nie ein Geheimnis heraus: Tippen Sie in der Vorschau die ein, für die Sie Zeilen wollen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+136"/>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <location line="-136"/>
        <location line="+136"/>
        <source>&amp;Discover</source>
        <translation>E&amp;rmitteln</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Create &amp;matrix</source>
        <translation>&amp;Matrix erstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the file, then Read.</source>
        <translation>Wählen Sie die Datei, dann Lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the server, then Discover.</source>
        <translation>Geben Sie den Server an, dann Ermitteln.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enmasse files (*.yaml *.yml)</source>
        <translation>Enmasse-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Env file</source>
        <translation>Env-Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Env files (*.env)</source>
        <translation>Env-Dateien (*.env)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenAPI document</source>
        <translation>OpenAPI-Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAPI documents (*.yaml *.yml *.json)</source>
        <translation>OpenAPI-Dokumente (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The server&apos;s address must start with http:// or https:// and name a host, such as http://127.0.0.1:17010.</source>
        <translation>Die Adresse des Servers muss mit http:// oder https:// beginnen und einen Host nennen, etwa http://127.0.0.1:17010.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../src/widgets/accessimportopenapi.cpp" line="+59"/>
        <source>Asking %1…</source>
        <translation>Frage %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the enmasse file to read.</source>
        <translation>Wählen Sie die Enmasse-Datei, die gelesen werden soll.</translation>
    </message>
    <message>
        <location filename="../src/widgets/accessimportopenapi.cpp" line="-25"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>OpenAPI operation %1 is no REST channel of the configuration: not tested.</source>
        <translation>Die OpenAPI-Operation %1 ist kein REST-Kanal der Konfiguration: nicht getestet.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is read with a Basic Auth definition&apos;s user and password: type one&apos;s secret, then %2 again.</source>
        <translation>%1 wird mit Benutzer und Passwort einer Basic-Auth-Definition gelesen: Tippen Sie ein Geheimnis ein, dann erneut %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/accessimportdialog.cpp" line="+33"/>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was created: %1</source>
        <translation>Nichts wurde erstellt: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Credentials (%1)</source>
        <translation>Zugangsdaten (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from the file</source>
        <translation>aus der Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>given</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secret of %1</source>
        <translation>Geheimnis von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a token, to test it</source>
        <translation>ein Token, um sie zu testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown: type it to test this row</source>
        <translation>unbekannt: eintippen, um diese Zeile zu testen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Channels (%1)</source>
        <translation>Kanäle (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The payload from the OpenAPI document: %1</source>
        <translation>Die Nutzdaten aus dem OpenAPI-Dokument: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Create matrix makes %1 rows (each credential with its secret, no credentials, each credential with a wrong secret) by %2 channels: %3 cells for %4, each with the outcome it must have and why.</source>
        <translation>„Matrix erstellen“ ergibt %1 Zeilen (alle Zugangsdaten mit ihrem Geheimnis, keine Zugangsdaten, alle Zugangsdaten mit falschem Geheimnis) mal %2 Kanäle: %3 Zellen für %4, jede mit dem Ergebnis, das sie haben muss, und dem Grund.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cells of %1 have no expectation: RBAC decides.</source>
        <translation>Die Zellen von %1 haben keine Erwartung: RBAC entscheidet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is saved until you save the matrix; the secrets go to the keychain only.</source>
        <translation>Nichts wird gespeichert, bevor Sie die Matrix speichern; die Geheimnisse kommen nur in den Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>zd::BodyKind</name>
    <message numerus="yes">
        <location filename="../src/core/view/bodykind.cpp" line="+96"/>
        <source>… %n more byte(s) not shown</source>
        <translation>
            <numerusform>… %n weiteres Byte nicht gezeigt</numerusform>
            <numerusform>… %n weitere Bytes nicht gezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zd::BodyTexts</name>
    <message>
        <location filename="../src/widgets/bodytexts.cpp" line="+29"/>
        <source>(%1 bytes that are not UTF-8 text: shown as hex under Raw response)</source>
        <translation>(%1 Bytes, die kein UTF-8-Text sind: als Hex unter „Rohe Antwort“ gezeigt)</translation>
    </message>
</context>
<context>
    <name>zd::Call</name>
    <message>
        <location filename="../src/core/invoke/call.cpp" line="+114"/>
        <source>Cannot write the response to %1: %2. Choose another file; nothing was sent.</source>
        <translation>Die Antwort kann nicht nach %1 geschrieben werden: %2. Wählen Sie eine andere Datei; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The response from %1 is larger than %2, the most a call holds, so the call was stopped. Raise the limit if you expect an answer this large, or save the body to a file.</source>
        <translation>Die Antwort von %1 ist größer als %2, das Höchste, was ein Aufruf hält, daher wurde der Aufruf beendet. Erhöhen Sie die Grenze, wenn Sie eine so große Antwort erwarten, oder speichern Sie den Body in eine Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No complete response from %1 within %2 s. The server may be hanging or slow; try again or raise the timeout.</source>
        <translation>Keine vollständige Antwort von %1 innerhalb von %2 s. Der Server hängt oder ist langsam; versuchen Sie es erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <location filename="../src/core/invoke/callbody.cpp" line="+93"/>
        <source>The body, %1 bytes, was saved to %2 and not read.</source>
        <translation>Der Body, %1 Bytes, wurde in %2 gespeichert und nicht gelesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the response to %1 failed: %2. Nothing was saved; free some space or choose another file.</source>
        <translation>Das Schreiben der Antwort nach %1 ist fehlgeschlagen: %2. Nichts wurde gespeichert; schaffen Sie Platz oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No complete response from %1 within %2 s. Nothing was saved.</source>
        <translation>Keine vollständige Antwort von %1 innerhalb von %2 s. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The response could not be saved to %1: %2.</source>
        <translation>Die Antwort konnte nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/invoke/call.cpp" line="-135"/>
        <location line="+140"/>
        <location line="+31"/>
        <location filename="../src/core/invoke/callbody.cpp" line="-10"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The server&apos;s certificate was refused: %1. Add its CA file to the connection settings, or switch verification off if you trust this server.</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt: %1. Fügen Sie seine CA-Datei in den Verbindungseinstellungen hinzu oder schalten Sie die Prüfung ab, wenn Sie diesem Server vertrauen.</translation>
    </message>
</context>
<context>
    <name>zd::CallSession</name>
    <message>
        <location filename="../src/core/call/callsession.cpp" line="+146"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>zd::ComparePanel</name>
    <message>
        <location filename="../src/widgets/comparepanel.cpp" line="+17"/>
        <location line="+65"/>
        <source>&amp;Pin this response</source>
        <translation>Diese Antwort an&amp;heften</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Each response is compared with the previous one to the same call, or with a pinned one.</source>
        <translation>Jede Antwort wird mit der vorigen auf denselben Aufruf verglichen oder mit einer angehefteten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only successful responses are compared.</source>
        <translation>Nur erfolgreiche Antworten werden verglichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No previous response to this call yet: the next one will be compared with this.</source>
        <translation>Noch keine vorige Antwort auf diesen Aufruf: Die nächste wird mit dieser verglichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with the pinned response of %1</source>
        <translation>Verglichen mit der angehefteten Antwort vom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with the previous response to this call, of %1</source>
        <translation>Verglichen mit der vorigen Antwort auf diesen Aufruf, vom %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the data are equal.</source>
        <translation>%1: Die Daten sind gleich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: more than %2 differences; the first %2 are listed.</source>
        <translation>%1: mehr als %2 Unterschiede; die ersten %2 sind aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n difference(s).</source>
        <translation>
            <numerusform>%1: %n Unterschied.</numerusform>
            <numerusform>%1: %n Unterschiede.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the whole data)</source>
        <translation>(die gesamten Daten)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Unpin</source>
        <translation>&amp;Lösen</translation>
    </message>
</context>
<context>
    <name>zd::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.ui" line="+12"/>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+30"/>
        <location line="+30"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Choose the extra CA file</source>
        <translation>Zusätzliche CA-Datei wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;lient certificate:</source>
        <translation>C&amp;lient-Zertifikat:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client certificate file</source>
        <translation>Client-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the client certificate file</source>
        <translation>Client-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client key file</source>
        <translation>Client-Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the client key file</source>
        <translation>Client-Schlüsseldatei wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do &amp;not verify the server certificate</source>
        <translation>Server-Zertifikat &amp;nicht prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not verify the server certificate</source>
        <translation>Server-Zertifikat nicht prüfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Warning: anyone between you and the server can read and change these calls, passwords included.</source>
        <translation>Warnung: Jeder zwischen Ihnen und dem Server kann diese Aufrufe mitlesen und verändern, Passwörter eingeschlossen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send the TLS &amp;front end&apos;s client certificate headers</source>
        <translation>Client-Zertifikat-Header des TLS-&amp;Frontends senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the TLS front end&apos;s client certificate headers</source>
        <translation>Client-Zertifikat-Header des TLS-Frontends senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>X-Zato-SSL-Client-Verify, -SHA256 and -Subject-DN, made from the client certificate above, as Zato&apos;s TLS front end sets them for a certificate it has verified</source>
        <translation>X-Zato-SSL-Client-Verify, -SHA256 und -Subject-DN, aus dem Client-Zertifikat oben erzeugt, wie Zatos TLS-Frontend sie für ein geprüftes Zertifikat setzt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a server reached directly, without its TLS front end, reads these headers: the front end removes them. Use it on a development server, never as a way in.</source>
        <translation>Nur ein direkt erreichter Server ohne sein TLS-Frontend liest diese Header: Das Frontend entfernt sie. Verwenden Sie dies auf einem Entwicklungsserver, nie als Zugang.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+16"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/widgets/connectiondialog.cpp" line="+36"/>
        <source>Extra CA file</source>
        <translation>Zusätzliche CA-Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private keys (*.key *.pem);;All files (*)</source>
        <translation>Private Schlüssel (*.key *.pem);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>zd::ConnectionPanel</name>
    <message>
        <location filename="../ui/connectionpanel.ui" line="+6"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile actions</source>
        <translation>Profilaktionen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection settings…</source>
        <translation>Verbindung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+45"/>
        <location line="+45"/>
        <location line="+45"/>
        <location line="+339"/>
        <source>Field error</source>
        <translation>Feldfehler</translation>
    </message>
    <message>
        <location line="-467"/>
        <source>AnyServiceInvoker &amp;path:</source>
        <translation>AnyServiceInvoker-&amp;Pfad:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AnyServiceInvoker channel path</source>
        <translation>Kanalpfad für AnyServiceInvoker</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>JSONClient pat&amp;h:</source>
        <translation>JSONClient-Pf&amp;ad:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>JSONClient channel path</source>
        <translation>Kanalpfad für JSONClient</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Invoke API pa&amp;th:</source>
        <translation>Invoke-API-Pfa&amp;d:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoke API path</source>
        <translation>Invoke-API-Pfad</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Authenti&amp;cation:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>User name hint</source>
        <translation>Hinweis zum Benutzernamen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show passwords</source>
        <translation>Passwörter anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API &amp;key header:</source>
        <translation>Schlüssel-&amp;Header:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API key header</source>
        <translation>Header für API-Schlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API ke&amp;y:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/widgets/connectionpanel.cpp" line="+22"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bea&amp;rer token:</source>
        <translation>Bea&amp;rer-Token:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/widgets/connectionpanel.cpp" line="+1"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token &amp;URL:</source>
        <translation>Token-&amp;URL:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://idp.example.com/oauth/token</source>
        <translation>https://idp.example.com/oauth/token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client I&amp;D:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client sec&amp;ret:</source>
        <translation>Client-Geheim&amp;nis:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space-separated, optional</source>
        <translation>Durch Leerzeichen getrennt, optional</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Get to&amp;ken…</source>
        <translation>Token &amp;holen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token re&amp;quest…</source>
        <translation>Token-Anfra&amp;ge…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invoke API us&amp;er:</source>
        <translation>Invoke-API-B&amp;enutzer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoke API user</source>
        <translation>Invoke-API-Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: the user name above</source>
        <translation>Leer: der Benutzername oben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoke API passw&amp;ord:</source>
        <translation>Invoke-API-Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoke API password</source>
        <translation>Invoke-API-Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty user: the password above</source>
        <translation>Leerer Benutzer: das Passwort oben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Certificate warning</source>
        <translation>Zertifikatswarnung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Keychain warning</source>
        <translation>Schlüsselbund-Warnung</translation>
    </message>
    <message>
        <location filename="../src/widgets/connectionpanel.cpp" line="-3"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth2 token</source>
        <translation>OAuth2-Token</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the channels authenticate: no credentials, HTTP Basic (a user and a password), an API key in a header, a bearer token (Authorization: Bearer), or a bearer token got from an OAuth2 token endpoint with a client id and secret. The Invoke API&apos;s own user below always uses HTTP Basic.</source>
        <translation>Wie sich die Kanäle anmelden: ohne Zugangsdaten, HTTP Basic (Benutzer und Passwort), ein API-Schlüssel in einem Header, ein Bearer-Token (Authorization: Bearer) oder ein Bearer-Token, das mit Client-ID und Geheimnis von einem OAuth2-Token-Endpunkt geholt wird. Der eigene Benutzer der Invoke API unten verwendet immer HTTP Basic.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The identity provider&apos;s token endpoint. A token is asked for there by the client credentials grant before the first call, and kept until shortly before it expires.</source>
        <translation>Der Token-Endpunkt des Identitätsanbieters. Dort wird vor dem ersten Aufruf über den Client-Credentials-Grant ein Token angefordert und bis kurz vor seinem Ablauf aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client&apos;s secret. Like every password, it is kept in the system keychain only.</source>
        <translation>Das Geheimnis des Clients. Wie jedes Passwort wird es nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scopes to ask for, separated by spaces; empty: none asked for.</source>
        <translation>Die anzufordernden Scopes, durch Leerzeichen getrennt; leer: keine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the token endpoint for a token now and show what it says: its expiry, and a JWT&apos;s header and claims.</source>
        <translation>Jetzt ein Token vom Token-Endpunkt anfordern und zeigen, was es aussagt: seinen Ablauf sowie Header und Claims eines JWT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A JSON body instead of a form, other field names, extra fields such as an audience.</source>
        <translation>JSON statt eines Formulars, andere Feldnamen, zusätzliche Felder wie eine Audience.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The header the key goes in, as the channel&apos;s security definition names it; empty: X-API-Key.</source>
        <translation>Der Header, in dem der Schlüssel steht, so wie ihn die Sicherheitsdefinition des Kanals nennt; leer: X-API-Key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key, sent as the header&apos;s whole value. Like every password, it is kept in the system keychain only.</source>
        <translation>Der API-Schlüssel, gesendet als vollständiger Wert des Headers. Wie jedes Passwort wird er nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bearer token, sent as Authorization: Bearer &lt;token&gt;. Like every password, it is kept in the system keychain only.</source>
        <translation>Das Bearer-Token, gesendet als Authorization: Bearer &lt;token&gt;. Wie jedes Passwort wird es nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user of the Invoke API channel, when it is not the user name above (a 3.2 server&apos;s API takes &quot;pubapi&quot;, a 4.1 server&apos;s &quot;admin.invoke&quot;). Leave it empty to call the API with the user name and password above.</source>
        <translation>Der Benutzer des Invoke-API-Kanals, wenn es nicht der Benutzername oben ist (die API eines 3.2-Servers nimmt „pubapi“, die eines 4.1-Servers „admin.invoke“). Lassen Sie das Feld leer, um die API mit Benutzername und Passwort von oben aufzurufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password of the Invoke API user. Like every password, it is kept in the system keychain only.</source>
        <translation>Das Passwort des Invoke-API-Benutzers. Wie jedes Passwort wird es nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Certificate verification is off for this connection: anyone between you and the server can read and change these calls, passwords included.</source>
        <translation>Die Zertifikatsprüfung ist für diese Verbindung aus: Jeder zwischen Ihnen und dem Server kann diese Aufrufe mitlesen und verändern, Passwörter eingeschlossen.</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+4"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The user name is empty: the password is sent with an empty user name.</source>
        <translation>Der Benutzername ist leer: Das Passwort wird mit leerem Benutzernamen gesendet.</translation>
    </message>
</context>
<context>
    <name>zd::CredentialResolver</name>
    <message>
        <location filename="../src/core/rbac/credentialresolver.cpp" line="+34"/>
        <source>Row &quot;%1&quot; names the profile &quot;%2&quot;, which does not exist.</source>
        <translation>Zeile „%1“ nennt das Profil „%2“, das es nicht gibt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row &quot;%1&quot; calls with an OAuth2 token: name the profile that holds its token endpoint with &quot;profile&quot;.</source>
        <translation>Zeile „%1“ ruft mit einem OAuth2-Token auf: Nennen Sie mit „profile“ das Profil, das seinen Token-Endpunkt enthält.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Row &quot;%1&quot;: no password is saved for the profile &quot;%2&quot;; save it with the profile.</source>
        <translation>Zeile „%1“: Für das Profil „%2“ ist kein Passwort gespeichert; speichern Sie es mit dem Profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row &quot;%1&quot;: the password of the profile &quot;%2&quot; cannot be read, %3.</source>
        <translation>Zeile „%1“: Das Passwort des Profils „%2“ kann nicht gelesen werden, %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>Row &quot;%1&quot;: the environment variable %2 is not set.</source>
        <translation>Zeile „%1“: Die Umgebungsvariable %2 ist nicht gesetzt.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Row &quot;%1&quot; has no password: give it a &quot;password_env&quot; or a &quot;profile&quot;, or set its password in the matrix view.</source>
        <translation>Zeile „%1“ hat kein Passwort: Geben Sie ihr ein „password_env“ oder ein „profile“, oder legen Sie ihr Passwort in der Matrixansicht fest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row &quot;%1&quot;: its password cannot be read, %2.</source>
        <translation>Zeile „%1“: Ihr Passwort kann nicht gelesen werden, %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Row &quot;%1&quot;: its profile keeps no client secret; save it with the profile.</source>
        <translation>Zeile „%1“: Ihr Profil hat kein Client-Geheimnis gespeichert; speichern Sie es mit dem Profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row &quot;%1&quot; has no API key: give it an &quot;api_key_env&quot;, or a &quot;profile&quot; that keeps one.</source>
        <translation>Zeile „%1“ hat keinen API-Schlüssel: Geben Sie ihr ein „api_key_env“ oder ein „profile“, das einen enthält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row &quot;%1&quot; has no bearer token: give it a &quot;token_env&quot;, or a &quot;profile&quot; that keeps one.</source>
        <translation>Zeile „%1“ hat kein Bearer-Token: Geben Sie ihr ein „token_env“ oder ein „profile“, das eines enthält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row &quot;%1&quot;: its secret cannot be read, %2.</source>
        <translation>Zeile „%1“: Ihr Secret kann nicht gelesen werden, %2.</translation>
    </message>
</context>
<context>
    <name>zd::DemoServers</name>
    <message>
        <location filename="../src/demo/module/demoservers.cpp" line="+35"/>
        <source>The demo servers cannot start: their module cannot be loaded (%1). Reinstall Zato Desk.</source>
        <translation>Die Demo-Server können nicht starten: Ihr Modul lässt sich nicht laden (%1). Installieren Sie Zato Desk neu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo servers cannot start: %1.</source>
        <translation>Die Demo-Server können nicht starten: %1.</translation>
    </message>
</context>
<context>
    <name>zd::ExchangePanel</name>
    <message>
        <location filename="../ui/exchangepanel.ui" line="+24"/>
        <source>Shown from the history</source>
        <translation>Aus dem Verlauf gezeigt</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Save body &amp;as…</source>
        <translation>Inhalt speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request as sent</source>
        <translation>Anfrage wie gesendet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response as received, pretty-printed</source>
        <translation>Antwort wie empfangen, formatiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Raw response</source>
        <translation>Rohe Antwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response body, raw</source>
        <translation>Antwortinhalt, roh</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Inner service response</source>
        <translation>Innere Dienstantwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decoded inner service response</source>
        <translation>Dekodierte innere Dienstantwort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both clients</source>
        <translation>Beide Clients</translation>
    </message>
    <message>
        <location filename="../src/widgets/exchangepanel.cpp" line="+31"/>
        <source>Press Both clients to send the same customer ID through AnyServiceInvoker and JSONClient.</source>
        <translation>Drücken Sie „Beide Clients“, um dieselbe Kundennummer über AnyServiceInvoker und JSONClient zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/exchangepanel.ui" line="+13"/>
        <source>Both clients side by side</source>
        <translation>Beide Clients nebeneinander</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client time</source>
        <translation>Client-Zeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server time</source>
        <translation>Serverzeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AnyServiceInvoker</source>
        <translation>AnyServiceInvoker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSONClient</source>
        <translation>JSONClient</translation>
    </message>
    <message>
        <location filename="../src/widgets/exchangepanel.cpp" line="+10"/>
        <source>Data &amp;tree</source>
        <translation>Daten&amp;baum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Co&amp;mpare</source>
        <translation>Ver&amp;gleich</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(none: this answer carries no response of the service; see Response)</source>
        <translation>(keine: Diese Antwort enthält keine Antwort des Dienstes; siehe Antwort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(only AnyServiceInvoker responses have one)</source>
        <translation>(nur Antworten über AnyServiceInvoker haben eine)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Formatting the body…</source>
        <translation>Inhalt wird formatiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the body…</source>
        <translation>Inhalt wird gelesen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>From the history: the call of %1, as it was kept. Get customer calls again.</source>
        <translation>Aus dem Verlauf: der Aufruf vom %1, wie er aufbewahrt wurde. „Kunden abrufen“ ruft erneut auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the history: the call of %1, as it was kept (the first %2 of its %3 bytes of response body). Get customer calls again.</source>
        <translation>Aus dem Verlauf: der Aufruf vom %1, wie er aufbewahrt wurde (die ersten %2 von %3 Bytes des Antwortinhalts). „Kunden abrufen“ ruft erneut auf.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>One call through each client to compare their data, then, if both succeed, %1 more through each, alternating, to time them: %n call(s) in all, one at a time.</source>
        <translation>
            <numerusform>Ein Aufruf über jeden Client, um ihre Daten zu vergleichen, dann, wenn beide gelingen, %1 weitere über jeden, abwechselnd, um sie zu messen: insgesamt %n Aufruf, einer nach dem anderen.</numerusform>
            <numerusform>Ein Aufruf über jeden Client, um ihre Daten zu vergleichen, dann, wenn beide gelingen, %1 weitere über jeden, abwechselnd, um sie zu messen: insgesamt %n Aufrufe, einer nach dem anderen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calling both clients…</source>
        <translation>Beide Clients werden aufgerufen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (median of %2; the first call %3)</source>
        <translation>%1 (Median von %2; der erste Aufruf %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not both calls succeeded, so the data cannot be compared.</source>
        <translation>Nicht beide Aufrufe waren erfolgreich, daher können die Daten nicht verglichen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data are equal (compared as JSON: key order and spacing do not matter).</source>
        <translation>Die Daten sind gleich (als JSON verglichen: Schlüsselreihenfolge und Leerraum zählen nicht).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data differ.</source>
        <translation>Die Daten unterscheiden sich.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save response body</source>
        <translation>Antwortinhalt speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body not saved</source>
        <translation>Inhalt nicht gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1 bytes to %2.</source>
        <translation>%1 Bytes in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>zd::FindBar</name>
    <message>
        <location filename="../src/widgets/textview/findbar.cpp" line="+14"/>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the text</source>
        <translation>Im Text suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Den vorherigen Treffer suchen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the next match (Enter)</source>
        <translation>Den nächsten Treffer suchen (Eingabe)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close Find (Esc)</source>
        <translation>Suche schließen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Find</source>
        <translation>Suche schließen</translation>
    </message>
</context>
<context>
    <name>zd::HistoryDock</name>
    <message>
        <location filename="../src/widgets/historydock.cpp" line="+20"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This &amp;profile only</source>
        <translation>Nur dieses &amp;Profil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter: service, path, customer ID, CID, outcome</source>
        <translation>Filter: Dienst, Pfad, Kundennummer, CID, Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not OK</source>
        <translation>Nicht OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All clients</source>
        <translation>Alle Clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AnyServiceInvoker</source>
        <translation>AnyServiceInvoker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSONClient</source>
        <translation>JSONClient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoke API</source>
        <translation>Invoke-API</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear…</source>
        <translation>&amp;Leeren…</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every call in the history?</source>
        <translation>Alle Aufrufe im Verlauf löschen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history was not cleared: %1</source>
        <translation>Der Verlauf wurde nicht geleert: %1</translation>
    </message>
</context>
<context>
    <name>zd::HistoryModel</name>
    <message>
        <location filename="../src/widgets/historymodel.cpp" line="+91"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer ID</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>zd::HistoryStore</name>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="+150"/>
        <source>the SQLite driver of Qt is not installed (libqt6sql6-sqlite)</source>
        <translation>der SQLite-Treiber von Qt ist nicht installiert (libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The call history cannot be used (%1): calls are not recorded this session.</source>
        <translation>Der Aufrufverlauf kann nicht verwendet werden (%1): Aufrufe werden in dieser Sitzung nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The call history %1 is damaged (%2) and could not be moved aside: calls are not recorded this session.</source>
        <translation>Der Aufrufverlauf %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden: Aufrufe werden in dieser Sitzung nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The call history could not be started again (%1).</source>
        <translation>Der Aufrufverlauf konnte nicht neu begonnen werden (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call history was damaged (%1). It was kept as %2 and a new one started.</source>
        <translation>Der Aufrufverlauf war beschädigt (%1). Er wurde als %2 aufbewahrt und ein neuer begonnen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>history is off</source>
        <translation>der Verlauf ist aus</translation>
    </message>
</context>
<context>
    <name>zd::JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../src/core/view/jsonref.cpp" line="+86"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n Eintrag}</numerusform>
            <numerusform>{%n Einträge}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/view/jsontreemodel.cpp" line="+218"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>zd::JsonViewer</name>
    <message>
        <location filename="../src/widgets/jsonviewer.cpp" line="+26"/>
        <source>Data as a tree</source>
        <translation>Daten als Baum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find a key or value</source>
        <translation>Schlüssel oder Wert suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Find in the data</source>
        <translation>In den Daten suchen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy pa&amp;th</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Searching for %1…</source>
        <translation>Suche nach %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
</context>
<context>
    <name>zd::KeyNames</name>
    <message>
        <location filename="../src/widgets/language.cpp" line="+21"/>
        <source>Return</source>
        <comment>the key on the keyboard</comment>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <comment>the key on the keyboard</comment>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <comment>the key on the keyboard</comment>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>zd::KeychainSecretStore</name>
    <message>
        <location filename="../src/keychain/keychainsecretstore.cpp" line="+41"/>
        <source>the system keychain does not answer: no Secret Service (such as GNOME Keyring or KWallet) is running and unlocked in this session</source>
        <translation>der Schlüsselbund des Systems antwortet nicht: In dieser Sitzung läuft kein entsperrter Secret Service (etwa GNOME Keyring oder KWallet)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the keychain module cannot be loaded (%1); reinstall Zato Desk</source>
        <translation>das Schlüsselbund-Modul kann nicht geladen werden (%1); installieren Sie Zato Desk neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place to look</source>
        <translation>kein Ort zum Suchen</translation>
    </message>
</context>
<context>
    <name>zd::LargeTextView</name>
    <message>
        <location filename="../src/widgets/textview/largetextviewinput.cpp" line="+214"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Found, going round from the other end.</source>
        <translation>Gefunden, Suche am anderen Ende fortgesetzt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
</context>
<context>
    <name>zd::LookupPanel</name>
    <message>
        <location filename="../ui/lookuppanel.ui" line="+6"/>
        <source>Customer lookup</source>
        <translation>Kundensuche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a customer&apos;s ID and their name will be returned.</source>
        <translation>Geben Sie die Kundennummer ein, und der Name des Kunden wird zurückgegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Customer ID:</source>
        <translation>&amp;Kundennummer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer ID</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Field error</source>
        <translation>Feldfehler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>AnyServiceInvoker</source>
        <translation>AnyServiceInvoker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use AnyServiceInvoker</source>
        <translation>AnyServiceInvoker verwenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>JSONClient</source>
        <translation>JSONClient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use JSONClient</source>
        <translation>JSONClient verwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoke API</source>
        <translation>Invoke-API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call through the invoke API: /zato/api/invoke/{service}</source>
        <translation>Über die Invoke-API aufrufen: /zato/api/invoke/{service}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Get customer</source>
        <translation>Kunden &amp;abrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get customer</source>
        <translation>Kunden abrufen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the call</source>
        <translation>Den Aufruf abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Both clients</source>
        <translation>&amp;Beide Clients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call both clients side by side</source>
        <translation>Beide Clients nebeneinander aufrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the same customer ID through AnyServiceInvoker and JSONClient (Ctrl+B)</source>
        <translation>Dieselbe Kundennummer über AnyServiceInvoker und JSONClient senden (Strg+B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Matrix…</source>
        <translation>&amp;Matrix…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials by channels matrix</source>
        <translation>Matrix Zugangsdaten × Kanäle</translation>
    </message>
    <message>
        <location filename="../src/widgets/lookuppanel.cpp" line="+18"/>
        <source>Get customer (%1)</source>
        <translation>Kunden abrufen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the call (Esc)</source>
        <translation>Den Aufruf abbrechen (Esc)</translation>
    </message>
</context>
<context>
    <name>zd::MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="+360"/>
        <source>Opened the call of %1.</source>
        <translation>Aufruf vom %1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindowtools.cpp" line="+63"/>
        <source>Nothing was copied: correct the marked fields.</source>
        <translation>Nichts wurde kopiert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied, with the password.</source>
        <translation>Kopiert, mit dem Passwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied; the password is left out (ZATO_PASSWORD stands in).</source>
        <translation>Kopiert; das Passwort ist ausgelassen (ZATO_PASSWORD steht dafür).</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Correlation ID copied.</source>
        <translation>Korrelations-ID kopiert.</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="-152"/>
        <location line="+28"/>
        <source>Nothing was sent: correct the marked fields.</source>
        <translation>Nichts wurde gesendet: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Calling %1…</source>
        <translation>%1 wird aufgerufen…</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>This call was not recorded in the history: %1</source>
        <translation>Dieser Aufruf wurde nicht im Verlauf aufgezeichnet: %1</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Save the response body</source>
        <translation>Response-Body speichern</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: not ok.</source>
        <translation>Fertig: nicht ok.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="+14"/>
        <source>Zato Desk</source>
        <translation>Zato Desk</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Lookup</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Request</source>
        <translation>An&amp;frage</translation>
    </message>
</context>
<context>
    <name>zd::MatrixModel</name>
    <message>
        <location filename="../src/widgets/matrixmodel.cpp" line="+102"/>
        <source>no expectation</source>
        <translation>keine Erwartung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expect %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
got %2 (HTTP %3, %4 ms)</source>
        <translation>%1
erhalten %2 (HTTP %3, %4 ms)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Expected because: %1</source>
        <translation>Erwartet, weil: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 calling %2 (%3 %4).</source>
        <translation>%1 ruft %2 auf (%3 %4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No expectation.</source>
        <translation>Keine Erwartung.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected: %1.</source>
        <translation>Erwartet: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Got: %1. %2</source>
        <translation>Erhalten: %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>allowed</source>
        <comment>outcome of a call</comment>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not-ok</source>
        <comment>outcome of a call</comment>
        <translation>nicht ok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not-zato</source>
        <comment>outcome of a call</comment>
        <translation>kein Zato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeout</source>
        <comment>outcome of a call</comment>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <comment>outcome of a call</comment>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dns</source>
        <comment>outcome of a call</comment>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tls</source>
        <comment>outcome of a call</comment>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <comment>outcome of a call</comment>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transport</source>
        <comment>outcome of a call</comment>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <comment>outcome of a call</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <comment>outcome of a call</comment>
        <translation>ungültig</translation>
    </message>
</context>
<context>
    <name>zd::MatrixRunner</name>
    <message>
        <location filename="../src/core/rbac/matrixrunner.cpp" line="+108"/>
        <source>The row has no credential.</source>
        <translation>Die Zeile hat keine Zugangsdaten.</translation>
    </message>
</context>
<context>
    <name>zd::MatrixView</name>
    <message numerus="yes">
        <location filename="../src/widgets/matrixview.cpp" line="+127"/>
        <source>Running %n cell(s)…</source>
        <translation>
            <numerusform>%n Zelle wird ausgeführt…</numerusform>
            <numerusform>%n Zellen werden ausgeführt…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Matrix not run</source>
        <translation>Matrix nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../src/widgets/matrixediting.cpp" line="+25"/>
        <source>Password not saved</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of the row &quot;%1&quot; was not saved: %2. It is never written anywhere else; give the row a profile or a &quot;password_env&quot; in the matrix file instead, or set its password again once the keychain answers.</source>
        <translation>Das Passwort der Zeile „%1“ wurde nicht gespeichert: %2. Es wird nirgendwo sonst abgelegt; geben Sie der Zeile stattdessen ein Profil oder ein „password_env“ in der Matrixdatei, oder legen Sie ihr Passwort erneut fest, sobald der Schlüsselbund antwortet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secret not saved</source>
        <translation>Geheimnis nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret of the row &quot;%1&quot; was not saved: %2. It is never written anywhere else; give the row &quot;%3&quot; in the matrix file instead, or set its secret again once the keychain answers.</source>
        <translation>Das Geheimnis der Zeile „%1“ wurde nicht gespeichert: %2. Es wird nirgends sonst abgelegt; geben Sie der Zeile stattdessen „%3“ in der Matrixdatei, oder setzen Sie das Geheimnis erneut, sobald der Schlüsselbund antwortet.</translation>
    </message>
    <message>
        <location filename="../src/widgets/matrixview.cpp" line="+17"/>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 cells run; %3 differ from their expectation.</source>
        <translation>%1 von %2 Zellen ausgeführt; %3 weichen von ihrer Erwartung ab.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JUnit XML files (*.xml)</source>
        <translation>JUnit-XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matrix files (*.json)</source>
        <translation>Matrix-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open matrix</source>
        <translation>Matrix öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Matrix not opened</source>
        <translation>Matrix nicht geöffnet</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save matrix</source>
        <translation>Matrix speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matrix not saved</source>
        <translation>Matrix nicht gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Export JUnit XML</source>
        <translation>JUnit-XML exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <location filename="../src/widgets/matrixediting.cpp" line="+14"/>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row name:</source>
        <translation>Zeilenname:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credential (basic, apikey, bearer or none):</source>
        <translation>Zugangsdaten (basic, apikey, bearer oder none):</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>Row not added</source>
        <translation>Zeile nicht hinzugefügt</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>An OAuth2 row takes its token endpoint from a profile: use Add row from a profile.</source>
        <translation>Eine OAuth2-Zeile nimmt ihren Token-Endpunkt aus einem Profil: Verwenden Sie „Zeile aus Profil hinzufügen“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential must be basic, apikey, bearer or none.</source>
        <translation>Die Zugangsdaten müssen basic, apikey, bearer oder none sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password (kept in the keychain):</source>
        <translation>Passwort (im Schlüsselbund aufbewahrt):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key header:</source>
        <translation>Header des API-Schlüssels:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>API key (kept in the keychain):</source>
        <translation>API-Schlüssel (im Schlüsselbund abgelegt):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token (kept in the keychain):</source>
        <translation>Token (im Schlüsselbund abgelegt):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add row from a profile</source>
        <translation>Zeile aus einem Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No such profile</source>
        <translation>Kein solches Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel name:</source>
        <translation>Kanalname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL path:</source>
        <translation>URL-Pfad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client (any, json or api):</source>
        <translation>Client (any, json oder api):</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Channel not added</source>
        <translation>Kanal nicht hinzugefügt</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The client must be any, json or api.</source>
        <translation>Der Client muss any, json oder api sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload (JSON):</source>
        <translation>Nutzdaten (JSON):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payload is not valid JSON: %1</source>
        <translation>Die Nutzdaten sind kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+5"/>
        <location line="+9"/>
        <source>Row secret</source>
        <translation>Geheimnis der Zeile</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The row &quot;%1&quot; calls with no credentials.</source>
        <translation>Die Zeile „%1“ ruft ohne Zugangsdaten auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row &quot;%1&quot; takes its secret from the profile &quot;%2&quot;: change it there.</source>
        <translation>Die Zeile „%1“ nimmt ihr Geheimnis aus dem Profil „%2“: Ändern Sie es dort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key of &quot;%1&quot; (kept in the keychain):</source>
        <translation>API-Schlüssel von „%1“ (im Schlüsselbund abgelegt):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token of &quot;%1&quot; (kept in the keychain):</source>
        <translation>Token von „%1“ (im Schlüsselbund abgelegt):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of &quot;%1&quot; (kept in the keychain):</source>
        <translation>Passwort von „%1“ (im Schlüsselbund aufbewahrt):</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.ui" line="+14"/>
        <source>Credentials by channels</source>
        <translation>Zugangsdaten × Kanäle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Parallel calls:</source>
        <translation>&amp;Parallele Aufrufe:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parallel calls</source>
        <translation>Parallele Aufrufe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a matrix</source>
        <translation>Eine Matrix öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the matrix</source>
        <translation>Die Matrix speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import server configuration…</source>
        <translation>Serverkonfiguration &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the matrix from an enmasse file</source>
        <translation>Die Matrix aus einer Enmasse-Datei erstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Discover from server…</source>
        <translation>Vom Server er&amp;mitteln…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the matrix from a running server</source>
        <translation>Die Matrix von einem laufenden Server erstellen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rows are credentials, columns are channels. Double-click a cell to set the outcome you expect; after a run, cells that differ from it are red.</source>
        <translation>Zeilen sind Zugangsdaten, Spalten sind Kanäle. Doppelklicken Sie auf eine Zelle, um das erwartete Ergebnis festzulegen; nach einem Lauf sind abweichende Zellen rot.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matrix of outcomes</source>
        <translation>Matrix der Ergebnisse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The selected cell</source>
        <translation>Die ausgewählte Zelle</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add &amp;row…</source>
        <translation>&amp;Zeile hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a credential row</source>
        <translation>Eine Zeile mit Zugangsdaten hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add row from &amp;profile…</source>
        <translation>Zeile aus &amp;Profil hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a row from a saved profile</source>
        <translation>Eine Zeile aus einem gespeicherten Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add c&amp;hannel…</source>
        <translation>&amp;Kanal hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a channel column</source>
        <translation>Eine Kanalspalte hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove ro&amp;w</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected row</source>
        <translation>Die ausgewählte Zeile entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove cha&amp;nnel</source>
        <translation>Kanal e&amp;ntfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected channel</source>
        <translation>Den ausgewählten Kanal entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Run all</source>
        <translation>&amp;Alle ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run every cell</source>
        <translation>Jede Zelle ausführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run r&amp;ow</source>
        <translation>Zei&amp;le ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the selected row</source>
        <translation>Die ausgewählte Zeile ausführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run co&amp;lumn</source>
        <translation>Spal&amp;te ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the selected column</source>
        <translation>Die ausgewählte Spalte ausführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run c&amp;ell</source>
        <translation>Ze&amp;lle ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the selected cell</source>
        <translation>Die ausgewählte Zelle ausführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the run</source>
        <translation>Den Lauf abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row secre&amp;t…</source>
        <translation>Zeilen&amp;geheimnis…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the secret of the selected row: its password, API key or token</source>
        <translation>Das Geheimnis der gewählten Zeile setzen: Passwort, API-Schlüssel oder Token</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the results as CSV</source>
        <translation>Die Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export &amp;JUnit…</source>
        <translation>&amp;JUnit exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the results as JUnit XML</source>
        <translation>Die Ergebnisse als JUnit-XML exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../src/widgets/matrixsources.cpp" line="+60"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets not saved</source>
        <translation>Geheimnisse nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain did not keep the secrets of these rows, so a matrix saved now will not find them when opened again: %1. They are never written anywhere else; this window still calls with them.</source>
        <translation>Der Schlüsselbund hat die Geheimnisse dieser Zeilen nicht behalten, daher findet eine jetzt gespeicherte Matrix sie beim erneuten Öffnen nicht: %1. Sie werden nirgends sonst gespeichert; dieses Fenster ruft weiterhin mit ihnen auf.</translation>
    </message>
</context>
<context>
    <name>zd::ModuleLoader</name>
    <message>
        <location filename="../src/core/modules/moduleloader.cpp" line="+43"/>
        <source>%1 is from another version of Zato Desk</source>
        <translation>%1 stammt von einer anderen Version von Zato Desk</translation>
    </message>
</context>
<context>
    <name>zd::ProfileController</name>
    <message>
        <location filename="../src/widgets/profilecontroller.cpp" line="+26"/>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save profile &amp;as…</source>
        <translation>Profil speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename profile…</source>
        <translation>Profil &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate profile</source>
        <translation>Profil &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete profile…</source>
        <translation>Profil &amp;löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import profiles…</source>
        <translation>Profile &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export profiles…</source>
        <translation>Profile &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Das Profil „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the unsaved changes to &quot;%1&quot;?</source>
        <translation>Die ungespeicherten Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Zato Desk</source>
        <translation>Zato Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zato Desk — %1%2</source>
        <translation>Zato Desk — %1%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password not saved</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile &quot;%1&quot; was saved without a password, but the password saved before could not be removed from the keychain: %2. Remove it with your keyring manager.</source>
        <translation>Das Profil „%1“ wurde ohne Passwort gespeichert, aber das zuvor gespeicherte Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %2. Entfernen Sie es mit Ihrer Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile &quot;%1&quot; was saved, but not its password: %2. The password is never written anywhere else, so you will have to enter it again; unlock or start your keyring and save the profile again to keep it.</source>
        <translation>Das Profil „%1“ wurde gespeichert, aber nicht sein Passwort: %2. Das Passwort wird nirgendwo sonst abgelegt, Sie müssen es also erneut eingeben; entsperren oder starten Sie Ihren Schlüsselbund und speichern Sie das Profil erneut, um es zu behalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile &quot;%1&quot; was saved, but not the password of its Invoke API user: %2. It is never written anywhere else, so you will have to enter it again; unlock or start your keyring and save the profile again to keep it.</source>
        <translation>Das Profil „%1“ wurde gespeichert, aber nicht das Passwort seines Invoke-API-Benutzers: %2. Es wird nirgendwo sonst gespeichert, Sie müssen es also erneut eingeben; entsperren oder starten Sie Ihren Schlüsselbund und speichern Sie das Profil erneut, um es zu behalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile &quot;%1&quot; was saved, but not its proxy password: %2. It is never written anywhere else, so you will have to enter it again; unlock or start your keyring and save the profile again to keep it.</source>
        <translation>Das Profil „%1“ wurde gespeichert, aber nicht sein Proxy-Passwort: %2. Es wird nirgendwo sonst abgelegt, Sie müssen es also erneut eingeben; entsperren oder starten Sie Ihren Schlüsselbund und speichern Sie das Profil erneut, um es zu behalten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The profile &quot;%1&quot; was saved, but not its API key, bearer token or client secret: %2. It is never written anywhere else, so you will have to enter it again; unlock or start your keyring and save the profile again to keep it.</source>
        <translation>Das Profil „%1“ wurde gespeichert, nicht aber sein API-Schlüssel, Bearer-Token oder Client-Geheimnis: %2. Es wird nirgendwo anders gespeichert, Sie müssen es also erneut eingeben; entsperren oder starten Sie Ihren Schlüsselbund und speichern Sie das Profil erneut, um es zu behalten.</translation>
    </message>
    <message>
        <location filename="../src/widgets/profileactions.cpp" line="+15"/>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save profile as</source>
        <translation>Profil speichern unter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> copy</source>
        <translation> Kopie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile not renamed</source>
        <translation>Profil nicht umbenannt</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot; and its saved password?</source>
        <translation>Das Profil „%1“ und sein gespeichertes Passwort löschen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile not deleted</source>
        <translation>Profil nicht gelöscht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password not removed</source>
        <translation>Passwort nicht entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; was deleted, but its password could not be removed from the keychain: %2. Remove it with your keyring manager.</source>
        <translation>Das Profil „%1“ wurde gelöscht, aber sein Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %2. Entfernen Sie es mit Ihrer Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile name taken</source>
        <translation>Profilname vergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a profile named &quot;%1&quot;. Replace it with the imported one, keep both (the imported one as &quot;%2&quot;), or skip the imported one?</source>
        <translation>Es gibt bereits ein Profil namens „%1“. Durch das importierte ersetzen, beide behalten (das importierte als „%2“) oder das importierte überspringen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profiles not imported</source>
        <translation>Profile nicht importiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profiles imported</source>
        <translation>Profile importiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n profile(s) imported, without passwords.</source>
        <translation>
            <numerusform>%n Profil importiert, ohne Passwörter.</numerusform>
            <numerusform>%n Profile importiert, ohne Passwörter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles exported</source>
        <translation>Profile exportiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profiles not exported</source>
        <translation>Profile nicht exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profiles were exported without passwords to %1.</source>
        <translation>Die Profile wurden ohne Passwörter nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>zd::RequestEditor</name>
    <message>
        <location filename="../ui/requesteditor.ui" line="+23"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payload format</source>
        <translation>Format der Nutzdaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON is checked and sent as Zato&apos;s Python clients send it; raw text is sent as it is</source>
        <translation>JSON wird geprüft und so gesendet, wie die Python-Clients von Zato es senden; Rohtext wird unverändert gesendet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the request</source>
        <translation>Die Anfrage senden</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lay the JSON out over several lines, indented by four spaces</source>
        <translation>Das JSON auf mehrere Zeilen verteilen, mit vier Leerzeichen eingerückt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the JSON on one line, exactly as it is sent</source>
        <translation>Das JSON in eine Zeile schreiben, genau so, wie es gesendet wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Load from file…</source>
        <translation>Aus Datei &amp;laden…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Payload error</source>
        <translation>Fehler in den Nutzdaten</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+41"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Add a header</source>
        <translation>Einen Header hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+41"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Remove the selected header</source>
        <translation>Den ausgewählten Header entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Query parameters</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a query parameter</source>
        <translation>Einen Abfrageparameter hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove the selected query parameter</source>
        <translation>Den ausgewählten Abfrageparameter entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../src/widgets/requesteditor.cpp" line="+151"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The channel path has no {name} placeholders.</source>
        <translation>Der Kanalpfad hat keine Platzhalter {name}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Request error</source>
        <translation>Fehler in der Anfrage</translation>
    </message>
    <message>
        <location filename="../src/widgets/requesteditor.cpp" line="-130"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw text</source>
        <translation>Rohtext</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the customer lookup&apos;s {&quot;cust_id&quot;: …} is sent. For no body at all, choose Raw text.</source>
        <translation>Leer: Das {&quot;cust_id&quot;: …} der Kundensuche wird gesendet. Für gar keinen Body wählen Sie Rohtext.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Value of {%1}</source>
        <translation>Wert von {%1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Path (%1)</source>
        <translation>Pfad (%1)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Load the payload from a file</source>
        <translation>Die Nutzdaten aus einer Datei laden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Sent when checked</source>
        <translation>Wird gesendet, wenn angehakt</translation>
    </message>
</context>
<context>
    <name>zd::ResultPanel</name>
    <message>
        <location filename="../ui/resultpanel.ui" line="+6"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/widgets/resultpanel.cpp" line="+89"/>
        <location line="+15"/>
        <source>Customer name:</source>
        <translation>Kundenname:</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../src/widgets/resultpanel.cpp" line="-14"/>
        <location line="+15"/>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Correlation ID:</source>
        <translation>Korrelations-ID:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/widgets/resultpanel.cpp" line="-40"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Copy the correlation ID</source>
        <translation>Die Korrelations-ID kopieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Response time:</source>
        <translation>Antwortzeit:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ok and has_data</source>
        <translation>ok und has_data</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call again, saving the body to a file…</source>
        <translation>Erneut aufrufen und den Body in eine Datei speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The response is larger than a call holds. Call the service again (it runs again) and write its body to a file as it arrives, whatever its size.</source>
        <translation>Die Antwort ist größer, als ein Aufruf hält. Den Service erneut aufrufen (er läuft erneut) und seinen Body beim Eintreffen in eine Datei schreiben, gleich wie groß.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../src/widgets/resultpanel.cpp" line="+39"/>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (from the error body)</source>
        <translation>%1 (aus dem Fehlertext der Antwort)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(server: %1 ms)</source>
        <translation>(Server: %1 ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ok: %1, has_data: %2</source>
        <translation>ok: %1, has_data: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s) in all</source>
        <translation>
            <numerusform>%n Ergebnis insgesamt</numerusform>
            <numerusform>%n Ergebnisse insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 s…</source>
        <translation>%1 s…</translation>
    </message>
</context>
<context>
    <name>zd::SavedRequestsBar</name>
    <message>
        <location filename="../src/widgets/savedrequestsbar.cpp" line="+22"/>
        <source>Sa&amp;ved:</source>
        <translation>&amp;Gespeichert:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+112"/>
        <location line="+6"/>
        <source>Saved requests</source>
        <translation>Gespeicherte Anfragen</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+132"/>
        <location line="+7"/>
        <source>Save the request</source>
        <translation>Die Anfrage speichern</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open and send the saved request</source>
        <translation>Die gespeicherte Anfrage öffnen und senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More saved request actions</source>
        <translation>Weitere Aktionen für gespeicherte Anfragen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the opened history call as…</source>
        <translation>Den geöffneten Aufruf aus dem Verlauf speichern unter…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expected HTTP status</source>
        <translation>Erwarteter HTTP-Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTTP status the saved request is expected to get</source>
        <translation>Der HTTP-Status, den die gespeicherte Anfrage erhalten soll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expect </source>
        <translation>erwartet </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any status</source>
        <translation>beliebiger Status</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(none saved)</source>
        <translation>(keine gespeichert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(choose one)</source>
        <translation>(eine auswählen)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opened the saved request &quot;%1&quot;.</source>
        <translation>Die gespeicherte Anfrage „%1“ wurde geöffnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requests are saved in a profile: save the connection as a profile first (Profile → Save profile as…).</source>
        <translation>Anfragen werden in einem Profil gespeichert: Speichern Sie die Verbindung zuerst als Profil (Profil → Profil speichern unter…).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is already a request named &quot;%1&quot;. Replace it?</source>
        <translation>Es gibt bereits eine Anfrage namens „%1“. Ersetzen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved the request &quot;%1&quot;.</source>
        <translation>Die Anfrage „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the request as</source>
        <translation>Anfrage speichern unter</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>Rename the request</source>
        <translation>Anfrage umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is already a request named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Anfrage namens „%1“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete the request</source>
        <translation>Anfrage löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the saved request &quot;%1&quot;?</source>
        <translation>Die gespeicherte Anfrage „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the call as a request</source>
        <translation>Den Aufruf als Anfrage speichern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; got %2, as expected.</source>
        <translation>„%1“ hat %2 erhalten, wie erwartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; got %2, not the %3 expected.</source>
        <translation>„%1“ hat %2 erhalten, nicht die erwarteten %3.</translation>
    </message>
</context>
<context>
    <name>zd::ServerCheckDialog</name>
    <message>
        <location filename="../ui/servercheckdialog.ui" line="+14"/>
        <source>Check server</source>
        <translation>Server prüfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finds out which Zato this server is and which clients work with it: a ping, the zato.service.invoke dispatcher, the invoke API, a wrong method and the CID header. Each check is one request.</source>
        <translation>Ermittelt, welche Zato-Version dieser Server hat und welche Clients mit ihm funktionieren: ein Ping, der Dispatcher zato.service.invoke, die Invoke-API, eine falsche Methode und der CID-Header. Jede Prüfung ist eine Anfrage.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invoke API &amp;user:</source>
        <translation>Invoke-API-&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>admin.invoke (Zato 4.1) or pubapi (3.2); empty: checked without credentials</source>
        <translation>admin.invoke (Zato 4.1) oder pubapi (3.2); leer: ohne Zugangsdaten geprüft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Channel with one &amp;method:</source>
        <translation>Kanal mit einer &amp;Methode:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, e.g. /api/orders: shows how a wrong method is answered</source>
        <translation>optional, z. B. /api/orders: zeigt, wie eine falsche Methode beantwortet wird</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../src/widgets/servercheckdialog.cpp" line="+21"/>
        <location line="+56"/>
        <source>&amp;Check</source>
        <translation>P&amp;rüfen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The address must start with http:// or https:// and name a host, such as http://127.0.0.1:17010. Nothing was sent.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen und einen Host nennen, etwa http://127.0.0.1:17010. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The channel path must start with /. Nothing was sent.</source>
        <translation>Der Kanalpfad muss mit / beginnen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>zd::SessionSecretStore</name>
    <message>
        <location filename="../src/core/profile/secretstore.cpp" line="+114"/>
        <source>No keychain is available, so passwords cannot be saved. They are kept in memory for this session only: you will enter them again next time. To keep them, start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and then Zato Desk again.</source>
        <translation>Kein Schlüsselbund verfügbar, daher können Passwörter nicht gespeichert werden. Sie bleiben nur für diese Sitzung im Speicher: Beim nächsten Mal geben Sie sie erneut ein. Um sie zu behalten, starten Sie den Schlüsselbund Ihres Desktops (etwa GNOME Keyring oder KWallet) und dann Zato Desk erneut.</translation>
    </message>
</context>
<context>
    <name>zd::ShortcutsDialog</name>
    <message>
        <location filename="../src/widgets/shortcutsdialog.cpp" line="+14"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>zd::TokenDialog</name>
    <message>
        <location filename="../src/widgets/tokendialog.cpp" line="+16"/>
        <source>Get token</source>
        <translation>Token holen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Asking %1 for a token…</source>
        <translation>Token wird bei %1 angefordert…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No token: %1</source>
        <translation>Kein Token: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint gave a token, kept for the calls until shortly before it expires. The token itself is not shown.</source>
        <translation>Der Endpunkt hat ein Token geliefert; es wird für die Aufrufe bis kurz vor seinem Ablauf aufbewahrt. Das Token selbst wird nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>zd::TokenRequestDialog</name>
    <message>
        <location filename="../src/widgets/tokenrequestdialog.cpp" line="+39"/>
        <source>Token request</source>
        <translation>Token-Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form (application/x-www-form-urlencoded)</source>
        <translation>Formular (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audience=https://api.example.com</source>
        <translation>audience=https://api.example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Body:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;id field:</source>
        <translation>Feld der Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret field:</source>
        <translation>Feld des Client-&amp;Geheimnisses:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Extra fields, one name=value a line:</source>
        <translation>&amp;Zusätzliche Felder, je Zeile ein name=wert:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token request sends grant_type=client_credentials, the client id and secret and the scopes; change these only where the identity provider asks for something else.</source>
        <translation>Die Token-Anfrage sendet grant_type=client_credentials, Client-ID und Geheimnis sowie die Scopes; ändern Sie diese Einstellungen nur, wo der Identitätsanbieter etwas anderes verlangt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Extra fields, line %1: not of the form name=value.</source>
        <translation>Zusätzliche Felder, Zeile %1: nicht in der Form name=wert.</translation>
    </message>
</context>
<context>
    <name>zd::WindowMenus</name>
    <message>
        <location filename="../src/widgets/windowmenus.cpp" line="+26"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Call</source>
        <translation>&amp;Aufruf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Get customer</source>
        <translation>Kunden &amp;abrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ca&amp;ncel the call</source>
        <translation>Aufruf abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;both clients</source>
        <translation>&amp;Beide Clients aufrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel and RBAC &amp;matrix…</source>
        <translation>Kanal- und RBAC-&amp;Matrix…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import server configuration…</source>
        <translation>Serverkonfiguration &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discover from server…</source>
        <translation>Vom Server &amp;ermitteln…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the ser&amp;ver…</source>
        <translation>Server &amp;prüfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection &amp;settings…</source>
        <translation>&amp;Verbindungseinstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the &amp;correlation ID</source>
        <translation>&amp;Korrelations-ID kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous call</source>
        <translation>&amp;Vorheriger Aufruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt call</source>
        <translation>&amp;Nächster Aufruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;as</source>
        <translation>Kopieren &amp;als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the &amp;password</source>
        <translation>&amp;Passwort einschließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;curl command</source>
        <translation>&amp;curl-Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Python (zato-client)</source>
        <translation>&amp;Python (zato-client)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;zato service invoke</source>
        <translation>&amp;zato service invoke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>python-&amp;requests</source>
        <translation>python-&amp;requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZatoClient (&amp;newest zato-client)</source>
        <translation>ZatoClient (&amp;neuester zato-client)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language changes when Zato Desk starts again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Zato Desk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Zato Desk</source>
        <translation>&amp;Über Zato Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Passwords are kept in the system keychain only.</source>
        <translation>Passwörter werden nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keychain is available in this session: passwords are kept in memory until Zato Desk quits, never written to disk, and asked for again next time.</source>
        <translation>In dieser Sitzung ist kein Schlüsselbund verfügbar: Passwörter bleiben im Speicher, bis Zato Desk beendet wird, werden nie auf die Festplatte geschrieben und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passwords are kept in the system keychain only; where none is available, in memory for the session, never on disk.</source>
        <translation>Passwörter werden nur im Schlüsselbund des Systems aufbewahrt; wo keiner verfügbar ist, für die Sitzung im Speicher, nie auf der Festplatte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Zato Desk %1&lt;/h3&gt;&lt;p&gt;Call Zato services by hand, test channels and credentials, and see exactly what went over the wire.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Zato Desk %1&lt;/h3&gt;&lt;p&gt;Zato-Services von Hand aufrufen, Kanäle und Zugangsdaten testen und genau sehen, was über die Leitung ging.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Lizenz: MIT. Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Zato Desk</source>
        <translation>Über Zato Desk</translation>
    </message>
</context>
<context>
    <name>zd::demo::Module</name>
    <message>
        <location filename="../src/demo/module/demomodule.cpp" line="+24"/>
        <source>Zato %1&apos;s server cannot listen: %2</source>
        <translation>Der Server von Zato %1 kann nicht lauschen: %2</translation>
    </message>
</context>
</TS>
