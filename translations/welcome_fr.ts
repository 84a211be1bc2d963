<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="121"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="126"/>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="130"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="47"/>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>Cette page n&apos;existe pas (ou plus). Elle a peut-être été supprimée lors d&apos;une mise à jour du contenu.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="98"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="116"/>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>Source&#xa0;: %1, ouvre %2 dans le navigateur</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="124"/>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>Dernière vérification le %1. Notre rédaction vérifie encore certains détails de cette page.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="125"/>
        <source>Last checked on %1.</source>
        <translation>Dernière vérification le %1.</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <location filename="../qml/components/FallbackNote.qml" line="21"/>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>Cette page n&apos;est pas encore disponible en %1. Elle est affichée en %2.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../qml/pages/GuidePage.qml" line="13"/>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>Guide</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/GuidePage.qml" line="41"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/GuidePage.qml" line="47"/>
        <source>No content is installed yet.</source>
        <translation>Aucun contenu n&apos;est encore installé.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="40"/>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>Des informations fiables pour vos premiers pas. Fonctionne aussi hors ligne.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="63"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="65"/>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="78"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../qml/components/PageHeader.qml" line="31"/>
        <location filename="../qml/components/PageHeader.qml" line="33"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="14"/>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <location filename="../qml/components/SearchField.qml" line="34"/>
        <source>Search, e.g. health insurance</source>
        <translation>Rechercher, p. ex. assurance maladie</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="21"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="30"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="37"/>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="68"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="68"/>
        <source>Places and offers</source>
        <translation>Lieux et offres</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="68"/>
        <source>Checklist steps</source>
        <translation>Étapes de la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="105"/>
        <source>similar spelling</source>
        <translation>orthographe proche</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="131"/>
        <source>Recent searches</source>
        <translation>Recherches récentes</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="131"/>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>Saisissez un mot dans n&apos;importe quelle langue, p. ex. Krankenkasse, permit, école.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="146"/>
        <source>Search again for %1</source>
        <translation>Rechercher à nouveau %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="152"/>
        <source>Clear recent searches</source>
        <translation>Effacer les recherches récentes</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="166"/>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;». Essayez avec moins de lettres, une autre orthographe ou une autre langue — ou parcourez les thèmes du Guide.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="13"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="23"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="35"/>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="41"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="45"/>
        <source>Content from %1 (version %2).</source>
        <translation>Contenu du %1 (version %2).</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="46"/>
        <source>No content is installed: %1</source>
        <translation>Aucun contenu installé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="49"/>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>Tout ce que vous saisissez reste sur cet appareil. Pas de compte, pas de suivi.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="52"/>
        <source>Data folder: %1</source>
        <translation>Dossier de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../qml/pages/TopicPage.qml" line="45"/>
        <source>There are no articles in this topic yet.</source>
        <translation>Ce thème ne contient encore aucun article.</translation>
    </message>
</context>
</TS>
