<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppController</name>
    <message>
        <source>The guide&apos;s content could not be installed, so what is shown may be missing or old. Free some storage space and restart the app. (%1)</source>
        <translation>Le contenu du guide n&apos;a pas pu être installé : ce qui s&apos;affiche peut manquer ou être ancien. Libérez de l&apos;espace de stockage et redémarrez l&apos;application. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content cannot be read. Please reinstall the app. (%1)</source>
        <translation>Le contenu du guide ne peut pas être lu. Veuillez réinstaller l&apos;application. (%1)</translation>
    </message>
    <message>
        <source>Your personal data file was damaged. It was kept as a backup (%1) and a new one was started.</source>
        <translation>Votre fichier de données personnelles était endommagé. Il a été conservé comme sauvegarde (%1) et un nouveau fichier a été créé.</translation>
    </message>
    <message>
        <source>Your personal data was saved by a newer version of Welcome. Please update the app; your data was left untouched.</source>
        <translation>Vos données personnelles ont été enregistrées par une version plus récente de Welcome. Veuillez mettre à jour l&apos;application ; vos données n&apos;ont pas été modifiées.</translation>
    </message>
    <message>
        <source>Your personal data cannot be opened, so nothing you enter now will be kept. (%1)</source>
        <translation>Vos données personnelles ne peuvent pas être ouvertes : ce que vous saisissez maintenant ne sera pas conservé. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; updates are downloaded again when you are online.</source>
        <translation>Le contenu du guide sur cet appareil était endommagé et a été restauré à partir de l&apos;app ; les mises à jour seront à nouveau téléchargées dès que vous serez en ligne.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>The tab with the personal checklist</extracomment>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation>Contenu mis à jour</translation>
    </message>
    <message>
        <source>See what&apos;s new</source>
        <translation>Voir les nouveautés</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>Cette page n&apos;existe pas (ou plus). Elle a peut-être été supprimée lors d&apos;une mise à jour du contenu.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>Source&#xa0;: %1, ouvre %2 dans le navigateur</translation>
    </message>
    <message>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>Dernière vérification le %1. Notre rédaction vérifie encore certains détails de cette page.</translation>
    </message>
    <message>
        <source>Last checked on %1.</source>
        <translation>Dernière vérification le %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <source>Whole household</source>
        <translation>Tout le ménage</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
    <message>
        <source>Your household could not be saved.</source>
        <translation>Votre ménage n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Pas nécessaire</translation>
    </message>
    <message>
        <source>Bring along</source>
        <translation>À apporter</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>Ma liste de contrôle</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>My checklist</source>
        <translation>Ma liste de contrôle</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Show the steps of everyone</source>
        <translation>Afficher les étapes de tout le monde</translation>
    </message>
    <message>
        <source>Show the steps of %1</source>
        <translation>Afficher les étapes de %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 étapes sur %2 faites</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar</source>
        <translation>Ajouter les échéances à mon agenda</translation>
    </message>
    <message>
        <source>Saved. Open the file with your calendar app: %1</source>
        <translation>Enregistré. Ouvrez le fichier avec votre application d&apos;agenda&#xa0;: %1</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>Le fichier d&apos;agenda n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Modifier mon ménage</translation>
    </message>
    <message>
        <source>Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.</source>
        <translation>Votre liste de contrôle personnelle indique quoi faire, pour qui et jusqu&apos;à quand&#xa0;: annonce d&apos;arrivée, assurance maladie, école et plus encore.</translation>
    </message>
    <message>
        <source>Answer a few questions. Everything stays on this phone.</source>
        <translation>Répondez à quelques questions. Tout reste sur ce téléphone.</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Créer ma liste de contrôle</translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le PDF n&apos;a pas pu être généré.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Show at the counter</source>
        <translation>Montrer au guichet</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>Cette page n&apos;est pas encore disponible en %1. Elle est affichée en %2.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>Guide</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>No content is installed yet.</source>
        <translation>Aucun contenu n&apos;est encore installé.</translation>
    </message>
    <message>
        <source>Release to check for updates</source>
        <translation>Relâchez pour rechercher des mises à jour</translation>
    </message>
    <message>
        <source>Pull down to check for updates</source>
        <translation>Tirez vers le bas pour rechercher des mises à jour</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>Des informations fiables pour vos premiers pas. Fonctionne aussi hors ligne.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>Vos prochaines étapes</translation>
    </message>
    <message>
        <source>All steps done – well done!</source>
        <translation>Toutes les étapes sont faites – bravo&#xa0;!</translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation>Toute la liste</translation>
    </message>
    <message>
        <source>Find places that help: counselling, courses, interpreters, offices</source>
        <translation>Trouvez des lieux d&apos;aide&#xa0;: conseil, cours, interprètes, administrations</translation>
    </message>
    <message>
        <source>Set up your personal checklist: what to do, for whom, by when</source>
        <translation>Créez votre liste de contrôle personnelle&#xa0;: quoi faire, pour qui, jusqu&apos;à quand</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <source>your position</source>
        <translation>votre position</translation>
    </message>
    <message>
        <source>your last known position</source>
        <translation>votre dernière position connue</translation>
    </message>
    <message>
        <source>the city centre</source>
        <translation>le centre-ville</translation>
    </message>
    <message>
        <source>This device cannot tell its position: pick a place.</source>
        <translation>Cet appareil ne peut pas déterminer sa position&#xa0;: choisissez un lieu.</translation>
    </message>
    <message>
        <source>The app may not use your position: pick a place, or allow it in the settings.</source>
        <translation>L&apos;application n&apos;a pas le droit d&apos;utiliser votre position&#xa0;: choisissez un lieu ou autorisez-la dans les réglages.</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation>Recherche de votre position…</translation>
    </message>
    <message>
        <source>Sorted by distance from %1. %2 Change</source>
        <translation>Triés par distance depuis %1. %2 Modifier</translation>
    </message>
    <message>
        <source>Sorted by distance from %1.</source>
        <translation>Triés par distance depuis %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: choose where distances count from</extracomment>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where are you?</source>
        <translation>Où êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Places that help are sorted by distance from this point. It stays on your phone and is never sent anywhere.</source>
        <translation>Les lieux d&apos;aide sont triés par distance depuis ce point. Il reste sur votre téléphone et n&apos;est jamais envoyé nulle part.</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Utiliser ma position</translation>
    </message>
    <message>
        <source>This device cannot tell its position. Please pick your postcode or quarter below.</source>
        <translation>Cet appareil ne peut pas déterminer sa position. Veuillez choisir votre code postal ou votre quartier ci-dessous.</translation>
    </message>
    <message>
        <source>The app may not use your position. Allow it in the system settings, or pick your postcode or quarter below.</source>
        <translation>L&apos;application n&apos;a pas le droit d&apos;utiliser votre position. Autorisez-la dans les réglages du système ou choisissez votre code postal ou votre quartier ci-dessous.</translation>
    </message>
    <message>
        <source>Looking for your position… This can take a minute, especially indoors.</source>
        <translation>Recherche de votre position… Cela peut prendre une minute, surtout à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>Using your position (accurate to about %1 m).</source>
        <translation>Votre position est utilisée (précision d&apos;environ %1&#xa0;m).</translation>
    </message>
    <message>
        <source>Using your position.</source>
        <translation>Votre position est utilisée.</translation>
    </message>
    <message>
        <source>Use the city centre</source>
        <translation>Utiliser le centre-ville</translation>
    </message>
    <message>
        <source>Postcode or quarter, e.g. 3018 or Bümpliz</source>
        <translation>Code postal ou quartier, p. ex. 3018 ou Bümpliz</translation>
    </message>
    <message>
        <source>Search a postcode or quarter</source>
        <translation>Rechercher un code postal ou un quartier</translation>
    </message>
    <message>
        <source>Measure from %1</source>
        <translation>Mesurer depuis %1</translation>
    </message>
    <message>
        <source>No postcode or quarter matches. Try the first digits of your postcode.</source>
        <translation>Aucun code postal ni quartier ne correspond. Essayez les premiers chiffres de votre code postal.</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n places here; zoom in</source>
        <translation>
            <numerusform>%n lieu ici&#xa0;; zoomer</numerusform>
            <numerusform>%n lieux ici&#xa0;; zoomer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the places that help</source>
        <translation>Carte des lieux d&apos;aide</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>Votre position</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>No offline map is installed and map downloads are off, so the places are shown without a map.</source>
        <translation>Aucune carte hors ligne n&apos;est installée et le téléchargement des cartes est désactivé&#xa0;: les lieux sont donc affichés sans carte.</translation>
    </message>
    <message>
        <source>The map server cannot be reached (no connection?), so the places are shown without a map.</source>
        <translation>Le serveur de cartes est injoignable (pas de connexion&#xa0;?)&#xa0;: les lieux sont donc affichés sans carte.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Chargement de la carte…</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Données cartographiques&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OfferMapCard</name>
    <message>
        <source>Close the card</source>
        <translation>Fermer la fiche</translation>
    </message>
    <message>
        <source>Details and contact</source>
        <translation>Détails et contact</translation>
    </message>
    <message>
        <source>Details and contact for %1</source>
        <translation>Détails et contact de %1</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>Where to get help</source>
        <translation>Où trouver de l&apos;aide</translation>
    </message>
    <message>
        <source>This place is not in the guide (any more).</source>
        <translation>Ce lieu ne figure pas (ou plus) dans le guide.</translation>
    </message>
    <message>
        <source>Languages spoken: %1</source>
        <translation>Langues parlées : %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>Écrire un e-mail à %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation>Ouvrir le site web de %1</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Directions to %1 in the map app</source>
        <translation>Itinéraire vers %1 dans l&apos;application de cartes</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <source>Our editors are still verifying some details of this entry. Please check before you go.</source>
        <translation>Notre rédaction vérifie encore certains détails de cette fiche. Veuillez vérifier avant de vous déplacer.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>Tous les jours, jour et nuit</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Costs money</source>
        <translation>Payant</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Accessible en fauteuil roulant</translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation>Pas accessible en fauteuil roulant</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Uniquement sur rendez-vous</translation>
    </message>
</context>
<context>
    <name>OfferText</name>
    <message>
        <source>%1 m</source>
        <translation>%1&#xa0;m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1&#xa0;km</translation>
    </message>
    <message>
        <source>open day and night</source>
        <translation>ouvert jour et nuit</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>ouvert jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>ouvre %1</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <source>A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.</source>
        <translation>Quelques questions pour que votre liste de contrôle affiche les bonnes étapes et échéances. Vos réponses restent sur ce téléphone.</translation>
    </message>
    <message>
        <source>When did you arrive in Bern?</source>
        <translation>Quelle est votre date d&apos;arrivée à Berne&#xa0;?</translation>
    </message>
    <message>
        <source>Month of arrival</source>
        <translation>Mois d&apos;arrivée</translation>
    </message>
    <message>
        <source>Day of arrival</source>
        <translation>Jour d&apos;arrivée</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Année d&apos;arrivée</translation>
    </message>
    <message>
        <source>Where did you come from?</source>
        <translation>D&apos;où venez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>From abroad</source>
        <translation>De l&apos;étranger</translation>
    </message>
    <message>
        <source>From another Swiss canton</source>
        <translation>D&apos;un autre canton suisse</translation>
    </message>
    <message>
        <source>Months in Switzerland before moving to Bern</source>
        <translation>Mois passés en Suisse avant d&apos;emménager à Berne</translation>
    </message>
    <message>
        <source>I am a citizen of an EU or EFTA country</source>
        <translation>J&apos;ai la nationalité d&apos;un pays de l&apos;UE ou de l&apos;AELE</translation>
    </message>
    <message>
        <source>Which permit do you have or expect?</source>
        <translation>Quelle autorisation avez-vous ou attendez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Je ne sais pas encore</translation>
    </message>
    <message>
        <source>B – residence</source>
        <translation>B – autorisation de séjour</translation>
    </message>
    <message>
        <source>C – settlement</source>
        <translation>C – autorisation d&apos;établissement</translation>
    </message>
    <message>
        <source>L – short stay</source>
        <translation>L – autorisation de courte durée</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – admission provisoire</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – requérant d&apos;asile</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – statut de protection</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – frontalier</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Who lives in your household?</source>
        <translation>Qui vit dans votre ménage&#xa0;?</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Nom de la personne %1</translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation>Adulte (18 ans ou plus)</translation>
    </message>
    <message>
        <source>Young person (16–17)</source>
        <translation>Jeune (16–17 ans)</translation>
    </message>
    <message>
        <source>School child (6–15)</source>
        <translation>Enfant en âge scolaire (6–15 ans)</translation>
    </message>
    <message>
        <source>Kindergarten child (4–5)</source>
        <translation>Enfant à l&apos;école enfantine (4–5 ans)</translation>
    </message>
    <message>
        <source>Age of person %1</source>
        <translation>Âge de la personne %1</translation>
    </message>
    <message>
        <source>Works or starts work</source>
        <translation>Travaille ou commence à travailler</translation>
    </message>
    <message>
        <source>Has a driving licence from abroad</source>
        <translation>A un permis de conduire étranger</translation>
    </message>
    <message>
        <source>Comes later to join the family</source>
        <translation>Arrive plus tard (regroupement familial)</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Retirer cette personne</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Retirer la personne %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Passer pour l&apos;instant</translation>
    </message>
    <message>
        <source>Show my checklist</source>
        <translation>Afficher ma liste de contrôle</translation>
    </message>
    <message>
        <source>I have been granted asylum (recognised refugee)</source>
        <translation>J&apos;ai obtenu l&apos;asile (réfugié reconnu)</translation>
    </message>
    <message>
        <source>My husband, wife or children live abroad and may join us later</source>
        <translation>Mon mari, ma femme ou mes enfants vivent à l&apos;étranger et nous rejoindront peut-être</translation>
    </message>
    <message>
        <source>Small child (1–3)</source>
        <translation>Petit enfant (1–3 ans)</translation>
    </message>
    <message>
        <source>Baby (under 1)</source>
        <translation>Bébé (moins d&apos;un an)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places that help</source>
        <translation>Lieux d&apos;aide</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>Tous les types d&apos;aide</translation>
    </message>
    <message>
        <source>Integration counselling</source>
        <translation>Conseil en intégration</translation>
    </message>
    <message>
        <source>Residents&apos; office</source>
        <translation>Contrôle des habitants</translation>
    </message>
    <message>
        <source>School office</source>
        <translation>Office scolaire</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Cours de langue</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Interprétariat</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>Assurances sociales</translation>
    </message>
    <message>
        <source>Road traffic office</source>
        <translation>Office de la circulation routière</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>Migration service</source>
        <translation>Service des migrations</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Urgences</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Type d&apos;aide</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Show the places as a list</extracomment>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Afficher sous forme de liste</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Show the places on a map</extracomment>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Afficher sur une carte</translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation>Afficher ma position</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try another kind of help, or switch off “Open now”.</source>
        <translation>Aucun lieu ne correspond à ces filtres. Essayez un autre type d&apos;aide ou désactivez «&#xa0;Ouvert maintenant&#xa0;».</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Health insurers</source>
        <translation>Caisses-maladie</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>Banques</translation>
    </message>
    <message>
        <source>Asylum social service</source>
        <translation>Service social de l&apos;asile</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Service social</translation>
    </message>
    <message>
        <source>Job centre (RAV)</source>
        <translation>Office régional de placement (ORP)</translation>
    </message>
    <message>
        <source>Career advice</source>
        <translation>Orientation professionnelle</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>Intendance des impôts</translation>
    </message>
    <message>
        <source>Parent advice</source>
        <translation>Consultation parents-enfants</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Garde d&apos;enfants</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Conseil juridique</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>Aide aux victimes</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Search, e.g. health insurance</source>
        <translation>Rechercher, p. ex. assurance maladie</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Places and offers</source>
        <translation>Lieux et offres</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Étapes de la liste de contrôle</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>orthographe proche</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Recherches récentes</translation>
    </message>
    <message>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>Saisissez un mot dans n&apos;importe quelle langue, p. ex. Krankenkasse, permit, école.</translation>
    </message>
    <message>
        <source>Search again for %1</source>
        <translation>Rechercher à nouveau %1</translation>
    </message>
    <message>
        <source>Clear recent searches</source>
        <translation>Effacer les recherches récentes</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;». Essayez avec moins de lettres, une autre orthographe ou une autre langue — ou parcourez les thèmes du Guide.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>My checklist and data</source>
        <translation>Ma liste de contrôle et mes données</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Modifier mon ménage</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Créer ma liste de contrôle</translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation>Exporter la liste de contrôle en PDF</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar (.ics)</source>
        <translation>Ajouter les échéances à mon agenda (.ics)</translation>
    </message>
    <message>
        <source>Save all my data as one file</source>
        <translation>Enregistrer toutes mes données dans un seul fichier</translation>
    </message>
    <message>
        <source>Path of a saved data file</source>
        <translation>Chemin d&apos;un fichier de données enregistré</translation>
    </message>
    <message>
        <source>Path of a saved data file to import</source>
        <translation>Chemin du fichier de données à importer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your data was imported.</source>
        <translation>Vos données ont été importées.</translation>
    </message>
    <message>
        <source>Import my data from this file</source>
        <translation>Importer mes données depuis ce fichier</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>Mises à jour du contenu</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Contenu du %1 (version %2).</translation>
    </message>
    <message>
        <source>No content is installed: %1</source>
        <translation>Aucun contenu installé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This content is updated with new versions of the app.</source>
        <translation>Ce contenu est mis à jour avec les nouvelles versions de l&apos;application.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Rechercher des mises à jour</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Dernière vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>What&apos;s new in the content</source>
        <translation>Nouveautés du contenu</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>Tout ce que vous saisissez reste sur cet appareil. Pas de compte, pas de suivi.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>No longer in the guide – your record is kept</source>
        <translation>Ne figure plus dans le guide – vos informations sont conservées</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Pas nécessaire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Pas d&apos;échéance</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>À faire d&apos;ici le %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation>Marquer comme fait&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>This step is not in your checklist.</source>
        <translation>Cette étape ne figure pas dans votre liste de contrôle.</translation>
    </message>
    <message>
        <source>This step is no longer in the guide. What you recorded is kept.</source>
        <translation>Cette étape ne figure plus dans le guide. Ce que vous avez noté est conservé.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>À faire d&apos;ici le %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Pas d&apos;échéance</translation>
    </message>
    <message>
        <source>Bring along:</source>
        <translation>À apporter&#xa0;:</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Fait ✓</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Needed after all</source>
        <translation>Finalement nécessaire</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Pas nécessaire</translation>
    </message>
    <message>
        <source>Read more about it</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <source>Show at the counter</source>
        <translation>Montrer au guichet</translation>
    </message>
    <message>
        <source>Show this step in German and in your language, large, at the office counter</source>
        <translation>Montrer cette étape en grand, en allemand et dans votre langue, au guichet</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Où aller</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <source>e.g. appointment on 5 March, bring the rental contract</source>
        <translation>p. ex. rendez-vous le 5 mars, apporter le contrat de bail</translation>
    </message>
    <message>
        <source>My note for this step</source>
        <translation>Ma note pour cette étape</translation>
    </message>
    <message>
        <source>This deadline is set by law or by an office. Missing it can cost money or your permit.</source>
        <translation>Ce délai est fixé par la loi ou par un office. Le manquer peut coûter de l&apos;argent ou votre autorisation.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Checking for updates…</source>
        <translation>Recherche de mises à jour…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>Téléchargement de la mise à jour…</translation>
    </message>
    <message>
        <source>Installing the update…</source>
        <translation>Installation de la mise à jour…</translation>
    </message>
    <message>
        <source>This content has no update server.</source>
        <translation>Ce contenu n&apos;a pas de serveur de mise à jour.</translation>
    </message>
    <message>
        <source>The content was updated to version %1.</source>
        <translation>Le contenu a été mis à jour vers la version %1.</translation>
    </message>
    <message>
        <source>The content is up to date.</source>
        <translation>Le contenu est à jour.</translation>
    </message>
    <message>
        <source>You are offline. The app looks for updates again when you are online.</source>
        <translation>Vous êtes hors ligne. L&apos;application recherchera à nouveau des mises à jour quand vous serez en ligne.</translation>
    </message>
    <message>
        <source>The update server could not be reached. Your content is unchanged; please try again later.</source>
        <translation>Le serveur de mise à jour est injoignable. Votre contenu n&apos;a pas changé. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The update server reported an error. Your content is unchanged; please try again later.</source>
        <translation>Le serveur de mise à jour a signalé une erreur. Votre contenu n&apos;a pas changé. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The update is not genuine: its signature does not match. It was not installed.</source>
        <translation>La mise à jour n&apos;est pas authentique&#xa0;: sa signature ne correspond pas. Elle n&apos;a pas été installée.</translation>
    </message>
    <message>
        <source>The update is for another city or region. It was not installed.</source>
        <translation>La mise à jour est destinée à une autre ville ou région. Elle n&apos;a pas été installée.</translation>
    </message>
    <message>
        <source>The server offers older content than this device has. Nothing was changed.</source>
        <translation>Le serveur propose un contenu plus ancien que celui de cet appareil. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The update on the server has expired. It was not installed.</source>
        <translation>La mise à jour sur le serveur a expiré. Elle n&apos;a pas été installée.</translation>
    </message>
    <message>
        <source>The download was damaged or incomplete. Your content is unchanged; please try again later.</source>
        <translation>Le téléchargement est endommagé ou incomplet. Votre contenu n&apos;a pas changé. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>There is not enough free space on this device for the update. Your content is unchanged.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace libre sur cet appareil pour la mise à jour. Votre contenu n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>No content is installed that could be updated.</source>
        <translation>Aucun contenu n&apos;est installé, il n&apos;y a donc rien à mettre à jour.</translation>
    </message>
    <message>
        <source>The update could not be installed. Your content is unchanged.</source>
        <translation>La mise à jour n&apos;a pas pu être installée. Votre contenu n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged; it was restored and updated to version %1.</source>
        <translation>Le contenu du guide sur cet appareil était endommagé ; il a été restauré et mis à jour vers la version %1.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored.</source>
        <translation>Le contenu du guide sur cet appareil était endommagé et a été restauré.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; the latest update will be installed at the next attempt.</source>
        <translation>Le contenu du guide sur cet appareil était endommagé et a été restauré à partir de l&apos;app ; la dernière mise à jour sera installée à la prochaine tentative.</translation>
    </message>
    <message>
        <source>The update seems to come from the future: please check this device&apos;s date and time. It was not installed.</source>
        <translation>La mise à jour semble venir du futur : veuillez vérifier la date et l&apos;heure de cet appareil. Elle n&apos;a pas été installée.</translation>
    </message>
    <message>
        <source>The update would have stopped this device from receiving any later update, so it was not installed.</source>
        <translation>La mise à jour aurait empêché cet appareil de recevoir toute mise à jour ultérieure ; elle n&apos;a donc pas été installée.</translation>
    </message>
    <message>
        <source>Another update of the content is running. Please try again in a moment.</source>
        <translation>Une autre mise à jour du contenu est en cours. Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device is damaged. Please reinstall the app.</source>
        <translation>Le contenu du guide sur cet appareil est endommagé. Veuillez réinstaller l&apos;app.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There are no articles in this topic yet.</source>
        <translation>Ce thème ne contient encore aucun article.</translation>
    </message>
</context>
<context>
    <name>WhatsNewModel</name>
    <message>
        <source>Topics of the guide</source>
        <translation>Thèmes du guide</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the list of pages the last content update changed</extracomment>
        <translation>Nouveautés</translation>
    </message>
    <message>
        <source>Notes from the editors: %1</source>
        <translation>Notes de la rédaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Contenu du %1 (version %2).</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Place or service</source>
        <translation>Lieu ou offre</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Étape de la liste de contrôle</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>No changes to show. When the content is updated, the changed pages are listed here.</source>
        <translation>Aucune modification à afficher. Quand le contenu est mis à jour, les pages modifiées apparaissent ici.</translation>
    </message>
</context>
</TS>
