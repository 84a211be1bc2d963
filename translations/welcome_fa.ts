<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="121"/>
        <source>Home</source>
        <translation>خانه</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="126"/>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>راهنما</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="130"/>
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
        <location filename="../qml/pages/HomePage.qml" line="78"/>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
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
        <source>Content</source>
        <translation>محتوا</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="45"/>
        <source>Content from %1 (version %2).</source>
        <translation>محتوا: %1 (نسخهٔ %2).</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="46"/>
        <source>No content is installed: %1</source>
        <translation>هیچ محتوایی نصب نشده است: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="49"/>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>هر چه وارد می‌کنید روی همین دستگاه می‌ماند. بدون حساب کاربری، بدون ردیابی.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="52"/>
        <source>Data folder: %1</source>
        <translation>پوشهٔ داده‌ها: %1</translation>
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
