<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="121"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="126"/>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="130"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="47"/>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>هذه الصفحة غير موجودة (أو لم تعد موجودة). ربما حُذفت أثناء تحديث المحتوى.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="98"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="116"/>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>المصدر: %1، يفتح %2 في المتصفح</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="124"/>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>آخر مراجعة: %1. لا يزال فريق التحرير يتحقق من بعض تفاصيل هذه الصفحة.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ArticlePage.qml" line="125"/>
        <source>Last checked on %1.</source>
        <translation>آخر مراجعة: %1.</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <location filename="../qml/components/FallbackNote.qml" line="21"/>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>هذه الصفحة غير متوفرة بعد باللغة %1. تُعرض باللغة %2.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../qml/pages/GuidePage.qml" line="13"/>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>الدليل</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/GuidePage.qml" line="41"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n مقال</numerusform>
            <numerusform>%n مقال</numerusform>
            <numerusform>%n مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/GuidePage.qml" line="47"/>
        <source>No content is installed yet.</source>
        <translation>لم يتم تثبيت أي محتوى بعد.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="40"/>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>معلومات موثوقة لخطواتك الأولى. يعمل دون إنترنت.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="63"/>
        <source>OK</source>
        <translation>حسناً</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="65"/>
        <source>Dismiss the message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="78"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../qml/components/PageHeader.qml" line="31"/>
        <location filename="../qml/components/PageHeader.qml" line="33"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="14"/>
        <source>Search the guide</source>
        <translation>ابحث في الدليل</translation>
    </message>
    <message>
        <location filename="../qml/components/SearchField.qml" line="34"/>
        <source>Search, e.g. health insurance</source>
        <translation>ابحث، مثلاً: التأمين الصحي</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="21"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="30"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="37"/>
        <source>Search the guide</source>
        <translation>ابحث في الدليل</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="68"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="68"/>
        <source>Places and offers</source>
        <translation>الأماكن والخدمات</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="68"/>
        <source>Checklist steps</source>
        <translation>خطوات قائمة المهام</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="105"/>
        <source>similar spelling</source>
        <translation>تهجئة مشابهة</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="131"/>
        <source>Recent searches</source>
        <translation>عمليات البحث الأخيرة</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="131"/>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>اكتب كلمة بأي لغة، مثلاً: Krankenkasse أو permit أو école.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="146"/>
        <source>Search again for %1</source>
        <translation>ابحث مجدداً عن %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="152"/>
        <source>Clear recent searches</source>
        <translation>مسح عمليات البحث الأخيرة</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="166"/>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>لا توجد نتائج لـ «%1». جرّب أحرفاً أقل أو تهجئة أخرى أو لغة أخرى — أو تصفّح المواضيع في الدليل.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="13"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="23"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="35"/>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="41"/>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="45"/>
        <source>Content from %1 (version %2).</source>
        <translation>المحتوى بتاريخ %1 (الإصدار %2).</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="46"/>
        <source>No content is installed: %1</source>
        <translation>لا يوجد محتوى مثبّت: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="49"/>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>كل ما تُدخله يبقى على هذا الجهاز. بلا حساب، بلا تتبّع.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="52"/>
        <source>Data folder: %1</source>
        <translation>مجلد البيانات: %1</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../qml/pages/TopicPage.qml" line="45"/>
        <source>There are no articles in this topic yet.</source>
        <translation>لا توجد مقالات في هذا الموضوع بعد.</translation>
    </message>
</context>
</TS>
