// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

namespace {

// One meaning in the three languages; UTF-8.
struct Term
{
    const char *de;
    const char *fr;
    const char *en;
};

struct TopicDef
{
    const char *id;
    const char *icon;
    Term name;
    Term description;
};

constexpr int conceptsPerTopic = 12;

// 20 topics; topic i owns concepts [12 i, 12 i + 12) of the concept table below.
const std::array<TopicDef, 20> topicDefs = { {
    { "first-steps", "compass", { "Erste Schritte", "Premiers pas", "First steps" },
        { "Was in den ersten Wochen wichtig ist.", "Ce qui compte les premières semaines.",
            "What matters in your first weeks." } },
    { "registration", "document", { "Anmeldung und Ausweise", "Annonce et papiers", "Registration and papers" },
        { "Sich anmelden, umziehen, Ausweise.", "S'annoncer, déménager, papiers d'identité.",
            "Registering, moving, identity papers." } },
    { "permits", "document", { "Bewilligungen", "Autorisations", "Permits" },
        { "Aufenthalt, Niederlassung und Einbürgerung.", "Séjour, établissement et naturalisation.",
            "Residence, settlement and naturalisation." } },
    { "health-insurance", "health", { "Krankenversicherung", "Assurance maladie", "Health insurance" },
        { "Grundversicherung, Prämien und Franchise.", "Assurance de base, primes et franchise.",
            "Basic insurance, premiums and deductible." } },
    { "doctors", "health", { "Ärzte und Pflege", "Médecins et soins", "Doctors and care" },
        { "Hausarzt, Apotheke und Spital.", "Médecin de famille, pharmacie et hôpital.",
            "Family doctor, pharmacy and hospital." } },
    { "emergencies", "emergency", { "Notfälle", "Urgences", "Emergencies" },
        { "Notrufnummern und Hilfe in der Not.", "Numéros d'urgence et aide.", "Emergency numbers and help." } },
    { "housing", "home", { "Wohnen", "Logement", "Housing" },
        { "Wohnungssuche, Hausordnung und Nachbarn.", "Recherche de logement, règlement et voisins.",
            "Flat hunting, house rules and neighbours." } },
    { "rent-contracts", "home", { "Mietvertrag und Miete", "Bail et loyer", "Tenancy and rent" },
        { "Miete, Kündigung und Streit mit dem Vermieter.", "Loyer, résiliation et litiges avec le bailleur.",
            "Rent, notice and disputes with the landlord." } },
    { "work", "work", { "Arbeit", "Travail", "Work" },
        { "Arbeitsvertrag, Lohn und Rechte.", "Contrat de travail, salaire et droits.",
            "Employment contract, wages and rights." } },
    { "job-search", "work", { "Stellensuche", "Recherche d'emploi", "Job search" },
        { "Bewerbung, Lebenslauf und Diplome.", "Candidature, CV et diplômes.",
            "Applications, CV and qualifications." } },
    { "unemployment", "money",
        { "Arbeitslosigkeit und Sozialhilfe", "Chômage et aide sociale", "Unemployment and welfare" },
        { "Taggeld, Sozialdienst und Schulden.", "Indemnités, service social et dettes.",
            "Daily allowance, social services and debts." } },
    { "taxes", "money", { "Steuern", "Impôts", "Taxes" },
        { "Steuererklärung und Quellensteuer.", "Déclaration d'impôt et impôt à la source.",
            "Tax return and withholding tax." } },
    { "banking", "money", { "Bank und Geld", "Banque et argent", "Banking and money" },
        { "Konto, Zahlungen und Rechnungen.", "Compte, paiements et factures.", "Accounts, payments and bills." } },
    { "school", "school", { "Schule", "École", "School" },
        { "Kindergarten, Schule und Lehre.", "École enfantine, école et apprentissage.",
            "Kindergarten, school and apprenticeship." } },
    { "childcare", "family", { "Kinderbetreuung", "Garde d'enfants", "Childcare" },
        { "Kita, Tagesschule und Spielgruppe.", "Crèche, école à journée continue et groupe de jeu.",
            "Day nursery, day school and playgroup." } },
    { "family", "family", { "Familie", "Famille", "Family" },
        { "Heirat, Geburt und Scheidung.", "Mariage, naissance et divorce.", "Marriage, birth and divorce." } },
    { "language-courses", "translate", { "Deutsch lernen", "Apprendre l'allemand", "Learning German" },
        { "Sprachkurse und Sprachnachweise.", "Cours de langue et attestations.",
            "Language courses and certificates." } },
    { "integration", "forum", { "Zusammenleben", "Vivre ensemble", "Living together" },
        { "Vereine, Begegnung und Mitsprache.", "Associations, rencontres et participation.",
            "Clubs, meeting people and having a say." } },
    { "transport", "compass", { "Unterwegs", "Se déplacer", "Getting around" },
        { "Bahn, Velo und Führerausweis.", "Train, vélo et permis de conduire.",
            "Trains, bicycles and driving licences." } },
    { "waste-recycling", "home", { "Abfall und Recycling", "Déchets et recyclage", "Waste and recycling" },
        { "Kehricht, Gebührenmarken und Sammelstellen.", "Ordures, vignettes et points de collecte.",
            "Rubbish, fee stickers and collection points." } },
} };

// 240 concepts, 12 per topic in topic order.
const std::array<Term, 240> concepts = { {
    // first-steps
    { "Ankunft", "arrivée", "arrival" },
    { "Gemeinde", "commune", "municipality" },
    { "Einwohnerdienste", "services des habitants", "residents' services" },
    { "Erstgespräch", "premier entretien", "first interview" },
    { "Willkommensbroschüre", "brochure de bienvenue", "welcome brochure" },
    { "Beratungsstelle", "centre de conseil", "counselling centre" },
    { "Übersicht", "aperçu", "overview" },
    { "Checkliste", "liste de contrôle", "checklist" },
    { "Fristen", "délais", "deadlines" },
    { "Termin", "rendez-vous", "appointment" },
    { "Öffnungszeiten", "heures d'ouverture", "opening hours" },
    { "Schalter", "guichet", "counter" },
    // registration
    { "Anmeldung", "annonce", "registration" },
    { "Abmeldung", "départ", "deregistration" },
    { "Wohnsitz", "domicile", "residence" },
    { "Umzug", "déménagement", "move" },
    { "Adressänderung", "changement d'adresse", "change of address" },
    { "Familienausweis", "certificat de famille", "family certificate" },
    { "Reisepass", "passeport", "passport" },
    { "Identitätskarte", "carte d'identité", "identity card" },
    { "Geburtsurkunde", "acte de naissance", "birth certificate" },
    { "Zivilstandsamt", "office de l'état civil", "civil registry office" },
    { "Heimatschein", "acte d'origine", "certificate of origin" },
    { "Gebühr", "émolument", "fee" },
    // permits
    { "Aufenthaltsbewilligung", "autorisation de séjour", "residence permit" },
    { "Niederlassungsbewilligung", "autorisation d'établissement", "settlement permit" },
    { "Kurzaufenthaltsbewilligung", "autorisation de courte durée", "short-term permit" },
    { "Grenzgängerbewilligung", "autorisation frontalière", "cross-border permit" },
    { "Migrationsdienst", "service des migrations", "migration service" },
    { "Familiennachzug", "regroupement familial", "family reunification" },
    { "Verlängerung", "prolongation", "renewal" },
    { "Ausländerausweis", "livret pour étrangers", "foreign national card" },
    { "Einbürgerung", "naturalisation", "naturalisation" },
    { "Staatsangehörigkeit", "nationalité", "nationality" },
    { "Visum", "visa", "visa" },
    { "Asylgesuch", "demande d'asile", "asylum application" },
    // health-insurance
    { "Krankenkasse", "caisse-maladie", "health insurer" },
    { "Krankenversicherung", "assurance maladie", "health insurance" },
    { "Grundversicherung", "assurance de base", "basic insurance" },
    { "Zusatzversicherung", "assurance complémentaire", "supplementary insurance" },
    { "Prämienverbilligung", "réduction des primes", "premium reduction" },
    { "Franchise", "franchise", "deductible" },
    { "Selbstbehalt", "quote-part", "co-payment" },
    { "Versichertenkarte", "carte d'assuré", "insurance card" },
    { "Unfallversicherung", "assurance accidents", "accident insurance" },
    { "Prämie", "prime", "premium" },
    { "Kostenbeteiligung", "participation aux coûts", "cost sharing" },
    { "Versicherungspflicht", "obligation d'assurance", "compulsory insurance" },
    // doctors
    { "Hausarzt", "médecin de famille", "family doctor" },
    { "Zahnarzt", "dentiste", "dentist" },
    { "Apotheke", "pharmacie", "pharmacy" },
    { "Spital", "hôpital", "hospital" },
    { "Notfallstation", "service des urgences", "emergency department" },
    { "Rezept", "ordonnance", "prescription" },
    { "Impfung", "vaccination", "vaccination" },
    { "Schwangerschaft", "grossesse", "pregnancy" },
    { "Hebamme", "sage-femme", "midwife" },
    { "Dolmetscherin", "interprète", "interpreter" },
    { "Behandlung", "traitement", "treatment" },
    { "Sprechstunde", "consultation", "consultation" },
    // emergencies
    { "Notruf", "appel d'urgence", "emergency call" },
    { "Polizei", "police", "police" },
    { "Feuerwehr", "pompiers", "fire brigade" },
    { "Ambulanz", "ambulance", "ambulance" },
    { "Vergiftung", "intoxication", "poisoning" },
    { "Gewalt", "violence", "violence" },
    { "Opferhilfe", "aide aux victimes", "victim support" },
    { "Frauenhaus", "foyer pour femmes", "women's shelter" },
    { "Unfall", "accident", "accident" },
    { "Sicherheit", "sécurité", "safety" },
    { "Telefonnummer", "numéro de téléphone", "phone number" },
    { "Krisenintervention", "intervention de crise", "crisis intervention" },
    // housing
    { "Wohnung", "appartement", "flat" },
    { "Wohnungssuche", "recherche de logement", "flat hunting" },
    { "Wohnungsbesichtigung", "visite d'appartement", "flat viewing" },
    { "Vermieter", "bailleur", "landlord" },
    { "Hausordnung", "règlement de maison", "house rules" },
    { "Nebenkosten", "charges", "utility costs" },
    { "Mietkaution", "garantie de loyer", "rental deposit" },
    { "Waschküche", "buanderie", "laundry room" },
    { "Hauswart", "concierge", "caretaker" },
    { "Nachbarn", "voisins", "neighbours" },
    { "Möbel", "meubles", "furniture" },
    { "Schlüssel", "clé", "key" },
    // rent-contracts
    { "Mietvertrag", "contrat de bail", "tenancy agreement" },
    { "Miete", "loyer", "rent" },
    { "Mietzinserhöhung", "hausse de loyer", "rent increase" },
    { "Kündigung", "résiliation", "notice" },
    { "Kündigungsfrist", "délai de résiliation", "notice period" },
    { "Schlichtungsbehörde", "autorité de conciliation", "conciliation authority" },
    { "Mieterverband", "association des locataires", "tenants' association" },
    { "Wohnungsübergabe", "remise de l'appartement", "handover" },
    { "Mängel", "défauts", "defects" },
    { "Reparatur", "réparation", "repair" },
    { "Betreibungsregisterauszug", "extrait du registre des poursuites", "debt register extract" },
    { "Untermiete", "sous-location", "subletting" },
    // work
    { "Arbeit", "travail", "work" },
    { "Arbeitgeber", "employeur", "employer" },
    { "Arbeitsvertrag", "contrat de travail", "employment contract" },
    { "Lohn", "salaire", "wage" },
    { "Lohnabrechnung", "fiche de salaire", "payslip" },
    { "Arbeitszeit", "temps de travail", "working hours" },
    { "Ferien", "vacances", "holidays" },
    { "Überstunden", "heures supplémentaires", "overtime" },
    { "Probezeit", "période d'essai", "probation period" },
    { "Arbeitsbewilligung", "permis de travail", "work permit" },
    { "Sozialversicherungsnummer", "numéro AVS", "social security number" },
    { "Gewerkschaft", "syndicat", "trade union" },
    // job-search
    { "Stellensuche", "recherche d'emploi", "job search" },
    { "Bewerbung", "candidature", "application" },
    { "Lebenslauf", "curriculum vitae", "CV" },
    { "Vorstellungsgespräch", "entretien d'embauche", "job interview" },
    { "Stelleninserat", "offre d'emploi", "job advertisement" },
    { "Arbeitszeugnis", "certificat de travail", "reference letter" },
    { "Diplomanerkennung", "reconnaissance des diplômes", "recognition of qualifications" },
    { "Berufserfahrung", "expérience professionnelle", "work experience" },
    { "Weiterbildung", "formation continue", "further training" },
    { "Praktikum", "stage", "internship" },
    { "Berufsberatung", "orientation professionnelle", "career guidance" },
    { "Temporärstelle", "emploi temporaire", "temporary job" },
    // unemployment
    { "Arbeitslosigkeit", "chômage", "unemployment" },
    { "Arbeitslosenversicherung", "assurance chômage", "unemployment insurance" },
    { "Arbeitslosenkasse", "caisse de chômage", "unemployment fund" },
    { "Taggeld", "indemnité journalière", "daily allowance" },
    { "Sozialhilfe", "aide sociale", "social assistance" },
    { "Arbeitsvermittlungszentrum", "office régional de placement", "job centre" },
    { "Beitrag", "cotisation", "contribution" },
    { "Existenzminimum", "minimum vital", "subsistence minimum" },
    { "Sozialdienst", "service social", "social services" },
    { "Schulden", "dettes", "debts" },
    { "Schuldenberatung", "conseil en désendettement", "debt counselling" },
    { "Budgetberatung", "conseil en budget", "budget advice" },
    // taxes
    { "Steuern", "impôts", "taxes" },
    { "Steuererklärung", "déclaration d'impôt", "tax return" },
    { "Quellensteuer", "impôt à la source", "withholding tax" },
    { "Steuerverwaltung", "administration fiscale", "tax office" },
    { "Steuerrechnung", "facture d'impôt", "tax bill" },
    { "Abzüge", "déductions", "deductions" },
    { "Einkommen", "revenu", "income" },
    { "Vermögen", "fortune", "assets" },
    { "Zahlungsfrist", "délai de paiement", "payment deadline" },
    { "Ratenzahlung", "paiement échelonné", "instalment" },
    { "Hundesteuer", "taxe des chiens", "dog tax" },
    { "Kirchensteuer", "impôt ecclésiastique", "church tax" },
    // banking
    { "Bankkonto", "compte bancaire", "bank account" },
    { "Kontoeröffnung", "ouverture de compte", "account opening" },
    { "Überweisung", "virement", "bank transfer" },
    { "Einzahlungsschein", "bulletin de versement", "payment slip" },
    { "Rechnung", "facture", "bill" },
    { "Bargeld", "argent liquide", "cash" },
    { "Kreditkarte", "carte de crédit", "credit card" },
    { "Zinsen", "intérêts", "interest" },
    { "Kleinkredit", "petit crédit", "small loan" },
    { "Ersparnisse", "économies", "savings" },
    { "Geldautomat", "distributeur", "cash machine" },
    { "Onlinebanking", "banque en ligne", "online banking" },
    // school
    { "Schule", "école", "school" },
    { "Kindergarten", "école enfantine", "kindergarten" },
    { "Primarschule", "école primaire", "primary school" },
    { "Oberstufe", "degré secondaire", "secondary school" },
    { "Lehrperson", "enseignant", "teacher" },
    { "Elterngespräch", "entretien avec les parents", "parent meeting" },
    { "Schulweg", "chemin de l'école", "way to school" },
    { "Hausaufgaben", "devoirs", "homework" },
    { "Zeugnis", "bulletin scolaire", "school report" },
    { "Berufslehre", "apprentissage", "apprenticeship" },
    { "Gymnasium", "gymnase", "grammar school" },
    { "Schulferien", "vacances scolaires", "school holidays" },
    // childcare
    { "Kinderbetreuung", "garde d'enfants", "childcare" },
    { "Kindertagesstätte", "crèche", "day nursery" },
    { "Tagesschule", "école à journée continue", "day school" },
    { "Spielgruppe", "groupe de jeu", "playgroup" },
    { "Tagesfamilie", "famille de jour", "childminder" },
    { "Betreuungsgutschein", "bon de garde", "childcare voucher" },
    { "Elternbeitrag", "contribution parentale", "parental contribution" },
    { "Mütterberatung", "consultation parents-enfants", "parent counselling" },
    { "Warteliste", "liste d'attente", "waiting list" },
    { "Babysitter", "baby-sitter", "babysitter" },
    { "Kinderzulage", "allocation familiale", "child allowance" },
    { "Mutterschaftsurlaub", "congé maternité", "maternity leave" },
    // family
    { "Familie", "famille", "family" },
    { "Kinder", "enfants", "children" },
    { "Eltern", "parents", "parents" },
    { "Ehe", "mariage", "marriage" },
    { "Trauung", "mariage civil", "wedding" },
    { "Scheidung", "divorce", "divorce" },
    { "Geburt", "naissance", "birth" },
    { "Vaterschaftsanerkennung", "reconnaissance de paternité", "acknowledgement of paternity" },
    { "Erziehung", "éducation", "upbringing" },
    { "Jugendliche", "jeunes", "young people" },
    { "Senioren", "personnes âgées", "older people" },
    { "Unterhaltsbeiträge", "pension alimentaire", "maintenance payments" },
    // language-courses
    { "Deutschkurs", "cours d'allemand", "German course" },
    { "Sprachkurs", "cours de langue", "language course" },
    { "Französischkurs", "cours de français", "French course" },
    { "Sprachniveau", "niveau de langue", "language level" },
    { "Sprachnachweis", "attestation de langue", "language certificate" },
    { "Einstufungstest", "test de classement", "placement test" },
    { "Kursgebühren", "frais de cours", "course fees" },
    { "Konversation", "conversation", "conversation" },
    { "Grammatik", "grammaire", "grammar" },
    { "Wortschatz", "vocabulaire", "vocabulary" },
    { "Übersetzung", "traduction", "translation" },
    { "Alphabetisierungskurs", "cours d'alphabétisation", "literacy course" },
    // integration
    { "Integration", "intégration", "integration" },
    { "Begegnung", "rencontre", "meeting people" },
    { "Verein", "association", "club" },
    { "Freiwilligenarbeit", "bénévolat", "volunteering" },
    { "Nachbarschaftshilfe", "entraide de voisinage", "neighbourly help" },
    { "Kultur", "culture", "culture" },
    { "Bibliothek", "bibliothèque", "library" },
    { "Religion", "religion", "religion" },
    { "Mitsprache", "participation", "having a say" },
    { "Diskriminierung", "discrimination", "discrimination" },
    { "Rassismus", "racisme", "racism" },
    { "Treffpunkt", "lieu de rencontre", "meeting place" },
    // transport
    { "Halbtax", "abonnement demi-tarif", "half-fare travelcard" },
    { "Generalabonnement", "abonnement général", "travelcard" },
    { "Fahrplan", "horaire", "timetable" },
    { "Billett", "billet", "ticket" },
    { "Bahnhof", "gare", "station" },
    { "Tram", "tram", "tram" },
    { "Velo", "vélo", "bicycle" },
    { "Führerschein", "permis de conduire", "driving licence" },
    { "Führerausweis", "permis de conduire suisse", "Swiss driving licence" },
    { "Strassenverkehrsamt", "office de la circulation routière", "road traffic office" },
    { "Parkplatz", "place de parc", "parking space" },
    { "Autobahnvignette", "vignette autoroutière", "motorway vignette" },
    // waste-recycling
    { "Abfall", "déchets", "waste" },
    { "Kehricht", "ordures", "rubbish" },
    { "Kehrichtsack", "sac à ordures", "rubbish bag" },
    { "Gebührenmarke", "vignette de taxe", "fee sticker" },
    { "Abfallkalender", "calendrier des déchets", "waste calendar" },
    { "Recycling", "recyclage", "recycling" },
    { "Altpapier", "vieux papier", "waste paper" },
    { "Karton", "carton", "cardboard" },
    { "Glassammlung", "collecte du verre", "glass collection" },
    { "Grüngut", "déchets verts", "green waste" },
    { "Sammelstelle", "point de collecte", "collection point" },
    { "Sperrgut", "objets encombrants", "bulky waste" },
} };

// General words (nouns, verbs, adjectives) shared by every topic.
const std::array<Term, 60> generalWords = { {
    { "wichtig", "important", "important" },
    { "neu", "nouveau", "new" },
    { "Formular", "formulaire", "form" },
    { "Dokumente", "documents", "documents" },
    { "Informationen", "informations", "information" },
    { "Beratung", "conseil", "advice" },
    { "Kosten", "coûts", "costs" },
    { "Monat", "mois", "month" },
    { "Woche", "semaine", "week" },
    { "Jahr", "année", "year" },
    { "Person", "personne", "person" },
    { "Frage", "question", "question" },
    { "Hilfe", "aide", "help" },
    { "Antrag", "demande", "request" },
    { "Behörde", "autorité", "authority" },
    { "Kanton", "canton", "canton" },
    { "Schweiz", "Suisse", "Switzerland" },
    { "Stadt", "ville", "city" },
    { "Recht", "droit", "right" },
    { "Pflicht", "obligation", "duty" },
    { "beantragen", "demander", "apply" },
    { "bezahlen", "payer", "pay" },
    { "anmelden", "annoncer", "register" },
    { "wechseln", "changer", "change" },
    { "finden", "trouver", "find" },
    { "brauchen", "nécessiter", "need" },
    { "kündigen", "résilier", "cancel" },
    { "erhalten", "recevoir", "receive" },
    { "mitbringen", "apporter", "bring" },
    { "ausfüllen", "remplir", "fill in" },
    { "unterschreiben", "signer", "sign" },
    { "vereinbaren", "convenir", "arrange" },
    { "kontaktieren", "contacter", "contact" },
    { "prüfen", "vérifier", "check" },
    { "müssen", "devoir", "must" },
    { "können", "pouvoir", "can" },
    { "zuständig", "compétent", "responsible" },
    { "kostenlos", "gratuit", "free of charge" },
    { "schriftlich", "par écrit", "in writing" },
    { "persönlich", "personnellement", "in person" },
    { "online", "en ligne", "online" },
    { "rechtzeitig", "à temps", "in time" },
    { "günstig", "avantageux", "affordable" },
    { "öffentlich", "public", "public" },
    { "gültig", "valable", "valid" },
    { "vertraulich", "confidentiel", "confidential" },
    { "mehrsprachig", "multilingue", "multilingual" },
    { "Bescheinigung", "attestation", "certificate" },
    { "Unterlagen", "pièces justificatives", "supporting documents" },
    { "Adresse", "adresse", "address" },
    { "Büro", "bureau", "office" },
    { "Gespräch", "entretien", "conversation" },
    { "Erklärung", "explication", "explanation" },
    { "Bestätigung", "confirmation", "confirmation" },
    { "Entscheid", "décision", "decision" },
    { "Einsprache", "recours", "appeal" },
    { "Zahlung", "paiement", "payment" },
    { "Betrag", "montant", "amount" },
    { "Regeln", "règles", "rules" },
    { "Möglichkeiten", "possibilités", "options" },
} };

const char *const functionWordsDe[] = { "der", "die", "das", "und", "in", "mit", "für", "von", "zu", "bei", "auf",
    "ist", "sind", "Sie", "Ihr", "Ihre", "ein", "eine", "nicht", "oder", "auch", "wenn", "dass", "im", "am", "zum",
    "zur", "es", "man", "wird", "werden", "haben", "hat", "nach", "vor", "über", "unter", "dem", "den", "des", "so",
    "nur", "noch", "schon", "hier", "dort", "wie", "was", "wer", "wo", "dann", "aber", "sehr", "immer", "oft", "gut" };
const char *const functionWordsFr[] = { "le", "la", "les", "et", "de", "du", "des", "en", "avec", "pour", "à", "au",
    "aux", "est", "sont", "vous", "votre", "vos", "un", "une", "pas", "ne", "ou", "aussi", "si", "que", "dans", "sur",
    "par", "il", "elle", "on", "sera", "être", "avoir", "après", "avant", "ce", "cette", "ces", "qui", "plus", "très",
    "bien", "ici", "là", "comme", "quand", "où", "toujours", "souvent", "déjà", "encore", "mais", "donc", "chez" };
const char *const functionWordsEn[] = { "the", "a", "an", "and", "of", "in", "with", "for", "to", "at", "on", "is",
    "are", "you", "your", "not", "or", "also", "if", "that", "by", "from", "it", "will", "be", "have", "has", "after",
    "before", "this", "these", "who", "more", "very", "well", "here", "there", "as", "when", "where", "always", "often",
    "already", "still", "but", "so", "can", "do", "does", "what", "which", "only", "just", "then", "all", "any" };

enum Lang { De, Fr, En, LangCount };
const char *const langCodes[LangCount] = { "de", "fr", "en" };

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

const char *pick(const Term &t, int lang)
{
    return lang == De ? t.de : lang == Fr ? t.fr : t.en;
}

// Fully specified by the seed: only raw mt19937 output is used, never the implementation-defined
// std::*_distribution classes, so every standard library generates the same corpus.
class Rng
{
public:
    explicit Rng(std::uint32_t seed)
        : m_gen(seed)
    { }
    int below(int n) { return int(m_gen() % std::uint32_t(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    double unit() { return double(m_gen()) / 4294967296.0; }
    bool chance(double p) { return unit() < p; }
    std::mt19937 &gen() { return m_gen; }

private:
    std::mt19937 m_gen;
};

// A token of an article skeleton: a concept, a general word or a function-word slot. The skeleton is
// drawn once per slug, then rendered in each language, so the translations say about the same.
struct Token
{
    enum Kind { Concept, General, Function, Bold } kind;
    int index = 0;
};
using Sentence = std::vector<Token>;

struct Skeleton
{
    int topic = 0;
    std::vector<int> title; ///< concept (>= 0) or general word (-1 - index)
    std::vector<int> tags; ///< concepts
    std::vector<Sentence> summary;
    std::vector<Sentence> intro;
    struct Section
    {
        std::vector<int> heading;
        std::vector<Sentence> paragraph;
        bool list = false;
    };
    std::vector<Section> sections;
    int linkTarget = -1; ///< slug number of an article: link, or -1
};

class Generator
{
public:
    Generator(const SyntheticCorpus::Options &options)
        : m_options(options)
        , m_rng(options.seed)
    {
        // Zipf-like popularity over all concepts in a fixed shuffled order: a few concepts are everywhere,
        // most are rare; plus a topic's own concepts are much more likely in its articles.
        std::vector<int> order(concepts.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            order[i] = int(i);
        }
        for (std::size_t i = order.size() - 1; i > 0; --i) {
            std::swap(order[i], order[std::size_t(m_rng.below(int(i + 1)))]);
        }
        double total = 0;
        for (std::size_t r = 0; r < order.size(); ++r) {
            total += 1.0 / std::pow(double(r + 1), 0.9);
            m_zipfCumulative.push_back(total);
        }
        for (auto &c : m_zipfCumulative) {
            c /= total;
        }
        m_zipfOrder = order;
    }

    ContentSource generate(const QString &dir)
    {
        ContentSource src;
        src.dir = dir;
        auto &site = src.site;
        site.region = QStringLiteral("synthetic");
        site.version = 1;
        site.names = { { QStringLiteral("de"), QStringLiteral("Willkommen (synthetisch)") },
            { QStringLiteral("fr"), QStringLiteral("Bienvenue (synthétique)") },
            { QStringLiteral("en"), QStringLiteral("Welcome (synthetic)") } };
        site.requiredLanguages = { QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en") };
        site.languages = { Language { QStringLiteral("de"), QStringLiteral("Deutsch"), false, {} },
            Language { QStringLiteral("fr"), QStringLiteral("Français"), false, { QStringLiteral("de") } },
            Language { QStringLiteral("en"), QStringLiteral("English"), false, { QStringLiteral("de") } } };
        site.homeArticles = { slugOf(0), slugOf(1) };
        int line = 1;
        for (const auto &t : topicDefs) {
            SourceTopic topic;
            topic.id = u8(t.id);
            topic.icon = u8(t.icon);
            topic.line = line;
            line += 9;
            for (int l = 0; l < LangCount; ++l) {
                topic.names.insert(u8(langCodes[l]), u8(pick(t.name, l)));
                topic.descriptions.insert(u8(langCodes[l]), u8(pick(t.description, l)));
            }
            src.topics.push_back(topic);
        }
        // Realistic synonym groups, as synonyms.yaml would give them.
        src.synonyms = {
            { QStringLiteral("Krankenkasse"), QStringLiteral("Krankenversicherung"),
                QStringLiteral("health insurance") },
            { QStringLiteral("Führerschein"), QStringLiteral("Führerausweis"), QStringLiteral("driving licence") },
            { QStringLiteral("Velo"), QStringLiteral("Fahrrad"), QStringLiteral("bicycle") },
            { QStringLiteral("Kehricht"), QStringLiteral("Abfall"), QStringLiteral("Müll") },
            { QStringLiteral("Spital"), QStringLiteral("Krankenhaus"), QStringLiteral("hospital") },
            { QStringLiteral("Kita"), QStringLiteral("Kindertagesstätte"), QStringLiteral("day nursery") },
        };
        // ContentSource::articles is sorted by slug, then language: de, en, fr.
        const int order[LangCount] = { De, En, Fr };
        src.articles.reserve(qsizetype(m_options.slugs) * LangCount);
        for (int s = 0; s < m_options.slugs; ++s) {
            const auto sk = skeleton(s);
            for (const int l : order) {
                src.articles.push_back(render(s, sk, l));
            }
        }
        return src;
    }

private:
    static QString slugOf(int n) { return QStringLiteral("article-%1").arg(n, 5, 10, QLatin1Char('0')); }

    int zipfConcept()
    {
        const double u = m_rng.unit();
        const auto it = std::lower_bound(m_zipfCumulative.begin(), m_zipfCumulative.end(), u);
        const auto r = std::min<std::size_t>(std::size_t(it - m_zipfCumulative.begin()), m_zipfOrder.size() - 1);
        return m_zipfOrder[r];
    }

    int conceptFor(int topic)
    {
        // Within a topic, earlier concepts are the topic's core words.
        if (m_rng.chance(0.6)) {
            const int a = m_rng.below(conceptsPerTopic);
            const int b = m_rng.below(conceptsPerTopic);
            return topic * conceptsPerTopic + std::min(a, b);
        }
        return zipfConcept();
    }

    Sentence sentence(int topic, int minTokens, int maxTokens)
    {
        Sentence out;
        const int n = m_rng.between(minTokens, maxTokens);
        for (int i = 0; i < n; ++i) {
            const double u = m_rng.unit();
            if (u < 0.50) {
                out.push_back({ Token::Function, m_rng.below(1 << 20) });
            } else if (u < 0.80) {
                out.push_back({ Token::Concept, conceptFor(topic) });
            } else {
                out.push_back({ Token::General, m_rng.below(int(generalWords.size())) });
            }
        }
        return out;
    }

    Skeleton skeleton(int slug)
    {
        Skeleton sk;
        sk.topic = slug % int(topicDefs.size());
        // Title: 3–6 words, at least one concept of the topic.
        const int titleWords = m_rng.between(3, 6);
        sk.title.push_back(sk.topic * conceptsPerTopic + m_rng.below(conceptsPerTopic));
        while (int(sk.title.size()) < titleWords) {
            sk.title.push_back(m_rng.chance(0.6) ? conceptFor(sk.topic) : -1 - m_rng.below(int(generalWords.size())));
        }
        const int tagCount = m_rng.between(3, 5);
        QSet<int> seen;
        while (int(sk.tags.size()) < tagCount) {
            const int c = conceptFor(sk.topic);
            if (!seen.contains(c)) {
                seen.insert(c);
                sk.tags.push_back(c);
            }
        }
        // Summary ~20 words: two sentences of 8–12 tokens.
        sk.summary = { sentence(sk.topic, 8, 12), sentence(sk.topic, 8, 12) };
        // Body 150–250 words: an intro and 2–4 sections with a heading, each a paragraph or a list.
        const int bodyWords = m_rng.between(150, 250);
        int words = 0;
        const auto add = [&](std::vector<Sentence> &into, int minTokens, int maxTokens) {
            auto s = sentence(sk.topic, minTokens, maxTokens);
            if (m_rng.chance(0.15)) {
                s[std::size_t(m_rng.below(int(s.size())))] = { Token::Bold, conceptFor(sk.topic) };
            }
            words += int(s.size());
            into.push_back(std::move(s));
        };
        for (int i = m_rng.between(2, 3); i > 0; --i) {
            add(sk.intro, 8, 16);
        }
        const int sections = m_rng.between(2, 4);
        const int perSection = std::max(20, (bodyWords - words) / sections);
        for (int i = 0; i < sections; ++i) {
            Skeleton::Section sec;
            for (int h = m_rng.between(1, 3); h > 0; --h) {
                sec.heading.push_back(
                    m_rng.chance(0.7) ? conceptFor(sk.topic) : -1 - m_rng.below(int(generalWords.size())));
            }
            words += int(sec.heading.size());
            sec.list = m_rng.chance(0.35);
            const int target = words + perSection;
            while (words < target) {
                add(sec.paragraph, sec.list ? 4 : 8, sec.list ? 9 : 16);
            }
            sk.sections.push_back(std::move(sec));
        }
        if (m_options.slugs > 1 && m_rng.chance(0.3)) {
            sk.linkTarget = m_rng.below(m_options.slugs);
            if (sk.linkTarget == slug) {
                sk.linkTarget = (slug + 1) % m_options.slugs;
            }
        }
        return sk;
    }

    QString functionWord(int lang, int index) const
    {
        if (lang == De) {
            return u8(functionWordsDe[index % std::size(functionWordsDe)]);
        }
        if (lang == Fr) {
            return u8(functionWordsFr[index % std::size(functionWordsFr)]);
        }
        return u8(functionWordsEn[index % std::size(functionWordsEn)]);
    }

    static QString word(int id, int lang)
    {
        return id >= 0 ? u8(pick(concepts[std::size_t(id)], lang)) : u8(pick(generalWords[std::size_t(-1 - id)], lang));
    }

    QString render(const Sentence &s, int lang) const
    {
        QStringList parts;
        for (const auto &t : s) {
            switch (t.kind) {
            case Token::Function:
                parts.push_back(functionWord(lang, t.index));
                break;
            case Token::Concept:
                parts.push_back(word(t.index, lang));
                break;
            case Token::General:
                parts.push_back(word(-1 - t.index, lang));
                break;
            case Token::Bold:
                parts.push_back(QStringLiteral("**") + word(t.index, lang) + QStringLiteral("**"));
                break;
            }
        }
        QString out = parts.join(QLatin1Char(' '));
        if (!out.isEmpty()) {
            const int first = out.startsWith(QLatin1String("**")) ? 2 : 0;
            out[first] = out[first].toUpper();
        }
        return out + QLatin1Char('.');
    }

    QString renderWords(const std::vector<int> &ids, int lang) const
    {
        QStringList parts;
        for (const int id : ids) {
            parts.push_back(word(id, lang));
        }
        QString out = parts.join(QLatin1Char(' '));
        out[0] = out[0].toUpper();
        return out;
    }

    SourceArticle render(int slug, const Skeleton &sk, int lang) const
    {
        SourceArticle sa;
        sa.slug = slugOf(slug);
        sa.lang = u8(langCodes[lang]);
        sa.file = QStringLiteral("articles/%1/%2.md").arg(sa.slug, sa.lang);
        sa.topicLine = 4;
        auto &a = sa.article;
        a.slug = sa.slug;
        a.lang = sa.lang;
        a.topic = u8(topicDefs[std::size_t(sk.topic)].id);
        a.title = renderWords(sk.title, lang);
        for (const int c : sk.tags) {
            a.tags.push_back(word(c, lang));
        }
        QStringList summary;
        for (const auto &s : sk.summary) {
            summary.push_back(render(s, lang));
        }
        a.summary = summary.join(QLatin1Char(' '));
        QStringList body;
        QStringList intro;
        for (const auto &s : sk.intro) {
            intro.push_back(render(s, lang));
        }
        body.push_back(intro.join(QLatin1Char(' ')));
        for (const auto &sec : sk.sections) {
            body.push_back(QStringLiteral("## ") + renderWords(sec.heading, lang));
            QStringList para;
            for (const auto &s : sec.paragraph) {
                para.push_back(sec.list ? QStringLiteral("- ") + render(s, lang) : render(s, lang));
            }
            body.push_back(para.join(sec.list ? QStringLiteral("\n") : QStringLiteral(" ")));
        }
        if (sk.linkTarget >= 0) {
            static const char *const more[LangCount] = { "Mehr dazu", "En savoir plus", "More about this" };
            const QString target = slugOf(sk.linkTarget);
            body.push_back(
                QStringLiteral("%1: [%2](article:%3).").arg(u8(more[lang]), word(sk.tags.front(), lang), target));
            // Line of the link: front matter (10 lines) + body lines before it.
            sa.links.push_back({ QStringLiteral("article:") + target, 10 + int(body.size()) * 2 });
        }
        a.body = body.join(QStringLiteral("\n\n"));
        a.sources
            = { Source { QStringLiteral("Synthetic source"), QStringLiteral("https://example.org/%1").arg(sa.slug) } };
        a.reviewed = QStringLiteral("2026-11-22");
        a.needsReview = false;
        return sa;
    }

    SyntheticCorpus::Options m_options;
    Rng m_rng;
    std::vector<double> m_zipfCumulative;
    std::vector<int> m_zipfOrder;
};

} // namespace

ContentSource SyntheticCorpus::generate(const Options &options, const QString &dir)
{
    Generator g(options);
    return g.generate(dir);
}

QStringList SyntheticCorpus::vocabulary(const QString &lang)
{
    const int l = lang == QLatin1String("fr") ? Fr : lang == QLatin1String("en") ? En : De;
    QStringList out;
    for (const auto &c : concepts) {
        out.push_back(u8(pick(c, l)));
    }
    for (const auto &g : generalWords) {
        out.push_back(u8(pick(g, l)));
    }
    return out;
}
