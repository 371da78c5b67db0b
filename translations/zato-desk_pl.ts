<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AccessRules</name>
    <message>
        <location filename="../src/core/access/accessrules.cpp" line="+45"/>
        <source>Basic Auth and an API key sent together to a channel with security groups.</source>
        <translation>Basic Auth i klucz API wysłane razem do kanału z grupami zabezpieczeń.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No credentials, and the channel&apos;s groups (%1) let only their members in.</source>
        <translation>Brak danych uwierzytelniających, a grupy kanału (%1) wpuszczają tylko swoich członków.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is in no group of this channel (%2).</source>
        <translation>%1 nie należy do żadnej grupy tego kanału (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a member of the channel&apos;s groups, but its secret is wrong.</source>
        <translation>%1 jest członkiem grup kanału, ale jego sekret jest błędny.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The channel is inactive.</source>
        <translation>Kanał jest nieaktywny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The channel takes %1 only; %2 gets 405 with Allow.</source>
        <translation>Kanał przyjmuje tylko %1; %2 dostaje 405 z nagłówkiem Allow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The channel takes %1 only; on this server a wrong method gets 404.</source>
        <translation>Kanał przyjmuje tylko %1; na tym serwerze błędna metoda dostaje 404.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is an outgoing-only definition: the channel refuses everyone.</source>
        <translation>%1 to definicja tylko wychodząca: kanał odrzuca wszystkich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not the channel&apos;s own definition (%2).</source>
        <translation>%1 nie jest własną definicją kanału (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No credentials; the channel&apos;s own definition is %1.</source>
        <translation>Brak danych uwierzytelniających; własna definicja kanału to %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the channel&apos;s own definition, but the secret is wrong.</source>
        <translation>%1 jest własną definicją kanału, ale sekret jest błędny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the channel&apos;s own definition.</source>
        <translation>%1 jest własną definicją kanału.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both the own definition and a group are needed.</source>
        <translation>Potrzebna jest zarówno własna definicja, jak i grupa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The channel&apos;s groups (%1) have no members and it has no own definition: nobody gets in.</source>
        <translation>Grupy kanału (%1) nie mają członków, a kanał nie ma własnej definicji: nikt nie wejdzie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a member of the channel&apos;s groups.</source>
        <translation>%1 jest członkiem grup kanału.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel has no security: anyone may call it.</source>
        <translation>Kanał nie ma zabezpieczeń: każdy może go wywołać.</translation>
    </message>
</context>
<context>
    <name>AccessTest</name>
    <message>
        <location filename="../src/core/access/enmasseaccess.cpp" line="+26"/>
        <source>%1: &quot;%2&quot; is missing. Add it to the item.</source>
        <translation>%1: brakuje „%2”. Dodaj to pole do elementu.</translation>
    </message>
    <message>
        <location filename="../src/core/access/adminlists.cpp" line="+29"/>
        <source>%1 did not answer with a list. Is this a Zato 4.1 server?</source>
        <translation>%1 nie odpowiedział listą. Czy to serwer Zato 4.1?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 listed an item without a name.</source>
        <translation>%1 podał element bez nazwy.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 listed &quot;%2&quot; twice.</source>
        <translation>%1 podał „%2” dwa razy.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../src/core/access/enmasseaccess.cpp" line="+28"/>
        <source>%1: a bearer token checked as a JWT from an identity provider; only its wrong-secret row is made. Test it with a token of your own.</source>
        <translation>%1: token bearer sprawdzany jako JWT dostawcy tożsamości; powstaje tylko jego wiersz z błędnym sekretem. Przetestuj go własnym tokenem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the server never gives a secret, so only its wrong-secret row is made. Give its secret to test it.</source>
        <translation>%1: serwer nigdy nie podaje sekretu, więc powstaje tylko wiersz z błędnym sekretem. Podaj sekret, aby go przetestować.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A secret was given for &quot;%1&quot;, which is not a security definition of this server. Correct the name.</source>
        <translation>Podano sekret dla „%1”, a to nie jest definicja zabezpieczeń tego serwera. Popraw nazwę.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 listed group &quot;%2&quot; without its members.</source>
        <translation>%1 podał grupę „%2” bez jej członków.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no url_path.</source>
        <translation>%1: brak url_path.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: its security &quot;%2&quot; is not in %3.</source>
        <translation>%1: jego zabezpieczenia „%2” nie ma w %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: a security group id not in %2.</source>
        <translation>%1: identyfikator grupy zabezpieczeń, którego nie ma w %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: group &quot;%2&quot; is not in %3.</source>
        <translation>%1: grupy „%2” nie ma w %3.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: group &quot;%2&quot; has member &quot;%3&quot;, which is not in %4.</source>
        <translation>%1: grupa „%2” ma członka „%3”, którego nie ma w %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server has no REST channel of its users to test.</source>
        <translation>Serwer nie ma kanału REST swoich użytkowników do przetestowania.</translation>
    </message>
    <message>
        <location line="-134"/>
        <location filename="../src/core/access/enmasseaccess.cpp" line="+11"/>
        <source>%1: a %2 definition has no row: it is not a credential sent in a header.</source>
        <translation>%1: definicja typu %2 nie ma wiersza: nie jest poświadczeniem wysyłanym w nagłówku.</translation>
    </message>
    <message>
        <location filename="../src/core/access/enmasseaccess.cpp" line="+6"/>
        <source>%1: the file gives no secret (an export never does), so only its wrong-secret row is made. Give the secret as ${NAME} and set NAME in the environment or the env file.</source>
        <translation>%1: plik nie podaje sekretu (eksport nigdy go nie zawiera), więc powstaje tylko wiersz z błędnym sekretem. Podaj sekret jako ${NAME} i ustaw NAME w środowisku lub w pliku env.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 &quot;%3&quot; is not a security definition. Define it under security, or correct the name.</source>
        <translation>%1: %2 „%3” nie jest definicją zabezpieczeń. Zdefiniuj ją w security albo popraw nazwę.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: group &quot;%2&quot; is not defined. Define it, or correct the name.</source>
        <translation>%1: grupa „%2” nie jest zdefiniowana. Zdefiniuj ją albo popraw nazwę.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2: RBAC decides who gets in, which is not derivable from the file; the channel&apos;s cells have no expectation.</source>
        <translation>%1: %2: o dostępie decyduje RBAC, czego nie da się wywnioskować z pliku; komórki kanału nie mają oczekiwania.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&quot;%1&quot; is not a security definition of the configuration. Correct the name.</source>
        <translation>„%1” nie jest definicją zabezpieczeń konfiguracji. Popraw nazwę.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is a %2 definition: no secret is sent for it.</source>
        <translation>„%1” to definicja %2: nie wysyła się dla niej sekretu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an API key: it has no header.</source>
        <translation>„%1” nie jest kluczem API: nie ma nagłówka.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a Basic Auth definition: it has no realm.</source>
        <translation>„%1” nie jest definicją Basic Auth: nie ma realmu.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: a second security definition named &quot;%2&quot;. Give each one its own name.</source>
        <translation>%1: druga definicja zabezpieczeń o nazwie „%2”. Nadaj każdej własną nazwę.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: member &quot;%2&quot; is not a security definition. Define it under security, or correct the name.</source>
        <translation>%1: członek „%2” nie jest definicją zabezpieczeń. Zdefiniuj go w security albo popraw nazwę.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: there is no REST channel (channel_rest) to test.</source>
        <translation>%1: nie ma kanału REST (channel_rest) do przetestowania.</translation>
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
        <translation>Nie da się wywnioskować z pliku: o dostępie decyduje RBAC.</translation>
    </message>
    <message>
        <location filename="../src/core/access/serverdiscovery.cpp" line="+91"/>
        <source>Discovery was cancelled.</source>
        <translation>Odkrywanie anulowano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1 could not be reached: %2</source>
        <translation>Nie można połączyć się z serwerem %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused %1&apos;s credentials for %2 (HTTP %3). Give the user and password of the server&apos;s admin.invoke definition.</source>
        <translation>Serwer odrzucił dane uwierzytelniające %1 dla %2 (HTTP %3). Podaj użytkownika i hasło definicji admin.invoke serwera.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no %2 (HTTP 404): discovery needs the newest Zato 4.1, whose admin.invoke calls services there. Import its enmasse file instead.</source>
        <translation>%1 nie ma %2 (HTTP 404): odkrywanie wymaga najnowszego Zato 4.1, którego admin.invoke wywołuje tam usługi. Zaimportuj zamiast tego jego plik enmasse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 odpowiedział HTTP %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer with JSON: %2</source>
        <translation>%1 nie odpowiedział w JSON: %2</translation>
    </message>
    <message>
        <location filename="../src/core/access/openapi.cpp" line="-29"/>
        <source>%1: not an OpenAPI 3 document (no &quot;openapi: 3.x&quot; at its top).</source>
        <translation>%1: to nie jest dokument OpenAPI 3 (brak „openapi: 3.x” na początku).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the document has no paths.</source>
        <translation>%1: dokument nie ma ścieżek (paths).</translation>
    </message>
    <message>
        <location filename="../src/core/access/openapifetch.cpp" line="-37"/>
        <source>%1 needs the user and password of a Basic Auth definition: none of the configuration&apos;s has its secret.</source>
        <translation>%1 wymaga użytkownika i hasła definicji Basic Auth: żadna z definicji konfiguracji nie ma znanego sekretu.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 was refused (HTTP %2) to each Basic Auth definition with a known secret. Zato gives it only to the Basic Auth definitions of the channels it includes; check the OpenAPI channel&apos;s name, or give its document as a file.</source>
        <translation>%1 odmówiono (HTTP %2) każdej definicji Basic Auth ze znanym sekretem. Zato udostępnia go tylko definicjom Basic Auth kanałów, które obejmuje; sprawdź nazwę kanału OpenAPI albo podaj jego dokument jako plik.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 odpowiedział HTTP %2.</translation>
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
            <numerusform>Wysłano łącznie %n wywołanie.</numerusform>
            <numerusform>Wysłano łącznie %n wywołania.</numerusform>
            <numerusform>Wysłano łącznie %n wywołań.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times not compared: a call failed or was cancelled, so no more were sent.</source>
        <translation>Czasy nieporównane: wywołanie nie powiodło się lub zostało anulowane, więc nie wysłano kolejnych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median times of %1 calls through each client, alternating, after one warm-up call each (connecting is not counted): AnyServiceInvoker %2, JSONClient %3.</source>
        <translation>Mediany czasów %1 wywołań przez każdego klienta, na przemian, po jednym wywołaniu rozgrzewającym (łączenie nie jest liczone): AnyServiceInvoker %2, JSONClient %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AnyServiceInvoker was slower in every round: the dispatcher adds %1 (from %2 to %3).</source>
        <translation>AnyServiceInvoker był wolniejszy w każdej rundzie: dyspozytor dodaje %1 (z %2 do %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSONClient was slower in every round, by %1 (from %2 to %3): the dispatcher adds nothing measurable.</source>
        <translation>JSONClient był wolniejszy w każdej rundzie, o %1 (z %2 do %3): dyspozytor nie dodaje nic mierzalnego.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The difference is within the noise: round by round, AnyServiceInvoker was from %1 faster to %2 slower than JSONClient.</source>
        <translation>Różnica mieści się w szumie: runda po rundzie AnyServiceInvoker był od %1 szybszy do %2 wolniejszy niż JSONClient.</translation>
    </message>
</context>
<context>
    <name>BoundedRead</name>
    <message>
        <location filename="../src/core/hardening/boundedread.cpp" line="+33"/>
        <source>it is a directory</source>
        <translation>to jest katalog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device, not a file</source>
        <translation>to jest urządzenie, nie plik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a FIFO (a named pipe), not a regular file</source>
        <translation>to jest FIFO (potok nazwany), nie zwykły plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>to nie jest zwykły plik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is larger than %1, the most that is read</source>
        <translation>jest większy niż %1, najwięcej, ile jest czytane</translation>
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
        <translation>%1 bajtów</translation>
    </message>
</context>
<context>
    <name>CallCheck</name>
    <message>
        <location filename="../src/core/invoke/callcheck.cpp" line="+27"/>
        <source>The server address is empty: enter one, such as http://localhost:17010.</source>
        <translation>Adres serwera jest pusty: wpisz go, na przykład http://localhost:17010.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address &quot;%1&quot; has no http:// or https:// scheme: write it as http://%1 or https://%1.</source>
        <translation>Adres serwera „%1” nie ma schematu http:// ani https://: zapisz go jako http://%1 lub https://%1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server address &quot;%1&quot; is not a valid URL (%2).</source>
        <translation>Adres serwera „%1” nie jest poprawnym adresem URL (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address &quot;%1&quot; has no host name.</source>
        <translation>Adres serwera „%1” nie zawiera nazwy hosta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address holds a user name or password (before @): it would be kept in clear with the address. Write the address as %1 and the user and password in their own fields.</source>
        <translation>Adres serwera zawiera nazwę użytkownika lub hasło (przed @): zostałoby zapisane otwartym tekstem razem z adresem. Wpisz adres jako %1, a użytkownika i hasło w ich własnych polach.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The JSONClient channel path is empty: enter the URL path of the channel, such as /clients/django/json-client.</source>
        <translation>Ścieżka kanału JSONClient jest pusta: wpisz ścieżkę URL kanału, na przykład /clients/django/json-client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The AnyServiceInvoker channel path is empty: enter the URL path of the dispatcher channel, such as /clients/django/any-service-invoker.</source>
        <translation>Ścieżka kanału AnyServiceInvoker jest pusta: wpisz ścieżkę URL kanału dyspozytora, na przykład /clients/django/any-service-invoker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The channel path &quot;%1&quot; must start with a slash: /%1.</source>
        <translation>Ścieżka kanału „%1” musi zaczynać się od ukośnika: /%1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address and path do not form a valid URL (%1).</source>
        <translation>Adres i ścieżka nie tworzą poprawnego adresu URL (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invoke API needs a service name, such as customer.get1.</source>
        <translation>Invoke API wymaga nazwy usługi, na przykład customer.get1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Either name or id must be provided: enter the service to call, such as customer.get1.</source>
        <translation>Należy podać nazwę lub identyfikator: wpisz usługę do wywołania, na przykład customer.get1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a valid HTTP header name.</source>
        <translation>„%1” nie jest poprawną nazwą nagłówka HTTP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of header %1 contains a line break.</source>
        <translation>Wartość nagłówka %1 zawiera znak nowego wiersza.</translation>
    </message>
    <message>
        <location filename="../src/core/invoke/authheaders.cpp" line="+61"/>
        <source>The API key is empty: enter the key the channel&apos;s definition holds.</source>
        <translation>Klucz API jest pusty: wpisz klucz, który zawiera definicja kanału.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API key header: %1</source>
        <translation>Nagłówek klucza API: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bearer token is empty: enter the token the channel accepts.</source>
        <translation>Token Bearer jest pusty: wpisz token, który kanał akceptuje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bearer token contains a line break.</source>
        <translation>Token Bearer zawiera znak końca wiersza.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no token for this call yet: it is got from the token endpoint before the call is sent.</source>
        <translation>To wywołanie nie ma jeszcze tokenu: zostanie pobrany z punktu końcowego tokenów przed wysłaniem wywołania.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token endpoint gave a token that cannot be sent in a header.</source>
        <translation>Punkt końcowy tokenów zwrócił token, którego nie da się wysłać w nagłówku.</translation>
    </message>
    <message>
        <location filename="../src/core/invoke/requesturl.cpp" line="+38"/>
        <source>The path parameter &quot;%1&quot; has no {%1} placeholder in the path %2.</source>
        <translation>Parametr ścieżki „%1” nie ma symbolu zastępczego {%1} w ścieżce %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The path %1 has the placeholder {%2}, but no value is given for it.</source>
        <translation>Ścieżka %1 ma symbol zastępczy {%2}, ale nie podano dla niego wartości.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A query parameter has no name (its value is &quot;%1&quot;).</source>
        <translation>Parametr zapytania nie ma nazwy (jego wartość to „%1”).</translation>
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
        <translation>%1: „%2” należy do układu Zato %3, ale %4 jest w układzie Zato %5. Zapisz pliki w jednym układzie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: no such file.</source>
        <translation>Nie można odczytać %1: nie ma takiego pliku.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:%2:%3: this is not valid YAML: %4. Correct the file at that place.</source>
        <translation>%1:%2:%3: to nie jest poprawny YAML: %4. Popraw plik w tym miejscu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: an enmasse file is a map of sections (security, groups, channel_rest ...), not a %2. Put the objects under their section names.</source>
        <translation>%1: plik enmasse to mapa sekcji (security, groups, channel_rest …), a nie %2. Umieść obiekty pod nazwami ich sekcji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>single value</source>
        <translation>pojedyncza wartość</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: include: every entry is a file name. Write one file name per line.</source>
        <translation>%1: include: każdy wpis to nazwa pliku. Wpisz jedną nazwę pliku w wierszu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: include: give a list of file names.</source>
        <translation>%1: include: podaj listę nazw plików.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2: a section is a list of objects, each starting with &quot;- name:&quot;. Write the section as a list.</source>
        <translation>%1: %2: sekcja to lista obiektów, z których każdy zaczyna się od „- name:”. Zapisz sekcję jako listę.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: each entry is an object with a name and its fields. Write it as &quot;- name: ...&quot; followed by its fields.</source>
        <translation>%1: każdy wpis to obiekt z nazwą i polami. Zapisz go jako „- name: …”, a po nim jego pola.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: only security, groups and REST channels are read; these sections were skipped: %2.</source>
        <translation>%1: odczytywane są tylko security, groups i kanały REST; pominięto te sekcje: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: include &quot;%2&quot;: there is no such file (%3). Paths are relative to the file that includes them.</source>
        <translation>%1: include „%2”: nie ma takiego pliku (%3). Ścieżki są względne wobec pliku, który je dołącza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: include &quot;%2&quot; makes a cycle: %3. Remove one of these includes.</source>
        <translation>%1: include „%2” tworzy cykl: %3. Usuń jedno z tych dołączeń.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 refers to the environment variable %3, which is not set. Set %3 in the environment or in the file given with --env-file.</source>
        <translation>%1: %2 odwołuje się do zmiennej środowiskowej %3, która nie jest ustawiona. Ustaw %3 w środowisku lub w pliku podanym przez --env-file.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 must be a single value, not a list or a map. Write one value.</source>
        <translation>%1: %2 musi być pojedynczą wartością, a nie listą ani mapą. Wpisz jedną wartość.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 must be true or false, not &quot;%3&quot;.</source>
        <translation>%1: %2 musi mieć wartość true lub false, a nie „%3”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>%1: %2 must be a list of names. Write one &quot;- name&quot; per line.</source>
        <translation>%1: %2 musi być listą nazw. Wpisz jedno „- name” w wierszu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the env file %1: %2</source>
        <translation>Nie można odczytać pliku env %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1:%2: this line is not NAME=value. Write one variable per line, e.g. CRM_PASSWORD=secret, or start the line with # for a comment.</source>
        <translation>%1:%2: ten wiersz nie ma postaci NAZWA=wartość. Wpisz jedną zmienną w wierszu, np. CRM_PASSWORD=secret, albo zacznij wiersz od # jako komentarz.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <location filename="../src/core/oauth/jwt.cpp" line="+24"/>
        <source>it is not base64url text</source>
        <translation>to nie jest tekst base64url</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not JSON (%1)</source>
        <translation>to nie jest JSON (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a JSON object</source>
        <translation>to nie jest obiekt JSON</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The token is not a JWT (three dot-separated parts): it is opaque, and only the server that issued it can read it.</source>
        <translation>Token nie jest JWT (trzy części oddzielone kropkami): jest nieprzejrzysty i odczytać go może tylko serwer, który go wydał.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token&apos;s header cannot be read: %1.</source>
        <translation>Nie można odczytać nagłówka tokenu: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token&apos;s claims cannot be read: %1.</source>
        <translation>Nie można odczytać oświadczeń (claims) tokenu: %1.</translation>
    </message>
</context>
<context>
    <name>LookupForm</name>
    <message>
        <location filename="../src/core/lookup/lookupform.cpp" line="+49"/>
        <source>Enter a customer ID.</source>
        <translation>Wpisz identyfikator klienta.</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <location filename="../src/core/rbac/matrix.cpp" line="+212"/>
        <source>The matrix is not valid JSON: %1</source>
        <translation>Macierz nie jest prawidłowym JSON-em: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every credential needs a &quot;name&quot;.</source>
        <translation>Każde poświadczenie musi mieć „name”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credential &quot;%1&quot; has the unknown &quot;auth&quot; &quot;%2&quot;; use basic, apikey, bearer, oauth2 or none.</source>
        <translation>Poświadczenie „%1” ma nieznane „auth” „%2”; użyj basic, apikey, bearer, oauth2 lub none.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every channel needs a &quot;name&quot; and a client of any, json or api.</source>
        <translation>Każdy kanał musi mieć „name” i klienta: any, json lub api.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A matrix needs an &quot;address&quot;, &quot;credentials&quot; and &quot;channels&quot;.</source>
        <translation>Macierz musi mieć „address”, „credentials” i „channels”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown expectation &quot;%1&quot; for %2 on %3; use one of: %4.</source>
        <translation>Nieznane oczekiwanie „%1” dla %2 na %3; użyj jednego z: %4.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>expected %1, got %2</source>
        <translation>oczekiwano %1, otrzymano %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected because: %1
%2</source>
        <translation>Oczekiwane, ponieważ: %1
%2</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../src/core/invoke/outcome.cpp" line="+189"/>
        <source>The call was cancelled.</source>
        <translation>Wywołanie zostało anulowane.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Wrong credentials: the server refused the user name or password. Check them.</source>
        <translation>Błędne poświadczenia: serwer odrzucił nazwę użytkownika lub hasło. Sprawdź je.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Wrong bearer token: the channel wants Authorization: Bearer with a token it accepts, and refused this one. Check the token (and, for a JWT, that it has not expired).</source>
        <translation>Błędny token Bearer: kanał wymaga Authorization: Bearer z akceptowanym przez siebie tokenem i odrzucił ten. Sprawdź token (a w przypadku JWT – czy nie wygasł).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel wants a bearer token (Authorization: Bearer), and none was sent. Choose Bearer token and enter one.</source>
        <translation>Kanał wymaga tokenu Bearer (Authorization: Bearer), a żadnego nie wysłano. Wybierz Token Bearer i wpisz go.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong credentials for realm &quot;%1&quot;: the server refused the user name or password. Check them against the channel&apos;s security definition.</source>
        <translation>Błędne poświadczenia dla obszaru „%1”: serwer odrzucił nazwę użytkownika lub hasło. Porównaj je z definicją zabezpieczeń kanału.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong API key: the server refused the key. Check the key, and the header it goes in (X-API-Key unless the channel&apos;s definition names another).</source>
        <translation>Błędny klucz API: serwer odrzucił klucz. Sprawdź klucz i nagłówek, w którym jest wysyłany (X-API-Key, chyba że definicja kanału wskazuje inny).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not authorized, and the server names no scheme: the channel wants an API key or another credential (such as a client certificate) rather than what was sent. Choose API key and enter the key and its header.</source>
        <translation>Brak autoryzacji, a serwer nie podaje schematu: kanał wymaga klucza API lub innych danych uwierzytelniających (np. certyfikatu klienta) zamiast wysłanych. Wybierz Klucz API i wpisz klucz oraz jego nagłówek.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not allowed by the channel&apos;s security groups: the credential sent is not a member of any group the channel accepts (or none was sent). Call with a member&apos;s credential, or add this one to a group.</source>
        <translation>Niedozwolone przez grupy zabezpieczeń kanału: wysłane dane uwierzytelniające nie należą do żadnej grupy akceptowanej przez kanał (albo nic nie wysłano). Wywołaj z danymi członka grupy lub dodaj te dane do grupy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not allowed: the credentials are valid, but RBAC does not let this user call the channel.</source>
        <translation>Brak dostępu: poświadczenia są prawidłowe, ale RBAC nie pozwala temu użytkownikowi wywołać kanału.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many requests: the channel&apos;s rate limit is reached.</source>
        <translation>Zbyt wiele żądań: osiągnięto limit częstotliwości kanału.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again after %1 (Retry-After).</source>
        <translation>Spróbuj ponownie za %1 (Retry-After).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Limit: %1; remaining: %2.</source>
        <translation>Limit: %1; pozostało: %2.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Bad request: the call sent both HTTP Basic credentials and an API key, and a channel with security groups refuses the two together. Send one of them.</source>
        <translation>Błędne żądanie: wywołanie wysłało zarówno dane HTTP Basic, jak i klucz API, a kanał z grupami zabezpieczeń odrzuca je razem. Wyślij tylko jedno z nich.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No such channel: nothing answers at %1. Check the channel path (and the method it accepts).</source>
        <translation>Nie ma takiego kanału: pod %1 nic nie odpowiada. Sprawdź ścieżkę kanału (i metodę, którą przyjmuje).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Method not allowed: the channel does not accept %1 requests.</source>
        <translation>Niedozwolona metoda: kanał nie przyjmuje żądań %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method not allowed: the channel does not accept %1 requests; it accepts %2.</source>
        <translation>Niedozwolona metoda: kanał nie przyjmuje żądań %1; przyjmuje %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service error: the service raised an exception.</source>
        <translation>Błąd usługi: usługa zgłosiła wyjątek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service error: %1</source>
        <translation>Błąd usługi: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a Zato response: %1</source>
        <translation>To nie jest odpowiedź Zato: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1. The body, %2 bytes, was saved to %3 and not read.</source>
        <translation>HTTP %1. Treść, %2 bajtów, zapisano w %3 i nie odczytano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a Zato response: HTTP %1 with a body that is not JSON (%2).</source>
        <translation>To nie jest odpowiedź Zato: HTTP %1 z treścią, która nie jest JSON-em (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server answered %1: %2</source>
        <translation>Serwer odpowiedział %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call completed but is not ok (HTTP %1).</source>
        <translation>Wywołanie zakończyło się, ale nie jest ok (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../src/core/profile/profilejson.cpp" line="+129"/>
        <source>A profile has no name.</source>
        <translation>Profil nie ma nazwy.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not valid JSON (%1)</source>
        <translation>nieprawidłowy JSON (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a Zato Desk profile file (it needs &quot;schema&quot; and &quot;profiles&quot;)</source>
        <translation>to nie jest plik profili Zato Desk (musi mieć „schema” i „profiles”)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a profile is not an object</source>
        <translation>profil nie jest obiektem</translation>
    </message>
    <message>
        <location filename="../src/core/profile/profilestore.cpp" line="+32"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Cannot write %1: %2. The previous file is unchanged.</source>
        <translation>Nie można zapisać %1: %2. Poprzedni plik pozostał bez zmian.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Profiles cannot be saved: the folder %1 is read-only (or not yours).</source>
        <translation>Nie można zapisać profili: folder %1 jest tylko do odczytu (lub nie należy do Ciebie).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles cannot be saved: the lock file in %1 cannot be made.</source>
        <translation>Nie można zapisać profili: nie można utworzyć pliku blokady w %1.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>%1 was written by a newer Zato Desk (schema %2; this one knows %3). It is left as it is and profiles cannot be changed until you update Zato Desk.</source>
        <translation>%1 został zapisany przez nowszy Zato Desk (schemat %2; ten zna %3). Plik pozostaje bez zmian, a profili nie można zmieniać do czasu aktualizacji Zato Desk.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 is a symbolic link to %2, which cannot be opened (%3). It is left as it is, and profiles cannot be saved until it is fixed: create the file it points to, or remove the link.</source>
        <translation>%1 jest dowiązaniem symbolicznym do %2, którego nie można otworzyć (%3). Pozostaje bez zmian, a profili nie można zapisać, dopóki nie zostanie naprawione: utwórz plik, na który wskazuje, lub usuń dowiązanie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1: %2. It is left as it is, and profiles cannot be saved until it can be read: fix it, or move it away to start with no saved profiles.</source>
        <translation>Nie można odczytać %1: %2. Plik pozostaje bez zmian, a profili nie można zapisać, dopóki nie da się go odczytać: napraw go lub przenieś, aby zacząć bez zapisanych profili.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is from an unknown version of Zato Desk (schema %2). It is left as it is and profiles cannot be changed until you update Zato Desk.</source>
        <translation>%1 pochodzi z nieznanej wersji Zato Desk (schemat %2). Pozostaje bez zmian, a profili nie można zmieniać, dopóki nie zaktualizujesz Zato Desk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+169"/>
        <source>%1 is %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>%1 is %2, and it could not be moved aside.</source>
        <translation>%1: %2; nie udało się go odłożyć na bok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile file was %1. It was kept as %2 and you start with no saved profiles.</source>
        <translation>Plik profili: %1. Zachowano go jako %2, a ty zaczynasz bez zapisanych profili.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The profile file is locked by another Zato Desk; try again.</source>
        <translation>Plik profili jest zablokowany przez inny Zato Desk; spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+23"/>
        <source>A profile needs a name.</source>
        <translation>Profil musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Profil o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 is from an unknown version of Zato Desk (schema %2).</source>
        <translation>%1 pochodzi z nieznanej wersji Zato Desk (schemat %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer Zato Desk (schema %2).</source>
        <translation>%1 został zapisany przez nowszy Zato Desk (schemat %2).</translation>
    </message>
    <message>
        <location line="-29"/>
        <source> (imported)</source>
        <translation> (zaimportowany)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../src/widgets/prompts.cpp" line="+38"/>
        <source>&amp;Replace</source>
        <translation>&amp;Zastąp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep both</source>
        <translation>Zachowaj &amp;oba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The imported profile is added as &quot;%1&quot;.</source>
        <translation>Zaimportowany profil zostanie dodany jako „%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>&amp;Pomiń</translation>
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
        <translation>Ładunek nie jest poprawnym JSON: wiersz %1, kolumna %2: %3.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A query parameter has a value but no name.</source>
        <translation>Parametr zapytania ma wartość, ale nie ma nazwy.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a value for {%1}: the path needs it.</source>
        <translation>Wpisz wartość dla {%1}: ścieżka jej wymaga.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The path has no {%1} placeholder: remove that path parameter, or write {%1} in the channel path.</source>
        <translation>Ścieżka nie ma symbolu zastępczego {%1}: usuń ten parametr ścieżki albo wpisz {%1} w ścieżce kanału.</translation>
    </message>
</context>
<context>
    <name>ResponseReader</name>
    <message>
        <location filename="../src/core/invoke/responsereader.cpp" line="+80"/>
        <source>HTTP 404: no channel answers at this path (the server says: %1). Check the channel path.</source>
        <translation>HTTP 404: pod tą ścieżką nie odpowiada żaden kanał (serwer mówi: %1). Sprawdź ścieżkę kanału.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1 with a body that is not JSON (%2), so it is not a Zato dispatcher response. Check that the path is a channel of zato.service.invoke.</source>
        <translation>HTTP %1 z treścią, która nie jest JSON-em (%2), więc to nie jest odpowiedź dyspozytora Zato. Sprawdź, czy ścieżka jest kanałem zato.service.invoke.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>The service&apos;s response, once base64-decoded, is not UTF-8 text (%n byte(s)).</source>
        <translation>
            <numerusform>Odpowiedź usługi po zdekodowaniu base64 nie jest tekstem UTF-8 (%n bajt).</numerusform>
            <numerusform>Odpowiedź usługi po zdekodowaniu base64 nie jest tekstem UTF-8 (%n bajty).</numerusform>
            <numerusform>Odpowiedź usługi po zdekodowaniu base64 nie jest tekstem UTF-8 (%n bajtów).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>HTTP %1 with a JSON null: this is not a zato.service.invoke response.</source>
        <translation>HTTP %1 z wartością JSON null: to nie jest odpowiedź zato.service.invoke.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The response&apos;s zato_env element is not an object with details: this is not a zato.service.invoke response.</source>
        <translation>Element zato_env odpowiedzi nie jest obiektem z details: to nie jest odpowiedź zato.service.invoke.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The dispatcher&apos;s data element is neither base64 text nor an object with a response: this is not a zato.service.invoke response.</source>
        <translation>Element danych dyspozytora nie jest ani tekstem base64, ani obiektem z odpowiedzią: to nie jest odpowiedź zato.service.invoke.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTTP %1 with JSON that is not a dispatcher response (no zato_env): this looks like a plain REST channel. Point AnyServiceInvoker at a channel of zato.service.invoke, or call this channel with JSONClient.</source>
        <translation>HTTP %1 z JSON-em, który nie jest odpowiedzią dyspozytora (brak zato_env): to wygląda na zwykły kanał REST. Skieruj AnyServiceInvoker na kanał zato.service.invoke albo wywołaj ten kanał przez JSONClient.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The header %1 holds &quot;%2&quot;, which is not a page number: Zato&apos;s client cannot read this response.</source>
        <translation>Nagłówek %1 zawiera „%2”, co nie jest numerem strony: klient Zato nie może odczytać tej odpowiedzi.</translation>
    </message>
</context>
<context>
    <name>SavedRequests</name>
    <message>
        <location filename="../src/core/profile/savedrequests.cpp" line="+96"/>
        <source>The header %1 carries a secret, and saved requests never hold one: remove it and set the profile&apos;s authentication instead.</source>
        <translation>Nagłówek %1 zawiera sekret, a zapisane żądania nigdy go nie przechowują: usuń go i zamiast tego ustaw uwierzytelnianie w profilu.</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <location filename="../src/core/probe/probereport.cpp" line="+25"/>
        <source>No HTTP answer from %1: %2 Check the address, the port and that the server is running.</source>
        <translation>Brak odpowiedzi HTTP od %1: %2 Sprawdź adres, port i czy serwer działa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answers HTTP, but nothing there answers as a Zato server does: no ping, no dispatcher, no invoke API, no &quot;URL not found (CID: …)&quot;. Check the address and the port (a Zato server listens on 17010, its load balancer on 11223).</source>
        <translation>%1 odpowiada przez HTTP, ale nic nie odpowiada tam tak jak serwer Zato: brak pingu, brak dispatchera, brak invoke API, brak &quot;URL not found (CID: …)&quot;. Sprawdź adres i port (serwer Zato nasłuchuje na 17010, jego load balancer na 11223).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a Zato 3.2 (or 3.3) server: it has the zato.service.invoke dispatcher at /zato/admin/invoke and the public invoke API at /zato/api/invoke/{service}.</source>
        <translation>To serwer Zato 3.2 (lub 3.3): ma dispatcher zato.service.invoke pod /zato/admin/invoke i publiczne invoke API pod /zato/api/invoke/{service}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a Zato 4.1 server built before May 2026: it has the zato.service.invoke dispatcher at /zato/admin/invoke and no invoke API at /zato/api/invoke.</source>
        <translation>To serwer Zato 4.1 zbudowany przed majem 2026: ma dispatcher zato.service.invoke pod /zato/admin/invoke i nie ma invoke API pod /zato/api/invoke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a Zato 4.1 server: it has no zato.service.invoke dispatcher; its invoke API at /zato/api/invoke/{service} takes the admin.invoke user.</source>
        <translation>To serwer Zato 4.1: nie ma dispatchera zato.service.invoke; jego invoke API pod /zato/api/invoke/{service} przyjmuje użytkownika admin.invoke.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a Zato server, but none of its invoke endpoints answered as a known version does.</source>
        <translation>To serwer Zato, ale żaden z jego punktów końcowych invoke nie odpowiedział tak jak znana wersja.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credentials given work with %1.</source>
        <translation>Podane dane uwierzytelniające są akceptowane przez %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credentials given were refused by %1 (401): check the user and the password.</source>
        <translation>Podane dane uwierzytelniające zostały odrzucone przez %1 (401): sprawdź użytkownika i hasło.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user and a password are needed for %1; none were given.</source>
        <translation>Użytkownika i hasła wymaga %1; nie podano ich.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>AnyServiceInvoker will work (point it at /zato/admin/invoke or a channel of zato.service.invoke).</source>
        <translation>AnyServiceInvoker zadziała (skieruj go na /zato/admin/invoke lub na kanał zato.service.invoke).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AnyServiceInvoker will not work: there is no dispatcher. Use the Invoke API or JSONClient.</source>
        <translation>AnyServiceInvoker nie zadziała: nie ma dispatchera. Użyj Invoke API lub JSONClient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSONClient works with any of the server&apos;s REST channels.</source>
        <translation>JSONClient działa z każdym kanałem REST serwera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Invoke API will work, with the %1 user.</source>
        <translation>Invoke API zadziała z użytkownikiem %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Invoke API will not work: /zato/api/invoke answers 404.</source>
        <translation>Invoke API nie zadziała: /zato/api/invoke odpowiada 404.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dispatcher</source>
        <translation>dispatcher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the invoke API</source>
        <translation>invoke API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A wrong method gets 405 with the Allow list (%1).</source>
        <translation>Błędna metoda dostaje 405 z listą Allow (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A wrong method gets 404, not 405.</source>
        <translation>Błędna metoda dostaje 404, a nie 405.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How a wrong method is answered was not checked (name a channel with a fixed method, or give admin.invoke credentials on a 4.1 server).</source>
        <translation>Nie sprawdzono, jak odpowiadana jest błędna metoda (wskaż kanał ze stałą metodą albo podaj dane admin.invoke na serwerze 4.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The X-Zato-CID header is on.</source>
        <translation>Nagłówek X-Zato-CID jest włączony.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The X-Zato-CID header is off: the CID is in error bodies only.</source>
        <translation>Nagłówek X-Zato-CID jest wyłączony: CID jest tylko w treści błędów.</translation>
    </message>
    <message>
        <location filename="../src/core/probe/serverprobe.cpp" line="+106"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+52"/>
        <location line="+39"/>
        <location line="+76"/>
        <source>No HTTP answer: %1</source>
        <translation>Brak odpowiedzi HTTP: %1</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Answers as Zato 4.1 does (is_ok and a CID).</source>
        <translation>Odpowiada tak jak Zato 4.1 (is_ok i CID).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers as Zato 3.2 does (pong).</source>
        <translation>Odpowiada tak jak Zato 3.2 (pong).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ping channel (404).</source>
        <translation>Brak kanału ping (404).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1: not what a Zato ping answers.</source>
        <translation>HTTP %1: nie tak odpowiada ping Zato.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No zato.service.invoke dispatcher at this path (404).</source>
        <translation>Brak dispatchera zato.service.invoke pod tą ścieżką (404).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dispatcher is there; it refused the credentials given (401).</source>
        <translation>Dispatcher istnieje; odrzucił podane dane uwierzytelniające (401).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dispatcher is there, behind Basic Auth (401).</source>
        <translation>Dispatcher istnieje, chroniony przez Basic Auth (401).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dispatcher answered zato.ping.</source>
        <translation>Dispatcher odpowiedział na zato.ping.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP %1: not what the dispatcher answers.</source>
        <translation>HTTP %1: nie tak odpowiada dispatcher.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No invoke API at /zato/api/invoke (404).</source>
        <translation>Brak invoke API pod /zato/api/invoke (404).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The invoke API is there (realm &quot;%1&quot;); it refused the credentials given (401).</source>
        <translation>Invoke API istnieje (realm „%1”); odrzuciło podane dane uwierzytelniające (401).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The invoke API is there, behind Basic Auth (realm &quot;%1&quot;).</source>
        <translation>Invoke API istnieje, chronione przez Basic Auth (realm „%1”).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The invoke API answered zato.ping.</source>
        <translation>Invoke API odpowiedziało na zato.ping.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invoke API took the credentials (HTTP 400: it has no zato.ping).</source>
        <translation>Invoke API przyjęło dane uwierzytelniające (HTTP 400: nie ma zato.ping).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP %1: not what the invoke API answers.</source>
        <translation>HTTP %1: nie tak odpowiada invoke API.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>A wrong method gets 405, Allow: %1.</source>
        <translation>Błędna metoda dostaje 405, Allow: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A wrong method gets 404, as Zato 3.2 and 4.1 before July 2026 answer.</source>
        <translation>Błędna metoda dostaje 404, tak jak odpowiadają Zato 3.2 i 4.1 sprzed lipca 2026.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HTTP %1: this channel takes that method too; name a channel with one fixed method.</source>
        <translation>HTTP %1: ten kanał przyjmuje również tę metodę; wskaż kanał z jedną stałą metodą.</translation>
    </message>
</context>
<context>
    <name>TlsSettings</name>
    <message>
        <location filename="../src/core/invoke/tlsconfig.cpp" line="+35"/>
        <source>Cannot read the client certificate %1: %2</source>
        <translation>Nie można odczytać certyfikatu klienta %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a PKCS#12 file without a passphrase.</source>
        <translation>%1 nie jest plikiem PKCS#12 bez hasła.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 nie zawiera certyfikatu PEM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the client key %1: %2</source>
        <translation>Nie można odczytać klucza klienta %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds no unencrypted PEM private key.</source>
        <translation>%1 nie zawiera niezaszyfrowanego klucza prywatnego PEM.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Nie można odczytać pliku CA %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CA file %1 holds no certificate (PEM or DER).</source>
        <translation>Plik CA %1 nie zawiera certyfikatu (PEM ani DER).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No client certificate is chosen: the front end&apos;s client certificate headers are made from one. Choose it in Connection settings (or --client-cert).</source>
        <translation>Nie wybrano certyfikatu klienta: nagłówki certyfikatu klienta frontendu powstają z niego. Wybierz go w ustawieniach połączenia (lub --client-cert).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(certificate of %1, issued by %2, valid until %3)</source>
        <translation>(certyfikat %1, wystawiony przez %2, ważny do %3)</translation>
    </message>
</context>
<context>
    <name>TokenExchange</name>
    <message>
        <location filename="../src/core/oauth/tokenexchange.cpp" line="+68"/>
        <source>Check the client id and the client secret, and the names of their fields.</source>
        <translation>Sprawdź identyfikator i sekret klienta oraz nazwy ich pól.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the scopes: the client may not ask for one of them.</source>
        <translation>Sprawdź zakresy: klient nie może prosić o jeden z nich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint does not give this client tokens by the client credentials grant.</source>
        <translation>Punkt końcowy nie wydaje temu klientowi tokenów w ramach przyznania client credentials.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the body format (form or JSON), the field names and the extra fields.</source>
        <translation>Sprawdź format treści (formularz lub JSON), nazwy pól i pola dodatkowe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the token URL and the client&apos;s settings at the identity provider.</source>
        <translation>Sprawdź adres URL tokenu i ustawienia klienta u dostawcy tożsamości.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token endpoint refused the request: %1. %2</source>
        <translation>Punkt końcowy tokenów odrzucił żądanie: %1. %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The token URL is empty: enter the URL of the identity provider&apos;s token endpoint, such as https://idp.example.com/oauth/token.</source>
        <translation>Adres URL tokenu jest pusty: wpisz adres punktu końcowego tokenów dostawcy tożsamości, np. https://idp.example.com/oauth/token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token URL &quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>Adres URL tokenu „%1” nie jest adresem http:// ani https:// z hostem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client id is empty: enter the id the identity provider gave the client.</source>
        <translation>Identyfikator klienta jest pusty: wpisz identyfikator nadany klientowi przez dostawcę tożsamości.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client secret is empty: enter the secret the identity provider gave the client.</source>
        <translation>Sekret klienta jest pusty: wpisz sekret nadany klientowi przez dostawcę tożsamości.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An extra field of the token request has no name.</source>
        <translation>Dodatkowe pole żądania tokenu nie ma nazwy.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot get a token from %1: %2</source>
        <translation>Nie można pobrać tokenu z %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token endpoint %1 answered %2 %3, not a token. Check the token URL.</source>
        <translation>Punkt końcowy tokenów %1 odpowiedział %2 %3 zamiast tokenu. Sprawdź adres URL tokenu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no content type</source>
        <translation>bez typu treści</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token endpoint %1 answered with %2, not a JSON token: is it the identity provider&apos;s token endpoint, and not a login page?</source>
        <translation>Punkt końcowy tokenów %1 odpowiedział treścią %2, a nie tokenem JSON: czy to punkt końcowy tokenów dostawcy tożsamości, a nie strona logowania?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token endpoint&apos;s answer holds no access_token.</source>
        <translation>Odpowiedź punktu końcowego tokenów nie zawiera access_token.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token endpoint gave a token of type &quot;%1&quot;: only Bearer tokens can be sent to a Zato channel.</source>
        <translation>Punkt końcowy tokenów zwrócił token typu „%1”: do kanału Zato można wysyłać tylko tokeny Bearer.</translation>
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
        <translation>nie podano (odpowiedź nie ma expires_in, a token nie ma exp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (in %2)</source>
        <translation>%1 (za %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (expired %2 ago)</source>
        <translation>%1 (wygasł %2 temu)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token from %1, kept from an earlier answer
</source>
        <translation>Token z %1, zachowany z wcześniejszej odpowiedzi
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token from %1: %2 in %3 ms
</source>
        <translation>Token z %1: %2 w %3 ms
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type: %1
</source>
        <translation>typ: %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scope: %1
</source>
        <translation>zakres: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires: %1
</source>
        <translation>wygasa: %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JWT header:
%1
JWT claims:
%2
</source>
        <translation>Nagłówek JWT:
%1
Oświadczenia JWT:
%2
</translation>
    </message>
</context>
<context>
    <name>TransportErrors</name>
    <message>
        <location filename="../src/core/invoke/transporterror.cpp" line="+39"/>
        <source>Connection refused by %1: no server is listening there. Check the address and port, and that the server is running.</source>
        <translation>Połączenie odrzucone przez %1: nie nasłuchuje tam żaden serwer. Sprawdź adres i port oraz czy serwer działa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host name &quot;%1&quot; could not be resolved. Check the server address.</source>
        <translation>Nie udało się rozwiązać nazwy hosta „%1”. Sprawdź adres serwera.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The TLS handshake with %1 failed: %2. Check the certificate, or use http:// if the server does not speak TLS.</source>
        <translation>Uzgadnianie TLS z %1 nie powiodło się: %2. Sprawdź certyfikat albo użyj http://, jeśli serwer nie obsługuje TLS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 closed the connection before the response was complete. The request was sent once and not sent again: the service may have run, so check on the server before you call again.</source>
        <translation>%1 zamknął połączenie, zanim odpowiedź była kompletna. Żądanie zostało wysłane raz i nie zostało wysłane ponownie: usługa mogła się wykonać, więc sprawdź to na serwerze przed ponownym wywołaniem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to %1 timed out.</source>
        <translation>Przekroczono limit czasu połączenia z %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy failed: %1</source>
        <translation>Błąd proxy: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent a response that is not valid HTTP: %2</source>
        <translation>%1 wysłał odpowiedź, która nie jest prawidłowym HTTP: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent a response whose body cannot be read: %2</source>
        <translation>%1 wysłał odpowiedź, której treści nie da się odczytać: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call to %1 failed: %2</source>
        <translation>Wywołanie %1 nie powiodło się: %2</translation>
    </message>
</context>
<context>
    <name>zato_desk</name>
    <message>
        <location filename="../src/app/main.cpp" line="+50"/>
        <source>Call Zato services and see exactly what went over the wire.</source>
        <translation>Wywołuj usługi Zato i zobacz dokładnie, co zostało przesłane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the built-in demo servers (Zato 3.2 and 4.1) and fill the fields for one of them, customer 123.</source>
        <translation>Uruchom wbudowane serwery demonstracyjne (Zato 3.2 i 4.1) i wypełnij pola dla jednego z nich, klient 123.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --demo: start on the demo server of this Zato version, 3.2 (the default) or 4.1.</source>
        <translation>Z --demo: zacznij od serwera demonstracyjnego tej wersji Zato, 3.2 (domyślnie) lub 4.1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Get the customer as soon as the window shows.</source>
        <translation>Pobierz klienta, gdy tylko pojawi się okno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the first call, save the window to FILE and quit.</source>
        <translation>Po pierwszym wywołaniu zapisz okno do PLIKU i zakończ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit when the window is first shown (start-up timing).</source>
        <translation>Zakończ, gdy okno pojawi się po raz pierwszy (pomiar czasu startu).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with this client: any, json or api.</source>
        <translation>Zacznij od tego klienta: any, json lub api.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with this customer ID.</source>
        <translation>Zacznij od tego identyfikatora klienta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with this JSONClient path.</source>
        <translation>Zacznij od tej ścieżki JSONClient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit when the first call has finished (measurements).</source>
        <translation>Zakończ po zakończeniu pierwszego wywołania (pomiary).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the matrix view, run it, save it to FILE and quit.</source>
        <translation>Otwórz widok macierzy, uruchom go, zapisz do PLIKU i zakończ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speak this language for this run: en, de or pl.</source>
        <translation>Używaj tego języka w tym uruchomieniu: en, de lub pl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this colour scheme for this run: system, light or dark.</source>
        <translation>Używaj tego schematu kolorów w tym uruchomieniu: system, light lub dark.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--zato takes 3.2 or 4.1, not &quot;%1&quot;.</source>
        <translation>--zato przyjmuje 3.2 lub 4.1, nie „%1”.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Demo servers running: Zato 3.2 at %1, Zato 4.1 at %2</source>
        <translation>Serwery demonstracyjne działają: Zato 3.2 pod %1, Zato 4.1 pod %2</translation>
    </message>
</context>
<context>
    <name>zd::AccessImportDialog</name>
    <message>
        <location filename="../ui/accessimportdialog.ui" line="+29"/>
        <source>&amp;Enmasse file:</source>
        <translation>Plik &amp;enmasse:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a Zato enmasse file (.yaml), 4.1 or 3.2</source>
        <translation>plik enmasse Zato (.yaml), 4.1 lub 3.2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;nv file:</source>
        <translation>Plik e&amp;nv:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional: NAME=value lines for the file&apos;s ${NAME} references</source>
        <translation>opcjonalnie: wiersze NAZWA=wartość dla odwołań ${NAME} w pliku</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bro&amp;wse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server to &amp;test:</source>
        <translation>Serwer do &amp;testów:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Admin &amp;user:</source>
        <translation>&amp;Użytkownik administratora:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Admin &amp;password:</source>
        <translation>&amp;Hasło administratora:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;OpenAPI:</source>
        <translation>&amp;OpenAPI:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional: the payloads from an OpenAPI file, or from an OpenAPI channel of the server, by name</source>
        <translation>opcjonalnie: dane z pliku OpenAPI albo z kanału OpenAPI serwera, po nazwie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brow&amp;se…</source>
        <translation>P&amp;rzeglądaj…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>What will be created</source>
        <translation>Co zostanie utworzone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secret or payload</source>
        <translation>Sekret lub dane</translation>
    </message>
    <message>
        <location filename="../src/widgets/accessimportdialog.cpp" line="+36"/>
        <source>HTTP Basic, user %1</source>
        <translation>HTTP Basic, użytkownik %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key in %1</source>
        <translation>Klucz API w %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token</source>
        <translation>Token Bearer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no row</source>
        <translation>%1: bez wiersza</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+40"/>
        <source>Import server configuration</source>
        <translation>Importuj konfigurację serwera</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Discover from server</source>
        <translation>Odkryj z serwera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads a Zato enmasse file (4.1 or 3.2) and makes the access test its configuration decides: each security definition, no credentials and each definition with a wrong secret, against each REST channel, every cell with the outcome it must have and why.</source>
        <translation>Wczytuje plik enmasse Zato (4.1 lub 3.2) i tworzy test dostępu wynikający z jego konfiguracji: każda definicja zabezpieczeń, brak danych uwierzytelniających i każda definicja z błędnym sekretem wobec każdego kanału REST, każda komórka z wynikiem, jaki musi mieć, i powodem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks a running Zato 4.1 server&apos;s admin services, as its admin.invoke definition, for its security definitions, groups and REST channels, and makes the access test they decide. Nothing on the server is changed. The server never gives a secret: type those you want rows for in the preview.</source>
        <translation>Pyta usługi administracyjne działającego serwera Zato 4.1, jako jego definicja admin.invoke, o definicje zabezpieczeń, grupy i kanały REST, i tworzy wynikający z nich test dostępu. Na serwerze nic się nie zmienia. Serwer nigdy nie podaje sekretów: wpisz w podglądzie te, dla których chcesz mieć wiersze.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+136"/>
        <source>&amp;Read</source>
        <translation>&amp;Wczytaj</translation>
    </message>
    <message>
        <location line="-136"/>
        <location line="+136"/>
        <source>&amp;Discover</source>
        <translation>O&amp;dkryj</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Create &amp;matrix</source>
        <translation>Utwórz &amp;macierz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the file, then Read.</source>
        <translation>Wybierz plik, potem Wczytaj.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the server, then Discover.</source>
        <translation>Podaj serwer, potem Odkryj.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enmasse files (*.yaml *.yml)</source>
        <translation>Pliki enmasse (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Env file</source>
        <translation>Plik env</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Env files (*.env)</source>
        <translation>Pliki env (*.env)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenAPI document</source>
        <translation>Dokument OpenAPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAPI documents (*.yaml *.yml *.json)</source>
        <translation>Dokumenty OpenAPI (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The server&apos;s address must start with http:// or https:// and name a host, such as http://127.0.0.1:17010.</source>
        <translation>Adres serwera musi zaczynać się od http:// lub https:// i wskazywać host, np. http://127.0.0.1:17010.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../src/widgets/accessimportopenapi.cpp" line="+59"/>
        <source>Asking %1…</source>
        <translation>Pytam %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the enmasse file to read.</source>
        <translation>Wybierz plik enmasse do wczytania.</translation>
    </message>
    <message>
        <location filename="../src/widgets/accessimportopenapi.cpp" line="-25"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>OpenAPI operation %1 is no REST channel of the configuration: not tested.</source>
        <translation>Operacja OpenAPI %1 nie jest kanałem REST konfiguracji: nie jest testowana.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is read with a Basic Auth definition&apos;s user and password: type one&apos;s secret, then %2 again.</source>
        <translation>%1 odczytuje się użytkownikiem i hasłem definicji Basic Auth: wpisz sekret jednej z nich, potem ponownie %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/accessimportdialog.cpp" line="+33"/>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nuluj</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was created: %1</source>
        <translation>Nic nie utworzono: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Credentials (%1)</source>
        <translation>Dane uwierzytelniające (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from the file</source>
        <translation>z pliku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>given</source>
        <translation>podany</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secret of %1</source>
        <translation>Sekret %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a token, to test it</source>
        <translation>token, aby to przetestować</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown: type it to test this row</source>
        <translation>nieznany: wpisz, aby przetestować ten wiersz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Channels (%1)</source>
        <translation>Kanały (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The payload from the OpenAPI document: %1</source>
        <translation>Dane z dokumentu OpenAPI: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings (%1)</source>
        <translation>Ostrzeżenia (%1)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Create matrix makes %1 rows (each credential with its secret, no credentials, each credential with a wrong secret) by %2 channels: %3 cells for %4, each with the outcome it must have and why.</source>
        <translation>„Utwórz macierz” da wiersze: %1 (każde dane uwierzytelniające z ich sekretem, brak danych, każde z błędnym sekretem), kanały: %2, czyli komórki: %3 dla %4, każda z wynikiem, jaki musi mieć, i powodem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cells of %1 have no expectation: RBAC decides.</source>
        <translation>Komórki %1 nie mają oczekiwania: decyduje RBAC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is saved until you save the matrix; the secrets go to the keychain only.</source>
        <translation>Nic nie zostanie zapisane, dopóki nie zapiszesz macierzy; sekrety trafiają tylko do pęku kluczy.</translation>
    </message>
</context>
<context>
    <name>zd::BodyKind</name>
    <message numerus="yes">
        <location filename="../src/core/view/bodykind.cpp" line="+96"/>
        <source>… %n more byte(s) not shown</source>
        <translation>
            <numerusform>… %n bajt więcej nie jest pokazany</numerusform>
            <numerusform>… %n bajty więcej nie są pokazane</numerusform>
            <numerusform>… %n bajtów więcej nie jest pokazanych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zd::BodyTexts</name>
    <message>
        <location filename="../src/widgets/bodytexts.cpp" line="+29"/>
        <source>(%1 bytes that are not UTF-8 text: shown as hex under Raw response)</source>
        <translation>(%1 bajtów, które nie są tekstem UTF-8: pokazane szesnastkowo w „Surowa odpowiedź”)</translation>
    </message>
</context>
<context>
    <name>zd::Call</name>
    <message>
        <location filename="../src/core/invoke/call.cpp" line="+114"/>
        <source>Cannot write the response to %1: %2. Choose another file; nothing was sent.</source>
        <translation>Nie można zapisać odpowiedzi do %1: %2. Wybierz inny plik; nic nie wysłano.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The response from %1 is larger than %2, the most a call holds, so the call was stopped. Raise the limit if you expect an answer this large, or save the body to a file.</source>
        <translation>Odpowiedź z %1 jest większa niż %2, najwięcej, ile mieści wywołanie, więc wywołanie zatrzymano. Podnieś limit, jeśli oczekujesz tak dużej odpowiedzi, lub zapisz treść do pliku.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 bajtów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No complete response from %1 within %2 s. The server may be hanging or slow; try again or raise the timeout.</source>
        <translation>Brak pełnej odpowiedzi od %1 w ciągu %2 s. Serwer może się zawiesił lub działa wolno; spróbuj ponownie lub zwiększ limit czasu.</translation>
    </message>
    <message>
        <location filename="../src/core/invoke/callbody.cpp" line="+93"/>
        <source>The body, %1 bytes, was saved to %2 and not read.</source>
        <translation>Treść, %1 bajtów, zapisano w %2 i nie odczytano.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the response to %1 failed: %2. Nothing was saved; free some space or choose another file.</source>
        <translation>Zapis odpowiedzi do %1 nie powiódł się: %2. Nic nie zapisano; zwolnij miejsce lub wybierz inny plik.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No complete response from %1 within %2 s. Nothing was saved.</source>
        <translation>Brak pełnej odpowiedzi z %1 w ciągu %2 s. Nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The response could not be saved to %1: %2.</source>
        <translation>Nie udało się zapisać odpowiedzi w %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/invoke/call.cpp" line="-135"/>
        <location line="+140"/>
        <location line="+31"/>
        <location filename="../src/core/invoke/callbody.cpp" line="-10"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The server&apos;s certificate was refused: %1. Add its CA file to the connection settings, or switch verification off if you trust this server.</source>
        <translation>Certyfikat serwera został odrzucony: %1. Dodaj jego plik CA w ustawieniach połączenia albo wyłącz weryfikację, jeśli ufasz temu serwerowi.</translation>
    </message>
</context>
<context>
    <name>zd::CallSession</name>
    <message>
        <location filename="../src/core/call/callsession.cpp" line="+146"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
</context>
<context>
    <name>zd::ComparePanel</name>
    <message>
        <location filename="../src/widgets/comparepanel.cpp" line="+17"/>
        <location line="+65"/>
        <source>&amp;Pin this response</source>
        <translation>&amp;Przypnij tę odpowiedź</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Each response is compared with the previous one to the same call, or with a pinned one.</source>
        <translation>Każda odpowiedź jest porównywana z poprzednią na to samo wywołanie albo z przypiętą.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Path</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only successful responses are compared.</source>
        <translation>Porównywane są tylko udane odpowiedzi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No previous response to this call yet: the next one will be compared with this.</source>
        <translation>Nie ma jeszcze poprzedniej odpowiedzi na to wywołanie: następna zostanie porównana z tą.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with the pinned response of %1</source>
        <translation>Porównano z przypiętą odpowiedzią z %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with the previous response to this call, of %1</source>
        <translation>Porównano z poprzednią odpowiedzią na to wywołanie, z %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the data are equal.</source>
        <translation>%1: dane są równe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: more than %2 differences; the first %2 are listed.</source>
        <translation>%1: ponad %2 różnic; wymieniono pierwsze %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n difference(s).</source>
        <translation>
            <numerusform>%1: %n różnica.</numerusform>
            <numerusform>%1: %n różnice.</numerusform>
            <numerusform>%1: %n różnic.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>added</source>
        <translation>dodano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>usunięto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>zmieniono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the whole data)</source>
        <translation>(całe dane)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Unpin</source>
        <translation>&amp;Odepnij</translation>
    </message>
</context>
<context>
    <name>zd::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.ui" line="+12"/>
        <source>Connection settings</source>
        <translation>Ustawienia połączenia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra &amp;CA file:</source>
        <translation>Dodatkowy plik &amp;CA:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extra CA certificate file</source>
        <translation>Dodatkowy plik certyfikatu CA</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+30"/>
        <location line="+30"/>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Choose the extra CA file</source>
        <translation>Wybierz dodatkowy plik CA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;lient certificate:</source>
        <translation>Certyfikat k&amp;lienta:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client certificate file</source>
        <translation>Plik certyfikatu klienta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the client certificate file</source>
        <translation>Wybierz plik certyfikatu klienta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client &amp;key:</source>
        <translation>&amp;Klucz klienta:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client key file</source>
        <translation>Plik klucza klienta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the client key file</source>
        <translation>Wybierz plik klucza klienta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do &amp;not verify the server certificate</source>
        <translation>&amp;Nie weryfikuj certyfikatu serwera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not verify the server certificate</source>
        <translation>Nie weryfikuj certyfikatu serwera</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Warning: anyone between you and the server can read and change these calls, passwords included.</source>
        <translation>Uwaga: każdy między tobą a serwerem może odczytać i zmienić te wywołania, łącznie z hasłami.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send the TLS &amp;front end&apos;s client certificate headers</source>
        <translation>Wyślij nagłówki certyfikatu klienta z &amp;frontendu TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the TLS front end&apos;s client certificate headers</source>
        <translation>Wyślij nagłówki certyfikatu klienta z frontendu TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>X-Zato-SSL-Client-Verify, -SHA256 and -Subject-DN, made from the client certificate above, as Zato&apos;s TLS front end sets them for a certificate it has verified</source>
        <translation>X-Zato-SSL-Client-Verify, -SHA256 i -Subject-DN, utworzone z certyfikatu klienta powyżej, tak jak frontend TLS Zato ustawia je dla zweryfikowanego certyfikatu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a server reached directly, without its TLS front end, reads these headers: the front end removes them. Use it on a development server, never as a way in.</source>
        <translation>Tylko serwer osiągany bezpośrednio, bez swojego frontendu TLS, czyta te nagłówki: frontend je usuwa. Używaj tego na serwerze deweloperskim, nigdy jako sposobu wejścia.</translation>
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
        <translation>Ustawienia systemowe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No proxy</source>
        <translation>Bez proxy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual</source>
        <translation>Ręcznie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy host</source>
        <translation>Host proxy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy port</source>
        <translation>Port proxy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy user</source>
        <translation>Użytkownik proxy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;word:</source>
        <translation>Has&amp;ło:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy password</source>
        <translation>Hasło proxy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Calls</source>
        <translation>Wywołania</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Limit czasu:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timeout in seconds</source>
        <translation>Limit czasu w sekundach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/widgets/connectiondialog.cpp" line="+36"/>
        <source>Extra CA file</source>
        <translation>Dodatkowy plik CA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certyfikaty (*.pem *.crt *.cer);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificate</source>
        <translation>Certyfikat klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)</source>
        <translation>Certyfikaty (*.pem *.crt *.cer *.p12 *.pfx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client key</source>
        <translation>Klucz klienta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private keys (*.key *.pem);;All files (*)</source>
        <translation>Klucze prywatne (*.key *.pem);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>zd::ConnectionPanel</name>
    <message>
        <location filename="../ui/connectionpanel.ui" line="+6"/>
        <source>Connection</source>
        <translation>Połączenie</translation>
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
        <translation>Działania na profilu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection settings…</source>
        <translation>Połączenie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection settings</source>
        <translation>Ustawienia połączenia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Adres serwera:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+45"/>
        <location line="+45"/>
        <location line="+45"/>
        <location line="+339"/>
        <source>Field error</source>
        <translation>Błąd pola</translation>
    </message>
    <message>
        <location line="-467"/>
        <source>AnyServiceInvoker &amp;path:</source>
        <translation>&amp;Ścieżka AnyServiceInvoker:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AnyServiceInvoker channel path</source>
        <translation>Ścieżka kanału AnyServiceInvoker</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>JSONClient pat&amp;h:</source>
        <translation>Ścież&amp;ka JSONClient:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>JSONClient channel path</source>
        <translation>Ścieżka kanału JSONClient</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Invoke API pa&amp;th:</source>
        <translation>Ścieżka API &amp;wywołań:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoke API path</source>
        <translation>Ścieżka API wywołań</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Authenti&amp;cation:</source>
        <translation>&amp;Uwierzytelnianie:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Authentication</source>
        <translation>Uwierzytelnianie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User name:</source>
        <translation>Nazwa &amp;użytkownika:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>User name hint</source>
        <translation>Wskazówka o nazwie użytkownika</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;word:</source>
        <translation>Has&amp;ło:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Show</source>
        <translation>P&amp;okaż</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show passwords</source>
        <translation>Pokaż hasła</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API &amp;key header:</source>
        <translation>&amp;Nagłówek klucza API:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API key header</source>
        <translation>Nagłówek klucza API</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API ke&amp;y:</source>
        <translation>&amp;Klucz API:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/widgets/connectionpanel.cpp" line="+22"/>
        <source>API key</source>
        <translation>Klucz API</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bea&amp;rer token:</source>
        <translation>&amp;Token Bearer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/widgets/connectionpanel.cpp" line="+1"/>
        <source>Bearer token</source>
        <translation>Token Bearer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token &amp;URL:</source>
        <translation>Adres U&amp;RL tokenu:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token URL</source>
        <translation>Adres URL tokenu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://idp.example.com/oauth/token</source>
        <translation>https://idp.example.com/oauth/token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client I&amp;D:</source>
        <translation>ID klien&amp;ta:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client ID</source>
        <translation>ID klienta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client sec&amp;ret:</source>
        <translation>Sekret klie&amp;nta:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client secret</source>
        <translation>Sekret klienta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scopes:</source>
        <translation>Zakresy:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scopes</source>
        <translation>Zakresy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space-separated, optional</source>
        <translation>Oddzielone spacjami, opcjonalne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Get to&amp;ken…</source>
        <translation>Pobierz tok&amp;en…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token re&amp;quest…</source>
        <translation>&amp;Zapytanie o token…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invoke API us&amp;er:</source>
        <translation>&amp;Użytkownik API wywołań:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoke API user</source>
        <translation>Użytkownik API wywołań</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: the user name above</source>
        <translation>Puste: nazwa użytkownika powyżej</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoke API passw&amp;ord:</source>
        <translation>Hasł&amp;o API wywołań:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoke API password</source>
        <translation>Hasło API wywołań</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty user: the password above</source>
        <translation>Pusty użytkownik: hasło powyżej</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ser&amp;vice:</source>
        <translation>U&amp;sługa:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service name</source>
        <translation>Nazwa usługi</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Certificate warning</source>
        <translation>Ostrzeżenie o certyfikacie</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Keychain warning</source>
        <translation>Ostrzeżenie o pęku kluczy</translation>
    </message>
    <message>
        <location filename="../src/widgets/connectionpanel.cpp" line="-3"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth2 token</source>
        <translation>Token OAuth2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the channels authenticate: no credentials, HTTP Basic (a user and a password), an API key in a header, a bearer token (Authorization: Bearer), or a bearer token got from an OAuth2 token endpoint with a client id and secret. The Invoke API&apos;s own user below always uses HTTP Basic.</source>
        <translation>Jak uwierzytelniają się kanały: bez poświadczeń, HTTP Basic (użytkownik i hasło), klucz API w nagłówku, token bearer (Authorization: Bearer) albo token bearer pobrany z punktu końcowego tokenów OAuth2 przy użyciu identyfikatora i sekretu klienta. Własny użytkownik API wywołań poniżej zawsze używa HTTP Basic.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The identity provider&apos;s token endpoint. A token is asked for there by the client credentials grant before the first call, and kept until shortly before it expires.</source>
        <translation>Punkt końcowy tokenów dostawcy tożsamości. Przed pierwszym wywołaniem prosi się tam o token w ramach przyznania client credentials i zachowuje go do chwili tuż przed wygaśnięciem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client&apos;s secret. Like every password, it is kept in the system keychain only.</source>
        <translation>Sekret klienta. Jak każde hasło jest przechowywany tylko w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scopes to ask for, separated by spaces; empty: none asked for.</source>
        <translation>Zakresy, o które prosić, oddzielone spacjami; puste: żadne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the token endpoint for a token now and show what it says: its expiry, and a JWT&apos;s header and claims.</source>
        <translation>Poproś teraz punkt końcowy o token i pokaż, co mówi: kiedy wygasa oraz nagłówek i oświadczenia JWT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A JSON body instead of a form, other field names, extra fields such as an audience.</source>
        <translation>Treść JSON zamiast formularza, inne nazwy pól, dodatkowe pola, np. audience.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The header the key goes in, as the channel&apos;s security definition names it; empty: X-API-Key.</source>
        <translation>Nagłówek, w którym wysyłany jest klucz, tak jak nazywa go definicja zabezpieczeń kanału; puste: X-API-Key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key, sent as the header&apos;s whole value. Like every password, it is kept in the system keychain only.</source>
        <translation>Klucz API wysyłany jako cała wartość nagłówka. Jak każde hasło jest przechowywany wyłącznie w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bearer token, sent as Authorization: Bearer &lt;token&gt;. Like every password, it is kept in the system keychain only.</source>
        <translation>Token Bearer wysyłany jako Authorization: Bearer &lt;token&gt;. Jak każde hasło jest przechowywany wyłącznie w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user of the Invoke API channel, when it is not the user name above (a 3.2 server&apos;s API takes &quot;pubapi&quot;, a 4.1 server&apos;s &quot;admin.invoke&quot;). Leave it empty to call the API with the user name and password above.</source>
        <translation>Użytkownik kanału API wywołań, jeśli nie jest nim użytkownik powyżej (API serwera 3.2 przyjmuje „pubapi”, serwera 4.1 „admin.invoke”). Zostaw puste, aby wywołać API z nazwą użytkownika i hasłem powyżej.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password of the Invoke API user. Like every password, it is kept in the system keychain only.</source>
        <translation>Hasło użytkownika API wywołań. Jak każde hasło jest przechowywane tylko w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Certificate verification is off for this connection: anyone between you and the server can read and change these calls, passwords included.</source>
        <translation>Weryfikacja certyfikatu jest wyłączona dla tego połączenia: każdy między tobą a serwerem może odczytać i zmienić te wywołania, łącznie z hasłami.</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+4"/>
        <source>Details: %1</source>
        <translation>Szczegóły: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The user name is empty: the password is sent with an empty user name.</source>
        <translation>Nazwa użytkownika jest pusta: hasło zostanie wysłane z pustą nazwą użytkownika.</translation>
    </message>
</context>
<context>
    <name>zd::CredentialResolver</name>
    <message>
        <location filename="../src/core/rbac/credentialresolver.cpp" line="+34"/>
        <source>Row &quot;%1&quot; names the profile &quot;%2&quot;, which does not exist.</source>
        <translation>Wiersz „%1” wskazuje profil „%2”, który nie istnieje.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row &quot;%1&quot; calls with an OAuth2 token: name the profile that holds its token endpoint with &quot;profile&quot;.</source>
        <translation>Wiersz „%1” wywołuje z tokenem OAuth2: wskaż w „profile” profil z jego punktem końcowym tokenów.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Row &quot;%1&quot;: no password is saved for the profile &quot;%2&quot;; save it with the profile.</source>
        <translation>Wiersz „%1”: dla profilu „%2” nie zapisano hasła; zapisz je razem z profilem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row &quot;%1&quot;: the password of the profile &quot;%2&quot; cannot be read, %3.</source>
        <translation>Wiersz „%1”: nie można odczytać hasła profilu „%2”, %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>Row &quot;%1&quot;: the environment variable %2 is not set.</source>
        <translation>Wiersz „%1”: zmienna środowiskowa %2 nie jest ustawiona.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Row &quot;%1&quot; has no password: give it a &quot;password_env&quot; or a &quot;profile&quot;, or set its password in the matrix view.</source>
        <translation>Wiersz „%1” nie ma hasła: nadaj mu „password_env” lub „profile” albo ustaw jego hasło w widoku macierzy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row &quot;%1&quot;: its password cannot be read, %2.</source>
        <translation>Wiersz „%1”: nie można odczytać jego hasła, %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Row &quot;%1&quot;: its profile keeps no client secret; save it with the profile.</source>
        <translation>Wiersz „%1”: jego profil nie przechowuje sekretu klienta; zapisz go z profilem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row &quot;%1&quot; has no API key: give it an &quot;api_key_env&quot;, or a &quot;profile&quot; that keeps one.</source>
        <translation>Wiersz „%1” nie ma klucza API: podaj mu &quot;api_key_env&quot; albo &quot;profile&quot;, który go przechowuje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row &quot;%1&quot; has no bearer token: give it a &quot;token_env&quot;, or a &quot;profile&quot; that keeps one.</source>
        <translation>Wiersz „%1” nie ma tokenu Bearer: podaj mu &quot;token_env&quot; albo &quot;profile&quot;, który go przechowuje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row &quot;%1&quot;: its secret cannot be read, %2.</source>
        <translation>Wiersz „%1”: nie można odczytać jego sekretu, %2.</translation>
    </message>
</context>
<context>
    <name>zd::DemoServers</name>
    <message>
        <location filename="../src/demo/module/demoservers.cpp" line="+35"/>
        <source>The demo servers cannot start: their module cannot be loaded (%1). Reinstall Zato Desk.</source>
        <translation>Nie można uruchomić serwerów demonstracyjnych: nie można wczytać ich modułu (%1). Zainstaluj Zato Desk ponownie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo servers cannot start: %1.</source>
        <translation>Nie można uruchomić serwerów demonstracyjnych: %1.</translation>
    </message>
</context>
<context>
    <name>zd::ExchangePanel</name>
    <message>
        <location filename="../ui/exchangepanel.ui" line="+24"/>
        <source>Shown from the history</source>
        <translation>Pokazane z historii</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Save body &amp;as…</source>
        <translation>Zapisz treść &amp;jako…</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Request</source>
        <translation>Żądanie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request as sent</source>
        <translation>Żądanie w postaci wysłanej</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Response</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response as received, pretty-printed</source>
        <translation>Odpowiedź w postaci odebranej, sformatowana</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Raw response</source>
        <translation>Surowa odpowiedź</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response body, raw</source>
        <translation>Treść odpowiedzi, surowa</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Inner service response</source>
        <translation>Wewnętrzna odpowiedź usługi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decoded inner service response</source>
        <translation>Zdekodowana wewnętrzna odpowiedź usługi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both clients</source>
        <translation>Oba klienty</translation>
    </message>
    <message>
        <location filename="../src/widgets/exchangepanel.cpp" line="+31"/>
        <source>Press Both clients to send the same customer ID through AnyServiceInvoker and JSONClient.</source>
        <translation>Naciśnij „Oba klienty”, aby wysłać ten sam identyfikator klienta przez AnyServiceInvoker i JSONClient.</translation>
    </message>
    <message>
        <location filename="../ui/exchangepanel.ui" line="+13"/>
        <source>Both clients side by side</source>
        <translation>Oba klienty obok siebie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer name</source>
        <translation>Nazwisko klienta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP status</source>
        <translation>Status HTTP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client time</source>
        <translation>Czas klienta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server time</source>
        <translation>Czas serwera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correlation ID</source>
        <translation>Identyfikator korelacji</translation>
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
        <translation>Drzewo &amp;danych</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Co&amp;mpare</source>
        <translation>Po&amp;równanie</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(none: this answer carries no response of the service; see Response)</source>
        <translation>(brak: ta odpowiedź nie zawiera odpowiedzi usługi; zobacz Odpowiedź)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(only AnyServiceInvoker responses have one)</source>
        <translation>(mają ją tylko odpowiedzi AnyServiceInvoker)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Formatting the body…</source>
        <translation>Formatowanie treści…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the body…</source>
        <translation>Odczytywanie treści…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>From the history: the call of %1, as it was kept. Get customer calls again.</source>
        <translation>Z historii: wywołanie z %1, tak jak zostało zachowane. „Pobierz klienta” wywołuje ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the history: the call of %1, as it was kept (the first %2 of its %3 bytes of response body). Get customer calls again.</source>
        <translation>Z historii: wywołanie z %1, tak jak zostało zachowane (pierwsze %2 z %3 bajtów treści odpowiedzi). „Pobierz klienta” wywołuje ponownie.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>One call through each client to compare their data, then, if both succeed, %1 more through each, alternating, to time them: %n call(s) in all, one at a time.</source>
        <translation>
            <numerusform>Jedno wywołanie przez każdego klienta, aby porównać dane, potem, jeśli oba się powiodą, %1 kolejnych przez każdego, na przemian, aby zmierzyć czas: łącznie %n wywołanie, jedno po drugim.</numerusform>
            <numerusform>Jedno wywołanie przez każdego klienta, aby porównać dane, potem, jeśli oba się powiodą, %1 kolejnych przez każdego, na przemian, aby zmierzyć czas: łącznie %n wywołania, jedno po drugim.</numerusform>
            <numerusform>Jedno wywołanie przez każdego klienta, aby porównać dane, potem, jeśli oba się powiodą, %1 kolejnych przez każdego, na przemian, aby zmierzyć czas: łącznie %n wywołań, jedno po drugim.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calling both clients…</source>
        <translation>Wywoływanie obu klientów…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (median of %2; the first call %3)</source>
        <translation>%1 (mediana z %2; pierwsze wywołanie %3)</translation>
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
        <translation>nie wysłano</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not both calls succeeded, so the data cannot be compared.</source>
        <translation>Nie oba wywołania się powiodły, więc nie można porównać danych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data are equal (compared as JSON: key order and spacing do not matter).</source>
        <translation>Dane są równe (porównane jako JSON: kolejność kluczy i odstępy nie mają znaczenia).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data differ.</source>
        <translation>Dane się różnią.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save response body</source>
        <translation>Zapisz treść odpowiedzi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body not saved</source>
        <translation>Nie zapisano treści</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1 bytes to %2.</source>
        <translation>Zapisano %1 bajtów do %2.</translation>
    </message>
</context>
<context>
    <name>zd::FindBar</name>
    <message>
        <location filename="../src/widgets/textview/findbar.cpp" line="+14"/>
        <source>Match &amp;case</source>
        <translation>&amp;Uwzględniaj wielkość liter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the text</source>
        <translation>Znajdź w tekście</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Poprzedni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Znajdź poprzednie dopasowanie (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Następny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the next match (Enter)</source>
        <translation>Znajdź następne dopasowanie (Enter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close Find (Esc)</source>
        <translation>Zamknij wyszukiwanie (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Find</source>
        <translation>Zamknij wyszukiwanie</translation>
    </message>
</context>
<context>
    <name>zd::HistoryDock</name>
    <message>
        <location filename="../src/widgets/historydock.cpp" line="+20"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This &amp;profile only</source>
        <translation>Tylko ten &amp;profil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter: service, path, customer ID, CID, outcome</source>
        <translation>Filtr: usługa, ścieżka, identyfikator klienta, CID, wynik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All results</source>
        <translation>Wszystkie wyniki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not OK</source>
        <translation>Nie OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All clients</source>
        <translation>Wszystkie klienty</translation>
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
        <translation>API wywołań</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear…</source>
        <translation>&amp;Wyczyść…</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Clear history</source>
        <translation>Wyczyść historię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every call in the history?</source>
        <translation>Usunąć wszystkie wywołania z historii?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history was not cleared: %1</source>
        <translation>Nie wyczyszczono historii: %1</translation>
    </message>
</context>
<context>
    <name>zd::HistoryModel</name>
    <message>
        <location filename="../src/widgets/historymodel.cpp" line="+91"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Wywołanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer ID</source>
        <translation>Identyfikator klienta</translation>
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
        <translation>sterownik SQLite dla Qt nie jest zainstalowany (libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The call history cannot be used (%1): calls are not recorded this session.</source>
        <translation>Nie można użyć historii wywołań (%1): w tej sesji wywołania nie są zapisywane.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The call history %1 is damaged (%2) and could not be moved aside: calls are not recorded this session.</source>
        <translation>Historia wywołań %1 jest uszkodzona (%2) i nie udało się jej odłożyć: w tej sesji wywołania nie są zapisywane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The call history could not be started again (%1).</source>
        <translation>Nie udało się zacząć historii wywołań od nowa (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call history was damaged (%1). It was kept as %2 and a new one started.</source>
        <translation>Historia wywołań była uszkodzona (%1). Zachowano ją jako %2 i zaczęto nową.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>history is off</source>
        <translation>historia jest wyłączona</translation>
    </message>
</context>
<context>
    <name>zd::JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../src/core/view/jsonref.cpp" line="+86"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n element]</numerusform>
            <numerusform>[%n elementy]</numerusform>
            <numerusform>[%n elementów]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n pole}</numerusform>
            <numerusform>{%n pola}</numerusform>
            <numerusform>{%n pól}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/view/jsontreemodel.cpp" line="+218"/>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
</context>
<context>
    <name>zd::JsonViewer</name>
    <message>
        <location filename="../src/widgets/jsonviewer.cpp" line="+26"/>
        <source>Data as a tree</source>
        <translation>Dane jako drzewo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find a key or value</source>
        <translation>Znajdź klucz lub wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Find in the data</source>
        <translation>Szukaj w danych</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Next</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;value</source>
        <translation>Kopiuj &amp;wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy pa&amp;th</source>
        <translation>Kopiuj ście&amp;żkę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy value</source>
        <translation>Kopiuj wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy path</source>
        <translation>Kopiuj ścieżkę</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Searching for %1…</source>
        <translation>Wyszukiwanie %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not found: %1</source>
        <translation>Nie znaleziono: %1</translation>
    </message>
</context>
<context>
    <name>zd::KeyNames</name>
    <message>
        <location filename="../src/widgets/language.cpp" line="+21"/>
        <source>Return</source>
        <comment>the key on the keyboard</comment>
        <translation>Enter</translation>
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
        <translation>systemowy pęk kluczy nie odpowiada: w tej sesji nie działa żadna odblokowana usługa Secret Service (np. GNOME Keyring lub KWallet)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the keychain module cannot be loaded (%1); reinstall Zato Desk</source>
        <translation>nie można załadować modułu pęku kluczy (%1); zainstaluj ponownie Zato Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place to look</source>
        <translation>brak miejsca do szukania</translation>
    </message>
</context>
<context>
    <name>zd::LargeTextView</name>
    <message>
        <location filename="../src/widgets/textview/largetextviewinput.cpp" line="+214"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>Zaznacz &amp;wszystko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not found: %1</source>
        <translation>Nie znaleziono: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Found, going round from the other end.</source>
        <translation>Znaleziono, wyszukiwanie od drugiego końca.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
</context>
<context>
    <name>zd::LookupPanel</name>
    <message>
        <location filename="../ui/lookuppanel.ui" line="+6"/>
        <source>Customer lookup</source>
        <translation>Wyszukiwanie klienta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a customer&apos;s ID and their name will be returned.</source>
        <translation>Wpisz identyfikator klienta, a zostanie zwrócone jego nazwisko.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Customer ID:</source>
        <translation>&amp;Identyfikator klienta:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer ID</source>
        <translation>Identyfikator klienta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Field error</source>
        <translation>Błąd pola</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>AnyServiceInvoker</source>
        <translation>AnyServiceInvoker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use AnyServiceInvoker</source>
        <translation>Użyj AnyServiceInvoker</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>JSONClient</source>
        <translation>JSONClient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use JSONClient</source>
        <translation>Użyj JSONClient</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoke API</source>
        <translation>API wywołań</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call through the invoke API: /zato/api/invoke/{service}</source>
        <translation>Wywołaj przez API wywołań: /zato/api/invoke/{service}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Get customer</source>
        <translation>&amp;Pobierz klienta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get customer</source>
        <translation>Pobierz klienta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the call</source>
        <translation>Anuluj wywołanie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Both clients</source>
        <translation>&amp;Oba klienty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call both clients side by side</source>
        <translation>Wywołaj oba klienty obok siebie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the same customer ID through AnyServiceInvoker and JSONClient (Ctrl+B)</source>
        <translation>Wyślij ten sam identyfikator klienta przez AnyServiceInvoker i JSONClient (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Matrix…</source>
        <translation>&amp;Macierz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials by channels matrix</source>
        <translation>Macierz poświadczeń i kanałów</translation>
    </message>
    <message>
        <location filename="../src/widgets/lookuppanel.cpp" line="+18"/>
        <source>Get customer (%1)</source>
        <translation>Pobierz klienta (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the call (Esc)</source>
        <translation>Anuluj wywołanie (Esc)</translation>
    </message>
</context>
<context>
    <name>zd::MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="+360"/>
        <source>Opened the call of %1.</source>
        <translation>Otwarto wywołanie z %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindowtools.cpp" line="+63"/>
        <source>Nothing was copied: correct the marked fields.</source>
        <translation>Nic nie skopiowano: popraw zaznaczone pola.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied, with the password.</source>
        <translation>Skopiowano, z hasłem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied; the password is left out (ZATO_PASSWORD stands in).</source>
        <translation>Skopiowano; hasło pominięto (zastępuje je ZATO_PASSWORD).</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Correlation ID copied.</source>
        <translation>Skopiowano identyfikator korelacji.</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="-152"/>
        <location line="+28"/>
        <source>Nothing was sent: correct the marked fields.</source>
        <translation>Nic nie wysłano: popraw zaznaczone pola.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Calling %1…</source>
        <translation>Wywoływanie %1…</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>This call was not recorded in the history: %1</source>
        <translation>To wywołanie nie zostało zapisane w historii: %1</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Save the response body</source>
        <translation>Zapisz treść odpowiedzi</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: not ok.</source>
        <translation>Gotowe: nie ok.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="+14"/>
        <source>Zato Desk</source>
        <translation>Zato Desk</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Lookup</source>
        <translation>&amp;Wyszukiwanie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Request</source>
        <translation>Żą&amp;danie</translation>
    </message>
</context>
<context>
    <name>zd::MatrixModel</name>
    <message>
        <location filename="../src/widgets/matrixmodel.cpp" line="+102"/>
        <source>no expectation</source>
        <translation>brak oczekiwania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expect %1</source>
        <translation>oczekiwane %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
got %2 (HTTP %3, %4 ms)</source>
        <translation>%1
otrzymano %2 (HTTP %3, %4 ms)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Expected because: %1</source>
        <translation>Oczekiwane, ponieważ: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 calling %2 (%3 %4).</source>
        <translation>%1 wywołuje %2 (%3 %4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No expectation.</source>
        <translation>Brak oczekiwania.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected: %1.</source>
        <translation>Oczekiwane: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: %1</source>
        <translation>Dlaczego: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Got: %1. %2</source>
        <translation>Otrzymano: %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run yet.</source>
        <translation>Jeszcze nie uruchomiono.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>allowed</source>
        <comment>outcome of a call</comment>
        <translation>dozwolone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not-ok</source>
        <comment>outcome of a call</comment>
        <translation>nie ok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not-zato</source>
        <comment>outcome of a call</comment>
        <translation>nie Zato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeout</source>
        <comment>outcome of a call</comment>
        <translation>przekroczenie czasu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <comment>outcome of a call</comment>
        <translation>odrzucone</translation>
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
        <translation>zamknięte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transport</source>
        <comment>outcome of a call</comment>
        <translation>transport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <comment>outcome of a call</comment>
        <translation>anulowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <comment>outcome of a call</comment>
        <translation>nieprawidłowe</translation>
    </message>
</context>
<context>
    <name>zd::MatrixRunner</name>
    <message>
        <location filename="../src/core/rbac/matrixrunner.cpp" line="+108"/>
        <source>The row has no credential.</source>
        <translation>Wiersz nie ma danych uwierzytelniających.</translation>
    </message>
</context>
<context>
    <name>zd::MatrixView</name>
    <message numerus="yes">
        <location filename="../src/widgets/matrixview.cpp" line="+127"/>
        <source>Running %n cell(s)…</source>
        <translation>
            <numerusform>Uruchamianie %n komórki…</numerusform>
            <numerusform>Uruchamianie %n komórek…</numerusform>
            <numerusform>Uruchamianie %n komórek…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Matrix not run</source>
        <translation>Macierz nie została uruchomiona</translation>
    </message>
    <message>
        <location filename="../src/widgets/matrixediting.cpp" line="+25"/>
        <source>Password not saved</source>
        <translation>Hasło nie zostało zapisane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of the row &quot;%1&quot; was not saved: %2. It is never written anywhere else; give the row a profile or a &quot;password_env&quot; in the matrix file instead, or set its password again once the keychain answers.</source>
        <translation>Hasło wiersza „%1” nie zostało zapisane: %2. Nigdy nie jest zapisywane nigdzie indziej; zamiast tego nadaj wierszowi profil lub „password_env” w pliku macierzy albo ustaw jego hasło ponownie, gdy pęk kluczy zacznie odpowiadać.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secret not saved</source>
        <translation>Sekret nie został zapisany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret of the row &quot;%1&quot; was not saved: %2. It is never written anywhere else; give the row &quot;%3&quot; in the matrix file instead, or set its secret again once the keychain answers.</source>
        <translation>Sekret wiersza „%1” nie został zapisany: %2. Nie jest zapisywany nigdzie indziej; zamiast tego podaj dla wiersza „%3” w pliku macierzy albo ustaw sekret ponownie, gdy pęk kluczy odpowie.</translation>
    </message>
    <message>
        <location filename="../src/widgets/matrixview.cpp" line="+17"/>
        <source>Not run yet.</source>
        <translation>Jeszcze nie uruchomiono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 cells run; %3 differ from their expectation.</source>
        <translation>Uruchomiono %1 z %2 komórek; %3 różni się od oczekiwań.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JUnit XML files (*.xml)</source>
        <translation>Pliki JUnit XML (*.xml)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matrix files (*.json)</source>
        <translation>Pliki macierzy (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open matrix</source>
        <translation>Otwórz macierz</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Matrix not opened</source>
        <translation>Nie otwarto macierzy</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save matrix</source>
        <translation>Zapisz macierz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matrix not saved</source>
        <translation>Nie zapisano macierzy</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Export JUnit XML</source>
        <translation>Eksportuj JUnit XML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export CSV</source>
        <translation>Eksportuj CSV</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not exported</source>
        <translation>Nie wyeksportowano</translation>
    </message>
    <message>
        <location filename="../src/widgets/matrixediting.cpp" line="+14"/>
        <source>Add row</source>
        <translation>Dodaj wiersz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row name:</source>
        <translation>Nazwa wiersza:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credential (basic, apikey, bearer or none):</source>
        <translation>Poświadczenie (basic, apikey, bearer lub none):</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>Row not added</source>
        <translation>Wiersz nie został dodany</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>An OAuth2 row takes its token endpoint from a profile: use Add row from a profile.</source>
        <translation>Wiersz OAuth2 bierze punkt końcowy tokenu z profilu: użyj „Dodaj wiersz z profilu”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential must be basic, apikey, bearer or none.</source>
        <translation>Poświadczenie musi być jednym z: basic, apikey, bearer lub none.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password (kept in the keychain):</source>
        <translation>Hasło (przechowywane w pęku kluczy):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key header:</source>
        <translation>Nagłówek klucza API:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>API key (kept in the keychain):</source>
        <translation>Klucz API (przechowywany w pęku kluczy):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token (kept in the keychain):</source>
        <translation>Token (przechowywany w pęku kluczy):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add row from a profile</source>
        <translation>Dodaj wiersz z profilu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile name:</source>
        <translation>Nazwa profilu:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No such profile</source>
        <translation>Nie ma takiego profilu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Nie ma profilu o nazwie „%1”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add channel</source>
        <translation>Dodaj kanał</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel name:</source>
        <translation>Nazwa kanału:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL path:</source>
        <translation>Ścieżka URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client (any, json or api):</source>
        <translation>Klient (any, json lub api):</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Channel not added</source>
        <translation>Nie dodano kanału</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The client must be any, json or api.</source>
        <translation>Klient musi być jednym z: any, json, api.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service:</source>
        <translation>Usługa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload (JSON):</source>
        <translation>Dane (JSON):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payload is not valid JSON: %1</source>
        <translation>Dane nie są prawidłowym JSON-em: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+5"/>
        <location line="+9"/>
        <source>Row secret</source>
        <translation>Sekret wiersza</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The row &quot;%1&quot; calls with no credentials.</source>
        <translation>Wiersz „%1” wywołuje bez poświadczeń.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row &quot;%1&quot; takes its secret from the profile &quot;%2&quot;: change it there.</source>
        <translation>Wiersz „%1” bierze sekret z profilu „%2”: zmień go tam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key of &quot;%1&quot; (kept in the keychain):</source>
        <translation>Klucz API wiersza „%1” (przechowywany w pęku kluczy):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token of &quot;%1&quot; (kept in the keychain):</source>
        <translation>Token wiersza „%1” (przechowywany w pęku kluczy):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of &quot;%1&quot; (kept in the keychain):</source>
        <translation>Hasło dla „%1” (przechowywane w pęku kluczy):</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.ui" line="+14"/>
        <source>Credentials by channels</source>
        <translation>Poświadczenia i kanały</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Adres serwera:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Parallel calls:</source>
        <translation>&amp;Równoległe wywołania:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parallel calls</source>
        <translation>Równoległe wywołania</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a matrix</source>
        <translation>Otwórz macierz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save…</source>
        <translation>&amp;Zapisz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the matrix</source>
        <translation>Zapisz macierz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import server configuration…</source>
        <translation>Import&amp;uj konfigurację serwera…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the matrix from an enmasse file</source>
        <translation>Utwórz macierz z pliku enmasse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Discover from server…</source>
        <translation>O&amp;dkryj z serwera…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the matrix from a running server</source>
        <translation>Utwórz macierz z działającego serwera</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rows are credentials, columns are channels. Double-click a cell to set the outcome you expect; after a run, cells that differ from it are red.</source>
        <translation>Wiersze to poświadczenia, kolumny to kanały. Kliknij dwukrotnie komórkę, aby ustawić oczekiwany wynik; po uruchomieniu komórki, które się od niego różnią, są czerwone.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matrix of outcomes</source>
        <translation>Macierz wyników</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The selected cell</source>
        <translation>Wybrana komórka</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add &amp;row…</source>
        <translation>Dodaj &amp;wiersz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a credential row</source>
        <translation>Dodaj wiersz z poświadczeniem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add row from &amp;profile…</source>
        <translation>Dodaj wiersz z &amp;profilu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a row from a saved profile</source>
        <translation>Dodaj wiersz z zapisanego profilu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add c&amp;hannel…</source>
        <translation>Dodaj &amp;kanał…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a channel column</source>
        <translation>Dodaj kolumnę kanału</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove ro&amp;w</source>
        <translation>Usuń wi&amp;ersz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected row</source>
        <translation>Usuń zaznaczony wiersz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove cha&amp;nnel</source>
        <translation>Usuń ka&amp;nał</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected channel</source>
        <translation>Usuń zaznaczony kanał</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Run all</source>
        <translation>U&amp;ruchom wszystko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run every cell</source>
        <translation>Uruchom każdą komórkę</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run r&amp;ow</source>
        <translation>Uruchom w&amp;iersz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the selected row</source>
        <translation>Uruchom zaznaczony wiersz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run co&amp;lumn</source>
        <translation>Uruchom ko&amp;lumnę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the selected column</source>
        <translation>Uruchom zaznaczoną kolumnę</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run c&amp;ell</source>
        <translation>Uruchom komór&amp;kę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the selected cell</source>
        <translation>Uruchom zaznaczoną komórkę</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the run</source>
        <translation>Anuluj uruchomienie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row secre&amp;t…</source>
        <translation>Sekre&amp;t wiersza…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the secret of the selected row: its password, API key or token</source>
        <translation>Ustaw sekret wybranego wiersza: hasło, klucz API lub token</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export &amp;CSV…</source>
        <translation>Eksportuj &amp;CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the results as CSV</source>
        <translation>Eksportuj wyniki jako CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export &amp;JUnit…</source>
        <translation>Eksportuj &amp;JUnit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the results as JUnit XML</source>
        <translation>Eksportuj wyniki jako JUnit XML</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location filename="../src/widgets/matrixsources.cpp" line="+60"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets not saved</source>
        <translation>Nie zapisano sekretów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain did not keep the secrets of these rows, so a matrix saved now will not find them when opened again: %1. They are never written anywhere else; this window still calls with them.</source>
        <translation>Pęk kluczy nie zachował sekretów tych wierszy, więc zapisana teraz macierz nie znajdzie ich po ponownym otwarciu: %1. Nigdy nie są zapisywane nigdzie indziej; to okno nadal wywołuje z nimi.</translation>
    </message>
</context>
<context>
    <name>zd::ModuleLoader</name>
    <message>
        <location filename="../src/core/modules/moduleloader.cpp" line="+43"/>
        <source>%1 is from another version of Zato Desk</source>
        <translation>%1 pochodzi z innej wersji Zato Desk</translation>
    </message>
</context>
<context>
    <name>zd::ProfileController</name>
    <message>
        <location filename="../src/widgets/profilecontroller.cpp" line="+26"/>
        <source>&amp;Save profile</source>
        <translation>&amp;Zapisz profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save profile &amp;as…</source>
        <translation>Zapisz profil &amp;jako…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename profile…</source>
        <translation>Zmień &amp;nazwę profilu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate profile</source>
        <translation>Po&amp;wiel profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete profile…</source>
        <translation>&amp;Usuń profil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import profiles…</source>
        <translation>&amp;Importuj profile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export profiles…</source>
        <translation>&amp;Eksportuj profile…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Profil „%1” ma niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the unsaved changes to &quot;%1&quot;?</source>
        <translation>Odrzucić niezapisane zmiany w „%1”?</translation>
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
        <translation>Nie zapisano profilu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password not saved</source>
        <translation>Hasło nie zostało zapisane</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile &quot;%1&quot; was saved without a password, but the password saved before could not be removed from the keychain: %2. Remove it with your keyring manager.</source>
        <translation>Profil „%1” został zapisany bez hasła, ale wcześniej zapisanego hasła nie udało się usunąć z pęku kluczy: %2. Usuń je w menedżerze pęku kluczy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile &quot;%1&quot; was saved, but not its password: %2. The password is never written anywhere else, so you will have to enter it again; unlock or start your keyring and save the profile again to keep it.</source>
        <translation>Profil „%1” został zapisany, ale bez hasła: %2. Hasło nigdy nie jest zapisywane nigdzie indziej, więc trzeba będzie wpisać je ponownie; odblokuj lub uruchom pęk kluczy i zapisz profil ponownie, aby je zachować.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile &quot;%1&quot; was saved, but not the password of its Invoke API user: %2. It is never written anywhere else, so you will have to enter it again; unlock or start your keyring and save the profile again to keep it.</source>
        <translation>Profil „%1” zapisano, ale nie hasło jego użytkownika API wywołań: %2. Nigdy nie jest zapisywane gdzie indziej, więc trzeba będzie wpisać je ponownie; odblokuj lub uruchom pęk kluczy i zapisz profil ponownie, aby je zachować.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile &quot;%1&quot; was saved, but not its proxy password: %2. It is never written anywhere else, so you will have to enter it again; unlock or start your keyring and save the profile again to keep it.</source>
        <translation>Profil „%1” został zapisany, ale bez hasła proxy: %2. Nigdy nie jest ono zapisywane nigdzie indziej, więc trzeba będzie wpisać je ponownie; odblokuj lub uruchom pęk kluczy i zapisz profil ponownie, aby je zachować.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The profile &quot;%1&quot; was saved, but not its API key, bearer token or client secret: %2. It is never written anywhere else, so you will have to enter it again; unlock or start your keyring and save the profile again to keep it.</source>
        <translation>Profil „%1” został zapisany, ale bez klucza API, tokenu bearer lub sekretu klienta: %2. Nie jest on zapisywany nigdzie indziej, więc trzeba będzie wpisać go ponownie; odblokuj lub uruchom pęk kluczy i zapisz profil jeszcze raz, aby go zachować.</translation>
    </message>
    <message>
        <location filename="../src/widgets/profileactions.cpp" line="+15"/>
        <source>Profile name:</source>
        <translation>Nazwa profilu:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save profile as</source>
        <translation>Zapisz profil jako</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New profile</source>
        <translation>Nowy profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> copy</source>
        <translation> kopia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename profile</source>
        <translation>Zmień nazwę profilu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile not renamed</source>
        <translation>Nie zmieniono nazwy profilu</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <source> (copy)</source>
        <translation> (kopia)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete profile</source>
        <translation>Usuń profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot; and its saved password?</source>
        <translation>Usunąć profil „%1” i jego zapisane hasło?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile not deleted</source>
        <translation>Nie usunięto profilu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password not removed</source>
        <translation>Hasło nie zostało usunięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; was deleted, but its password could not be removed from the keychain: %2. Remove it with your keyring manager.</source>
        <translation>Profil „%1” został usunięty, ale jego hasła nie udało się usunąć z pęku kluczy: %2. Usuń je w menedżerze pęku kluczy.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import profiles</source>
        <translation>Importuj profile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile name taken</source>
        <translation>Nazwa profilu zajęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a profile named &quot;%1&quot;. Replace it with the imported one, keep both (the imported one as &quot;%2&quot;), or skip the imported one?</source>
        <translation>Istnieje już profil o nazwie „%1”. Zastąpić go importowanym, zachować oba (importowany jako „%2”) czy pominąć importowany?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profiles not imported</source>
        <translation>Nie zaimportowano profili</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profiles imported</source>
        <translation>Zaimportowano profile</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n profile(s) imported, without passwords.</source>
        <translation>
            <numerusform>Zaimportowano %n profil, bez haseł.</numerusform>
            <numerusform>Zaimportowano %n profile, bez haseł.</numerusform>
            <numerusform>Zaimportowano %n profili, bez haseł.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export profiles</source>
        <translation>Eksportuj profile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles exported</source>
        <translation>Wyeksportowano profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profiles not exported</source>
        <translation>Nie wyeksportowano profili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profiles were exported without passwords to %1.</source>
        <translation>Profile zostały wyeksportowane bez haseł do %1.</translation>
    </message>
</context>
<context>
    <name>zd::RequestEditor</name>
    <message>
        <location filename="../ui/requesteditor.ui" line="+23"/>
        <source>&amp;Method:</source>
        <translation>&amp;Metoda:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP method</source>
        <translation>Metoda HTTP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payload format</source>
        <translation>Format ładunku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON is checked and sent as Zato&apos;s Python clients send it; raw text is sent as it is</source>
        <translation>JSON jest sprawdzany i wysyłany tak, jak wysyłają go klienty Pythona Zato; surowy tekst jest wysyłany bez zmian</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the request</source>
        <translation>Wyślij żądanie</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Payload</source>
        <translation>Ładunek</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pretty</source>
        <translation>Czytelny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lay the JSON out over several lines, indented by four spaces</source>
        <translation>Rozłóż JSON na kilka wierszy z wcięciem czterech spacji</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compact</source>
        <translation>Zwarty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the JSON on one line, exactly as it is sent</source>
        <translation>Zapisz JSON w jednym wierszu, dokładnie tak, jak jest wysyłany</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Load from file…</source>
        <translation>Wczytaj z &amp;pliku…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Payload error</source>
        <translation>Błąd ładunku</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Headers</source>
        <translation>Nagłówki</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+41"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Add a header</source>
        <translation>Dodaj nagłówek</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+41"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Remove the selected header</source>
        <translation>Usuń zaznaczony nagłówek</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Query</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Query parameters</source>
        <translation>Parametry zapytania</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a query parameter</source>
        <translation>Dodaj parametr zapytania</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove the selected query parameter</source>
        <translation>Usuń zaznaczony parametr zapytania</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../src/widgets/requesteditor.cpp" line="+151"/>
        <source>Path</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The channel path has no {name} placeholders.</source>
        <translation>Ścieżka kanału nie ma symboli zastępczych {name}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Request error</source>
        <translation>Błąd żądania</translation>
    </message>
    <message>
        <location filename="../src/widgets/requesteditor.cpp" line="-130"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw text</source>
        <translation>Surowy tekst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the customer lookup&apos;s {&quot;cust_id&quot;: …} is sent. For no body at all, choose Raw text.</source>
        <translation>Puste: wysyłane jest {&quot;cust_id&quot;: …} wyszukiwania klienta. Aby nie wysyłać treści wcale, wybierz Surowy tekst.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Value of {%1}</source>
        <translation>Wartość {%1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Path (%1)</source>
        <translation>Ścieżka (%1)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Load the payload from a file</source>
        <translation>Wczytaj ładunek z pliku</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot load %1: %2</source>
        <translation>Nie można wczytać %1: %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Sent when checked</source>
        <translation>Wysyłany, gdy zaznaczony</translation>
    </message>
</context>
<context>
    <name>zd::ResultPanel</name>
    <message>
        <location filename="../ui/resultpanel.ui" line="+6"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/widgets/resultpanel.cpp" line="+89"/>
        <location line="+15"/>
        <source>Customer name:</source>
        <translation>Nazwisko klienta:</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../src/widgets/resultpanel.cpp" line="-14"/>
        <location line="+15"/>
        <source>Customer name</source>
        <translation>Nazwisko klienta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Correlation ID:</source>
        <translation>Identyfikator korelacji:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Correlation ID</source>
        <translation>Identyfikator korelacji</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/widgets/resultpanel.cpp" line="-40"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Copy the correlation ID</source>
        <translation>Kopiuj identyfikator korelacji</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Response time:</source>
        <translation>Czas odpowiedzi:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Response time</source>
        <translation>Czas odpowiedzi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP status:</source>
        <translation>Status HTTP:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>HTTP status</source>
        <translation>Status HTTP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Result:</source>
        <translation>Wynik:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ok and has_data</source>
        <translation>ok i has_data</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call again, saving the body to a file…</source>
        <translation>Wywołaj ponownie, zapisując treść do pliku…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The response is larger than a call holds. Call the service again (it runs again) and write its body to a file as it arrives, whatever its size.</source>
        <translation>Odpowiedź jest większa, niż mieści wywołanie. Wywołaj usługę ponownie (wykona się ponownie) i zapisuj jej treść do pliku w miarę nadchodzenia, bez względu na rozmiar.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Explanation</source>
        <translation>Wyjaśnienie</translation>
    </message>
    <message>
        <location filename="../src/widgets/resultpanel.cpp" line="+39"/>
        <source>Data:</source>
        <translation>Dane:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (from the error body)</source>
        <translation>%1 (z treści błędu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(server: %1 ms)</source>
        <translation>(serwer: %1 ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ok: %1, has_data: %2</source>
        <translation>ok: %1, has_data: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>page %1 of %2</source>
        <translation>strona %1 z %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s) in all</source>
        <translation>
            <numerusform>%n wynik łącznie</numerusform>
            <numerusform>%n wyniki łącznie</numerusform>
            <numerusform>%n wyników łącznie</numerusform>
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
        <translation>&amp;Zapisane:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+112"/>
        <location line="+6"/>
        <source>Saved requests</source>
        <translation>Zapisane żądania</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+132"/>
        <location line="+7"/>
        <source>Save the request</source>
        <translation>Zapisz żądanie</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Run</source>
        <translation>Uruchom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open and send the saved request</source>
        <translation>Otwórz i wyślij zapisane żądanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More</source>
        <translation>Więcej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More saved request actions</source>
        <translation>Więcej działań na zapisanych żądaniach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the opened history call as…</source>
        <translation>Zapisz otwarte wywołanie z historii jako…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expected HTTP status</source>
        <translation>Oczekiwany status HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTTP status the saved request is expected to get</source>
        <translation>Status HTTP, który zapisane żądanie powinno otrzymać</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expect </source>
        <translation>oczekiwany </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any status</source>
        <translation>dowolny status</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(none saved)</source>
        <translation>(brak zapisanych)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(choose one)</source>
        <translation>(wybierz jedno)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opened the saved request &quot;%1&quot;.</source>
        <translation>Otwarto zapisane żądanie „%1”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requests are saved in a profile: save the connection as a profile first (Profile → Save profile as…).</source>
        <translation>Żądania są zapisywane w profilu: najpierw zapisz połączenie jako profil (Profil → Zapisz profil jako…).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is already a request named &quot;%1&quot;. Replace it?</source>
        <translation>Żądanie o nazwie „%1” już istnieje. Zastąpić je?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved the request &quot;%1&quot;.</source>
        <translation>Zapisano żądanie „%1”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the request as</source>
        <translation>Zapisz żądanie jako</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>Rename the request</source>
        <translation>Zmień nazwę żądania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is already a request named &quot;%1&quot;.</source>
        <translation>Żądanie o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete the request</source>
        <translation>Usuń żądanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the saved request &quot;%1&quot;?</source>
        <translation>Usunąć zapisane żądanie „%1”?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the call as a request</source>
        <translation>Zapisz wywołanie jako żądanie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; got %2, as expected.</source>
        <translation>„%1” otrzymało %2, zgodnie z oczekiwaniem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; got %2, not the %3 expected.</source>
        <translation>„%1” otrzymało %2, a nie oczekiwane %3.</translation>
    </message>
</context>
<context>
    <name>zd::ServerCheckDialog</name>
    <message>
        <location filename="../ui/servercheckdialog.ui" line="+14"/>
        <source>Check server</source>
        <translation>Sprawdź serwer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finds out which Zato this server is and which clients work with it: a ping, the zato.service.invoke dispatcher, the invoke API, a wrong method and the CID header. Each check is one request.</source>
        <translation>Ustala, jaki to Zato i które klienty z nim działają: ping, dispatcher zato.service.invoke, invoke API, błędna metoda i nagłówek CID. Każde sprawdzenie to jedno żądanie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invoke API &amp;user:</source>
        <translation>&amp;Użytkownik Invoke API:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>admin.invoke (Zato 4.1) or pubapi (3.2); empty: checked without credentials</source>
        <translation>admin.invoke (Zato 4.1) lub pubapi (3.2); puste: sprawdzanie bez danych uwierzytelniających</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Channel with one &amp;method:</source>
        <translation>Kanał z jedną &amp;metodą:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, e.g. /api/orders: shows how a wrong method is answered</source>
        <translation>opcjonalne, np. /api/orders: pokazuje, jak odpowiadana jest błędna metoda</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Request</source>
        <translation>Żądanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../src/widgets/servercheckdialog.cpp" line="+21"/>
        <location line="+56"/>
        <source>&amp;Check</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The address must start with http:// or https:// and name a host, such as http://127.0.0.1:17010. Nothing was sent.</source>
        <translation>Adres musi zaczynać się od http:// lub https:// i wskazywać host, np. http://127.0.0.1:17010. Nic nie wysłano.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The channel path must start with /. Nothing was sent.</source>
        <translation>Ścieżka kanału musi zaczynać się od /. Nic nie wysłano.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking %1…</source>
        <translation>Sprawdzanie %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nuluj</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>zd::SessionSecretStore</name>
    <message>
        <location filename="../src/core/profile/secretstore.cpp" line="+114"/>
        <source>No keychain is available, so passwords cannot be saved. They are kept in memory for this session only: you will enter them again next time. To keep them, start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and then Zato Desk again.</source>
        <translation>Pęk kluczy jest niedostępny, więc hasła nie mogą być zapisane. Są przechowywane w pamięci tylko w tej sesji: następnym razem wpiszesz je ponownie. Aby je zachować, uruchom pęk kluczy pulpitu (np. GNOME Keyring lub KWallet), a potem ponownie Zato Desk.</translation>
    </message>
</context>
<context>
    <name>zd::ShortcutsDialog</name>
    <message>
        <location filename="../src/widgets/shortcutsdialog.cpp" line="+14"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> or </source>
        <translation> lub </translation>
    </message>
</context>
<context>
    <name>zd::TokenDialog</name>
    <message>
        <location filename="../src/widgets/tokendialog.cpp" line="+16"/>
        <source>Get token</source>
        <translation>Pobierz token</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Asking %1 for a token…</source>
        <translation>Prośba o token do %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No token: %1</source>
        <translation>Brak tokenu: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint gave a token, kept for the calls until shortly before it expires. The token itself is not shown.</source>
        <translation>Punkt końcowy wydał token, zachowany dla wywołań do chwili tuż przed wygaśnięciem. Sam token nie jest pokazywany.</translation>
    </message>
</context>
<context>
    <name>zd::TokenRequestDialog</name>
    <message>
        <location filename="../src/widgets/tokenrequestdialog.cpp" line="+39"/>
        <source>Token request</source>
        <translation>Zapytanie o token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form (application/x-www-form-urlencoded)</source>
        <translation>Formularz (application/x-www-form-urlencoded)</translation>
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
        <translation>&amp;Treść:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;id field:</source>
        <translation>Pole &amp;identyfikatora klienta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret field:</source>
        <translation>Pole &amp;sekretu klienta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Extra fields, one name=value a line:</source>
        <translation>&amp;Dodatkowe pola, jedno name=value w wierszu:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token request sends grant_type=client_credentials, the client id and secret and the scopes; change these only where the identity provider asks for something else.</source>
        <translation>Zapytanie o token wysyła grant_type=client_credentials, identyfikator i sekret klienta oraz zakresy; zmieniaj te ustawienia tylko wtedy, gdy dostawca tożsamości wymaga czegoś innego.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Extra fields, line %1: not of the form name=value.</source>
        <translation>Dodatkowe pola, wiersz %1: nie w postaci name=value.</translation>
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
        <translation>&amp;Wywołanie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Get customer</source>
        <translation>&amp;Pobierz klienta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ca&amp;ncel the call</source>
        <translation>A&amp;nuluj wywołanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;both clients</source>
        <translation>Wywołaj &amp;oba klienty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel and RBAC &amp;matrix…</source>
        <translation>&amp;Macierz kanałów i RBAC…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import server configuration…</source>
        <translation>&amp;Importuj konfigurację serwera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discover from server…</source>
        <translation>O&amp;dkryj z serwera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the ser&amp;ver…</source>
        <translation>Sprawdź &amp;serwer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection &amp;settings…</source>
        <translation>&amp;Ustawienia połączenia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the &amp;correlation ID</source>
        <translation>Kopiuj identyfikator &amp;korelacji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous call</source>
        <translation>&amp;Poprzednie wywołanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt call</source>
        <translation>&amp;Następne wywołanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;as</source>
        <translation>Kopiuj &amp;jako</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the &amp;password</source>
        <translation>Dołącz &amp;hasło</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;curl command</source>
        <translation>Polecenie &amp;curl</translation>
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
        <translation>ZatoClient (&amp;najnowszy zato-client)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>Wi&amp;dok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Schemat kolorów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;system</source>
        <translation>Zgodnie z &amp;systemem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Jasny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Ciemny</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system</source>
        <translation>Zgodnie z systemem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language changes when Zato Desk starts again.</source>
        <translation>Język zmieni się przy następnym uruchomieniu Zato Desk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Zato Desk</source>
        <translation>&amp;O programie Zato Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Passwords are kept in the system keychain only.</source>
        <translation>Hasła są przechowywane tylko w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keychain is available in this session: passwords are kept in memory until Zato Desk quits, never written to disk, and asked for again next time.</source>
        <translation>W tej sesji systemowy pęk kluczy jest niedostępny: hasła są trzymane w pamięci do zamknięcia Zato Desk, nigdy nie trafiają na dysk i następnym razem będą potrzebne ponownie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passwords are kept in the system keychain only; where none is available, in memory for the session, never on disk.</source>
        <translation>Hasła są przechowywane tylko w systemowym pęku kluczy; gdy go brak, w pamięci na czas sesji, nigdy na dysku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Zato Desk %1&lt;/h3&gt;&lt;p&gt;Call Zato services by hand, test channels and credentials, and see exactly what went over the wire.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Zato Desk %1&lt;/h3&gt;&lt;p&gt;Wywołuj usługi Zato ręcznie, testuj kanały i dane uwierzytelniające i zobacz dokładnie, co przeszło przez sieć.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licencja: MIT. Zbudowano z Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Zato Desk</source>
        <translation>O programie Zato Desk</translation>
    </message>
</context>
<context>
    <name>zd::demo::Module</name>
    <message>
        <location filename="../src/demo/module/demomodule.cpp" line="+24"/>
        <source>Zato %1&apos;s server cannot listen: %2</source>
        <translation>Serwer Zato %1 nie może nasłuchiwać: %2</translation>
    </message>
</context>
</TS>
