<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>AppController</name>
    <message>
        <source>The guide&apos;s content could not be installed, so what is shown may be missing or old. Free some storage space and restart the app. (%1)</source>
        <translation>Macluumaadka hagaha lama rakibi karin, sidaa darteed waxa la muujinayo waxaa laga yaabaa inay maqan yihiin ama duug yihiin. Meel kaydin ah bannee oo dib u bilow app-ka. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content cannot be read. Please reinstall the app. (%1)</source>
        <translation>Macluumaadka hagaha lama akhrin karo. Fadlan dib u rakib app-ka. (%1)</translation>
    </message>
    <message>
        <source>Your personal data file was damaged. It was kept as a backup (%1) and a new one was started.</source>
        <translation>Faylka xogtaada gaarka ah wuu xumaaday. Waxaa loo hayaa kayd ahaan (%1), mid cusubna waa la bilaabay.</translation>
    </message>
    <message>
        <source>Your personal data was saved by a newer version of Welcome. Please update the app; your data was left untouched.</source>
        <translation>Xogtaada gaarka ah waxaa lagu kaydiyay nooc ka cusub oo Welcome ah. Fadlan cusboonaysii app-ka; xogtaada waxba lagama beddelin.</translation>
    </message>
    <message>
        <source>Your personal data cannot be opened, so nothing you enter now will be kept. (%1)</source>
        <translation>Xogtaada gaarka ah lama furi karo, sidaa darteed waxa aad hadda geliso lama kaydin doono. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; updates are downloaded again when you are online.</source>
        <translation>Macluumaadka hagaha ee qalabkan wuu xumaaday, waxaana laga soo celiyay app-ka; cusboonaysiinta ayaa mar kale la soo dejin doonaa marka aad internetka ku xiran tahay.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Home</source>
        <translation>Bogga hore</translation>
    </message>
    <message>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>Hage</translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>The tab with the personal checklist</extracomment>
        <translation>Liiska</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Dejinta</translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation>Macluumaadka waa la cusboonaysiiyay</translation>
    </message>
    <message>
        <source>See what&apos;s new</source>
        <translation>Eeg waxa cusub</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Xir</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>Boggan ma jiro ama mar dambe ma jiro. Waxaa laga yaabaa in laga saaray markii macluumaadka la cusboonaysiiyay.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Ilaha</translation>
    </message>
    <message>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>Isha: %1, waxay %2 ku furaysaa browser-ka</translation>
    </message>
    <message>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>Markii ugu dambaysay waxaa la hubiyay %1. Tifaftirayaashayadu weli waxay hubinayaan faahfaahin ku jirta boggan.</translation>
    </message>
    <message>
        <source>Last checked on %1.</source>
        <translation>Markii ugu dambaysay waxaa la hubiyay %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <source>Whole household</source>
        <translation>Qoyska oo dhan</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Qofka %1</translation>
    </message>
    <message>
        <source>Your household could not be saved.</source>
        <translation>Qoyskaaga lama kaydin karin.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Muddada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>La dhammeeyay</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aan la dhammayn</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Looma baahna</translation>
    </message>
    <message>
        <source>Bring along</source>
        <translation>Soo qaado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Tallaabo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Xaalad</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>Liiskayga hawlaha</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lama akhrin karo: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>My checklist</source>
        <translation>Liiskayga hawlaha</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Dhammaan</translation>
    </message>
    <message>
        <source>Show the steps of everyone</source>
        <translation>Muuji tallaabooyinka qof walba</translation>
    </message>
    <message>
        <source>Show the steps of %1</source>
        <translation>Muuji tallaabooyinka %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 ka mid ah %2 tallaabo waa la dhammeeyay</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar</source>
        <translation>Ku dar waqtiyada kalandarkayga</translation>
    </message>
    <message>
        <source>Saved. Open the file with your calendar app: %1</source>
        <translation>Waa la kaydiyay. Faylka ku fur app-ka kalandarkaaga: %1</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>Faylka kalandarka lama qori karin.</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Beddel qoyskayga</translation>
    </message>
    <message>
        <source>Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.</source>
        <translation>Liiskaaga hawlaha ee gaarka ah wuxuu muujinayaa waxa la sameeyo, cidda loo sameeyo iyo goorta: diiwaangelinta, caymiska caafimaadka, dugsiga iyo wax kale.</translation>
    </message>
    <message>
        <source>Answer a few questions. Everything stays on this phone.</source>
        <translation>Ka jawaab su&apos;aalo yar. Wax walba taleefankan ayay ku hadhayaan.</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Samee liiskayga hawlaha</translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lama qori karo: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation>%1 lama qori karo: PDF-ka lama samayn karin.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Show at the counter</source>
        <translation>Ku tus miiska adeegga</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>Boggan weli laguma heli karo %1. Waxaa lagu muujinayaa %2.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>Hage</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n maqaal</numerusform>
            <numerusform>%n maqaal</numerusform>
        </translation>
    </message>
    <message>
        <source>No content is installed yet.</source>
        <translation>Weli wax macluumaad ah lama rakibin.</translation>
    </message>
    <message>
        <source>Release to check for updates</source>
        <translation>Sii daa si aad u hubiso cusboonaysiin</translation>
    </message>
    <message>
        <source>Pull down to check for updates</source>
        <translation>Hoos u jiid si aad u hubiso cusboonaysiin</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your next steps</source>
        <translation>Tallaabooyinkaaga xiga</translation>
    </message>
    <message>
        <source>All steps done – well done!</source>
        <translation>Dhammaan tallaabooyinka waa la dhammeeyay – hambalyo!</translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation>Liiska oo dhan</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Hagaag</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Xir fariinta</translation>
    </message>
    <message>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>Macluumaad la isku halleyn karo oo loogu talagalay tallaabooyinkaaga ugu horreeya. Internet la&apos;aan ayuu ku shaqeeyaa.</translation>
    </message>
    <message>
        <source>Find places that help: counselling, courses, interpreters, offices</source>
        <translation>Hel meelaha caawiya: la-talin, koorsooyin, turjubaanno, xafiisyo</translation>
    </message>
    <message>
        <source>Set up your personal checklist: what to do, for whom, by when</source>
        <translation>Samee liiskaaga hawlaha ee gaarka ah: waxa la sameeyo, cidda, iyo goorta</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Mawduucyada</translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <source>your position</source>
        <translation>goobtaada</translation>
    </message>
    <message>
        <source>your last known position</source>
        <translation>goobtaadii ugu dambaysay ee la yaqaan</translation>
    </message>
    <message>
        <source>the city centre</source>
        <translation>bartamaha magaalada</translation>
    </message>
    <message>
        <source>This device cannot tell its position: pick a place.</source>
        <translation>Qalabkani ma ogaan karo goobtiisa: dooro meel.</translation>
    </message>
    <message>
        <source>The app may not use your position: pick a place, or allow it in the settings.</source>
        <translation>App-ka looma oggola inuu isticmaalo goobtaada: dooro meel, ama ka oggolow dejinta.</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation>Goobtaada ayaa la raadinayaa…</translation>
    </message>
    <message>
        <source>Sorted by distance from %1. %2 Change</source>
        <translation>Waxaa lagu kala soocay masaafada laga bilaabo %1. %2 Beddel</translation>
    </message>
    <message>
        <source>Sorted by distance from %1.</source>
        <translation>Waxaa lagu kala soocay masaafada laga bilaabo %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: choose where distances count from</extracomment>
        <translation>Beddel</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where are you?</source>
        <translation>Xaggee baad joogtaa?</translation>
    </message>
    <message>
        <source>Places that help are sorted by distance from this point. It stays on your phone and is never sent anywhere.</source>
        <translation>Meelaha caawiya waxaa lagu kala soocaa masaafada ay u jiraan baratan. Waxay ku hadhaysaa taleefankaaga, meelna looma diro.</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Isticmaal goobtayda</translation>
    </message>
    <message>
        <source>This device cannot tell its position. Please pick your postcode or quarter below.</source>
        <translation>Qalabkani ma ogaan karo goobtiisa. Fadlan hoos ka dooro koodhka boostada ama xaafaddaada.</translation>
    </message>
    <message>
        <source>The app may not use your position. Allow it in the system settings, or pick your postcode or quarter below.</source>
        <translation>App-ka looma oggola inuu isticmaalo goobtaada. Ka oggolow dejinta nidaamka, ama hoos ka dooro koodhka boostada ama xaafaddaada.</translation>
    </message>
    <message>
        <source>Looking for your position… This can take a minute, especially indoors.</source>
        <translation>Goobtaada ayaa la raadinayaa… Waxay qaadan kartaa daqiiqad, gaar ahaan gudaha dhismaha.</translation>
    </message>
    <message>
        <source>Using your position (accurate to about %1 m).</source>
        <translation>Goobtaada ayaa la isticmaalayaa (saxnaanta qiyaastii %1 m).</translation>
    </message>
    <message>
        <source>Using your position.</source>
        <translation>Goobtaada ayaa la isticmaalayaa.</translation>
    </message>
    <message>
        <source>Use the city centre</source>
        <translation>Isticmaal bartamaha magaalada</translation>
    </message>
    <message>
        <source>Postcode or quarter, e.g. 3018 or Bümpliz</source>
        <translation>Koodhka boostada ama xaafadda, tusaale 3018 ama Bümpliz</translation>
    </message>
    <message>
        <source>Search a postcode or quarter</source>
        <translation>Raadi koodh boosto ama xaafad</translation>
    </message>
    <message>
        <source>Measure from %1</source>
        <translation>Ka cabbir %1</translation>
    </message>
    <message>
        <source>No postcode or quarter matches. Try the first digits of your postcode.</source>
        <translation>Ma jiro koodh boosto ama xaafad ku habboon. Isku day lambarrada ugu horreeya ee koodhkaaga boostada.</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n places here; zoom in</source>
        <translation>
            <numerusform>%n meel ayaa halkan ah; soo dhowee</numerusform>
            <numerusform>%n meelood ayaa halkan ah; soo dhowee</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the places that help</source>
        <translation>Khariidadda meelaha caawiya</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>Goobtaada</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Soo dhowee</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Ka fogee</translation>
    </message>
    <message>
        <source>No offline map is installed and map downloads are off, so the places are shown without a map.</source>
        <translation>Ma jirto khariidad offline ah oo la rakibay, soo dejinta khariidadahana waa dansan tahay, sidaa darteed meelaha waxaa lagu muujinayaa khariidad la&apos;aan.</translation>
    </message>
    <message>
        <source>The map server cannot be reached (no connection?), so the places are shown without a map.</source>
        <translation>Server-ka khariidadda lama gaari karo (xiriir ma jiro?), sidaa darteed meelaha waxaa lagu muujinayaa khariidad la&apos;aan.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Khariidadda ayaa la soo rarayaa…</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Xogta khariidadda: %1</translation>
    </message>
</context>
<context>
    <name>OfferMapCard</name>
    <message>
        <source>Close the card</source>
        <translation>Xir kaarka</translation>
    </message>
    <message>
        <source>Details and contact</source>
        <translation>Faahfaahin iyo xiriir</translation>
    </message>
    <message>
        <source>Details and contact for %1</source>
        <translation>Faahfaahin iyo xiriir: %1</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>Where to get help</source>
        <translation>Halka caawimo laga helo</translation>
    </message>
    <message>
        <source>This place is not in the guide (any more).</source>
        <translation>Meeshan kuma jirto hagaha, ama mar dambe kuma jirto.</translation>
    </message>
    <message>
        <source>Languages spoken: %1</source>
        <translation>Luqadaha lagu hadlo: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Wac</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Wac %1</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Qor</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>U dir iimayl %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Websaydh</translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation>Fur websaydhka %1</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Tilmaamaha jidka</translation>
    </message>
    <message>
        <source>Directions to %1 in the map app</source>
        <translation>Tilmaamaha jidka ee %1 ee app-ka khariidadda</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Akhri wax dheeraad ah</translation>
    </message>
    <message>
        <source>Our editors are still verifying some details of this entry. Please check before you go.</source>
        <translation>Tifaftirayaashayadu weli waxay hubinayaan faahfaahin ku jirta qoraalkan. Fadlan hubi ka hor intaadan tegin.</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Bilaash</translation>
    </message>
    <message>
        <source>Costs money</source>
        <translation>Lacag baa laga bixiyaa</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Kursiga curyaanka waa la geli karaa</translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation>Kursiga curyaanka lama geli karo</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Ballan keliya</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Saacadaha furitaanka</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>Habeen iyo maalin, maalin kasta</translation>
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
        <translation>furan habeen iyo maalin</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>furan ilaa %1</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>wuxuu furmayaa %1</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>About you</source>
        <translation>Adiga ku saabsan</translation>
    </message>
    <message>
        <source>A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.</source>
        <translation>Su&apos;aalo yar, si liiskaaga hawluhu u muujiyo tallaabooyinka iyo waqtiyada saxda ah. Jawaabahaagu taleefankan ayay ku hadhayaan.</translation>
    </message>
    <message>
        <source>When did you arrive in Bern?</source>
        <translation>Goorma ayaad timid Bern?</translation>
    </message>
    <message>
        <source>Month of arrival</source>
        <translation>Bisha aad timid</translation>
    </message>
    <message>
        <source>Day of arrival</source>
        <translation>Maalinta aad timid</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Sannadka aad timid</translation>
    </message>
    <message>
        <source>Where did you come from?</source>
        <translation>Xaggee baad ka timid?</translation>
    </message>
    <message>
        <source>From abroad</source>
        <translation>Dalka dibaddiisa</translation>
    </message>
    <message>
        <source>From another Swiss canton</source>
        <translation>Kanton kale oo Swiss ah</translation>
    </message>
    <message>
        <source>Months in Switzerland before moving to Bern</source>
        <translation>Bilaha aad Switzerland joogtay ka hor intaadan u guurin Bern</translation>
    </message>
    <message>
        <source>I am a citizen of an EU or EFTA country</source>
        <translation>Waxaan muwaadin ka ahay waddan ka tirsan EU ama EFTA</translation>
    </message>
    <message>
        <source>Which permit do you have or expect?</source>
        <translation>Sharci noocee ah ayaad haysataa ama sugaysaa?</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Weli ma aqaan</translation>
    </message>
    <message>
        <source>B – residence</source>
        <translation>B – sharciga deganaanshaha</translation>
    </message>
    <message>
        <source>C – settlement</source>
        <translation>C – sharciga degitaanka joogtada ah</translation>
    </message>
    <message>
        <source>L – short stay</source>
        <translation>L – joogitaan muddo gaaban</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – si ku meel gaar ah loo aqbalay</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – magangalyo doon</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – xaaladda ilaalinta</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – shaqaale xuduudka ka gooshta</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Sharciga</translation>
    </message>
    <message>
        <source>Who lives in your household?</source>
        <translation>Yaa ku nool qoyskaaga?</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Magaca (ikhtiyaari)</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Magaca qofka %1</translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation>Qof weyn (18 ama ka weyn)</translation>
    </message>
    <message>
        <source>Young person (16–17)</source>
        <translation>Dhallinyaro (16–17)</translation>
    </message>
    <message>
        <source>School child (6–15)</source>
        <translation>Ilmo dugsi (6–15)</translation>
    </message>
    <message>
        <source>Kindergarten child (4–5)</source>
        <translation>Ilmo dugsi barbaarin (4–5)</translation>
    </message>
    <message>
        <source>Age of person %1</source>
        <translation>Da&apos;da qofka %1</translation>
    </message>
    <message>
        <source>Works or starts work</source>
        <translation>Shaqeeya ama shaqo bilaabaya</translation>
    </message>
    <message>
        <source>Has a driving licence from abroad</source>
        <translation>Haysta liisan darawalnimo oo dibadda laga helay</translation>
    </message>
    <message>
        <source>Comes later to join the family</source>
        <translation>Goor dambe imanaya (midowga qoyska)</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Ka saar qofkan</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Ka saar qofka %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ku dar qof</translation>
    </message>
    <message>
        <source>Show my checklist</source>
        <translation>Muuji liiskayga hawlaha</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Hadda ka bood</translation>
    </message>
    <message>
        <source>I have been granted asylum (recognised refugee)</source>
        <translation>Magangelyo ayaa la i siiyay (qaxooti la aqoonsaday)</translation>
    </message>
    <message>
        <source>My husband, wife or children live abroad and may join us later</source>
        <translation>Ninkayga, xaaskayga ama carruurtaydu dibadda ayay ku nool yihiin, waxayna noo iman karaan goor dambe</translation>
    </message>
    <message>
        <source>Small child (1–3)</source>
        <translation>Ilmo yar (1–3)</translation>
    </message>
    <message>
        <source>Baby (under 1)</source>
        <translation>Ilmo yar (ka yar 1 sano)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places that help</source>
        <translation>Meelaha caawiya</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>Dhammaan noocyada caawimada</translation>
    </message>
    <message>
        <source>Integration counselling</source>
        <translation>La-talinta is-dhexgalka</translation>
    </message>
    <message>
        <source>Residents&apos; office</source>
        <translation>Xafiiska dadka deggan</translation>
    </message>
    <message>
        <source>School office</source>
        <translation>Xafiiska dugsiyada</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Koorsooyinka luqadda</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Turjumaad</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>Caymisyada bulshada</translation>
    </message>
    <message>
        <source>Road traffic office</source>
        <translation>Xafiiska gaadiidka</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Maktabadaha</translation>
    </message>
    <message>
        <source>Migration service</source>
        <translation>Adeegga socdaalka</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Xaaladaha degdegga ah</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Nooca caawimada</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Hadda furan</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Bilaash</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Show the places as a list</extracomment>
        <translation>Liis</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>U muuji liis ahaan</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Show the places on a map</extracomment>
        <translation>Khariidad</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Ku muuji khariidad</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try another kind of help, or switch off “Open now”.</source>
        <translation>Ma jirto meel ku habboon shaandhooyinkan. Isku day nooc kale oo caawimo ah, ama dami «Hadda furan».</translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation>Muuji goobtayda</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Daryeelka caafimaadka</translation>
    </message>
    <message>
        <source>Health insurers</source>
        <translation>Caymiska caafimaadka</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>Bangiyada</translation>
    </message>
    <message>
        <source>Asylum social service</source>
        <translation>Adeegga bulshada ee magangelyada</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Adeegyada bulshada</translation>
    </message>
    <message>
        <source>Job centre (RAV)</source>
        <translation>Xarunta shaqada (RAV)</translation>
    </message>
    <message>
        <source>Career advice</source>
        <translation>Talo-bixinta xirfadda</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>Xafiiska canshuuraha</translation>
    </message>
    <message>
        <source>Parent advice</source>
        <translation>Talo-bixinta waalidka</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Xannaanada carruurta</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Talo sharci</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>Caawinta dhibbanayaasha</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>Ka raadi hagaha</translation>
    </message>
    <message>
        <source>Search, e.g. health insurance</source>
        <translation>Raadi, tusaale caymiska caafimaadka</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Raadi</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Ka raadi hagaha</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Maqaallo</translation>
    </message>
    <message>
        <source>Places and offers</source>
        <translation>Meelo iyo adeegyo</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Tallaabooyinka liiska</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>qoraal u eg</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Raadintii dhowayd</translation>
    </message>
    <message>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>Qor eray luqad kasta ah, tusaale Krankenkasse, permit, école.</translation>
    </message>
    <message>
        <source>Search again for %1</source>
        <translation>Mar kale raadi %1</translation>
    </message>
    <message>
        <source>Clear recent searches</source>
        <translation>Tirtir raadintii dhowayd</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>Wax lagama helin «%1». Isku day xarfo ka yar, higgaad kale ama luqad kale – ama eeg mawduucyada Hagaha.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Dejinta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Luqadda</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Luqadda: %1</translation>
    </message>
    <message>
        <source>My checklist and data</source>
        <translation>Liiskayga hawlaha iyo xogtayda</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Beddel qoyskayga</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Samee liiskayga hawlaha</translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation>Liiska hawlaha u soo saar PDF ahaan</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar (.ics)</source>
        <translation>Ku dar waqtiyada kalandarkayga (.ics)</translation>
    </message>
    <message>
        <source>Save all my data as one file</source>
        <translation>Dhammaan xogtayda ku kaydi hal fayl</translation>
    </message>
    <message>
        <source>Path of a saved data file</source>
        <translation>Jidka fayl xog ah oo la kaydiyay</translation>
    </message>
    <message>
        <source>Path of a saved data file to import</source>
        <translation>Jidka faylka xogta ee la soo gelinayo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Soo geli</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Waxba lama beddelin: %1</translation>
    </message>
    <message>
        <source>Your data was imported.</source>
        <translation>Xogtaada waa la soo geliyay.</translation>
    </message>
    <message>
        <source>Import my data from this file</source>
        <translation>Xogtayda ka soo geli faylkan</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Waa la kaydiyay: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Faylka lama qori karin.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>Cusboonaysiinta macluumaadka</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Macluumaadka taariikhda %1 (nooca %2).</translation>
    </message>
    <message>
        <source>No content is installed: %1</source>
        <translation>Wax macluumaad ah lama rakibin: %1</translation>
    </message>
    <message>
        <source>This content is updated with new versions of the app.</source>
        <translation>Macluumaadkan waxaa la cusboonaysiiyaa marka app-ka nooc cusub la soo saaro.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Hubi cusboonaysiin</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Markii ugu dambaysay ee la hubiyay: %1</translation>
    </message>
    <message>
        <source>What&apos;s new in the content</source>
        <translation>Waxa cusub ee macluumaadka</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Asturnaanta</translation>
    </message>
    <message>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>Wax kasta oo aad geliso waxay ku hadhaan qalabkan. Akoon ma jiro, raadraac ma jiro.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Galka xogta: %1</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>No longer in the guide – your record is kept</source>
        <translation>Mar dambe kuma jiro hagaha – diiwaankaagu waa la hayaa</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Looma baahna</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>La dhammeeyay</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Waqti cayiman ma leh</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Waqtigii wuu dhaafay tan iyo %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Ilaa %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>La dhammeeyay: %1</translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation>U calaamadee inuu dhammaaday: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>This step is not in your checklist.</source>
        <translation>Tallaabadan kuma jirto liiskaaga hawlaha.</translation>
    </message>
    <message>
        <source>This step is no longer in the guide. What you recorded is kept.</source>
        <translation>Tallaabadan mar dambe kuma jirto hagaha. Waxa aad qortay waa la hayaa.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Waqtigii wuu dhaafay tan iyo %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Ilaa %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Waqti cayiman ma leh</translation>
    </message>
    <message>
        <source>Bring along:</source>
        <translation>Soo qaado:</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>La dhammeeyay ✓</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>U calaamadee inuu dhammaaday</translation>
    </message>
    <message>
        <source>Needed after all</source>
        <translation>Waa loo baahan yahay</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Looma baahna</translation>
    </message>
    <message>
        <source>Read more about it</source>
        <translation>Wax badan ka akhri</translation>
    </message>
    <message>
        <source>Show at the counter</source>
        <translation>Ku tus miiska adeegga</translation>
    </message>
    <message>
        <source>Show this step in German and in your language, large, at the office counter</source>
        <translation>Tallaabadan si weyn ugu tus miiska adeegga, af Jarmal iyo luqaddaada</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Halka loo tago</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Qoraalkayga</translation>
    </message>
    <message>
        <source>e.g. appointment on 5 March, bring the rental contract</source>
        <translation>tusaale ballan 5 Maarso, keen heshiiska kirada</translation>
    </message>
    <message>
        <source>My note for this step</source>
        <translation>Qoraalkayga tallaabadan</translation>
    </message>
    <message>
        <source>This deadline is set by law or by an office. Missing it can cost money or your permit.</source>
        <translation>Waqtigan waxaa go&apos;aamiyay sharciga ama xafiis. Haddii aad seegto, waxay kugu keeni kartaa lacag ama ruqsaddaada.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Checking for updates…</source>
        <translation>Cusboonaysiin ayaa la hubinayaa…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>Cusboonaysiinta ayaa la soo dejinayaa…</translation>
    </message>
    <message>
        <source>Installing the update…</source>
        <translation>Cusboonaysiinta ayaa la rakibayaa…</translation>
    </message>
    <message>
        <source>This content has no update server.</source>
        <translation>Macluumaadkani ma laha server cusboonaysiin.</translation>
    </message>
    <message>
        <source>The content was updated to version %1.</source>
        <translation>Macluumaadka waxaa loo cusboonaysiiyay nooca %1.</translation>
    </message>
    <message>
        <source>The content is up to date.</source>
        <translation>Macluumaadku waa kii ugu dambeeyay.</translation>
    </message>
    <message>
        <source>You are offline. The app looks for updates again when you are online.</source>
        <translation>Internet kuma xidhnid. App-ku wuxuu mar kale hubin doonaa cusboonaysiin marka aad internet ku xidhan tahay.</translation>
    </message>
    <message>
        <source>The update server could not be reached. Your content is unchanged; please try again later.</source>
        <translation>Server-ka cusboonaysiinta lama gaari karin. Macluumaadkaagu isma beddelin; fadlan mar dambe isku day.</translation>
    </message>
    <message>
        <source>The update server reported an error. Your content is unchanged; please try again later.</source>
        <translation>Server-ka cusboonaysiintu wuxuu sheegay khalad. Macluumaadkaagu isma beddelin; fadlan mar dambe isku day.</translation>
    </message>
    <message>
        <source>The update is not genuine: its signature does not match. It was not installed.</source>
        <translation>Cusboonaysiintu ma aha mid run ah: saxiixeedu isma waafaqsana. Lama rakibin.</translation>
    </message>
    <message>
        <source>The update is for another city or region. It was not installed.</source>
        <translation>Cusboonaysiintu waxay u socotaa magaalo ama gobol kale. Lama rakibin.</translation>
    </message>
    <message>
        <source>The server offers older content than this device has. Nothing was changed.</source>
        <translation>Server-ku wuxuu bixinayaa macluumaad ka duug ah kuwa qalabkan. Waxba lama beddelin.</translation>
    </message>
    <message>
        <source>The update on the server has expired. It was not installed.</source>
        <translation>Cusboonaysiinta server-ka ku jirta waqtigeedii waa dhacay. Lama rakibin.</translation>
    </message>
    <message>
        <source>The download was damaged or incomplete. Your content is unchanged; please try again later.</source>
        <translation>Soo dejintu way xumayd ama ma dhammayn. Macluumaadkaagu isma beddelin; fadlan mar dambe isku day.</translation>
    </message>
    <message>
        <source>There is not enough free space on this device for the update. Your content is unchanged.</source>
        <translation>Qalabkan kuma filna meel bannaan oo cusboonaysiinta ah. Macluumaadkaagu isma beddelin.</translation>
    </message>
    <message>
        <source>No content is installed that could be updated.</source>
        <translation>Ma jiro macluumaad la rakibay oo la cusboonaysiin karo.</translation>
    </message>
    <message>
        <source>The update could not be installed. Your content is unchanged.</source>
        <translation>Cusboonaysiinta lama rakibi karin. Macluumaadkaagu isma beddelin.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged; it was restored and updated to version %1.</source>
        <translation>Macluumaadka hagaha ee qalabkan wuu xumaaday; waa la soo celiyay waxaana loo cusboonaysiiyay nooca %1.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored.</source>
        <translation>Macluumaadka hagaha ee qalabkan wuu xumaaday waana la soo celiyay.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; the latest update will be installed at the next attempt.</source>
        <translation>Macluumaadka hagaha ee qalabkan wuu xumaaday, waxaana laga soo celiyay app-ka; cusboonaysiinta ugu dambeysa waxaa la rakibi doonaa isku dayga xiga.</translation>
    </message>
    <message>
        <source>The update seems to come from the future: please check this device&apos;s date and time. It was not installed.</source>
        <translation>Cusboonaysiintu waxay u muuqataa inay mustaqbalka ka timid: fadlan hubi taariikhda iyo saacadda qalabkan. Lama rakibin.</translation>
    </message>
    <message>
        <source>The update would have stopped this device from receiving any later update, so it was not installed.</source>
        <translation>Cusboonaysiintani waxay qalabkan ka joojin lahayd inuu helo cusboonaysiin dambe, sidaas darteed lama rakibin.</translation>
    </message>
    <message>
        <source>Another update of the content is running. Please try again in a moment.</source>
        <translation>Cusboonaysiin kale oo macluumaadka ah ayaa socota. Fadlan dib u isku day daqiiqad kadib.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device is damaged. Please reinstall the app.</source>
        <translation>Macluumaadka hagaha ee qalabkan waa xumaaday. Fadlan app-ka dib u rakib.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There are no articles in this topic yet.</source>
        <translation>Mawduucan weli maqaallo kuma jiraan.</translation>
    </message>
</context>
<context>
    <name>WhatsNewModel</name>
    <message>
        <source>Topics of the guide</source>
        <translation>Mawduucyada hagaha</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the list of pages the last content update changed</extracomment>
        <translation>Waxa cusub</translation>
    </message>
    <message>
        <source>Notes from the editors: %1</source>
        <translation>Qoraallada tifaftirayaasha: %1</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Macluumaadka taariikhda %1 (nooca %2).</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Cusub</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>La saaray</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>La beddelay</translation>
    </message>
    <message>
        <source>Place or service</source>
        <translation>Meel ama adeeg</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Tallaabo liiska ah</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Hage</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Maqaal</translation>
    </message>
    <message>
        <source>No changes to show. When the content is updated, the changed pages are listed here.</source>
        <translation>Isbeddel la muujiyo ma jiro. Marka macluumaadka la cusboonaysiiyo, boggaga isbeddelay halkan ayaa lagu taxayaa.</translation>
    </message>
</context>
</TS>
