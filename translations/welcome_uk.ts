<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="121"/>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="126"/>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>Путівник</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="130"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="47"/>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>Цієї сторінки немає (або вже немає). Можливо, її видалено під час оновлення вмісту.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="98"/>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="116"/>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>Джерело: %1, відкриває %2 у браузері</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="124"/>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>Востаннє перевірено: %1. Наша редакція ще уточнює деякі відомості на цій сторінці.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="125"/>
        <source>Last checked on %1.</source>
        <translation>Востаннє перевірено: %1.</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <location filename="../qml/components/FallbackNote.qml" line="21"/>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>Ця сторінка ще недоступна мовою «%1». Її показано мовою «%2».</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../qml/pages/GuidePage.qml" line="13"/>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>Путівник</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/GuidePage.qml" line="41"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n стаття</numerusform>
            <numerusform>%n статті</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/GuidePage.qml" line="47"/>
        <source>No content is installed yet.</source>
        <translation>Вміст ще не встановлено.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="40"/>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>Надійна інформація для ваших перших кроків. Працює без інтернету.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="63"/>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="65"/>
        <source>Dismiss the message</source>
        <translation>Закрити повідомлення</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="78"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../qml/components/PageHeader.qml" line="31"/>
        <location filename="../qml/components/PageHeader.qml" line="33"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="14"/>
        <source>Search the guide</source>
        <translation>Пошук у путівнику</translation>
    </message>
    <message>
        <location filename="../qml/components/SearchField.qml" line="34"/>
        <source>Search, e.g. health insurance</source>
        <translation>Пошук, напр. медичне страхування</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="21"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="30"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="37"/>
        <source>Search the guide</source>
        <translation>Пошук у путівнику</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="68"/>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="68"/>
        <source>Places and offers</source>
        <translation>Місця та пропозиції</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="68"/>
        <source>Checklist steps</source>
        <translation>Кроки чек-листа</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="105"/>
        <source>similar spelling</source>
        <translation>схоже написання</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="131"/>
        <source>Recent searches</source>
        <translation>Нещодавні пошуки</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="131"/>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>Введіть слово будь-якою мовою, напр. Krankenkasse, permit, école.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="146"/>
        <source>Search again for %1</source>
        <translation>Шукати знову: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="152"/>
        <source>Clear recent searches</source>
        <translation>Очистити нещодавні пошуки</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="166"/>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>За запитом «%1» нічого не знайдено. Спробуйте ввести менше літер, інше написання або іншу мову — чи перегляньте теми в Путівнику.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="13"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="23"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="35"/>
        <source>Language: %1</source>
        <translation>Мова: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="41"/>
        <source>Content</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="45"/>
        <source>Content from %1 (version %2).</source>
        <translation>Вміст: %1 (версія %2).</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="46"/>
        <source>No content is installed: %1</source>
        <translation>Вміст не встановлено: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="49"/>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>Усе, що ви вводите, залишається на цьому пристрої. Без облікового запису, без стеження.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="52"/>
        <source>Data folder: %1</source>
        <translation>Папка даних: %1</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../qml/pages/TopicPage.qml" line="45"/>
        <source>There are no articles in this topic yet.</source>
        <translation>У цій темі ще немає статей.</translation>
    </message>
</context>
</TS>
