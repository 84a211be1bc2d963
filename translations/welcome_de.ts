<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppController</name>
    <message>
        <source>The guide&apos;s content could not be installed, so what is shown may be missing or old. Free some storage space and restart the app. (%1)</source>
        <translation>Die Inhalte des Ratgebers konnten nicht installiert werden. Was angezeigt wird, kann deshalb fehlen oder veraltet sein. Geben Sie etwas Speicherplatz frei und starten Sie die App neu. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content cannot be read. Please reinstall the app. (%1)</source>
        <translation>Die Inhalte des Ratgebers können nicht gelesen werden. Bitte installieren Sie die App neu. (%1)</translation>
    </message>
    <message>
        <source>Your personal data file was damaged. It was kept as a backup (%1) and a new one was started.</source>
        <translation>Ihre Datei mit persönlichen Daten war beschädigt. Sie wurde als Sicherung aufbewahrt (%1), und eine neue Datei wurde angelegt.</translation>
    </message>
    <message>
        <source>Your personal data was saved by a newer version of Welcome. Please update the app; your data was left untouched.</source>
        <translation>Ihre persönlichen Daten wurden von einer neueren Version von Welcome gespeichert. Bitte aktualisieren Sie die App; Ihre Daten wurden nicht verändert.</translation>
    </message>
    <message>
        <source>Your personal data cannot be opened, so nothing you enter now will be kept. (%1)</source>
        <translation>Ihre persönlichen Daten können nicht geöffnet werden. Was Sie jetzt eingeben, wird deshalb nicht gespeichert. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; updates are downloaded again when you are online.</source>
        <translation>Die Inhalte des Ratgebers auf diesem Gerät waren beschädigt und wurden aus der App wiederhergestellt; Aktualisierungen werden wieder geladen, sobald Sie online sind.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>Ratgeber</translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>The tab with the personal checklist</extracomment>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation>Inhalte aktualisiert</translation>
    </message>
    <message>
        <source>See what&apos;s new</source>
        <translation>Neues ansehen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schliessen</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>Diese Seite gibt es nicht (mehr). Vielleicht wurde sie bei einer Aktualisierung der Inhalte entfernt.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>Quelle: %1, öffnet %2 im Browser</translation>
    </message>
    <message>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>Zuletzt geprüft am %1. Unsere Redaktion prüft einige Angaben auf dieser Seite noch.</translation>
    </message>
    <message>
        <source>Last checked on %1.</source>
        <translation>Zuletzt geprüft am %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <source>Whole household</source>
        <translation>Ganzer Haushalt</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>Your household could not be saved.</source>
        <translation>Ihr Haushalt konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Bring along</source>
        <translation>Mitbringen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>Meine Checkliste</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>My checklist</source>
        <translation>Meine Checkliste</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show the steps of everyone</source>
        <translation>Die Schritte aller Personen anzeigen</translation>
    </message>
    <message>
        <source>Show the steps of %1</source>
        <translation>Die Schritte von %1 anzeigen</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar</source>
        <translation>Fristen in meinen Kalender eintragen</translation>
    </message>
    <message>
        <source>Saved. Open the file with your calendar app: %1</source>
        <translation>Gespeichert. Öffnen Sie die Datei mit Ihrer Kalender-App: %1</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>Die Kalenderdatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Meinen Haushalt ändern</translation>
    </message>
    <message>
        <source>Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.</source>
        <translation>Ihre persönliche Checkliste zeigt, was zu tun ist, für wen und bis wann: Anmeldung, Krankenkasse, Schule und mehr.</translation>
    </message>
    <message>
        <source>Answer a few questions. Everything stays on this phone.</source>
        <translation>Beantworten Sie ein paar Fragen. Alles bleibt auf diesem Telefon.</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Meine Checkliste einrichten</translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation>%1 kann nicht geschrieben werden: Das PDF konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Show at the counter</source>
        <translation>Am Schalter zeigen</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>Diese Seite gibt es noch nicht auf %1. Sie wird auf %2 angezeigt.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>Ratgeber</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>No content is installed yet.</source>
        <translation>Es sind noch keine Inhalte installiert.</translation>
    </message>
    <message>
        <source>Release to check for updates</source>
        <translation>Loslassen, um nach Aktualisierungen zu suchen</translation>
    </message>
    <message>
        <source>Pull down to check for updates</source>
        <translation>Nach unten ziehen, um nach Aktualisierungen zu suchen</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>Verlässliche Informationen für Ihre ersten Schritte. Funktioniert auch offline.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung schliessen</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>Ihre nächsten Schritte</translation>
    </message>
    <message>
        <source>All steps done – well done!</source>
        <translation>Alle Schritte erledigt – gut gemacht!</translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation>Ganze Checkliste</translation>
    </message>
    <message>
        <source>Find places that help: counselling, courses, interpreters, offices</source>
        <translation>Finden Sie Anlaufstellen: Beratung, Kurse, Dolmetschende, Ämter</translation>
    </message>
    <message>
        <source>Set up your personal checklist: what to do, for whom, by when</source>
        <translation>Richten Sie Ihre persönliche Checkliste ein: was zu tun ist, für wen, bis wann</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <source>your position</source>
        <translation>Ihr Standort</translation>
    </message>
    <message>
        <source>your last known position</source>
        <translation>Ihr letzter bekannter Standort</translation>
    </message>
    <message>
        <source>the city centre</source>
        <translation>Stadtzentrum</translation>
    </message>
    <message>
        <source>This device cannot tell its position: pick a place.</source>
        <translation>Dieses Gerät kann seinen Standort nicht bestimmen: Wählen Sie einen Ort.</translation>
    </message>
    <message>
        <source>The app may not use your position: pick a place, or allow it in the settings.</source>
        <translation>Die App darf Ihren Standort nicht verwenden: Wählen Sie einen Ort oder erlauben Sie es in den Einstellungen.</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation>Ihr Standort wird gesucht…</translation>
    </message>
    <message>
        <source>Sorted by distance from %1. %2 Change</source>
        <translation>Nach Entfernung sortiert, Ausgangspunkt: %1. %2 Ändern</translation>
    </message>
    <message>
        <source>Sorted by distance from %1.</source>
        <translation>Nach Entfernung sortiert, Ausgangspunkt: %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: choose where distances count from</extracomment>
        <translation>Ändern</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where are you?</source>
        <translation>Wo sind Sie?</translation>
    </message>
    <message>
        <source>Places that help are sorted by distance from this point. It stays on your phone and is never sent anywhere.</source>
        <translation>Die Anlaufstellen werden nach der Entfernung zu diesem Punkt sortiert. Er bleibt auf Ihrem Telefon und wird nirgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Meinen Standort verwenden</translation>
    </message>
    <message>
        <source>This device cannot tell its position. Please pick your postcode or quarter below.</source>
        <translation>Dieses Gerät kann seinen Standort nicht bestimmen. Bitte wählen Sie unten Ihre Postleitzahl oder Ihr Quartier.</translation>
    </message>
    <message>
        <source>The app may not use your position. Allow it in the system settings, or pick your postcode or quarter below.</source>
        <translation>Die App darf Ihren Standort nicht verwenden. Erlauben Sie es in den Systemeinstellungen oder wählen Sie unten Ihre Postleitzahl oder Ihr Quartier.</translation>
    </message>
    <message>
        <source>Looking for your position… This can take a minute, especially indoors.</source>
        <translation>Ihr Standort wird gesucht… Das kann eine Minute dauern, besonders in Gebäuden.</translation>
    </message>
    <message>
        <source>Using your position (accurate to about %1 m).</source>
        <translation>Ihr Standort wird verwendet (Genauigkeit etwa %1 m).</translation>
    </message>
    <message>
        <source>Using your position.</source>
        <translation>Ihr Standort wird verwendet.</translation>
    </message>
    <message>
        <source>Use the city centre</source>
        <translation>Stadtzentrum verwenden</translation>
    </message>
    <message>
        <source>Postcode or quarter, e.g. 3018 or Bümpliz</source>
        <translation>Postleitzahl oder Quartier, z. B. 3018 oder Bümpliz</translation>
    </message>
    <message>
        <source>Search a postcode or quarter</source>
        <translation>Postleitzahl oder Quartier suchen</translation>
    </message>
    <message>
        <source>Measure from %1</source>
        <translation>Entfernung ab %1 messen</translation>
    </message>
    <message>
        <source>No postcode or quarter matches. Try the first digits of your postcode.</source>
        <translation>Keine passende Postleitzahl und kein passendes Quartier. Versuchen Sie es mit den ersten Ziffern Ihrer Postleitzahl.</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n places here; zoom in</source>
        <translation>
            <numerusform>%n Anlaufstelle hier; hineinzoomen</numerusform>
            <numerusform>%n Anlaufstellen hier; hineinzoomen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the places that help</source>
        <translation>Karte der Anlaufstellen</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>Ihr Standort</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrössern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>No offline map is installed and map downloads are off, so the places are shown without a map.</source>
        <translation>Es ist keine Offline-Karte installiert und das Herunterladen von Karten ist ausgeschaltet. Darum werden die Anlaufstellen ohne Karte angezeigt.</translation>
    </message>
    <message>
        <source>The map server cannot be reached (no connection?), so the places are shown without a map.</source>
        <translation>Der Kartenserver ist nicht erreichbar (keine Verbindung?). Darum werden die Anlaufstellen ohne Karte angezeigt.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Karte wird geladen…</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Kartendaten: %1</translation>
    </message>
</context>
<context>
    <name>OfferMapCard</name>
    <message>
        <source>Close the card</source>
        <translation>Infokarte schliessen</translation>
    </message>
    <message>
        <source>Details and contact</source>
        <translation>Details und Kontakt</translation>
    </message>
    <message>
        <source>Details and contact for %1</source>
        <translation>Details und Kontakt zu %1</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>Where to get help</source>
        <translation>Wo Sie Hilfe finden</translation>
    </message>
    <message>
        <source>This place is not in the guide (any more).</source>
        <translation>Diesen Ort gibt es im Ratgeber nicht (mehr).</translation>
    </message>
    <message>
        <source>Languages spoken: %1</source>
        <translation>Gesprochene Sprachen: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>E-Mail an %1 schreiben</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation>Website von %1 öffnen</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Directions to %1 in the map app</source>
        <translation>Route zu %1 in der Karten-App</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Mehr lesen</translation>
    </message>
    <message>
        <source>Our editors are still verifying some details of this entry. Please check before you go.</source>
        <translation>Unsere Redaktion prüft einige Angaben zu diesem Eintrag noch. Bitte prüfen Sie diese, bevor Sie hingehen.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>Jeden Tag, rund um die Uhr</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Costs money</source>
        <translation>Kostenpflichtig</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Rollstuhlgängig</translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation>Nicht rollstuhlgängig</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Nur mit Termin</translation>
    </message>
</context>
<context>
    <name>OfferText</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>open day and night</source>
        <translation>Tag und Nacht geöffnet</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>geöffnet bis %1</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>öffnet %1</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.</source>
        <translation>Ein paar Fragen, damit Ihre Checkliste die richtigen Schritte und Fristen zeigt. Ihre Antworten bleiben auf diesem Telefon.</translation>
    </message>
    <message>
        <source>When did you arrive in Bern?</source>
        <translation>Wann sind Sie in Bern angekommen?</translation>
    </message>
    <message>
        <source>Month of arrival</source>
        <translation>Monat der Ankunft</translation>
    </message>
    <message>
        <source>Day of arrival</source>
        <translation>Tag der Ankunft</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Jahr der Ankunft</translation>
    </message>
    <message>
        <source>Where did you come from?</source>
        <translation>Woher kommen Sie?</translation>
    </message>
    <message>
        <source>From abroad</source>
        <translation>Aus dem Ausland</translation>
    </message>
    <message>
        <source>From another Swiss canton</source>
        <translation>Aus einem anderen Schweizer Kanton</translation>
    </message>
    <message>
        <source>Months in Switzerland before moving to Bern</source>
        <translation>Monate in der Schweiz vor dem Umzug nach Bern</translation>
    </message>
    <message>
        <source>I am a citizen of an EU or EFTA country</source>
        <translation>Ich habe die Staatsangehörigkeit eines EU- oder EFTA-Staates</translation>
    </message>
    <message>
        <source>Which permit do you have or expect?</source>
        <translation>Welche Bewilligung haben oder erwarten Sie?</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Ich weiss es noch nicht</translation>
    </message>
    <message>
        <source>B – residence</source>
        <translation>B – Aufenthaltsbewilligung</translation>
    </message>
    <message>
        <source>C – settlement</source>
        <translation>C – Niederlassungsbewilligung</translation>
    </message>
    <message>
        <source>L – short stay</source>
        <translation>L – Kurzaufenthaltsbewilligung</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – vorläufig Aufgenommene</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – Asylsuchende</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – Schutzstatus</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – Grenzgängerbewilligung</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Bewilligung</translation>
    </message>
    <message>
        <source>Who lives in your household?</source>
        <translation>Wer lebt in Ihrem Haushalt?</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Name von Person %1</translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation>Erwachsen (18 oder älter)</translation>
    </message>
    <message>
        <source>Young person (16–17)</source>
        <translation>Jugendlich (16–17)</translation>
    </message>
    <message>
        <source>School child (6–15)</source>
        <translation>Schulkind (6–15)</translation>
    </message>
    <message>
        <source>Kindergarten child (4–5)</source>
        <translation>Kindergartenkind (4–5)</translation>
    </message>
    <message>
        <source>Age of person %1</source>
        <translation>Alter von Person %1</translation>
    </message>
    <message>
        <source>Works or starts work</source>
        <translation>Ist erwerbstätig oder beginnt eine Arbeit</translation>
    </message>
    <message>
        <source>Has a driving licence from abroad</source>
        <translation>Hat einen ausländischen Führerausweis</translation>
    </message>
    <message>
        <source>Comes later to join the family</source>
        <translation>Kommt später nach (Familiennachzug)</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Diese Person entfernen</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Person %1 entfernen</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Vorerst überspringen</translation>
    </message>
    <message>
        <source>Show my checklist</source>
        <translation>Meine Checkliste anzeigen</translation>
    </message>
    <message>
        <source>I have been granted asylum (recognised refugee)</source>
        <translation>Ich habe Asyl erhalten (anerkannter Flüchtling)</translation>
    </message>
    <message>
        <source>My husband, wife or children live abroad and may join us later</source>
        <translation>Mein Mann, meine Frau oder meine Kinder leben im Ausland und kommen vielleicht später nach</translation>
    </message>
    <message>
        <source>Small child (1–3)</source>
        <translation>Kleinkind (1–3)</translation>
    </message>
    <message>
        <source>Baby (under 1)</source>
        <translation>Baby (unter 1)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places that help</source>
        <translation>Anlaufstellen</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>Alle Hilfsangebote</translation>
    </message>
    <message>
        <source>Integration counselling</source>
        <translation>Integrationsberatung</translation>
    </message>
    <message>
        <source>Residents&apos; office</source>
        <translation>Einwohnerdienste</translation>
    </message>
    <message>
        <source>School office</source>
        <translation>Schulamt</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Sprachkurse</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Dolmetschen</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>Sozialversicherungen</translation>
    </message>
    <message>
        <source>Road traffic office</source>
        <translation>Strassenverkehrsamt</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Migration service</source>
        <translation>Migrationsdienst</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Notfälle</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Art der Hilfe</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Jetzt geöffnet</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Show the places as a list</extracomment>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Als Liste anzeigen</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Show the places on a map</extracomment>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Auf der Karte anzeigen</translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation>Meinen Standort anzeigen</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try another kind of help, or switch off “Open now”.</source>
        <translation>Keine Anlaufstelle passt zu diesen Filtern. Wählen Sie eine andere Art der Hilfe oder schalten Sie «Jetzt geöffnet» aus.</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Health insurers</source>
        <translation>Krankenkassen</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>Banken</translation>
    </message>
    <message>
        <source>Asylum social service</source>
        <translation>Asylsozialdienst</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sozialdienst</translation>
    </message>
    <message>
        <source>Job centre (RAV)</source>
        <translation>Arbeitsvermittlung (RAV)</translation>
    </message>
    <message>
        <source>Career advice</source>
        <translation>Berufsberatung</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>Steuerverwaltung</translation>
    </message>
    <message>
        <source>Parent advice</source>
        <translation>Mütter- und Väterberatung</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderbetreuung</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Rechtsberatung</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>Opferhilfe</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>Ratgeber durchsuchen</translation>
    </message>
    <message>
        <source>Search, e.g. health insurance</source>
        <translation>Suchen, z. B. Krankenkasse</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Ratgeber durchsuchen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Places and offers</source>
        <translation>Orte und Angebote</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Checklisten-Schritte</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>ähnliche Schreibweise</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Letzte Suchen</translation>
    </message>
    <message>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>Geben Sie ein Wort in einer beliebigen Sprache ein, z. B. Krankenkasse, permit, école.</translation>
    </message>
    <message>
        <source>Search again for %1</source>
        <translation>Erneut suchen nach %1</translation>
    </message>
    <message>
        <source>Clear recent searches</source>
        <translation>Letzte Suchen löschen</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>Nichts gefunden für «%1». Versuchen Sie es mit weniger Buchstaben, einer anderen Schreibweise oder einer anderen Sprache – oder stöbern Sie in den Themen im Ratgeber.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>My checklist and data</source>
        <translation>Meine Checkliste und Daten</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Meinen Haushalt ändern</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Meine Checkliste einrichten</translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation>Checkliste als PDF exportieren</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar (.ics)</source>
        <translation>Fristen in meinen Kalender eintragen (.ics)</translation>
    </message>
    <message>
        <source>Save all my data as one file</source>
        <translation>Alle meine Daten in einer Datei speichern</translation>
    </message>
    <message>
        <source>Path of a saved data file</source>
        <translation>Pfad einer gespeicherten Datendatei</translation>
    </message>
    <message>
        <source>Path of a saved data file to import</source>
        <translation>Pfad einer gespeicherten Datendatei zum Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Your data was imported.</source>
        <translation>Ihre Daten wurden importiert.</translation>
    </message>
    <message>
        <source>Import my data from this file</source>
        <translation>Meine Daten aus dieser Datei importieren</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>Aktualisierung der Inhalte</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Inhalte vom %1 (Version %2).</translation>
    </message>
    <message>
        <source>No content is installed: %1</source>
        <translation>Keine Inhalte installiert: %1</translation>
    </message>
    <message>
        <source>This content is updated with new versions of the app.</source>
        <translation>Diese Inhalte werden mit neuen Versionen der App aktualisiert.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Nach Aktualisierungen suchen</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Zuletzt geprüft: %1</translation>
    </message>
    <message>
        <source>What&apos;s new in the content</source>
        <translation>Was ist neu in den Inhalten</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>Alles, was Sie eingeben, bleibt auf diesem Gerät. Kein Konto, kein Tracking.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>No longer in the guide – your record is kept</source>
        <translation>Nicht mehr im Ratgeber – Ihre Angaben bleiben gespeichert</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Fällig bis %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation>Als erledigt markieren: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>This step is not in your checklist.</source>
        <translation>Dieser Schritt ist nicht in Ihrer Checkliste.</translation>
    </message>
    <message>
        <source>This step is no longer in the guide. What you recorded is kept.</source>
        <translation>Dieser Schritt ist nicht mehr im Ratgeber. Ihre Angaben bleiben gespeichert.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Fällig bis %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <source>Bring along:</source>
        <translation>Mitbringen:</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Erledigt ✓</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Needed after all</source>
        <translation>Doch nötig</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Read more about it</source>
        <translation>Mehr dazu lesen</translation>
    </message>
    <message>
        <source>Show at the counter</source>
        <translation>Am Schalter zeigen</translation>
    </message>
    <message>
        <source>Show this step in German and in your language, large, at the office counter</source>
        <translation>Diesen Schritt gross auf Deutsch und in Ihrer Sprache am Schalter zeigen</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Anlaufstellen</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Meine Notiz</translation>
    </message>
    <message>
        <source>e.g. appointment on 5 March, bring the rental contract</source>
        <translation>z. B. Termin am 5. März, Mietvertrag mitbringen</translation>
    </message>
    <message>
        <source>My note for this step</source>
        <translation>Meine Notiz zu diesem Schritt</translation>
    </message>
    <message>
        <source>This deadline is set by law or by an office. Missing it can cost money or your permit.</source>
        <translation>Diese Frist setzt ein Gesetz oder ein Amt. Wer sie verpasst, riskiert Geld oder die Bewilligung.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Checking for updates…</source>
        <translation>Suche nach Aktualisierungen…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>Aktualisierung wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Installing the update…</source>
        <translation>Aktualisierung wird installiert…</translation>
    </message>
    <message>
        <source>This content has no update server.</source>
        <translation>Für diese Inhalte gibt es keinen Server für Aktualisierungen.</translation>
    </message>
    <message>
        <source>The content was updated to version %1.</source>
        <translation>Die Inhalte wurden auf Version %1 aktualisiert.</translation>
    </message>
    <message>
        <source>The content is up to date.</source>
        <translation>Die Inhalte sind aktuell.</translation>
    </message>
    <message>
        <source>You are offline. The app looks for updates again when you are online.</source>
        <translation>Sie sind offline. Die App sucht wieder nach Aktualisierungen, sobald Sie online sind.</translation>
    </message>
    <message>
        <source>The update server could not be reached. Your content is unchanged; please try again later.</source>
        <translation>Der Server für Aktualisierungen ist nicht erreichbar. Ihre Inhalte bleiben unverändert. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The update server reported an error. Your content is unchanged; please try again later.</source>
        <translation>Der Server für Aktualisierungen meldet einen Fehler. Ihre Inhalte bleiben unverändert. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The update is not genuine: its signature does not match. It was not installed.</source>
        <translation>Die Aktualisierung ist nicht echt: Die Signatur stimmt nicht. Sie wurde nicht installiert.</translation>
    </message>
    <message>
        <source>The update is for another city or region. It was not installed.</source>
        <translation>Die Aktualisierung ist für eine andere Stadt oder Region. Sie wurde nicht installiert.</translation>
    </message>
    <message>
        <source>The server offers older content than this device has. Nothing was changed.</source>
        <translation>Der Server hat ältere Inhalte als dieses Gerät. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The update on the server has expired. It was not installed.</source>
        <translation>Die Aktualisierung auf dem Server ist abgelaufen. Sie wurde nicht installiert.</translation>
    </message>
    <message>
        <source>The download was damaged or incomplete. Your content is unchanged; please try again later.</source>
        <translation>Der Download war beschädigt oder unvollständig. Ihre Inhalte bleiben unverändert. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>There is not enough free space on this device for the update. Your content is unchanged.</source>
        <translation>Auf diesem Gerät ist nicht genug freier Speicher für die Aktualisierung. Ihre Inhalte bleiben unverändert.</translation>
    </message>
    <message>
        <source>No content is installed that could be updated.</source>
        <translation>Es sind keine Inhalte installiert, die aktualisiert werden könnten.</translation>
    </message>
    <message>
        <source>The update could not be installed. Your content is unchanged.</source>
        <translation>Die Aktualisierung konnte nicht installiert werden. Ihre Inhalte bleiben unverändert.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged; it was restored and updated to version %1.</source>
        <translation>Die Inhalte des Ratgebers auf diesem Gerät waren beschädigt; sie wurden wiederhergestellt und auf Version %1 aktualisiert.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored.</source>
        <translation>Die Inhalte des Ratgebers auf diesem Gerät waren beschädigt und wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; the latest update will be installed at the next attempt.</source>
        <translation>Die Inhalte des Ratgebers auf diesem Gerät waren beschädigt und wurden aus der App wiederhergestellt; die neueste Aktualisierung wird beim nächsten Versuch installiert.</translation>
    </message>
    <message>
        <source>The update seems to come from the future: please check this device&apos;s date and time. It was not installed.</source>
        <translation>Die Aktualisierung scheint aus der Zukunft zu stammen: Bitte prüfen Sie Datum und Uhrzeit dieses Geräts. Sie wurde nicht installiert.</translation>
    </message>
    <message>
        <source>The update would have stopped this device from receiving any later update, so it was not installed.</source>
        <translation>Die Aktualisierung hätte verhindert, dass dieses Gerät spätere Aktualisierungen erhält; deshalb wurde sie nicht installiert.</translation>
    </message>
    <message>
        <source>Another update of the content is running. Please try again in a moment.</source>
        <translation>Eine andere Aktualisierung der Inhalte läuft gerade. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device is damaged. Please reinstall the app.</source>
        <translation>Die Inhalte des Ratgebers auf diesem Gerät sind beschädigt. Bitte installieren Sie die App neu.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There are no articles in this topic yet.</source>
        <translation>Zu diesem Thema gibt es noch keine Artikel.</translation>
    </message>
</context>
<context>
    <name>WhatsNewModel</name>
    <message>
        <source>Topics of the guide</source>
        <translation>Themen im Ratgeber</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the list of pages the last content update changed</extracomment>
        <translation>Was ist neu</translation>
    </message>
    <message>
        <source>Notes from the editors: %1</source>
        <translation>Hinweise der Redaktion: %1</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Inhalte vom %1 (Version %2).</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Place or service</source>
        <translation>Ort oder Angebot</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Checklisten-Schritt</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Ratgeber</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>No changes to show. When the content is updated, the changed pages are listed here.</source>
        <translation>Keine Änderungen. Wenn die Inhalte aktualisiert werden, sehen Sie hier die geänderten Seiten.</translation>
    </message>
</context>
</TS>
