<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="121"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="126"/>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>Ratgeber</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="130"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="47"/>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>Diese Seite gibt es nicht (mehr). Vielleicht wurde sie bei einer Aktualisierung der Inhalte entfernt.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="98"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="116"/>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>Quelle: %1, öffnet %2 im Browser</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="124"/>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>Zuletzt geprüft am %1. Unsere Redaktion prüft einige Angaben auf dieser Seite noch.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="125"/>
        <source>Last checked on %1.</source>
        <translation>Zuletzt geprüft am %1.</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <location filename="../qml/components/FallbackNote.qml" line="21"/>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>Diese Seite gibt es noch nicht auf %1. Sie wird auf %2 angezeigt.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../qml/pages/GuidePage.qml" line="13"/>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>Ratgeber</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/GuidePage.qml" line="41"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/GuidePage.qml" line="47"/>
        <source>No content is installed yet.</source>
        <translation>Es sind noch keine Inhalte installiert.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="40"/>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>Verlässliche Informationen für Ihre ersten Schritte. Funktioniert auch offline.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="63"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="65"/>
        <source>Dismiss the message</source>
        <translation>Meldung schliessen</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="78"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../qml/components/PageHeader.qml" line="31"/>
        <location filename="../qml/components/PageHeader.qml" line="33"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="14"/>
        <source>Search the guide</source>
        <translation>Ratgeber durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/components/SearchField.qml" line="34"/>
        <source>Search, e.g. health insurance</source>
        <translation>Suchen, z. B. Krankenkasse</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="21"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="30"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="37"/>
        <source>Search the guide</source>
        <translation>Ratgeber durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="68"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="68"/>
        <source>Places and offers</source>
        <translation>Orte und Angebote</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="68"/>
        <source>Checklist steps</source>
        <translation>Checklisten-Schritte</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="105"/>
        <source>similar spelling</source>
        <translation>ähnliche Schreibweise</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="131"/>
        <source>Recent searches</source>
        <translation>Letzte Suchen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="131"/>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>Geben Sie ein Wort in einer beliebigen Sprache ein, z. B. Krankenkasse, permit, école.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="146"/>
        <source>Search again for %1</source>
        <translation>Erneut suchen nach %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="152"/>
        <source>Clear recent searches</source>
        <translation>Letzte Suchen löschen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="166"/>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>Nichts gefunden für «%1». Versuchen Sie es mit weniger Buchstaben, einer anderen Schreibweise oder einer anderen Sprache – oder stöbern Sie in den Themen im Ratgeber.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="13"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="23"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="35"/>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="41"/>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="45"/>
        <source>Content from %1 (version %2).</source>
        <translation>Inhalte vom %1 (Version %2).</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="46"/>
        <source>No content is installed: %1</source>
        <translation>Keine Inhalte installiert: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="49"/>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>Alles, was Sie eingeben, bleibt auf diesem Gerät. Kein Konto, kein Tracking.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="52"/>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../qml/pages/TopicPage.qml" line="45"/>
        <source>There are no articles in this topic yet.</source>
        <translation>Zu diesem Thema gibt es noch keine Artikel.</translation>
    </message>
</context>
</TS>
