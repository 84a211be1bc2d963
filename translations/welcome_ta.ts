<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta">
<context>
    <name>AppController</name>
    <message>
        <source>The guide&apos;s content could not be installed, so what is shown may be missing or old. Free some storage space and restart the app. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s content cannot be read. Please reinstall the app. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal data file was damaged. It was kept as a backup (%1) and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal data was saved by a newer version of Welcome. Please update the app; your data was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal data cannot be opened, so nothing you enter now will be kept. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>The tab with the personal checklist</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what&apos;s new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1, opens %2 in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <source>Whole household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your household could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>My checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the steps of everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the steps of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Open the file with your calendar app: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a few questions. Everything stays on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Show at the counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No content is installed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to check for updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull down to check for updates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps done – well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find places that help: counselling, courses, interpreters, offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your personal checklist: what to do, for whom, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <source>your position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your last known position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the city centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device cannot tell its position: pick a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app may not use your position: pick a place, or allow it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by distance from %1. %2 Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by distance from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: choose where distances count from</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places that help are sorted by distance from this point. It stays on your phone and is never sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device cannot tell its position. Please pick your postcode or quarter below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app may not use your position. Allow it in the system settings, or pick your postcode or quarter below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for your position… This can take a minute, especially indoors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using your position (accurate to about %1 m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using your position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the city centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode or quarter, e.g. 3018 or Bümpliz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a postcode or quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postcode or quarter matches. Try the first digits of your postcode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n places here; zoom in</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the places that help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offline map is installed and map downloads are off, so the places are shown without a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map server cannot be reached (no connection?), so the places are shown without a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferMapCard</name>
    <message>
        <source>Close the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and contact for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>Where to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This place is not in the guide (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions to %1 in the map app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our editors are still verifying some details of this entry. Please check before you go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferText</name>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open day and night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did you arrive in Bern?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where did you come from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From another Swiss canton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months in Switzerland before moving to Bern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am a citizen of an EU or EFTA country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which permit do you have or expect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B – residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C – settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L – short stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who lives in your household?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person (16–17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School child (6–15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten child (4–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small child (0–3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age of person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works or starts work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a driving licence from abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes later to join the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places that help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents&apos; office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road traffic office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Show the places as a list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Show the places on a map</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try another kind of help, or switch off “Open now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, e.g. health insurance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places and offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search again for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear recent searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My checklist and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all my data as one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a saved data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a saved data file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import my data from this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No content is installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This content is updated with new versions of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s new in the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>No longer in the guide – your record is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>This step is not in your checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is no longer in the guide. What you recorded is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring along:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this step in German and in your language, large, at the office counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. appointment on 5 March, bring the rental contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note for this step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Checking for updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This content has no update server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content was updated to version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. The app looks for updates again when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update server could not be reached. Your content is unchanged; please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update server reported an error. Your content is unchanged; please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update is not genuine: its signature does not match. It was not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update is for another city or region. It was not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers older content than this device has. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update on the server has expired. It was not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was damaged or incomplete. Your content is unchanged; please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space on this device for the update. Your content is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No content is installed that could be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update could not be installed. Your content is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There are no articles in this topic yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsNewModel</name>
    <message>
        <source>Topics of the guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the list of pages the last content update changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from the editors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes to show. When the content is updated, the changed pages are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
