<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq">
<context>
    <name>AppController</name>
    <message>
        <source>The guide&apos;s content could not be installed, so what is shown may be missing or old. Free some storage space and restart the app. (%1)</source>
        <translation>Përmbajtja e udhëzuesit nuk mund të instalohej, ndaj ajo që shfaqet mund të mungojë ose të jetë e vjetër. Lironi pak hapësirë ruajtjeje dhe rinisni aplikacionin. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content cannot be read. Please reinstall the app. (%1)</source>
        <translation>Përmbajtja e udhëzuesit nuk mund të lexohet. Ju lutemi riinstaloni aplikacionin. (%1)</translation>
    </message>
    <message>
        <source>Your personal data file was damaged. It was kept as a backup (%1) and a new one was started.</source>
        <translation>Skedari i të dhënave tuaja personale ishte i dëmtuar. U ruajt si kopje rezervë (%1) dhe u krijua një i ri.</translation>
    </message>
    <message>
        <source>Your personal data was saved by a newer version of Welcome. Please update the app; your data was left untouched.</source>
        <translation>Të dhënat tuaja personale u ruajtën nga një version më i ri i Welcome. Ju lutemi përditësoni aplikacionin; të dhënat tuaja nuk u prekën.</translation>
    </message>
    <message>
        <source>Your personal data cannot be opened, so nothing you enter now will be kept. (%1)</source>
        <translation>Të dhënat tuaja personale nuk mund të hapen, ndaj asgjë që futni tani nuk do të ruhet. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; updates are downloaded again when you are online.</source>
        <translation>Përmbajtja e udhëzuesit në këtë pajisje ishte e dëmtuar dhe u rikthye nga aplikacioni; përditësimet do të shkarkohen përsëri kur të jeni në linjë.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Home</source>
        <translation>Ballina</translation>
    </message>
    <message>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>Udhëzuesi</translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>The tab with the personal checklist</extracomment>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cilësimet</translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation>Përmbajtja u përditësua</translation>
    </message>
    <message>
        <source>See what&apos;s new</source>
        <translation>Shihni të rejat</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Mbyll</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>Kjo faqe nuk ekziston (më). Mund të jetë hequr gjatë një përditësimi të përmbajtjes.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Burimet</translation>
    </message>
    <message>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>Burimi: %1, hap %2 në shfletues</translation>
    </message>
    <message>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>Kontrolluar për herë të fundit më %1. Redaksia jonë po verifikon ende disa të dhëna të kësaj faqeje.</translation>
    </message>
    <message>
        <source>Last checked on %1.</source>
        <translation>Kontrolluar për herë të fundit më %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <source>Whole household</source>
        <translation>E gjithë familja</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Personi %1</translation>
    </message>
    <message>
        <source>Your household could not be saved.</source>
        <translation>Të dhënat e familjes suaj nuk mund të ruheshin.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Afati</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>E kryer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Për t&apos;u bërë</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nuk nevojitet</translation>
    </message>
    <message>
        <source>Bring along</source>
        <translation>Merrni me vete</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Hapi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>Lista ime e kontrollit</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 nuk mund të lexohet: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>My checklist</source>
        <translation>Lista ime e kontrollit</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Të gjithë</translation>
    </message>
    <message>
        <source>Show the steps of everyone</source>
        <translation>Shfaq hapat e të gjithëve</translation>
    </message>
    <message>
        <source>Show the steps of %1</source>
        <translation>Shfaq hapat për %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 nga %2 hapa të kryer</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar</source>
        <translation>Shto afatet në kalendarin tim</translation>
    </message>
    <message>
        <source>Saved. Open the file with your calendar app: %1</source>
        <translation>U ruajt. Hapeni skedarin me aplikacionin tuaj të kalendarit: %1</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>Skedari i kalendarit nuk mund të shkruhej.</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Ndrysho familjen time</translation>
    </message>
    <message>
        <source>Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.</source>
        <translation>Lista juaj personale e kontrollit tregon çfarë duhet bërë, për kë dhe deri kur: regjistrimi, sigurimi shëndetësor, shkolla dhe më shumë.</translation>
    </message>
    <message>
        <source>Answer a few questions. Everything stays on this phone.</source>
        <translation>Përgjigjuni disa pyetjeve. Gjithçka mbetet në këtë telefon.</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Krijo listën time të kontrollit</translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 nuk mund të shkruhet: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation>%1 nuk mund të shkruhet: PDF-ja nuk mund të krijohej.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Show at the counter</source>
        <translation>Tregoje në sportel</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>Kjo faqe nuk është ende e disponueshme në %1. Shfaqet në %2.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>Udhëzuesi</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikull</numerusform>
            <numerusform>%n artikuj</numerusform>
        </translation>
    </message>
    <message>
        <source>No content is installed yet.</source>
        <translation>Ende nuk është instaluar asnjë përmbajtje.</translation>
    </message>
    <message>
        <source>Release to check for updates</source>
        <translation>Lëshojeni për të kërkuar përditësime</translation>
    </message>
    <message>
        <source>Pull down to check for updates</source>
        <translation>Tërhiqni poshtë për të kërkuar përditësime</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your next steps</source>
        <translation>Hapat tuaj të ardhshëm</translation>
    </message>
    <message>
        <source>All steps done – well done!</source>
        <translation>Të gjithë hapat u kryen – të lumtë!</translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation>Lista e plotë</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Mbyll mesazhin</translation>
    </message>
    <message>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>Informacion i besueshëm për hapat tuaj të parë. Funksionon edhe pa internet.</translation>
    </message>
    <message>
        <source>Find places that help: counselling, courses, interpreters, offices</source>
        <translation>Gjeni vende që ndihmojnë: këshillim, kurse, përkthyes, zyra</translation>
    </message>
    <message>
        <source>Set up your personal checklist: what to do, for whom, by when</source>
        <translation>Krijoni listën tuaj personale të kontrollit: çfarë të bëni, për kë, deri kur</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temat</translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <source>your position</source>
        <translation>vendndodhja juaj</translation>
    </message>
    <message>
        <source>your last known position</source>
        <translation>vendndodhja juaj e fundit e njohur</translation>
    </message>
    <message>
        <source>the city centre</source>
        <translation>qendra e qytetit</translation>
    </message>
    <message>
        <source>This device cannot tell its position: pick a place.</source>
        <translation>Kjo pajisje nuk mund të përcaktojë vendndodhjen: zgjidhni një vend.</translation>
    </message>
    <message>
        <source>The app may not use your position: pick a place, or allow it in the settings.</source>
        <translation>Aplikacioni nuk lejohet të përdorë vendndodhjen tuaj: zgjidhni një vend ose lejojeni te cilësimet.</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation>Po kërkohet vendndodhja juaj…</translation>
    </message>
    <message>
        <source>Sorted by distance from %1. %2 Change</source>
        <translation>Renditur sipas largësisë nga %1. %2 Ndrysho</translation>
    </message>
    <message>
        <source>Sorted by distance from %1.</source>
        <translation>Renditur sipas largësisë nga %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: choose where distances count from</extracomment>
        <translation>Ndrysho</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where are you?</source>
        <translation>Ku ndodheni?</translation>
    </message>
    <message>
        <source>Places that help are sorted by distance from this point. It stays on your phone and is never sent anywhere.</source>
        <translation>Vendet që ndihmojnë renditen sipas largësisë nga kjo pikë. Ajo mbetet në telefonin tuaj dhe nuk dërgohet kurrë askund.</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Përdor vendndodhjen time</translation>
    </message>
    <message>
        <source>This device cannot tell its position. Please pick your postcode or quarter below.</source>
        <translation>Kjo pajisje nuk mund të përcaktojë vendndodhjen. Ju lutemi zgjidhni më poshtë kodin postar ose lagjen tuaj.</translation>
    </message>
    <message>
        <source>The app may not use your position. Allow it in the system settings, or pick your postcode or quarter below.</source>
        <translation>Aplikacioni nuk lejohet të përdorë vendndodhjen tuaj. Lejojeni te cilësimet e sistemit ose zgjidhni më poshtë kodin postar ose lagjen tuaj.</translation>
    </message>
    <message>
        <source>Looking for your position… This can take a minute, especially indoors.</source>
        <translation>Po kërkohet vendndodhja juaj… Kjo mund të zgjasë një minutë, sidomos brenda ndërtesave.</translation>
    </message>
    <message>
        <source>Using your position (accurate to about %1 m).</source>
        <translation>Po përdoret vendndodhja juaj (saktësi rreth %1 m).</translation>
    </message>
    <message>
        <source>Using your position.</source>
        <translation>Po përdoret vendndodhja juaj.</translation>
    </message>
    <message>
        <source>Use the city centre</source>
        <translation>Përdor qendrën e qytetit</translation>
    </message>
    <message>
        <source>Postcode or quarter, e.g. 3018 or Bümpliz</source>
        <translation>Kodi postar ose lagjja, p.sh. 3018 ose Bümpliz</translation>
    </message>
    <message>
        <source>Search a postcode or quarter</source>
        <translation>Kërkoni një kod postar ose lagje</translation>
    </message>
    <message>
        <source>Measure from %1</source>
        <translation>Mat nga %1</translation>
    </message>
    <message>
        <source>No postcode or quarter matches. Try the first digits of your postcode.</source>
        <translation>Asnjë kod postar ose lagje nuk përputhet. Provoni shifrat e para të kodit tuaj postar.</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n places here; zoom in</source>
        <translation>
            <numerusform>%n vend këtu; zmadhoni hartën</numerusform>
            <numerusform>%n vende këtu; zmadhoni hartën</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the places that help</source>
        <translation>Harta e vendeve që ndihmojnë</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>Vendndodhja juaj</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zmadho</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zvogëlo</translation>
    </message>
    <message>
        <source>No offline map is installed and map downloads are off, so the places are shown without a map.</source>
        <translation>Nuk është instaluar asnjë hartë jashtë linje dhe shkarkimi i hartave është i çaktivizuar, ndaj vendet shfaqen pa hartë.</translation>
    </message>
    <message>
        <source>The map server cannot be reached (no connection?), so the places are shown without a map.</source>
        <translation>Serveri i hartave nuk arrihet (s&apos;ka lidhje?), ndaj vendet shfaqen pa hartë.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Po ngarkohet harta…</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Të dhënat e hartës: %1</translation>
    </message>
</context>
<context>
    <name>OfferMapCard</name>
    <message>
        <source>Close the card</source>
        <translation>Mbyll kartelën</translation>
    </message>
    <message>
        <source>Details and contact</source>
        <translation>Detaje dhe kontakt</translation>
    </message>
    <message>
        <source>Details and contact for %1</source>
        <translation>Detaje dhe kontakt për %1</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>Where to get help</source>
        <translation>Ku të gjeni ndihmë</translation>
    </message>
    <message>
        <source>This place is not in the guide (any more).</source>
        <translation>Ky vend nuk është (më) në udhëzues.</translation>
    </message>
    <message>
        <source>Languages spoken: %1</source>
        <translation>Gjuhët që fliten: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Telefono %1</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Shkruaj</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>Dërgo e-mail te %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Faqja e internetit</translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation>Hap faqen e internetit: %1</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Si të shkoni</translation>
    </message>
    <message>
        <source>Directions to %1 in the map app</source>
        <translation>Si të shkoni te %1 në aplikacionin e hartave</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Lexo më shumë</translation>
    </message>
    <message>
        <source>Our editors are still verifying some details of this entry. Please check before you go.</source>
        <translation>Redaksia jonë po verifikon ende disa të dhëna të këtij regjistrimi. Ju lutemi kontrolloni para se të shkoni.</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Falas</translation>
    </message>
    <message>
        <source>Costs money</source>
        <translation>Me pagesë</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>I përshtatshëm për karrige me rrota</translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation>Jo i përshtatshëm për karrige me rrota</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Vetëm me takim</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>Ditë e natë, çdo ditë</translation>
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
        <translation>hapur ditë e natë</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>hapur deri në %1</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>hapet %1</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>About you</source>
        <translation>Rreth jush</translation>
    </message>
    <message>
        <source>A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.</source>
        <translation>Disa pyetje, që lista juaj e kontrollit të tregojë hapat dhe afatet e duhura. Përgjigjet tuaja mbeten në këtë telefon.</translation>
    </message>
    <message>
        <source>When did you arrive in Bern?</source>
        <translation>Kur mbërritët në Bern?</translation>
    </message>
    <message>
        <source>Month of arrival</source>
        <translation>Muaji i mbërritjes</translation>
    </message>
    <message>
        <source>Day of arrival</source>
        <translation>Dita e mbërritjes</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Viti i mbërritjes</translation>
    </message>
    <message>
        <source>Where did you come from?</source>
        <translation>Nga vini?</translation>
    </message>
    <message>
        <source>From abroad</source>
        <translation>Nga jashtë vendit</translation>
    </message>
    <message>
        <source>From another Swiss canton</source>
        <translation>Nga një kanton tjetër zviceran</translation>
    </message>
    <message>
        <source>Months in Switzerland before moving to Bern</source>
        <translation>Muaj në Zvicër para se të shpërnguleshit në Bern</translation>
    </message>
    <message>
        <source>I am a citizen of an EU or EFTA country</source>
        <translation>Jam shtetas i një vendi të BE-së ose EFTA-s</translation>
    </message>
    <message>
        <source>Which permit do you have or expect?</source>
        <translation>Cilën leje keni ose prisni?</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Nuk e di ende</translation>
    </message>
    <message>
        <source>B – residence</source>
        <translation>B – leje qëndrimi</translation>
    </message>
    <message>
        <source>C – settlement</source>
        <translation>C – leje vendosjeje</translation>
    </message>
    <message>
        <source>L – short stay</source>
        <translation>L – qëndrim afatshkurtër</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – pranuar përkohësisht</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – azilkërkues</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – status mbrojtjeje</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – punëtor ndërkufitar</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Leja</translation>
    </message>
    <message>
        <source>Who lives in your household?</source>
        <translation>Kush jeton në familjen tuaj?</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Emri (opsional)</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Emri i personit %1</translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation>I rritur (18 ose më shumë)</translation>
    </message>
    <message>
        <source>Young person (16–17)</source>
        <translation>I ri (16–17)</translation>
    </message>
    <message>
        <source>School child (6–15)</source>
        <translation>Fëmijë shkollor (6–15)</translation>
    </message>
    <message>
        <source>Kindergarten child (4–5)</source>
        <translation>Fëmijë kopshti (4–5)</translation>
    </message>
    <message>
        <source>Age of person %1</source>
        <translation>Mosha e personit %1</translation>
    </message>
    <message>
        <source>Works or starts work</source>
        <translation>Punon ose fillon punë</translation>
    </message>
    <message>
        <source>Has a driving licence from abroad</source>
        <translation>Ka patentë shoferi nga jashtë</translation>
    </message>
    <message>
        <source>Comes later to join the family</source>
        <translation>Vjen më vonë (bashkim familjar)</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Hiq këtë person</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Hiq personin %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Shto një person</translation>
    </message>
    <message>
        <source>Show my checklist</source>
        <translation>Shfaq listën time të kontrollit</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Kapërce tani për tani</translation>
    </message>
    <message>
        <source>I have been granted asylum (recognised refugee)</source>
        <translation>Më është dhënë azil (refugjat i njohur)</translation>
    </message>
    <message>
        <source>My husband, wife or children live abroad and may join us later</source>
        <translation>Bashkëshorti, bashkëshortja ose fëmijët e mi jetojnë jashtë vendit dhe mund të vijnë më vonë</translation>
    </message>
    <message>
        <source>Small child (1–3)</source>
        <translation>Fëmijë i vogël (1–3)</translation>
    </message>
    <message>
        <source>Baby (under 1)</source>
        <translation>Foshnjë (nën 1 vjeç)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Prapa</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places that help</source>
        <translation>Vende që ndihmojnë</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>Të gjitha llojet e ndihmës</translation>
    </message>
    <message>
        <source>Integration counselling</source>
        <translation>Këshillim për integrim</translation>
    </message>
    <message>
        <source>Residents&apos; office</source>
        <translation>Zyra e banorëve</translation>
    </message>
    <message>
        <source>School office</source>
        <translation>Zyra e shkollave</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Kurse gjuhe</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Përkthim gojor</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>Sigurimet shoqërore</translation>
    </message>
    <message>
        <source>Road traffic office</source>
        <translation>Zyra e qarkullimit rrugor</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotekat</translation>
    </message>
    <message>
        <source>Migration service</source>
        <translation>Shërbimi i migracionit</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Urgjencat</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Lloji i ndihmës</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Hapur tani</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Falas</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Show the places as a list</extracomment>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Shfaq si listë</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Show the places on a map</extracomment>
        <translation>Harta</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Shfaq në hartë</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try another kind of help, or switch off “Open now”.</source>
        <translation>Asnjë vend nuk përputhet me këto filtra. Provoni një lloj tjetër ndihme ose çaktivizoni «Hapur tani».</translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation>Shfaq vendndodhjen time</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Kujdesi shëndetësor</translation>
    </message>
    <message>
        <source>Health insurers</source>
        <translation>Sigurimet shëndetësore</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>Bankat</translation>
    </message>
    <message>
        <source>Asylum social service</source>
        <translation>Shërbimi social i azilit</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Shërbimet sociale</translation>
    </message>
    <message>
        <source>Job centre (RAV)</source>
        <translation>Qendra e punësimit (RAV)</translation>
    </message>
    <message>
        <source>Career advice</source>
        <translation>Këshillimi për karrierën</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>Zyra e tatimeve</translation>
    </message>
    <message>
        <source>Parent advice</source>
        <translation>Këshillimi për prindërit</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kujdesi për fëmijët</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Këshillimi ligjor</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>Ndihmë për viktimat</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>Kërko në udhëzues</translation>
    </message>
    <message>
        <source>Search, e.g. health insurance</source>
        <translation>Kërko, p.sh. sigurim shëndetësor</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Back</source>
        <translation>Prapa</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Kërko</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Kërko në udhëzues</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikuj</translation>
    </message>
    <message>
        <source>Places and offers</source>
        <translation>Vende dhe shërbime</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Hapat e listës së kontrollit</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>drejtshkrim i ngjashëm</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Kërkimet e fundit</translation>
    </message>
    <message>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>Shkruani një fjalë në çdo gjuhë, p.sh. Krankenkasse, permit, école.</translation>
    </message>
    <message>
        <source>Search again for %1</source>
        <translation>Kërko përsëri %1</translation>
    </message>
    <message>
        <source>Clear recent searches</source>
        <translation>Fshi kërkimet e fundit</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>Nuk u gjet asgjë për «%1». Provoni me më pak shkronja, një drejtshkrim tjetër ose një gjuhë tjetër – ose shfletoni temat në Udhëzues.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cilësimet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Gjuha</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Gjuha: %1</translation>
    </message>
    <message>
        <source>My checklist and data</source>
        <translation>Lista ime e kontrollit dhe të dhënat e mia</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Ndrysho familjen time</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Krijo listën time të kontrollit</translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation>Eksporto listën e kontrollit si PDF</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar (.ics)</source>
        <translation>Shto afatet në kalendarin tim (.ics)</translation>
    </message>
    <message>
        <source>Save all my data as one file</source>
        <translation>Ruaj të gjitha të dhënat e mia në një skedar</translation>
    </message>
    <message>
        <source>Path of a saved data file</source>
        <translation>Shtegu i një skedari të ruajtur të dhënash</translation>
    </message>
    <message>
        <source>Path of a saved data file to import</source>
        <translation>Shtegu i skedarit të ruajtur të dhënash për import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nuk u ndryshua asgjë: %1</translation>
    </message>
    <message>
        <source>Your data was imported.</source>
        <translation>Të dhënat tuaja u importuan.</translation>
    </message>
    <message>
        <source>Import my data from this file</source>
        <translation>Importo të dhënat e mia nga ky skedar</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>U ruajt: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Skedari nuk mund të shkruhej.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>Përditësimet e përmbajtjes</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Përmbajtje e datës %1 (versioni %2).</translation>
    </message>
    <message>
        <source>No content is installed: %1</source>
        <translation>Nuk ka përmbajtje të instaluar: %1</translation>
    </message>
    <message>
        <source>This content is updated with new versions of the app.</source>
        <translation>Kjo përmbajtje përditësohet me versionet e reja të aplikacionit.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Kërko përditësime</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Kontrolli i fundit: %1</translation>
    </message>
    <message>
        <source>What&apos;s new in the content</source>
        <translation>Të rejat në përmbajtje</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatësia</translation>
    </message>
    <message>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>Gjithçka që futni mbetet në këtë pajisje. Pa llogari, pa gjurmim.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dosja e të dhënave: %1</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>No longer in the guide – your record is kept</source>
        <translation>Nuk është më në udhëzues – shënimet tuaja ruhen</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nuk nevojitet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>E kryer</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Pa afat</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>I vonuar që nga %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Deri më %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>E kryer: %1</translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation>Shëno si të kryer: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>This step is not in your checklist.</source>
        <translation>Ky hap nuk është në listën tuaj të kontrollit.</translation>
    </message>
    <message>
        <source>This step is no longer in the guide. What you recorded is kept.</source>
        <translation>Ky hap nuk është më në udhëzues. Ajo që keni shënuar ruhet.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>I vonuar që nga %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Deri më %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Pa afat</translation>
    </message>
    <message>
        <source>Bring along:</source>
        <translation>Merrni me vete:</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>E kryer ✓</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Shëno si të kryer</translation>
    </message>
    <message>
        <source>Needed after all</source>
        <translation>Nevojitet gjithsesi</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nuk nevojitet</translation>
    </message>
    <message>
        <source>Read more about it</source>
        <translation>Lexoni më shumë për këtë</translation>
    </message>
    <message>
        <source>Show at the counter</source>
        <translation>Tregoje në sportel</translation>
    </message>
    <message>
        <source>Show this step in German and in your language, large, at the office counter</source>
        <translation>Tregojeni këtë hap me shkronja të mëdha në sportel, në gjermanisht dhe në gjuhën tuaj</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Ku të shkoni</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Shënimi im</translation>
    </message>
    <message>
        <source>e.g. appointment on 5 March, bring the rental contract</source>
        <translation>p.sh. takim më 5 mars, merr kontratën e qirasë</translation>
    </message>
    <message>
        <source>My note for this step</source>
        <translation>Shënimi im për këtë hap</translation>
    </message>
    <message>
        <source>This deadline is set by law or by an office. Missing it can cost money or your permit.</source>
        <translation>Ky afat është caktuar me ligj ose nga një zyrë. Nëse e humbisni, mund t&apos;ju kushtojë para ose lejen tuaj.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Checking for updates…</source>
        <translation>Po kërkohen përditësime…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>Po shkarkohet përditësimi…</translation>
    </message>
    <message>
        <source>Installing the update…</source>
        <translation>Po instalohet përditësimi…</translation>
    </message>
    <message>
        <source>This content has no update server.</source>
        <translation>Kjo përmbajtje nuk ka server përditësimesh.</translation>
    </message>
    <message>
        <source>The content was updated to version %1.</source>
        <translation>Përmbajtja u përditësua në versionin %1.</translation>
    </message>
    <message>
        <source>The content is up to date.</source>
        <translation>Përmbajtja është e përditësuar.</translation>
    </message>
    <message>
        <source>You are offline. The app looks for updates again when you are online.</source>
        <translation>Jeni jashtë linje. Aplikacioni kërkon sërish përditësime kur të jeni në linjë.</translation>
    </message>
    <message>
        <source>The update server could not be reached. Your content is unchanged; please try again later.</source>
        <translation>Serveri i përditësimeve nuk u arrit. Përmbajtja juaj nuk ndryshoi; ju lutemi provoni përsëri më vonë.</translation>
    </message>
    <message>
        <source>The update server reported an error. Your content is unchanged; please try again later.</source>
        <translation>Serveri i përditësimeve raportoi një gabim. Përmbajtja juaj nuk ndryshoi; ju lutemi provoni përsëri më vonë.</translation>
    </message>
    <message>
        <source>The update is not genuine: its signature does not match. It was not installed.</source>
        <translation>Përditësimi nuk është i vërtetë: nënshkrimi i tij nuk përputhet. Nuk u instalua.</translation>
    </message>
    <message>
        <source>The update is for another city or region. It was not installed.</source>
        <translation>Përditësimi është për një qytet ose rajon tjetër. Nuk u instalua.</translation>
    </message>
    <message>
        <source>The server offers older content than this device has. Nothing was changed.</source>
        <translation>Serveri ofron përmbajtje më të vjetër se ajo e kësaj pajisjeje. Nuk u ndryshua asgjë.</translation>
    </message>
    <message>
        <source>The update on the server has expired. It was not installed.</source>
        <translation>Përditësimi në server ka skaduar. Nuk u instalua.</translation>
    </message>
    <message>
        <source>The download was damaged or incomplete. Your content is unchanged; please try again later.</source>
        <translation>Shkarkimi ishte i dëmtuar ose i paplotë. Përmbajtja juaj nuk ndryshoi; ju lutemi provoni përsëri më vonë.</translation>
    </message>
    <message>
        <source>There is not enough free space on this device for the update. Your content is unchanged.</source>
        <translation>Në këtë pajisje nuk ka hapësirë të mjaftueshme të lirë për përditësimin. Përmbajtja juaj nuk ndryshoi.</translation>
    </message>
    <message>
        <source>No content is installed that could be updated.</source>
        <translation>Nuk ka përmbajtje të instaluar që mund të përditësohet.</translation>
    </message>
    <message>
        <source>The update could not be installed. Your content is unchanged.</source>
        <translation>Përditësimi nuk mund të instalohej. Përmbajtja juaj nuk ndryshoi.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged; it was restored and updated to version %1.</source>
        <translation>Përmbajtja e udhëzuesit në këtë pajisje ishte e dëmtuar; u rikthye dhe u përditësua në versionin %1.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored.</source>
        <translation>Përmbajtja e udhëzuesit në këtë pajisje ishte e dëmtuar dhe u rikthye.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; the latest update will be installed at the next attempt.</source>
        <translation>Përmbajtja e udhëzuesit në këtë pajisje ishte e dëmtuar dhe u rikthye nga aplikacioni; përditësimi më i fundit do të instalohet në përpjekjen e ardhshme.</translation>
    </message>
    <message>
        <source>The update seems to come from the future: please check this device&apos;s date and time. It was not installed.</source>
        <translation>Përditësimi duket se vjen nga e ardhmja: ju lutemi kontrolloni datën dhe orën e kësaj pajisjeje. Nuk u instalua.</translation>
    </message>
    <message>
        <source>The update would have stopped this device from receiving any later update, so it was not installed.</source>
        <translation>Ky përditësim do ta kishte penguar këtë pajisje të merrte përditësime të mëvonshme, prandaj nuk u instalua.</translation>
    </message>
    <message>
        <source>Another update of the content is running. Please try again in a moment.</source>
        <translation>Po kryhet një përditësim tjetër i përmbajtjes. Ju lutemi provoni përsëri pas pak.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device is damaged. Please reinstall the app.</source>
        <translation>Përmbajtja e udhëzuesit në këtë pajisje është e dëmtuar. Ju lutemi instalojeni sërish aplikacionin.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There are no articles in this topic yet.</source>
        <translation>Në këtë temë nuk ka ende artikuj.</translation>
    </message>
</context>
<context>
    <name>WhatsNewModel</name>
    <message>
        <source>Topics of the guide</source>
        <translation>Temat e udhëzuesit</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the list of pages the last content update changed</extracomment>
        <translation>Të rejat</translation>
    </message>
    <message>
        <source>Notes from the editors: %1</source>
        <translation>Shënime nga redaksia: %1</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Përmbajtje e datës %1 (versioni %2).</translation>
    </message>
    <message>
        <source>New</source>
        <translation>E re</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>E hequr</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>E ndryshuar</translation>
    </message>
    <message>
        <source>Place or service</source>
        <translation>Vend ose shërbim</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Hap i listës së kontrollit</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Udhëzuesi</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikull</translation>
    </message>
    <message>
        <source>No changes to show. When the content is updated, the changed pages are listed here.</source>
        <translation>Nuk ka ndryshime për të shfaqur. Kur përmbajtja përditësohet, faqet e ndryshuara shfaqen këtu.</translation>
    </message>
</context>
</TS>
