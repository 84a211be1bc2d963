<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti">
<context>
    <name>AppController</name>
    <message>
        <source>The guide&apos;s content could not be installed, so what is shown may be missing or old. Free some storage space and restart the app. (%1)</source>
        <translation>ትሕዝቶ መምርሒ ክትከል ኣይከኣለን፣ ስለዚ ዝርአ ዘሎ ጎዲሉ ወይ ዝኣረገ ክኸውን ይኽእል። ገለ ናይ ምዕቃብ ቦታ ኣናጽፉ፣ ድሕሪኡ ኣፕ ደጊምኩም ክፈትዎ። (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content cannot be read. Please reinstall the app. (%1)</source>
        <translation>ትሕዝቶ መምርሒ ክንበብ ኣይከኣለን። በጃኹም ኣፕ ደጊምኩም ትከልዎ። (%1)</translation>
    </message>
    <message>
        <source>Your personal data file was damaged. It was kept as a backup (%1) and a new one was started.</source>
        <translation>ፋይል ውልቃዊ ሓበሬታኹም ተበላሺዩ ነይሩ። ከም ተጠባባቒ ቅዳሕ ተዓቂቡ ኣሎ (%1)፣ ሓድሽ ፋይል ድማ ተጀሚሩ።</translation>
    </message>
    <message>
        <source>Your personal data was saved by a newer version of Welcome. Please update the app; your data was left untouched.</source>
        <translation>ውልቃዊ ሓበሬታኹም ብሓድሽ ስሪት Welcome ተዓቂቡ ኣሎ። በጃኹም ኣፕ ኣሐድስዎ፤ ሓበሬታኹም ኣይተተንከፈን።</translation>
    </message>
    <message>
        <source>Your personal data cannot be opened, so nothing you enter now will be kept. (%1)</source>
        <translation>ውልቃዊ ሓበሬታኹም ክኽፈት ኣይከኣለን፣ ስለዚ ሕጂ እተእትውዎ ኣይዕቀብን እዩ። (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; updates are downloaded again when you are online.</source>
        <translation>ትሕዝቶ እቲ መምርሒ ኣብዚ መሳርሒ ተበላሺዩ ነይሩ፡ ካብቲ ኣፕ ተመሊሱ ኣሎ፤ ኦንላይን ምስ ኮንኩም ሓደስቲ ትሕዝቶታት እንደገና ክወርዱ እዮም።</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Home</source>
        <translation>መበገሲ</translation>
    </message>
    <message>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>መምርሒ</translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>The tab with the personal checklist</extracomment>
        <translation>ዝርዝር</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ቅጥዕታት</translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation>ትሕዝቶ ተሓዲሱ</translation>
    </message>
    <message>
        <source>See what&apos;s new</source>
        <translation>ሓደሽቲ ነገራት ርኣዩ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ዕጸዉ</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>እዚ ገጽ የለን (ወይ ድሕሪ ሕጂ የለን)። ኣብ ምሕዳስ ትሕዝቶ ተሰሪዙ ክኸውን ይኽእል።</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ምንጭታት</translation>
    </message>
    <message>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>ምንጪ: %1፣ %2 ኣብ ብራውዘር ይኸፍት</translation>
    </message>
    <message>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>ንመወዳእታ ግዜ ዝተረጋገጸሉ: %1። ኣዳላዊ ጉጅለና ገለ ዝርዝራት ናይዚ ገጽ ገና የረጋግጽ ኣሎ።</translation>
    </message>
    <message>
        <source>Last checked on %1.</source>
        <translation>ንመወዳእታ ግዜ ዝተረጋገጸሉ: %1።</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <source>Whole household</source>
        <translation>ብምሉኡ ስድራቤት</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>ሰብ %1</translation>
    </message>
    <message>
        <source>Your household could not be saved.</source>
        <translation>ስድራቤትኩም ክዕቀብ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ግዜ ገደብ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ተፈጺሙ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ዘይተፈጸመ</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>ኣየድልን</translation>
    </message>
    <message>
        <source>Bring along</source>
        <translation>ሒዝኩም ምጹ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ስጉምቲ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>ዝርዝር ስራሕተይ</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ክንበብ ኣይከኣለን: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>My checklist</source>
        <translation>ዝርዝር ስራሕተይ</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ኩሎም</translation>
    </message>
    <message>
        <source>Show the steps of everyone</source>
        <translation>ስጉምትታት ኩሎም ኣርእዩ</translation>
    </message>
    <message>
        <source>Show the steps of %1</source>
        <translation>ስጉምትታት %1 ኣርእዩ</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>ካብ %2 ስጉምትታት %1 ተፈጺሞም</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar</source>
        <translation>ግዜ ገደባት ናብ ዓውደ-ኣዋርሐይ ምውሳኽ</translation>
    </message>
    <message>
        <source>Saved. Open the file with your calendar app: %1</source>
        <translation>ተዓቂቡ። ነቲ ፋይል ብናይ ዓውደ-ኣዋርሕ ኣፕኩም ክፈትዎ: %1</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>ፋይል ዓውደ-ኣዋርሕ ክጽሓፍ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>ስድራቤተይ ምቕያር</translation>
    </message>
    <message>
        <source>Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.</source>
        <translation>ውልቃዊ ዝርዝር ስራሕትኩም እንታይ ከም ዝግበር፣ ንመን፣ ክሳብ መዓስ ከም ዝግበር የርኢ: ምዝገባ፣ መድሕን ጥዕና፣ ቤት ትምህርቲ ከምኡውን ካልእ።</translation>
    </message>
    <message>
        <source>Answer a few questions. Everything stays on this phone.</source>
        <translation>ንገለ ሕቶታት መልሱ። ኩሉ ኣብዚ ተሌፎን ይጸንሕ።</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>ዝርዝር ስራሕተይ ምድላው</translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ክጽሓፍ ኣይከኣለን: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation>%1 ክጽሓፍ ኣይከኣለን: PDF ክዳሎ ኣይከኣለን።</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Show at the counter</source>
        <translation>ኣብ መስኮት ኣገልግሎት ኣርእዩ</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>እዚ ገጽ ገና ብ%1 የለን። ብ%2 ይርአ ኣሎ።</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>መምርሒ</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n ጽሑፍ</numerusform>
            <numerusform>%n ጽሑፋት</numerusform>
        </translation>
    </message>
    <message>
        <source>No content is installed yet.</source>
        <translation>ገና ዝተተኸለ ትሕዝቶ የለን።</translation>
    </message>
    <message>
        <source>Release to check for updates</source>
        <translation>ሓድሽ ምሕዳስ ንምድላይ ሕደግዎ</translation>
    </message>
    <message>
        <source>Pull down to check for updates</source>
        <translation>ሓድሽ ምሕዳስ ንምድላይ ንታሕቲ ስሓብዎ</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your next steps</source>
        <translation>ዝቕጽሉ ስጉምትታትኩም</translation>
    </message>
    <message>
        <source>All steps done – well done!</source>
        <translation>ኩሎም ስጉምትታት ተፈጺሞም – ጽቡቕ ገይርኩም!</translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation>ምሉእ ዝርዝር</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ሕራይ</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>መልእኽቲ ዕጸዉ</translation>
    </message>
    <message>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>ንቀዳሞት ስጉምትታትኩም እሙን ሓበሬታ። ብዘይ ኢንተርነት&apos;ውን ይሰርሕ።</translation>
    </message>
    <message>
        <source>Find places that help: counselling, courses, interpreters, offices</source>
        <translation>ሓገዝ ዝህቡ ቦታታት ርኸቡ: ምኽሪ፣ ኮርሳት፣ ተርጎምቲ፣ ቤት ጽሕፈታት</translation>
    </message>
    <message>
        <source>Set up your personal checklist: what to do, for whom, by when</source>
        <translation>ውልቃዊ ዝርዝር ስራሕትኩም ኣዳልዉ: እንታይ፣ ንመን፣ ክሳብ መዓስ</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>ኣርእስትታት</translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <source>your position</source>
        <translation>ቦታኹም</translation>
    </message>
    <message>
        <source>your last known position</source>
        <translation>ናይ መወዳእታ ዝተፈልጠ ቦታኹም</translation>
    </message>
    <message>
        <source>the city centre</source>
        <translation>ማእከል ከተማ</translation>
    </message>
    <message>
        <source>This device cannot tell its position: pick a place.</source>
        <translation>እዚ መሳርሒ ቦታኡ ክፈልጥ ኣይክእልን: ሓደ ቦታ ምረጹ።</translation>
    </message>
    <message>
        <source>The app may not use your position: pick a place, or allow it in the settings.</source>
        <translation>ኣፕ ቦታኹም ክጥቀም ኣይተፈቕደሉን: ሓደ ቦታ ምረጹ፣ ወይ ኣብ ቅጥዕታት ፍቐዱሉ።</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation>ቦታኹም ይድለ ኣሎ…</translation>
    </message>
    <message>
        <source>Sorted by distance from %1. %2 Change</source>
        <translation>ብርሕቀት ተሰሪዑ (መበገሲ: %1)። %2 ቀይሩ</translation>
    </message>
    <message>
        <source>Sorted by distance from %1.</source>
        <translation>ብርሕቀት ተሰሪዑ (መበገሲ: %1)።</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: choose where distances count from</extracomment>
        <translation>ቀይሩ</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where are you?</source>
        <translation>ኣበይ ኣለኹም?</translation>
    </message>
    <message>
        <source>Places that help are sorted by distance from this point. It stays on your phone and is never sent anywhere.</source>
        <translation>ሓገዝ ዝህቡ ቦታታት ካብዚ ነጥቢ ብዘለዎም ርሕቀት ይስርዑ። እዚ ነጥቢ ኣብ ተሌፎንኩም ይጸንሕ፣ ናብ ዝኾነ ቦታ ኣይለኣኽን።</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>ቦታይ ምጥቃም</translation>
    </message>
    <message>
        <source>This device cannot tell its position. Please pick your postcode or quarter below.</source>
        <translation>እዚ መሳርሒ ቦታኡ ክፈልጥ ኣይክእልን። በጃኹም ኣብ ታሕቲ ፖስታዊ ቁጽሪ ወይ ከባቢ ምረጹ።</translation>
    </message>
    <message>
        <source>The app may not use your position. Allow it in the system settings, or pick your postcode or quarter below.</source>
        <translation>ኣፕ ቦታኹም ክጥቀም ኣይተፈቕደሉን። ኣብ ቅጥዕታት ስርዓት ፍቐዱሉ፣ ወይ ኣብ ታሕቲ ፖስታዊ ቁጽሪ ወይ ከባቢ ምረጹ።</translation>
    </message>
    <message>
        <source>Looking for your position… This can take a minute, especially indoors.</source>
        <translation>ቦታኹም ይድለ ኣሎ… ብፍላይ ኣብ ውሽጢ ህንጻ ሓደ ደቒቕ ክወስድ ይኽእል።</translation>
    </message>
    <message>
        <source>Using your position (accurate to about %1 m).</source>
        <translation>ቦታኹም ኣብ ጥቕሚ ይውዕል ኣሎ (ልክዕነት ብግምት %1 ሜ)።</translation>
    </message>
    <message>
        <source>Using your position.</source>
        <translation>ቦታኹም ኣብ ጥቕሚ ይውዕል ኣሎ።</translation>
    </message>
    <message>
        <source>Use the city centre</source>
        <translation>ማእከል ከተማ ምጥቃም</translation>
    </message>
    <message>
        <source>Postcode or quarter, e.g. 3018 or Bümpliz</source>
        <translation>ፖስታዊ ቁጽሪ ወይ ከባቢ፣ ንኣብነት 3018 ወይ Bümpliz</translation>
    </message>
    <message>
        <source>Search a postcode or quarter</source>
        <translation>ፖስታዊ ቁጽሪ ወይ ከባቢ ድለዩ</translation>
    </message>
    <message>
        <source>Measure from %1</source>
        <translation>ርሕቀት ካብ %1 ምዕቃን</translation>
    </message>
    <message>
        <source>No postcode or quarter matches. Try the first digits of your postcode.</source>
        <translation>ዝሰማማዕ ፖስታዊ ቁጽሪ ወይ ከባቢ የለን። ቀዳሞት ኣሃዛት ፖስታዊ ቁጽሪ ፈትኑ።</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n places here; zoom in</source>
        <translation>
            <numerusform>ኣብዚ %n ቦታ ኣሎ፤ ኣጉልሑ</numerusform>
            <numerusform>ኣብዚ %n ቦታታት ኣለዉ፤ ኣጉልሑ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the places that help</source>
        <translation>ካርታ ሓገዝ ዝህቡ ቦታታት</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>ቦታኹም</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ኣጉልሑ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ኣንእሱ</translation>
    </message>
    <message>
        <source>No offline map is installed and map downloads are off, so the places are shown without a map.</source>
        <translation>ብዘይ ኢንተርነት ዝሰርሕ ካርታ ኣይተተኸለን፣ ምውራድ ካርታታት&apos;ውን ተዓጽዩ ኣሎ፣ ስለዚ ቦታታት ብዘይ ካርታ ይርኣዩ ኣለዉ።</translation>
    </message>
    <message>
        <source>The map server cannot be reached (no connection?), so the places are shown without a map.</source>
        <translation>ሰርቨር ካርታ ክብጻሕ ኣይከኣለን (ርክብ የለን ድዩ?)፣ ስለዚ ቦታታት ብዘይ ካርታ ይርኣዩ ኣለዉ።</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>ካርታ ይጽዕን ኣሎ…</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>ሓበሬታ ካርታ: %1</translation>
    </message>
</context>
<context>
    <name>OfferMapCard</name>
    <message>
        <source>Close the card</source>
        <translation>ካርድ ዕጸዉ</translation>
    </message>
    <message>
        <source>Details and contact</source>
        <translation>ዝርዝር ሓበሬታን ርክብን</translation>
    </message>
    <message>
        <source>Details and contact for %1</source>
        <translation>ዝርዝር ሓበሬታን ርክብን: %1</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>Where to get help</source>
        <translation>ሓገዝ ኣበይ ይርከብ</translation>
    </message>
    <message>
        <source>This place is not in the guide (any more).</source>
        <translation>እዚ ቦታ ኣብ መምርሒ የለን (ወይ ድሕሪ ሕጂ የለን)።</translation>
    </message>
    <message>
        <source>Languages spoken: %1</source>
        <translation>ዝዝረባ ቋንቋታት: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>ደውሉ</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>ናብ %1 ደውሉ</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>ጽሓፉ</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>ናብ %1 ኢመይል ጽሓፉ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>መርበብ ሓበሬታ</translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation>መርበብ ሓበሬታ %1 ክፈቱ</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>መንገዲ</translation>
    </message>
    <message>
        <source>Directions to %1 in the map app</source>
        <translation>ኣብ ኣፕ ካርታ ናብ %1 ዝወስድ መንገዲ</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>ተወሳኺ ኣንብቡ</translation>
    </message>
    <message>
        <source>Our editors are still verifying some details of this entry. Please check before you go.</source>
        <translation>ኣዳላዊ ጉጅለና ገለ ዝርዝራት ናይዚ መእተዊ ገና የረጋግጽ ኣሎ። በጃኹም ቅድሚ ምኻድኩም ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>ብነጻ</translation>
    </message>
    <message>
        <source>Costs money</source>
        <translation>ክፍሊት ኣለዎ</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>ንዓረብያ ስንኩላን ምቹእ</translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation>ንዓረብያ ስንኩላን ምቹእ ኣይኮነን</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>ብቆጸራ ጥራይ</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>ሰዓታት ስራሕ</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>ለይትን መዓልትን፡ መዓልቲ መዓልቲ</translation>
    </message>
</context>
<context>
    <name>OfferText</name>
    <message>
        <source>%1 m</source>
        <translation>%1 ሜ</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 ኪ.ሜ</translation>
    </message>
    <message>
        <source>open day and night</source>
        <translation>ለይትን መዓልትን ክፉት</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>ክሳብ %1 ክፉት</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>ዝኽፈተሉ: %1</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>About you</source>
        <translation>ብዛዕባኹም</translation>
    </message>
    <message>
        <source>A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.</source>
        <translation>ዝርዝር ስራሕትኩም ቅኑዓት ስጉምትታትን ግዜ ገደባትን ምእንቲ ከርኢ፣ ገለ ሕቶታት። መልስታትኩም ኣብዚ ተሌፎን ይጸንሑ።</translation>
    </message>
    <message>
        <source>When did you arrive in Bern?</source>
        <translation>መዓስ ናብ በርን መጺእኩም?</translation>
    </message>
    <message>
        <source>Month of arrival</source>
        <translation>ወርሒ ምምጻእ</translation>
    </message>
    <message>
        <source>Day of arrival</source>
        <translation>መዓልቲ ምምጻእ</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>ዓመት ምምጻእ</translation>
    </message>
    <message>
        <source>Where did you come from?</source>
        <translation>ካበይ መጺእኩም?</translation>
    </message>
    <message>
        <source>From abroad</source>
        <translation>ካብ ወጻኢ ሃገር</translation>
    </message>
    <message>
        <source>From another Swiss canton</source>
        <translation>ካብ ካልእ ካንቶን ስዊዘርላንድ</translation>
    </message>
    <message>
        <source>Months in Switzerland before moving to Bern</source>
        <translation>ናብ በርን ቅድሚ ምግዓዝኩም ኣብ ስዊዘርላንድ ዝጸናሕኩምዎ ኣዋርሕ</translation>
    </message>
    <message>
        <source>I am a citizen of an EU or EFTA country</source>
        <translation>ዜጋ ሃገር ኤውሮጳዊ ሕብረት (EU) ወይ EFTA እየ</translation>
    </message>
    <message>
        <source>Which permit do you have or expect?</source>
        <translation>ኣየናይ ፍቓድ ኣለኩም ወይ ትጽበዩ?</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>ገና ኣይፈለጥኩን</translation>
    </message>
    <message>
        <source>B – residence</source>
        <translation>B – ፍቓድ መንበሪ</translation>
    </message>
    <message>
        <source>C – settlement</source>
        <translation>C – ፍቓድ ቀዋሚ መንበሪ</translation>
    </message>
    <message>
        <source>L – short stay</source>
        <translation>L – ሓጺር ግዜ መንበሪ</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – ግዝያዊ ተቐባልነት</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – ሓታቲ ዑቕባ</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – ናይ ሓለዋ ኩነታት</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – ዶብ ሰጊሩ ዝሰርሕ</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>ፍቓድ</translation>
    </message>
    <message>
        <source>Who lives in your household?</source>
        <translation>ኣብ ስድራቤትኩም መን ይነብር?</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>ስም (ኣማራጺ)</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>ስም ሰብ %1</translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation>ዓቢ ሰብ (18 ወይ ልዕሊኡ)</translation>
    </message>
    <message>
        <source>Young person (16–17)</source>
        <translation>መንእሰይ (16–17)</translation>
    </message>
    <message>
        <source>School child (6–15)</source>
        <translation>ተማሃራይ ቆልዓ (6–15)</translation>
    </message>
    <message>
        <source>Kindergarten child (4–5)</source>
        <translation>ቆልዓ መዋእለ ህጻናት (4–5)</translation>
    </message>
    <message>
        <source>Age of person %1</source>
        <translation>ዕድመ ሰብ %1</translation>
    </message>
    <message>
        <source>Works or starts work</source>
        <translation>ይሰርሕ ወይ ስራሕ ይጅምር</translation>
    </message>
    <message>
        <source>Has a driving licence from abroad</source>
        <translation>ናይ ወጻኢ መንጃ ፍቓድ ኣለዎ</translation>
    </message>
    <message>
        <source>Comes later to join the family</source>
        <translation>ደሓር ይመጽእ (ምጥርናፍ ስድራ)</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>ነዚ ሰብ ኣልግሱ</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>ሰብ %1 ኣልግሱ</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>ሰብ ወስኹ</translation>
    </message>
    <message>
        <source>Show my checklist</source>
        <translation>ዝርዝር ስራሕተይ ምርኣይ</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>ሕጂ ሕለፍዎ</translation>
    </message>
    <message>
        <source>I have been granted asylum (recognised refugee)</source>
        <translation>ዑቕባ ተዋሂቡኒ እዩ (ኣፍልጦ ዝተገብረሉ ስደተኛ)</translation>
    </message>
    <message>
        <source>My husband, wife or children live abroad and may join us later</source>
        <translation>ሰበይተይ፡ ሰብኣየይ ወይ ደቀይ ኣብ ወጻኢ ይነብሩ፡ ድሒሮም ክመጽኡና ይኽእሉ እዮም</translation>
    </message>
    <message>
        <source>Small child (1–3)</source>
        <translation>ንእሽቶ ቆልዓ (1–3)</translation>
    </message>
    <message>
        <source>Baby (under 1)</source>
        <translation>ህጻን (ትሕቲ 1 ዓመት)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places that help</source>
        <translation>ሓገዝ ዝህቡ ቦታታት</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>ኩሉ ዓይነት ሓገዝ</translation>
    </message>
    <message>
        <source>Integration counselling</source>
        <translation>ምኽሪ ምውህሃድ</translation>
    </message>
    <message>
        <source>Residents&apos; office</source>
        <translation>ቤት ጽሕፈት ነበርቲ</translation>
    </message>
    <message>
        <source>School office</source>
        <translation>ቤት ጽሕፈት ትምህርቲ</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>ኮርሳት ቋንቋ</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>ትርጉም ብቓል</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>ማሕበራዊ መድሕናት</translation>
    </message>
    <message>
        <source>Road traffic office</source>
        <translation>ቤት ጽሕፈት ትራፊክ</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>ቤተ-መጻሕፍቲ</translation>
    </message>
    <message>
        <source>Migration service</source>
        <translation>ኣገልግሎት ስደት</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>ህጹጽ ኩነታት</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>ዓይነት ሓገዝ</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>ሕጂ ክፉት</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>ብናጻ</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Show the places as a list</extracomment>
        <translation>ዝርዝር</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>ከም ዝርዝር ኣርእዩ</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Show the places on a map</extracomment>
        <translation>ካርታ</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>ኣብ ካርታ ኣርእዩ</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try another kind of help, or switch off “Open now”.</source>
        <translation>ምስዚ መጻረዪታት ዝሰማማዕ ቦታ የለን። ካልእ ዓይነት ሓገዝ ፈትኑ፣ ወይ «ሕጂ ክፉት» ኣጥፍእዎ።</translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation>ቦታይ ምርኣይ</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>ክንክን ጥዕና</translation>
    </message>
    <message>
        <source>Health insurers</source>
        <translation>መድሕን ሕክምና</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>ባንክታት</translation>
    </message>
    <message>
        <source>Asylum social service</source>
        <translation>ማሕበራዊ ኣገልግሎት ዑቕባ</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>ማሕበራዊ ኣገልግሎታት</translation>
    </message>
    <message>
        <source>Job centre (RAV)</source>
        <translation>ማእከል ስራሕ (RAV)</translation>
    </message>
    <message>
        <source>Career advice</source>
        <translation>ምኽሪ ሞያ</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>ቤት ጽሕፈት ግብሪ</translation>
    </message>
    <message>
        <source>Parent advice</source>
        <translation>ምኽሪ ወለዲ</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>ክንክን ህጻናት</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>ሕጋዊ ምኽሪ</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>ሓገዝ ግዳያት</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>ኣብ መምርሒ ድለዩ</translation>
    </message>
    <message>
        <source>Search, e.g. health insurance</source>
        <translation>ድለዩ፣ ንኣብነት መድሕን ጥዕና</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ምድላይ</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>ኣብ መምርሒ ድለዩ</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>ጽሑፋት</translation>
    </message>
    <message>
        <source>Places and offers</source>
        <translation>ቦታታትን ኣገልግሎታትን</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>ስጉምትታት ዝርዝር</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>ተመሳሳሊ ኣጻሕፋ</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>ናይ ቀረባ ግዜ ምድላያት</translation>
    </message>
    <message>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>ብዝኾነ ቋንቋ ቃል ጽሓፉ፣ ንኣብነት Krankenkasse, permit, école።</translation>
    </message>
    <message>
        <source>Search again for %1</source>
        <translation>%1 ደጊምኩም ድለዩ</translation>
    </message>
    <message>
        <source>Clear recent searches</source>
        <translation>ናይ ቀረባ ግዜ ምድላያት ደምስሱ</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>ን«%1» ዝተረኽበ የለን። ውሑዳት ፊደላት፣ ካልእ ኣጻሕፋ ወይ ካልእ ቋንቋ ፈትኑ – ወይ ኣርእስትታት ኣብ መምርሒ ርኣዩ።</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>ቅጥዕታት</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>ቋንቋ: %1</translation>
    </message>
    <message>
        <source>My checklist and data</source>
        <translation>ዝርዝር ስራሕተይን ሓበሬታይን</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>ስድራቤተይ ምቕያር</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>ዝርዝር ስራሕተይ ምድላው</translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation>ዝርዝር ስራሕቲ ከም PDF ኣውጽኡ</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar (.ics)</source>
        <translation>ግዜ ገደባት ናብ ዓውደ-ኣዋርሐይ ምውሳኽ (.ics)</translation>
    </message>
    <message>
        <source>Save all my data as one file</source>
        <translation>ኩሉ ሓበሬታይ ኣብ ሓደ ፋይል ምዕቃብ</translation>
    </message>
    <message>
        <source>Path of a saved data file</source>
        <translation>መንገዲ ዝተዓቀበ ፋይል ሓበሬታ</translation>
    </message>
    <message>
        <source>Path of a saved data file to import</source>
        <translation>መንገዲ ዝእቶ ዝተዓቀበ ፋይል ሓበሬታ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ኣእትዉ</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>ዝተቐየረ ነገር የለን: %1</translation>
    </message>
    <message>
        <source>Your data was imported.</source>
        <translation>ሓበሬታኹም ኣትዩ ኣሎ።</translation>
    </message>
    <message>
        <source>Import my data from this file</source>
        <translation>ሓበሬታይ ካብዚ ፋይል ምእታው</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>ተዓቂቡ: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>እቲ ፋይል ክጽሓፍ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>ምሕዳስ ትሕዝቶ</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>ትሕዝቶ ናይ %1 (ስሪት %2)።</translation>
    </message>
    <message>
        <source>No content is installed: %1</source>
        <translation>ዝተተኸለ ትሕዝቶ የለን: %1</translation>
    </message>
    <message>
        <source>This content is updated with new versions of the app.</source>
        <translation>እዚ ትሕዝቶ ምስ ሓደሽቲ ስሪታት ናይቲ ኣፕ ይሕደስ።</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>ምሕዳስ ድለዩ</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>ናይ መወዳእታ ምርግጋጽ: %1</translation>
    </message>
    <message>
        <source>What&apos;s new in the content</source>
        <translation>ሓደሽቲ ነገራት ኣብ ትሕዝቶ</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>ብሕትውና</translation>
    </message>
    <message>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>እተእትውዎ ኩሉ ኣብዚ መሳርሒ ይጸንሕ። ሕሳብ የለን፣ ምክትታል የለን።</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>ማህደር ሓበሬታ: %1</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>No longer in the guide – your record is kept</source>
        <translation>ድሕሪ ሕጂ ኣብ መምርሒ የለን – መዝገብኩም ተዓቂቡ ኣሎ</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>ኣየድልን</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ተፈጺሙ</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>ግዜ ገደብ የብሉን</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>ካብ %1 ጀሚሩ ደንጒዩ</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>ክሳብ %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>ተፈጺሙ: %1</translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation>ከም ዝተፈጸመ ምልክት ግበሩ: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>This step is not in your checklist.</source>
        <translation>እዚ ስጉምቲ ኣብ ዝርዝር ስራሕትኩም የለን።</translation>
    </message>
    <message>
        <source>This step is no longer in the guide. What you recorded is kept.</source>
        <translation>እዚ ስጉምቲ ድሕሪ ሕጂ ኣብ መምርሒ የለን። ዝመዝገብኩምዎ ተዓቂቡ ኣሎ።</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>ካብ %1 ጀሚሩ ደንጒዩ</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>ክሳብ %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>ግዜ ገደብ የብሉን</translation>
    </message>
    <message>
        <source>Bring along:</source>
        <translation>ሒዝኩም ምጹ:</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>ተፈጺሙ ✓</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>ከም ዝተፈጸመ ምልክት ግበሩ</translation>
    </message>
    <message>
        <source>Needed after all</source>
        <translation>ኣድላዪ እዩ</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>ኣየድልን</translation>
    </message>
    <message>
        <source>Read more about it</source>
        <translation>ብዛዕባኡ ተወሳኺ ኣንብቡ</translation>
    </message>
    <message>
        <source>Show at the counter</source>
        <translation>ኣብ መስኮት ኣገልግሎት ኣርእዩ</translation>
    </message>
    <message>
        <source>Show this step in German and in your language, large, at the office counter</source>
        <translation>ነዚ ስጉምቲ ብዓቢ ፊደል፣ ብጀርመንን ብቋንቋኹምን፣ ኣብ መስኮት ኣገልግሎት ኣርእዩ</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>ናበይ ምኻድ</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>ናተይ መዘኻኸሪ</translation>
    </message>
    <message>
        <source>e.g. appointment on 5 March, bring the rental contract</source>
        <translation>ንኣብነት ቆጸራ ብ5 መጋቢት፣ ውዕል ክራይ ሒዝካ ምኻድ</translation>
    </message>
    <message>
        <source>My note for this step</source>
        <translation>ናተይ መዘኻኸሪ ንዚ ስጉምቲ</translation>
    </message>
    <message>
        <source>This deadline is set by law or by an office. Missing it can cost money or your permit.</source>
        <translation>እዚ ናይ መወዳእታ ዕለት ብሕጊ ወይ ብቤት ጽሕፈት ዝተወሰነ እዩ። እንተሓለፈኩም ገንዘብ ወይ ፍቓድኩም ከኽስረኩም ይኽእል።</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Checking for updates…</source>
        <translation>ምሕዳስ ይድለ ኣሎ…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>ምሕዳስ ይወርድ ኣሎ…</translation>
    </message>
    <message>
        <source>Installing the update…</source>
        <translation>ምሕዳስ ይትከል ኣሎ…</translation>
    </message>
    <message>
        <source>This content has no update server.</source>
        <translation>እዚ ትሕዝቶ ሰርቨር ምሕዳስ የብሉን።</translation>
    </message>
    <message>
        <source>The content was updated to version %1.</source>
        <translation>ትሕዝቶ ናብ ስሪት %1 ተሓዲሱ።</translation>
    </message>
    <message>
        <source>The content is up to date.</source>
        <translation>ትሕዝቶ ናይ ሕጂ እዩ።</translation>
    </message>
    <message>
        <source>You are offline. The app looks for updates again when you are online.</source>
        <translation>ምስ ኢንተርነት ኣይተራኸብኩምን። ምስ ተራኸብኩም ኣፕ ደጊሙ ምሕዳስ ክደሊ እዩ።</translation>
    </message>
    <message>
        <source>The update server could not be reached. Your content is unchanged; please try again later.</source>
        <translation>ሰርቨር ምሕዳስ ክብጻሕ ኣይከኣለን። ትሕዝቶኹም ኣይተቐየረን፤ በጃኹም ደሓር ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>The update server reported an error. Your content is unchanged; please try again later.</source>
        <translation>ሰርቨር ምሕዳስ ጌጋ ሓቢሩ። ትሕዝቶኹም ኣይተቐየረን፤ በጃኹም ደሓር ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>The update is not genuine: its signature does not match. It was not installed.</source>
        <translation>እቲ ምሕዳስ ሓቀኛ ኣይኮነን: ፊርማኡ ኣይሰማማዕን። ኣይተተኸለን።</translation>
    </message>
    <message>
        <source>The update is for another city or region. It was not installed.</source>
        <translation>እቲ ምሕዳስ ንካልእ ከተማ ወይ ዞባ እዩ። ኣይተተኸለን።</translation>
    </message>
    <message>
        <source>The server offers older content than this device has. Nothing was changed.</source>
        <translation>ሰርቨር ካብቲ ኣብዚ መሳርሒ ዘሎ ዝኣረገ ትሕዝቶ የቕርብ ኣሎ። ዝተቐየረ ነገር የለን።</translation>
    </message>
    <message>
        <source>The update on the server has expired. It was not installed.</source>
        <translation>እቲ ኣብ ሰርቨር ዘሎ ምሕዳስ ግዜኡ ሓሊፉ። ኣይተተኸለን።</translation>
    </message>
    <message>
        <source>The download was damaged or incomplete. Your content is unchanged; please try again later.</source>
        <translation>እቲ ዝወረደ ተበላሺዩ ወይ ዘይተማልአ ነይሩ። ትሕዝቶኹም ኣይተቐየረን፤ በጃኹም ደሓር ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>There is not enough free space on this device for the update. Your content is unchanged.</source>
        <translation>ኣብዚ መሳርሒ ንምሕዳስ ዝኣክል ባዶ ቦታ የለን። ትሕዝቶኹም ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>No content is installed that could be updated.</source>
        <translation>ክሕደስ ዝኽእል ዝተተኸለ ትሕዝቶ የለን።</translation>
    </message>
    <message>
        <source>The update could not be installed. Your content is unchanged.</source>
        <translation>እቲ ምሕዳስ ክትከል ኣይከኣለን። ትሕዝቶኹም ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged; it was restored and updated to version %1.</source>
        <translation>ትሕዝቶ እቲ መምርሒ ኣብዚ መሳርሒ ተበላሺዩ ነይሩ፤ ተመሊሱ ናብ ሕታም %1 ተሓዲሱ ኣሎ።</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored.</source>
        <translation>ትሕዝቶ እቲ መምርሒ ኣብዚ መሳርሒ ተበላሺዩ ነይሩ፡ ተመሊሱ ኣሎ።</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; the latest update will be installed at the next attempt.</source>
        <translation>ትሕዝቶ እቲ መምርሒ ኣብዚ መሳርሒ ተበላሺዩ ነይሩ፡ ካብቲ ኣፕ ተመሊሱ ኣሎ፤ እቲ ናይ መወዳእታ ምሕዳስ ኣብቲ ዝቕጽል ፈተነ ክጽዓን እዩ።</translation>
    </message>
    <message>
        <source>The update seems to come from the future: please check this device&apos;s date and time. It was not installed.</source>
        <translation>እቲ ምሕዳስ ካብ መጻኢ ዝመጸ ይመስል፤ በጃኹም ዕለትን ሰዓትን ናይዚ መሳርሒ ኣረጋግጹ። ኣይተጻዕነን።</translation>
    </message>
    <message>
        <source>The update would have stopped this device from receiving any later update, so it was not installed.</source>
        <translation>እዚ ምሕዳስ ነዚ መሳርሒ ዝኾነ ዝቕጽል ምሕዳስ ከይቕበል ምዓገቶ ነይሩ፡ ስለዚ ኣይተጻዕነን።</translation>
    </message>
    <message>
        <source>Another update of the content is running. Please try again in a moment.</source>
        <translation>ካልእ ምሕዳስ ትሕዝቶ ይካየድ ኣሎ። በጃኹም ቁሩብ ጸኒሕኩም እንደገና ፈትኑ።</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device is damaged. Please reinstall the app.</source>
        <translation>ትሕዝቶ እቲ መምርሒ ኣብዚ መሳርሒ ተበላሽዩ ኣሎ። በጃኹም ነቲ ኣፕ እንደገና ጽዓንዎ።</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There are no articles in this topic yet.</source>
        <translation>ኣብዚ ኣርእስቲ ገና ጽሑፋት የለዉን።</translation>
    </message>
</context>
<context>
    <name>WhatsNewModel</name>
    <message>
        <source>Topics of the guide</source>
        <translation>ኣርእስትታት መምርሒ</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the list of pages the last content update changed</extracomment>
        <translation>ሓደሽቲ ነገራት</translation>
    </message>
    <message>
        <source>Notes from the editors: %1</source>
        <translation>ሓበሬታ ካብ ኣዳለውቲ: %1</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>ትሕዝቶ ናይ %1 (ስሪት %2)።</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ሓድሽ</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>ተሰሪዙ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>ተቐይሩ</translation>
    </message>
    <message>
        <source>Place or service</source>
        <translation>ቦታ ወይ ኣገልግሎት</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>ስጉምቲ ዝርዝር</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>መምርሒ</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>ጽሑፍ</translation>
    </message>
    <message>
        <source>No changes to show. When the content is updated, the changed pages are listed here.</source>
        <translation>ዝርአ ለውጢ የለን። ትሕዝቶ ምስ ተሓደሰ፣ ዝተቐየሩ ገጻት ኣብዚ ይዝርዘሩ።</translation>
    </message>
</context>
</TS>
