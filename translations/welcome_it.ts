<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AppController</name>
    <message>
        <source>The guide&apos;s content could not be installed, so what is shown may be missing or old. Free some storage space and restart the app. (%1)</source>
        <translation>Non è stato possibile installare i contenuti della guida: ciò che vede potrebbe mancare o non essere aggiornato. Liberi un po&apos; di spazio di archiviazione e riavvii l&apos;app. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content cannot be read. Please reinstall the app. (%1)</source>
        <translation>Non è possibile leggere i contenuti della guida. Reinstalli l&apos;app. (%1)</translation>
    </message>
    <message>
        <source>Your personal data file was damaged. It was kept as a backup (%1) and a new one was started.</source>
        <translation>Il file dei Suoi dati personali era danneggiato. È stato conservato come copia di sicurezza (%1) e ne è stato creato uno nuovo.</translation>
    </message>
    <message>
        <source>Your personal data was saved by a newer version of Welcome. Please update the app; your data was left untouched.</source>
        <translation>I Suoi dati personali sono stati salvati da una versione più recente di Welcome. Aggiorni l&apos;app; i Suoi dati non sono stati modificati.</translation>
    </message>
    <message>
        <source>Your personal data cannot be opened, so nothing you enter now will be kept. (%1)</source>
        <translation>Non è possibile aprire i Suoi dati personali: ciò che inserisce ora non verrà salvato. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; updates are downloaded again when you are online.</source>
        <translation>Il contenuto della guida su questo dispositivo era danneggiato ed è stato ripristinato dall&apos;app; gli aggiornamenti verranno scaricati di nuovo quando sarà online.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>Guida</translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>The tab with the personal checklist</extracomment>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation>Contenuti aggiornati</translation>
    </message>
    <message>
        <source>See what&apos;s new</source>
        <translation>Vedi le novità</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>Questa pagina non esiste (più). Forse è stata rimossa con un aggiornamento dei contenuti.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>Fonte: %1, apre %2 nel browser</translation>
    </message>
    <message>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>Ultima verifica: %1. La nostra redazione sta ancora verificando alcuni dettagli di questa pagina.</translation>
    </message>
    <message>
        <source>Last checked on %1.</source>
        <translation>Ultima verifica: %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <source>Whole household</source>
        <translation>Tutto il nucleo familiare</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>Your household could not be saved.</source>
        <translation>Non è stato possibile salvare il Suo nucleo familiare.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Non necessario</translation>
    </message>
    <message>
        <source>Bring along</source>
        <translation>Da portare</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>La mia lista di controllo</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>My checklist</source>
        <translation>La mia lista di controllo</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Show the steps of everyone</source>
        <translation>Mostra i passi di tutti</translation>
    </message>
    <message>
        <source>Show the steps of %1</source>
        <translation>Mostra i passi di %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 di %2 passi fatti</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar</source>
        <translation>Aggiungi le scadenze al mio calendario</translation>
    </message>
    <message>
        <source>Saved. Open the file with your calendar app: %1</source>
        <translation>Salvato. Apra il file con la Sua app del calendario: %1</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>Non è stato possibile scrivere il file del calendario.</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Modifica il mio nucleo familiare</translation>
    </message>
    <message>
        <source>Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.</source>
        <translation>La Sua lista di controllo personale mostra cosa fare, per chi ed entro quando: notifica d&apos;arrivo, cassa malati, scuola e altro.</translation>
    </message>
    <message>
        <source>Answer a few questions. Everything stays on this phone.</source>
        <translation>Risponda ad alcune domande. Tutto resta su questo telefono.</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Crea la mia lista di controllo</translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation>Impossibile scrivere %1: non è stato possibile creare il PDF.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Show at the counter</source>
        <translation>Mostra allo sportello</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>Questa pagina non è ancora disponibile in %1. È mostrata in %2.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>Guida</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n articolo</numerusform>
            <numerusform>%n articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>No content is installed yet.</source>
        <translation>Non è ancora installato nessun contenuto.</translation>
    </message>
    <message>
        <source>Release to check for updates</source>
        <translation>Rilasci per cercare aggiornamenti</translation>
    </message>
    <message>
        <source>Pull down to check for updates</source>
        <translation>Trascini verso il basso per cercare aggiornamenti</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your next steps</source>
        <translation>I Suoi prossimi passi</translation>
    </message>
    <message>
        <source>All steps done – well done!</source>
        <translation>Tutti i passi completati – ottimo lavoro!</translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation>Tutta la lista</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Chiudi il messaggio</translation>
    </message>
    <message>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>Informazioni affidabili per i Suoi primi passi. Funziona anche offline.</translation>
    </message>
    <message>
        <source>Find places that help: counselling, courses, interpreters, offices</source>
        <translation>Trovi i luoghi che aiutano: consulenza, corsi, interpreti, uffici</translation>
    </message>
    <message>
        <source>Set up your personal checklist: what to do, for whom, by when</source>
        <translation>Crei la Sua lista di controllo personale: cosa fare, per chi, entro quando</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temi</translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <source>your position</source>
        <translation>la Sua posizione</translation>
    </message>
    <message>
        <source>your last known position</source>
        <translation>la Sua ultima posizione nota</translation>
    </message>
    <message>
        <source>the city centre</source>
        <translation>il centro città</translation>
    </message>
    <message>
        <source>This device cannot tell its position: pick a place.</source>
        <translation>Questo dispositivo non riesce a rilevare la posizione: scelga un luogo.</translation>
    </message>
    <message>
        <source>The app may not use your position: pick a place, or allow it in the settings.</source>
        <translation>L&apos;app non può usare la Sua posizione: scelga un luogo o lo consenta nelle impostazioni.</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation>Ricerca della Sua posizione…</translation>
    </message>
    <message>
        <source>Sorted by distance from %1. %2 Change</source>
        <translation>Ordinati per distanza da %1. %2 Modifica</translation>
    </message>
    <message>
        <source>Sorted by distance from %1.</source>
        <translation>Ordinati per distanza da %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: choose where distances count from</extracomment>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where are you?</source>
        <translation>Dove si trova?</translation>
    </message>
    <message>
        <source>Places that help are sorted by distance from this point. It stays on your phone and is never sent anywhere.</source>
        <translation>I luoghi che aiutano sono ordinati per distanza da questo punto. Resta sul Suo telefono e non viene mai inviato altrove.</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Usa la mia posizione</translation>
    </message>
    <message>
        <source>This device cannot tell its position. Please pick your postcode or quarter below.</source>
        <translation>Questo dispositivo non riesce a rilevare la posizione. Scelga qui sotto il Suo codice postale o quartiere.</translation>
    </message>
    <message>
        <source>The app may not use your position. Allow it in the system settings, or pick your postcode or quarter below.</source>
        <translation>L&apos;app non può usare la Sua posizione. La consenta nelle impostazioni di sistema o scelga qui sotto il Suo codice postale o quartiere.</translation>
    </message>
    <message>
        <source>Looking for your position… This can take a minute, especially indoors.</source>
        <translation>Ricerca della Sua posizione… Può richiedere un minuto, soprattutto al chiuso.</translation>
    </message>
    <message>
        <source>Using your position (accurate to about %1 m).</source>
        <translation>Uso della Sua posizione (precisione di circa %1 m).</translation>
    </message>
    <message>
        <source>Using your position.</source>
        <translation>Uso della Sua posizione.</translation>
    </message>
    <message>
        <source>Use the city centre</source>
        <translation>Usa il centro città</translation>
    </message>
    <message>
        <source>Postcode or quarter, e.g. 3018 or Bümpliz</source>
        <translation>Codice postale o quartiere, p. es. 3018 o Bümpliz</translation>
    </message>
    <message>
        <source>Search a postcode or quarter</source>
        <translation>Cerca un codice postale o quartiere</translation>
    </message>
    <message>
        <source>Measure from %1</source>
        <translation>Misura da %1</translation>
    </message>
    <message>
        <source>No postcode or quarter matches. Try the first digits of your postcode.</source>
        <translation>Nessun codice postale o quartiere corrisponde. Provi con le prime cifre del Suo codice postale.</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n places here; zoom in</source>
        <translation>
            <numerusform>%n luogo qui; ingrandisca la mappa</numerusform>
            <numerusform>%n luoghi qui; ingrandisca la mappa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the places that help</source>
        <translation>Mappa dei luoghi che aiutano</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>La Sua posizione</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>No offline map is installed and map downloads are off, so the places are shown without a map.</source>
        <translation>Non è installata nessuna mappa offline e il download delle mappe è disattivato: i luoghi sono mostrati senza mappa.</translation>
    </message>
    <message>
        <source>The map server cannot be reached (no connection?), so the places are shown without a map.</source>
        <translation>Il server delle mappe non è raggiungibile (nessuna connessione?): i luoghi sono mostrati senza mappa.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Caricamento della mappa…</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Dati cartografici: %1</translation>
    </message>
</context>
<context>
    <name>OfferMapCard</name>
    <message>
        <source>Close the card</source>
        <translation>Chiudi la scheda</translation>
    </message>
    <message>
        <source>Details and contact</source>
        <translation>Dettagli e contatti</translation>
    </message>
    <message>
        <source>Details and contact for %1</source>
        <translation>Dettagli e contatti di %1</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>Where to get help</source>
        <translation>Dove trovare aiuto</translation>
    </message>
    <message>
        <source>This place is not in the guide (any more).</source>
        <translation>Questo luogo non è (più) nella guida.</translation>
    </message>
    <message>
        <source>Languages spoken: %1</source>
        <translation>Lingue parlate: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiama</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Chiama %1</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Scrivi</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>Scrivi un&apos;e-mail a %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation>Apri il sito web di %1</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Directions to %1 in the map app</source>
        <translation>Percorso fino a %1 nell&apos;app delle mappe</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Per saperne di più</translation>
    </message>
    <message>
        <source>Our editors are still verifying some details of this entry. Please check before you go.</source>
        <translation>La nostra redazione sta ancora verificando alcuni dettagli di questa scheda. Controlli prima di andarci.</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Costs money</source>
        <translation>A pagamento</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Accessibile in sedia a rotelle</translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation>Non accessibile in sedia a rotelle</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Solo su appuntamento</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Orari di apertura</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>Giorno e notte, tutti i giorni</translation>
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
        <translation>aperto giorno e notte</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>aperto fino alle %1</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>apre %1</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>About you</source>
        <translation>Su di Lei</translation>
    </message>
    <message>
        <source>A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.</source>
        <translation>Alcune domande, perché la Sua lista di controllo mostri i passi e le scadenze giusti. Le Sue risposte restano su questo telefono.</translation>
    </message>
    <message>
        <source>When did you arrive in Bern?</source>
        <translation>Quando è arrivato a Berna?</translation>
    </message>
    <message>
        <source>Month of arrival</source>
        <translation>Mese di arrivo</translation>
    </message>
    <message>
        <source>Day of arrival</source>
        <translation>Giorno di arrivo</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Anno di arrivo</translation>
    </message>
    <message>
        <source>Where did you come from?</source>
        <translation>Da dove viene?</translation>
    </message>
    <message>
        <source>From abroad</source>
        <translation>Dall&apos;estero</translation>
    </message>
    <message>
        <source>From another Swiss canton</source>
        <translation>Da un altro Cantone svizzero</translation>
    </message>
    <message>
        <source>Months in Switzerland before moving to Bern</source>
        <translation>Mesi in Svizzera prima del trasferimento a Berna</translation>
    </message>
    <message>
        <source>I am a citizen of an EU or EFTA country</source>
        <translation>Ho la cittadinanza di un Paese dell&apos;UE o dell&apos;AELS</translation>
    </message>
    <message>
        <source>Which permit do you have or expect?</source>
        <translation>Quale permesso ha o attende?</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Non lo so ancora</translation>
    </message>
    <message>
        <source>B – residence</source>
        <translation>B – permesso di dimora</translation>
    </message>
    <message>
        <source>C – settlement</source>
        <translation>C – permesso di domicilio</translation>
    </message>
    <message>
        <source>L – short stay</source>
        <translation>L – permesso di breve durata</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – ammissione provvisoria</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – richiedente l&apos;asilo</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – statuto di protezione</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – permesso per frontalieri</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Permesso</translation>
    </message>
    <message>
        <source>Who lives in your household?</source>
        <translation>Chi vive nel Suo nucleo familiare?</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nome (facoltativo)</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Nome della persona %1</translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation>Adulto (18 anni o più)</translation>
    </message>
    <message>
        <source>Young person (16–17)</source>
        <translation>Giovane (16–17)</translation>
    </message>
    <message>
        <source>School child (6–15)</source>
        <translation>Bambino in età scolastica (6–15)</translation>
    </message>
    <message>
        <source>Kindergarten child (4–5)</source>
        <translation>Bambino della scuola dell&apos;infanzia (4–5)</translation>
    </message>
    <message>
        <source>Age of person %1</source>
        <translation>Età della persona %1</translation>
    </message>
    <message>
        <source>Works or starts work</source>
        <translation>Lavora o inizia a lavorare</translation>
    </message>
    <message>
        <source>Has a driving licence from abroad</source>
        <translation>Ha una licenza di condurre estera</translation>
    </message>
    <message>
        <source>Comes later to join the family</source>
        <translation>Arriva più tardi (ricongiungimento familiare)</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Rimuovi questa persona</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Rimuovi la persona %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Aggiungi una persona</translation>
    </message>
    <message>
        <source>Show my checklist</source>
        <translation>Mostra la mia lista di controllo</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Salta per ora</translation>
    </message>
    <message>
        <source>I have been granted asylum (recognised refugee)</source>
        <translation>Mi è stato concesso l&apos;asilo (rifugiato riconosciuto)</translation>
    </message>
    <message>
        <source>My husband, wife or children live abroad and may join us later</source>
        <translation>Mio marito, mia moglie o i miei figli vivono all&apos;estero e potrebbero raggiungerci più tardi</translation>
    </message>
    <message>
        <source>Small child (1–3)</source>
        <translation>Bambino piccolo (1–3)</translation>
    </message>
    <message>
        <source>Baby (under 1)</source>
        <translation>Neonato (meno di 1 anno)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places that help</source>
        <translation>Luoghi che aiutano</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>Tutti i tipi di aiuto</translation>
    </message>
    <message>
        <source>Integration counselling</source>
        <translation>Consulenza per l&apos;integrazione</translation>
    </message>
    <message>
        <source>Residents&apos; office</source>
        <translation>Controllo abitanti</translation>
    </message>
    <message>
        <source>School office</source>
        <translation>Ufficio scolastico</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Corsi di lingua</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Interpretariato</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>Assicurazioni sociali</translation>
    </message>
    <message>
        <source>Road traffic office</source>
        <translation>Ufficio della circolazione</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Biblioteche</translation>
    </message>
    <message>
        <source>Migration service</source>
        <translation>Servizio della migrazione</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Emergenze</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Tipo di aiuto</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Aperto ora</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Show the places as a list</extracomment>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Mostra come lista</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Show the places on a map</extracomment>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Mostra su una mappa</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try another kind of help, or switch off “Open now”.</source>
        <translation>Nessun luogo corrisponde a questi filtri. Provi un altro tipo di aiuto o disattivi «Aperto ora».</translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation>Mostra la mia posizione</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Cure mediche</translation>
    </message>
    <message>
        <source>Health insurers</source>
        <translation>Casse malati</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>Banche</translation>
    </message>
    <message>
        <source>Asylum social service</source>
        <translation>Servizio sociale per l&apos;asilo</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Servizi sociali</translation>
    </message>
    <message>
        <source>Job centre (RAV)</source>
        <translation>Ufficio di collocamento (RAV)</translation>
    </message>
    <message>
        <source>Career advice</source>
        <translation>Orientamento professionale</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>Ufficio delle imposte</translation>
    </message>
    <message>
        <source>Parent advice</source>
        <translation>Consulenza genitori</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Custodia dei bambini</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Consulenza giuridica</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>Aiuto alle vittime</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>Cerca nella guida</translation>
    </message>
    <message>
        <source>Search, e.g. health insurance</source>
        <translation>Cerca, p. es. cassa malati</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Cerca nella guida</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Places and offers</source>
        <translation>Luoghi e servizi</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Passi della lista di controllo</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>grafia simile</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Ricerche recenti</translation>
    </message>
    <message>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>Scriva una parola in qualsiasi lingua, p. es. Krankenkasse, permit, école.</translation>
    </message>
    <message>
        <source>Search again for %1</source>
        <translation>Cerca di nuovo %1</translation>
    </message>
    <message>
        <source>Clear recent searches</source>
        <translation>Cancella le ricerche recenti</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>Nessun risultato per «%1». Provi con meno lettere, un&apos;altra grafia o un&apos;altra lingua, oppure sfogli i temi nella Guida.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Lingua: %1</translation>
    </message>
    <message>
        <source>My checklist and data</source>
        <translation>La mia lista di controllo e i miei dati</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Modifica il mio nucleo familiare</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Crea la mia lista di controllo</translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation>Esporta la lista di controllo in PDF</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar (.ics)</source>
        <translation>Aggiungi le scadenze al mio calendario (.ics)</translation>
    </message>
    <message>
        <source>Save all my data as one file</source>
        <translation>Salva tutti i miei dati in un unico file</translation>
    </message>
    <message>
        <source>Path of a saved data file</source>
        <translation>Percorso di un file di dati salvato</translation>
    </message>
    <message>
        <source>Path of a saved data file to import</source>
        <translation>Percorso del file di dati salvato da importare</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Non è stato modificato nulla: %1</translation>
    </message>
    <message>
        <source>Your data was imported.</source>
        <translation>I Suoi dati sono stati importati.</translation>
    </message>
    <message>
        <source>Import my data from this file</source>
        <translation>Importa i miei dati da questo file</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Non è stato possibile scrivere il file.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>Aggiornamenti dei contenuti</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Data dei contenuti: %1 (versione %2).</translation>
    </message>
    <message>
        <source>No content is installed: %1</source>
        <translation>Nessun contenuto installato: %1</translation>
    </message>
    <message>
        <source>This content is updated with new versions of the app.</source>
        <translation>Questi contenuti vengono aggiornati con le nuove versioni dell&apos;app.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Cerca aggiornamenti</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Ultima verifica: %1</translation>
    </message>
    <message>
        <source>What&apos;s new in the content</source>
        <translation>Novità nei contenuti</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>Tutto ciò che inserisce resta su questo dispositivo. Nessun account, nessun tracciamento.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Cartella dei dati: %1</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>No longer in the guide – your record is kept</source>
        <translation>Non più nella guida – i Suoi dati restano salvati</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Non necessario</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Nessuna scadenza</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>In ritardo dal %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Entro il %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fatto: %1</translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation>Segna come fatto: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>This step is not in your checklist.</source>
        <translation>Questo passo non è nella Sua lista di controllo.</translation>
    </message>
    <message>
        <source>This step is no longer in the guide. What you recorded is kept.</source>
        <translation>Questo passo non è più nella guida. Ciò che ha annotato resta salvato.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>In ritardo dal %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Entro il %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Nessuna scadenza</translation>
    </message>
    <message>
        <source>Bring along:</source>
        <translation>Da portare:</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Fatto ✓</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Segna come fatto</translation>
    </message>
    <message>
        <source>Needed after all</source>
        <translation>Serve comunque</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Non necessario</translation>
    </message>
    <message>
        <source>Read more about it</source>
        <translation>Per saperne di più</translation>
    </message>
    <message>
        <source>Show at the counter</source>
        <translation>Mostra allo sportello</translation>
    </message>
    <message>
        <source>Show this step in German and in your language, large, at the office counter</source>
        <translation>Mostra questo passo in grande, in tedesco e nella Sua lingua, allo sportello</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Dove andare</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>La mia nota</translation>
    </message>
    <message>
        <source>e.g. appointment on 5 March, bring the rental contract</source>
        <translation>p. es. appuntamento il 5 marzo, portare il contratto d&apos;affitto</translation>
    </message>
    <message>
        <source>My note for this step</source>
        <translation>La mia nota per questo passo</translation>
    </message>
    <message>
        <source>This deadline is set by law or by an office. Missing it can cost money or your permit.</source>
        <translation>Questa scadenza è fissata dalla legge o da un ufficio. Mancarla può costare denaro o il permesso.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Checking for updates…</source>
        <translation>Ricerca di aggiornamenti…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>Download dell&apos;aggiornamento…</translation>
    </message>
    <message>
        <source>Installing the update…</source>
        <translation>Installazione dell&apos;aggiornamento…</translation>
    </message>
    <message>
        <source>This content has no update server.</source>
        <translation>Questi contenuti non hanno un server di aggiornamento.</translation>
    </message>
    <message>
        <source>The content was updated to version %1.</source>
        <translation>I contenuti sono stati aggiornati alla versione %1.</translation>
    </message>
    <message>
        <source>The content is up to date.</source>
        <translation>I contenuti sono aggiornati.</translation>
    </message>
    <message>
        <source>You are offline. The app looks for updates again when you are online.</source>
        <translation>È offline. L&apos;app cercherà di nuovo aggiornamenti quando sarà online.</translation>
    </message>
    <message>
        <source>The update server could not be reached. Your content is unchanged; please try again later.</source>
        <translation>Il server di aggiornamento non è raggiungibile. I Suoi contenuti non sono cambiati; riprovi più tardi.</translation>
    </message>
    <message>
        <source>The update server reported an error. Your content is unchanged; please try again later.</source>
        <translation>Il server di aggiornamento ha segnalato un errore. I Suoi contenuti non sono cambiati; riprovi più tardi.</translation>
    </message>
    <message>
        <source>The update is not genuine: its signature does not match. It was not installed.</source>
        <translation>L&apos;aggiornamento non è autentico: la firma non corrisponde. Non è stato installato.</translation>
    </message>
    <message>
        <source>The update is for another city or region. It was not installed.</source>
        <translation>L&apos;aggiornamento è per un&apos;altra città o regione. Non è stato installato.</translation>
    </message>
    <message>
        <source>The server offers older content than this device has. Nothing was changed.</source>
        <translation>Il server offre contenuti più vecchi di quelli di questo dispositivo. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The update on the server has expired. It was not installed.</source>
        <translation>L&apos;aggiornamento sul server è scaduto. Non è stato installato.</translation>
    </message>
    <message>
        <source>The download was damaged or incomplete. Your content is unchanged; please try again later.</source>
        <translation>Il download era danneggiato o incompleto. I Suoi contenuti non sono cambiati; riprovi più tardi.</translation>
    </message>
    <message>
        <source>There is not enough free space on this device for the update. Your content is unchanged.</source>
        <translation>Su questo dispositivo non c&apos;è abbastanza spazio libero per l&apos;aggiornamento. I Suoi contenuti non sono cambiati.</translation>
    </message>
    <message>
        <source>No content is installed that could be updated.</source>
        <translation>Non è installato nessun contenuto da aggiornare.</translation>
    </message>
    <message>
        <source>The update could not be installed. Your content is unchanged.</source>
        <translation>Non è stato possibile installare l&apos;aggiornamento. I Suoi contenuti non sono cambiati.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged; it was restored and updated to version %1.</source>
        <translation>Il contenuto della guida su questo dispositivo era danneggiato; è stato ripristinato e aggiornato alla versione %1.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored.</source>
        <translation>Il contenuto della guida su questo dispositivo era danneggiato ed è stato ripristinato.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; the latest update will be installed at the next attempt.</source>
        <translation>Il contenuto della guida su questo dispositivo era danneggiato ed è stato ripristinato dall&apos;app; l&apos;aggiornamento più recente verrà installato al prossimo tentativo.</translation>
    </message>
    <message>
        <source>The update seems to come from the future: please check this device&apos;s date and time. It was not installed.</source>
        <translation>L&apos;aggiornamento sembra provenire dal futuro: controlli la data e l&apos;ora di questo dispositivo. Non è stato installato.</translation>
    </message>
    <message>
        <source>The update would have stopped this device from receiving any later update, so it was not installed.</source>
        <translation>Questo aggiornamento avrebbe impedito al dispositivo di ricevere altri aggiornamenti, quindi non è stato installato.</translation>
    </message>
    <message>
        <source>Another update of the content is running. Please try again in a moment.</source>
        <translation>È in corso un altro aggiornamento dei contenuti. Riprovi tra un momento.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device is damaged. Please reinstall the app.</source>
        <translation>Il contenuto della guida su questo dispositivo è danneggiato. Reinstalli l&apos;app.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There are no articles in this topic yet.</source>
        <translation>In questo tema non ci sono ancora articoli.</translation>
    </message>
</context>
<context>
    <name>WhatsNewModel</name>
    <message>
        <source>Topics of the guide</source>
        <translation>Temi della guida</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the list of pages the last content update changed</extracomment>
        <translation>Novità</translation>
    </message>
    <message>
        <source>Notes from the editors: %1</source>
        <translation>Note della redazione: %1</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Data dei contenuti: %1 (versione %2).</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Rimosso</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Place or service</source>
        <translation>Luogo o servizio</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Passo della lista di controllo</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guida</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>No changes to show. When the content is updated, the changed pages are listed here.</source>
        <translation>Nessuna modifica da mostrare. Quando i contenuti vengono aggiornati, le pagine modificate sono elencate qui.</translation>
    </message>
</context>
</TS>
