<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="153"/>
        <source>Home</source>
        <translation>خانه</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="158"/>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>راهنما</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="163"/>
        <source>Checklist</source>
        <extracomment>The tab with the personal checklist</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="167"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="47"/>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>این صفحه وجود ندارد (یا دیگر وجود ندارد). شاید در به‌روزرسانی محتوا حذف شده باشد.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="98"/>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="116"/>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>منبع: %1، %2 را در مرورگر باز می‌کند</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="124"/>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>آخرین بررسی: %1. ویراستاران ما هنوز برخی جزئیات این صفحه را بررسی می‌کنند.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="125"/>
        <source>Last checked on %1.</source>
        <translation>آخرین بررسی: %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <location filename="../app/ui/checklistcontroller.cpp" line="61"/>
        <location filename="../app/ui/checklistcontroller.cpp" line="191"/>
        <source>Whole household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/checklistcontroller.cpp" line="67"/>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/checklistcontroller.cpp" line="87"/>
        <source>Your household could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/checklistcontroller.cpp" line="186"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/checklistcontroller.cpp" line="187"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/checklistcontroller.cpp" line="188"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/checklistcontroller.cpp" line="189"/>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/checklistcontroller.cpp" line="190"/>
        <source>Bring along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/checklistcontroller.cpp" line="192"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/checklistcontroller.cpp" line="193"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/checklistcontroller.cpp" line="197"/>
        <source>My checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/checklistcontroller.cpp" line="219"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../qml/pages/ChecklistPage.qml" line="14"/>
        <source>My checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ChecklistPage.qml" line="32"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ChecklistPage.qml" line="34"/>
        <source>Show the steps of everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ChecklistPage.qml" line="42"/>
        <source>Show the steps of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ChecklistPage.qml" line="53"/>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ChecklistPage.qml" line="85"/>
        <source>Add the deadlines to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ChecklistPage.qml" line="89"/>
        <source>Saved. Open the file with your calendar app: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ChecklistPage.qml" line="90"/>
        <source>The calendar file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ChecklistPage.qml" line="106"/>
        <source>Change my household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ChecklistPage.qml" line="122"/>
        <source>Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ChecklistPage.qml" line="129"/>
        <source>Answer a few questions. Everything stays on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ChecklistPage.qml" line="136"/>
        <source>Set up my checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <location filename="../app/ui/checklistpdf.cpp" line="101"/>
        <location filename="../app/ui/checklistpdf.cpp" line="133"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/checklistpdf.cpp" line="129"/>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../qml/pages/CounterPage.qml" line="23"/>
        <source>Show at the counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <location filename="../qml/components/FallbackNote.qml" line="21"/>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>این صفحه هنوز به زبان %1 موجود نیست. به زبان %2 نمایش داده می‌شود.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../qml/pages/GuidePage.qml" line="13"/>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>راهنما</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/GuidePage.qml" line="41"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n مقاله</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/GuidePage.qml" line="47"/>
        <source>No content is installed yet.</source>
        <translation>هنوز هیچ محتوایی نصب نشده است.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="40"/>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>اطلاعات قابل اعتماد برای نخستین گام‌های شما. بدون اینترنت هم کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="63"/>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="65"/>
        <source>Dismiss the message</source>
        <translation>بستن پیام</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="84"/>
        <source>Your next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="84"/>
        <source>All steps done – well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="104"/>
        <source>Whole checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="114"/>
        <source>Set up your personal checklist: what to do, for whom, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="129"/>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="66"/>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="87"/>
        <source>A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="94"/>
        <source>When did you arrive in Bern?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="101"/>
        <source>Month of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="111"/>
        <source>Day of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="120"/>
        <source>Year of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="126"/>
        <source>Where did you come from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="131"/>
        <source>From abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="137"/>
        <source>From another Swiss canton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="144"/>
        <location filename="../qml/pages/OnboardingPage.qml" line="152"/>
        <source>Months in Switzerland before moving to Bern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="160"/>
        <source>I am a citizen of an EU or EFTA country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="166"/>
        <source>Which permit do you have or expect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="172"/>
        <source>I don&apos;t know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="172"/>
        <source>B – residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="172"/>
        <source>C – settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="172"/>
        <source>L – short stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="173"/>
        <source>F – provisionally admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="173"/>
        <source>N – asylum seeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="173"/>
        <source>S – protection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="174"/>
        <source>G – cross-border commuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="175"/>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="180"/>
        <source>Who lives in your household?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="205"/>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="207"/>
        <source>Name of person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="211"/>
        <source>Adult (18 or older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="211"/>
        <source>Young person (16–17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="211"/>
        <source>School child (6–15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="212"/>
        <source>Kindergarten child (4–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="212"/>
        <source>Small child (0–3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="215"/>
        <source>Age of person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="219"/>
        <source>Works or starts work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="226"/>
        <source>Has a driving licence from abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="232"/>
        <source>Comes later to join the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="239"/>
        <source>Remove this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="242"/>
        <source>Remove person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="248"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="265"/>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OnboardingPage.qml" line="278"/>
        <source>Show my checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../qml/components/PageHeader.qml" line="31"/>
        <location filename="../qml/components/PageHeader.qml" line="33"/>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="14"/>
        <source>Search the guide</source>
        <translation>جستجو در راهنما</translation>
    </message>
    <message>
        <location filename="../qml/components/SearchField.qml" line="34"/>
        <source>Search, e.g. health insurance</source>
        <translation>جستجو، مثلاً بیمهٔ درمانی</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="21"/>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="30"/>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="37"/>
        <source>Search the guide</source>
        <translation>جستجو در راهنما</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="68"/>
        <source>Articles</source>
        <translation>مقاله‌ها</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="68"/>
        <source>Places and offers</source>
        <translation>مکان‌ها و خدمات</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="68"/>
        <source>Checklist steps</source>
        <translation>مراحل فهرست کارها</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="105"/>
        <source>similar spelling</source>
        <translation>املای مشابه</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="131"/>
        <source>Recent searches</source>
        <translation>جستجوهای اخیر</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="131"/>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>یک واژه به هر زبانی بنویسید، مثلاً Krankenkasse یا permit یا école.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="146"/>
        <source>Search again for %1</source>
        <translation>جستجوی دوباره برای %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="152"/>
        <source>Clear recent searches</source>
        <translation>پاک کردن جستجوهای اخیر</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="166"/>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>برای «%1» چیزی پیدا نشد. حروف کمتر، املای دیگر یا زبان دیگری را امتحان کنید — یا موضوع‌های راهنما را مرور کنید.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="13"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="23"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="35"/>
        <source>Language: %1</source>
        <translation>زبان: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="41"/>
        <source>My checklist and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="44"/>
        <source>Change my household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="44"/>
        <source>Set up my checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="49"/>
        <source>Export the checklist as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="54"/>
        <source>Add the deadlines to my calendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="58"/>
        <source>Save all my data as one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="68"/>
        <source>Path of a saved data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="69"/>
        <source>Path of a saved data file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="72"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="76"/>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="76"/>
        <source>Your data was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="78"/>
        <source>Import my data from this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="85"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="85"/>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="89"/>
        <source>Content</source>
        <translation>محتوا</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="93"/>
        <source>Content from %1 (version %2).</source>
        <translation>محتوا: %1 (نسخهٔ %2).</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="94"/>
        <source>No content is installed: %1</source>
        <translation>هیچ محتوایی نصب نشده است: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="97"/>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>هر چه وارد می‌کنید روی همین دستگاه می‌ماند. بدون حساب کاربری، بدون ردیابی.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="100"/>
        <source>Data folder: %1</source>
        <translation>پوشهٔ داده‌ها: %1</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <location filename="../qml/components/StepDelegate.qml" line="21"/>
        <source>No longer in the guide – your record is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StepDelegate.qml" line="22"/>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StepDelegate.qml" line="23"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StepDelegate.qml" line="24"/>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StepDelegate.qml" line="25"/>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StepDelegate.qml" line="26"/>
        <source>Due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StepDelegate.qml" line="39"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StepDelegate.qml" line="39"/>
        <source>Mark as done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="42"/>
        <source>This step is not in your checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="88"/>
        <source>This step is no longer in the guide. What you recorded is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="89"/>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="90"/>
        <source>Due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="91"/>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="108"/>
        <source>Bring along:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="117"/>
        <source>Done ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="117"/>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="123"/>
        <source>Needed after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="123"/>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="131"/>
        <source>Read more about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="138"/>
        <source>Show at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="141"/>
        <source>Show this step in German and in your language, large, at the office counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="145"/>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="154"/>
        <source>e.g. appointment on 5 March, bring the rental contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="157"/>
        <source>My note for this step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../qml/pages/TopicPage.qml" line="45"/>
        <source>There are no articles in this topic yet.</source>
        <translation>هنوز هیچ مقاله‌ای در این موضوع نیست.</translation>
    </message>
</context>
</TS>
