<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AppController</name>
    <message>
        <source>The guide&apos;s content could not be installed, so what is shown may be missing or old. Free some storage space and restart the app. (%1)</source>
        <translation>تعذّر تثبيت محتوى الدليل، لذلك قد يكون ما يظهر ناقصاً أو قديماً. أفرغ بعض مساحة التخزين وأعد تشغيل التطبيق. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content cannot be read. Please reinstall the app. (%1)</source>
        <translation>لا يمكن قراءة محتوى الدليل. يُرجى إعادة تثبيت التطبيق. (%1)</translation>
    </message>
    <message>
        <source>Your personal data file was damaged. It was kept as a backup (%1) and a new one was started.</source>
        <translation>كان ملف بياناتك الشخصية تالفاً. احتفظنا به كنسخة احتياطية (%1) وأنشأنا ملفاً جديداً.</translation>
    </message>
    <message>
        <source>Your personal data was saved by a newer version of Welcome. Please update the app; your data was left untouched.</source>
        <translation>حُفظت بياناتك الشخصية بإصدار أحدث من Welcome. يُرجى تحديث التطبيق؛ لم تُمسّ بياناتك.</translation>
    </message>
    <message>
        <source>Your personal data cannot be opened, so nothing you enter now will be kept. (%1)</source>
        <translation>لا يمكن فتح بياناتك الشخصية، لذلك لن يُحفظ أي شيء تُدخله الآن. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; updates are downloaded again when you are online.</source>
        <translation>كان محتوى الدليل على هذا الجهاز تالفاً، وقد استُعيد من التطبيق؛ ستُنزَّل التحديثات من جديد عندما تتصل بالإنترنت.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>The tab with the personal checklist</extracomment>
        <translation>قائمتي</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation>تم تحديث المحتوى</translation>
    </message>
    <message>
        <source>See what&apos;s new</source>
        <translation>عرض ما هو جديد</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>هذه الصفحة غير موجودة (أو لم تعد موجودة). ربما حُذفت أثناء تحديث المحتوى.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>المصدر: %1، يفتح %2 في المتصفح</translation>
    </message>
    <message>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>آخر مراجعة: %1. لا يزال فريق التحرير يتحقق من بعض تفاصيل هذه الصفحة.</translation>
    </message>
    <message>
        <source>Last checked on %1.</source>
        <translation>آخر مراجعة: %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <source>Whole household</source>
        <translation>الأسرة كلها</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>الشخص %1</translation>
    </message>
    <message>
        <source>Your household could not be saved.</source>
        <translation>تعذّر حفظ بيانات أسرتك.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>لم يُنجز بعد</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>غير ضروري</translation>
    </message>
    <message>
        <source>Bring along</source>
        <translation>أحضِر معك</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>قائمة مهامي</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>My checklist</source>
        <translation>قائمة مهامي</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Show the steps of everyone</source>
        <translation>عرض خطوات الجميع</translation>
    </message>
    <message>
        <source>Show the steps of %1</source>
        <translation>عرض خطوات %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>الخطوات المنجزة: %1 من %2</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar</source>
        <translation>إضافة المواعيد النهائية إلى تقويمي</translation>
    </message>
    <message>
        <source>Saved. Open the file with your calendar app: %1</source>
        <translation>تم الحفظ. افتح الملف بتطبيق التقويم: %1</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>تعذّرت كتابة ملف التقويم.</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>تعديل بيانات أسرتي</translation>
    </message>
    <message>
        <source>Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.</source>
        <translation>تعرض قائمة مهامك الشخصية ما يجب فعله، ولمن، وحتى متى: التسجيل، التأمين الصحي، المدرسة وغير ذلك.</translation>
    </message>
    <message>
        <source>Answer a few questions. Everything stays on this phone.</source>
        <translation>أجب عن بعض الأسئلة. كل شيء يبقى على هذا الهاتف.</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>إعداد قائمة مهامي</translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation>تعذّرت كتابة %1: لم يمكن إنشاء ملف PDF.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Show at the counter</source>
        <translation>اعرض عند الشبّاك</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>هذه الصفحة غير متوفرة بعد باللغة %1. تُعرض باللغة %2.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>الدليل</translation>
    </message>
    <message numerus="yes">
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
        <source>No content is installed yet.</source>
        <translation>لم يتم تثبيت أي محتوى بعد.</translation>
    </message>
    <message>
        <source>Release to check for updates</source>
        <translation>ارفع إصبعك للبحث عن تحديثات</translation>
    </message>
    <message>
        <source>Pull down to check for updates</source>
        <translation>اسحب للأسفل للبحث عن تحديثات</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>معلومات موثوقة لخطواتك الأولى. يعمل دون إنترنت.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسناً</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>خطواتك التالية</translation>
    </message>
    <message>
        <source>All steps done – well done!</source>
        <translation>أُنجزت جميع الخطوات – أحسنت!</translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation>القائمة كاملة</translation>
    </message>
    <message>
        <source>Find places that help: counselling, courses, interpreters, offices</source>
        <translation>ابحث عن أماكن تقدّم المساعدة: استشارات، دورات، مترجمون، مكاتب رسمية</translation>
    </message>
    <message>
        <source>Set up your personal checklist: what to do, for whom, by when</source>
        <translation>أعِدّ قائمة مهامك الشخصية: ما يجب فعله، ولمن، وحتى متى</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <source>your position</source>
        <translation>موقعك</translation>
    </message>
    <message>
        <source>your last known position</source>
        <translation>آخر موقع معروف لك</translation>
    </message>
    <message>
        <source>the city centre</source>
        <translation>وسط المدينة</translation>
    </message>
    <message>
        <source>This device cannot tell its position: pick a place.</source>
        <translation>لا يستطيع هذا الجهاز تحديد موقعه: اختر مكاناً.</translation>
    </message>
    <message>
        <source>The app may not use your position: pick a place, or allow it in the settings.</source>
        <translation>لا يُسمح للتطبيق باستخدام موقعك: اختر مكاناً، أو اسمح بذلك في الإعدادات.</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation>جارٍ البحث عن موقعك…</translation>
    </message>
    <message>
        <source>Sorted by distance from %1. %2 Change</source>
        <translation>مرتّبة حسب المسافة من %1. %2 تغيير</translation>
    </message>
    <message>
        <source>Sorted by distance from %1.</source>
        <translation>مرتّبة حسب المسافة من %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: choose where distances count from</extracomment>
        <translation>تغيير</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where are you?</source>
        <translation>أين أنت؟</translation>
    </message>
    <message>
        <source>Places that help are sorted by distance from this point. It stays on your phone and is never sent anywhere.</source>
        <translation>تُرتَّب الأماكن التي تقدّم المساعدة حسب المسافة من هذه النقطة. تبقى هذه النقطة على هاتفك ولا تُرسَل إلى أي مكان.</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>استخدام موقعي</translation>
    </message>
    <message>
        <source>This device cannot tell its position. Please pick your postcode or quarter below.</source>
        <translation>لا يستطيع هذا الجهاز تحديد موقعه. يُرجى اختيار الرمز البريدي أو الحي من القائمة أدناه.</translation>
    </message>
    <message>
        <source>The app may not use your position. Allow it in the system settings, or pick your postcode or quarter below.</source>
        <translation>لا يُسمح للتطبيق باستخدام موقعك. اسمح بذلك في إعدادات النظام، أو اختر الرمز البريدي أو الحي من القائمة أدناه.</translation>
    </message>
    <message>
        <source>Looking for your position… This can take a minute, especially indoors.</source>
        <translation>جارٍ البحث عن موقعك… قد يستغرق ذلك دقيقة، خاصةً داخل المباني.</translation>
    </message>
    <message>
        <source>Using your position (accurate to about %1 m).</source>
        <translation>يتم استخدام موقعك (بدقة %1 م تقريباً).</translation>
    </message>
    <message>
        <source>Using your position.</source>
        <translation>يتم استخدام موقعك.</translation>
    </message>
    <message>
        <source>Use the city centre</source>
        <translation>استخدام وسط المدينة</translation>
    </message>
    <message>
        <source>Postcode or quarter, e.g. 3018 or Bümpliz</source>
        <translation>الرمز البريدي أو الحي، مثلاً: 3018 أو Bümpliz</translation>
    </message>
    <message>
        <source>Search a postcode or quarter</source>
        <translation>ابحث عن رمز بريدي أو حي</translation>
    </message>
    <message>
        <source>Measure from %1</source>
        <translation>قياس المسافة من %1</translation>
    </message>
    <message>
        <source>No postcode or quarter matches. Try the first digits of your postcode.</source>
        <translation>لا يوجد رمز بريدي أو حي مطابق. جرّب الأرقام الأولى من رمزك البريدي.</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n places here; zoom in</source>
        <translation>
            <numerusform>%n مكان هنا؛ كبّر الخريطة</numerusform>
            <numerusform>%n مكان هنا؛ كبّر الخريطة</numerusform>
            <numerusform>%n مكانان هنا؛ كبّر الخريطة</numerusform>
            <numerusform>%n أماكن هنا؛ كبّر الخريطة</numerusform>
            <numerusform>%n مكانًا هنا؛ كبّر الخريطة</numerusform>
            <numerusform>%n مكان هنا؛ كبّر الخريطة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the places that help</source>
        <translation>خريطة الأماكن التي تقدّم المساعدة</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>موقعك</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>No offline map is installed and map downloads are off, so the places are shown without a map.</source>
        <translation>لا توجد خريطة مثبّتة للاستخدام دون إنترنت، وتنزيل الخرائط متوقف، لذلك تُعرض الأماكن بدون خريطة.</translation>
    </message>
    <message>
        <source>The map server cannot be reached (no connection?), so the places are shown without a map.</source>
        <translation>تعذّر الاتصال بخادم الخرائط (لا يوجد اتصال؟)، لذلك تُعرض الأماكن بدون خريطة.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>جارٍ تحميل الخريطة…</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>بيانات الخريطة: %1</translation>
    </message>
</context>
<context>
    <name>OfferMapCard</name>
    <message>
        <source>Close the card</source>
        <translation>إغلاق البطاقة</translation>
    </message>
    <message>
        <source>Details and contact</source>
        <translation>التفاصيل والتواصل</translation>
    </message>
    <message>
        <source>Details and contact for %1</source>
        <translation>التفاصيل والتواصل لـ %1</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>Where to get help</source>
        <translation>أين تجد المساعدة</translation>
    </message>
    <message>
        <source>This place is not in the guide (any more).</source>
        <translation>هذا المكان غير موجود في الدليل (أو لم يعد موجوداً).</translation>
    </message>
    <message>
        <source>Languages spoken: %1</source>
        <translation>اللغات المحكية: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>الاتصال بـ %1</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>مراسلة</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>كتابة بريد إلكتروني إلى %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation>فتح الموقع الإلكتروني لـ %1</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>الاتجاهات</translation>
    </message>
    <message>
        <source>Directions to %1 in the map app</source>
        <translation>الاتجاهات إلى %1 في تطبيق الخرائط</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>اقرأ المزيد</translation>
    </message>
    <message>
        <source>Our editors are still verifying some details of this entry. Please check before you go.</source>
        <translation>لا يزال فريق التحرير يتحقق من بعض تفاصيل هذا المدخل. يُرجى التحقق منها قبل الذهاب.</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>مجاناً</translation>
    </message>
    <message>
        <source>Costs money</source>
        <translation>بمقابل مادي</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>مناسب للكراسي المتحركة</translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation>غير مناسب للكراسي المتحركة</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>بموعد مسبق فقط</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>أوقات العمل</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>ليلاً ونهاراً، كل يوم</translation>
    </message>
</context>
<context>
    <name>OfferText</name>
    <message>
        <source>%1 m</source>
        <translation>%1 م</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 كم</translation>
    </message>
    <message>
        <source>open day and night</source>
        <translation>مفتوح ليلاً ونهاراً</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>مفتوح حتى %1</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>يفتح %1</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>About you</source>
        <translation>معلومات عنك</translation>
    </message>
    <message>
        <source>A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.</source>
        <translation>بعض الأسئلة لكي تعرض قائمة مهامك الخطوات والمواعيد النهائية الصحيحة. تبقى إجاباتك على هذا الهاتف.</translation>
    </message>
    <message>
        <source>When did you arrive in Bern?</source>
        <translation>متى وصلت إلى برن؟</translation>
    </message>
    <message>
        <source>Month of arrival</source>
        <translation>شهر الوصول</translation>
    </message>
    <message>
        <source>Day of arrival</source>
        <translation>يوم الوصول</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>سنة الوصول</translation>
    </message>
    <message>
        <source>Where did you come from?</source>
        <translation>من أين أتيت؟</translation>
    </message>
    <message>
        <source>From abroad</source>
        <translation>من خارج سويسرا</translation>
    </message>
    <message>
        <source>From another Swiss canton</source>
        <translation>من كانتون سويسري آخر</translation>
    </message>
    <message>
        <source>Months in Switzerland before moving to Bern</source>
        <translation>عدد الأشهر في سويسرا قبل الانتقال إلى برن</translation>
    </message>
    <message>
        <source>I am a citizen of an EU or EFTA country</source>
        <translation>أحمل جنسية دولة من الاتحاد الأوروبي أو رابطة التجارة الحرة الأوروبية (EFTA)</translation>
    </message>
    <message>
        <source>Which permit do you have or expect?</source>
        <translation>ما التصريح الذي لديك أو تتوقعه؟</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>لا أعرف بعد</translation>
    </message>
    <message>
        <source>B – residence</source>
        <translation>B – تصريح الإقامة</translation>
    </message>
    <message>
        <source>C – settlement</source>
        <translation>C – تصريح الاستقرار (الإقامة الدائمة)</translation>
    </message>
    <message>
        <source>L – short stay</source>
        <translation>L – تصريح الإقامة القصيرة</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – القبول المؤقت</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – طالب لجوء</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – وضع الحماية</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – تصريح العامل الحدودي</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>التصريح</translation>
    </message>
    <message>
        <source>Who lives in your household?</source>
        <translation>من يعيش في أسرتك؟</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>الاسم (اختياري)</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>اسم الشخص %1</translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation>بالغ (18 سنة أو أكثر)</translation>
    </message>
    <message>
        <source>Young person (16–17)</source>
        <translation>يافع (16–17)</translation>
    </message>
    <message>
        <source>School child (6–15)</source>
        <translation>طفل في سن المدرسة (6–15)</translation>
    </message>
    <message>
        <source>Kindergarten child (4–5)</source>
        <translation>طفل في روضة الأطفال (4–5)</translation>
    </message>
    <message>
        <source>Age of person %1</source>
        <translation>عمر الشخص %1</translation>
    </message>
    <message>
        <source>Works or starts work</source>
        <translation>يعمل أو سيبدأ العمل</translation>
    </message>
    <message>
        <source>Has a driving licence from abroad</source>
        <translation>لديه رخصة قيادة أجنبية</translation>
    </message>
    <message>
        <source>Comes later to join the family</source>
        <translation>سيلتحق بالأسرة لاحقاً</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>إزالة هذا الشخص</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>إزالة الشخص %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>تخطٍّ الآن</translation>
    </message>
    <message>
        <source>Show my checklist</source>
        <translation>عرض قائمة مهامي</translation>
    </message>
    <message>
        <source>I have been granted asylum (recognised refugee)</source>
        <translation>حصلت على اللجوء (لاجئ معترف به)</translation>
    </message>
    <message>
        <source>My husband, wife or children live abroad and may join us later</source>
        <translation>زوجي أو زوجتي أو أطفالي يعيشون في الخارج وقد يلتحقون بنا لاحقاً</translation>
    </message>
    <message>
        <source>Small child (1–3)</source>
        <translation>طفل صغير (1–3)</translation>
    </message>
    <message>
        <source>Baby (under 1)</source>
        <translation>رضيع (أقل من سنة)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places that help</source>
        <translation>أماكن تقدّم المساعدة</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>جميع أنواع المساعدة</translation>
    </message>
    <message>
        <source>Integration counselling</source>
        <translation>استشارات الاندماج</translation>
    </message>
    <message>
        <source>Residents&apos; office</source>
        <translation>مكتب تسجيل السكان</translation>
    </message>
    <message>
        <source>School office</source>
        <translation>مكتب المدارس</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>دورات اللغة</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>الترجمة الفورية</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>التأمينات الاجتماعية</translation>
    </message>
    <message>
        <source>Road traffic office</source>
        <translation>مكتب المرور</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>المكتبات</translation>
    </message>
    <message>
        <source>Migration service</source>
        <translation>دائرة الهجرة</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>حالات الطوارئ</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>نوع المساعدة</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Show the places as a list</extracomment>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>العرض كقائمة</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Show the places on a map</extracomment>
        <translation>خريطة</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>العرض على الخريطة</translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation>عرض موقعي</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try another kind of help, or switch off “Open now”.</source>
        <translation>لا توجد أماكن تطابق هذه المرشّحات. جرّب نوعاً آخر من المساعدة أو أوقف خيار «مفتوح الآن».</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>الرعاية الصحية</translation>
    </message>
    <message>
        <source>Health insurers</source>
        <translation>شركات التأمين الصحي</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>البنوك</translation>
    </message>
    <message>
        <source>Asylum social service</source>
        <translation>الخدمة الاجتماعية للجوء</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>الخدمات الاجتماعية</translation>
    </message>
    <message>
        <source>Job centre (RAV)</source>
        <translation>مركز التوظيف (RAV)</translation>
    </message>
    <message>
        <source>Career advice</source>
        <translation>الإرشاد المهني</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>مكتب الضرائب</translation>
    </message>
    <message>
        <source>Parent advice</source>
        <translation>استشارات الوالدين</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>رعاية الأطفال</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>الاستشارة القانونية</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>مساعدة الضحايا</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>ابحث في الدليل</translation>
    </message>
    <message>
        <source>Search, e.g. health insurance</source>
        <translation>ابحث، مثلاً: التأمين الصحي</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>ابحث في الدليل</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Places and offers</source>
        <translation>الأماكن والخدمات</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>خطوات قائمة المهام</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>تهجئة مشابهة</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>عمليات البحث الأخيرة</translation>
    </message>
    <message>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>اكتب كلمة بأي لغة، مثلاً: Krankenkasse أو permit أو école.</translation>
    </message>
    <message>
        <source>Search again for %1</source>
        <translation>ابحث مجدداً عن %1</translation>
    </message>
    <message>
        <source>Clear recent searches</source>
        <translation>مسح عمليات البحث الأخيرة</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>لا توجد نتائج لـ «%1». جرّب أحرفاً أقل أو تهجئة أخرى أو لغة أخرى — أو تصفّح المواضيع في الدليل.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>My checklist and data</source>
        <translation>قائمة مهامي وبياناتي</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>تعديل بيانات أسرتي</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>إعداد قائمة مهامي</translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation>تصدير قائمة المهام بصيغة PDF</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar (.ics)</source>
        <translation>إضافة المواعيد النهائية إلى تقويمي (.ics)</translation>
    </message>
    <message>
        <source>Save all my data as one file</source>
        <translation>حفظ جميع بياناتي في ملف واحد</translation>
    </message>
    <message>
        <source>Path of a saved data file</source>
        <translation>مسار ملف بيانات محفوظ</translation>
    </message>
    <message>
        <source>Path of a saved data file to import</source>
        <translation>مسار ملف البيانات المحفوظ المراد استيراده</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>لم يتغيّر شيء: %1</translation>
    </message>
    <message>
        <source>Your data was imported.</source>
        <translation>تم استيراد بياناتك.</translation>
    </message>
    <message>
        <source>Import my data from this file</source>
        <translation>استيراد بياناتي من هذا الملف</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>تعذّرت كتابة الملف.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>تحديثات المحتوى</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>المحتوى بتاريخ %1 (الإصدار %2).</translation>
    </message>
    <message>
        <source>No content is installed: %1</source>
        <translation>لا يوجد محتوى مثبّت: %1</translation>
    </message>
    <message>
        <source>This content is updated with new versions of the app.</source>
        <translation>يتم تحديث هذا المحتوى مع الإصدارات الجديدة من التطبيق.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>البحث عن تحديثات</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>آخر تحقق: %1</translation>
    </message>
    <message>
        <source>What&apos;s new in the content</source>
        <translation>ما الجديد في المحتوى</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>كل ما تُدخله يبقى على هذا الجهاز. بلا حساب، بلا تتبّع.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>مجلد البيانات: %1</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>No longer in the guide – your record is kept</source>
        <translation>لم تعد في الدليل – ما سجّلته محفوظ</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>غير ضروري</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>بلا موعد نهائي</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>متأخرة منذ %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>الموعد النهائي: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>تم: %1</translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation>تحديد كمنجزة: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>This step is not in your checklist.</source>
        <translation>هذه الخطوة ليست في قائمة مهامك.</translation>
    </message>
    <message>
        <source>This step is no longer in the guide. What you recorded is kept.</source>
        <translation>هذه الخطوة لم تعد في الدليل. ما سجّلته محفوظ.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>متأخرة منذ %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>الموعد النهائي: %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>بلا موعد نهائي</translation>
    </message>
    <message>
        <source>Bring along:</source>
        <translation>أحضِر معك:</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>تم ✓</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>تحديد كمنجزة</translation>
    </message>
    <message>
        <source>Needed after all</source>
        <translation>ضرورية رغم ذلك</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>غير ضروري</translation>
    </message>
    <message>
        <source>Read more about it</source>
        <translation>اقرأ المزيد عن ذلك</translation>
    </message>
    <message>
        <source>Show at the counter</source>
        <translation>اعرض عند الشبّاك</translation>
    </message>
    <message>
        <source>Show this step in German and in your language, large, at the office counter</source>
        <translation>اعرض هذه الخطوة بخط كبير بالألمانية وبلغتك عند شبّاك المكتب</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>إلى أين تذهب</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>ملاحظتي</translation>
    </message>
    <message>
        <source>e.g. appointment on 5 March, bring the rental contract</source>
        <translation>مثلاً: موعد في 5 مارس، إحضار عقد الإيجار</translation>
    </message>
    <message>
        <source>My note for this step</source>
        <translation>ملاحظتي لهذه الخطوة</translation>
    </message>
    <message>
        <source>This deadline is set by law or by an office. Missing it can cost money or your permit.</source>
        <translation>هذا الموعد النهائي يحدده القانون أو جهة رسمية. تفويته قد يكلّفك مالاً أو تصريح إقامتك.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Checking for updates…</source>
        <translation>جارٍ البحث عن تحديثات…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>جارٍ تنزيل التحديث…</translation>
    </message>
    <message>
        <source>Installing the update…</source>
        <translation>جارٍ تثبيت التحديث…</translation>
    </message>
    <message>
        <source>This content has no update server.</source>
        <translation>لا يوجد خادم تحديثات لهذا المحتوى.</translation>
    </message>
    <message>
        <source>The content was updated to version %1.</source>
        <translation>تم تحديث المحتوى إلى الإصدار %1.</translation>
    </message>
    <message>
        <source>The content is up to date.</source>
        <translation>المحتوى محدَّث.</translation>
    </message>
    <message>
        <source>You are offline. The app looks for updates again when you are online.</source>
        <translation>أنت غير متصل بالإنترنت. سيبحث التطبيق عن تحديثات مرة أخرى عندما تتصل بالإنترنت.</translation>
    </message>
    <message>
        <source>The update server could not be reached. Your content is unchanged; please try again later.</source>
        <translation>تعذّر الاتصال بخادم التحديثات. لم يتغيّر محتواك. يُرجى المحاولة مرة أخرى لاحقاً.</translation>
    </message>
    <message>
        <source>The update server reported an error. Your content is unchanged; please try again later.</source>
        <translation>أبلغ خادم التحديثات عن خطأ. لم يتغيّر محتواك. يُرجى المحاولة مرة أخرى لاحقاً.</translation>
    </message>
    <message>
        <source>The update is not genuine: its signature does not match. It was not installed.</source>
        <translation>التحديث غير أصلي: توقيعه غير مطابق. لم يتم تثبيته.</translation>
    </message>
    <message>
        <source>The update is for another city or region. It was not installed.</source>
        <translation>هذا التحديث لمدينة أو منطقة أخرى. لم يتم تثبيته.</translation>
    </message>
    <message>
        <source>The server offers older content than this device has. Nothing was changed.</source>
        <translation>يقدّم الخادم محتوى أقدم من المحتوى الموجود على هذا الجهاز. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The update on the server has expired. It was not installed.</source>
        <translation>انتهت صلاحية التحديث الموجود على الخادم. لم يتم تثبيته.</translation>
    </message>
    <message>
        <source>The download was damaged or incomplete. Your content is unchanged; please try again later.</source>
        <translation>التنزيل تالف أو غير مكتمل. لم يتغيّر محتواك. يُرجى المحاولة مرة أخرى لاحقاً.</translation>
    </message>
    <message>
        <source>There is not enough free space on this device for the update. Your content is unchanged.</source>
        <translation>لا توجد مساحة فارغة كافية على هذا الجهاز للتحديث. لم يتغيّر محتواك.</translation>
    </message>
    <message>
        <source>No content is installed that could be updated.</source>
        <translation>لا يوجد محتوى مثبّت يمكن تحديثه.</translation>
    </message>
    <message>
        <source>The update could not be installed. Your content is unchanged.</source>
        <translation>تعذّر تثبيت التحديث. لم يتغيّر محتواك.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged; it was restored and updated to version %1.</source>
        <translation>كان محتوى الدليل على هذا الجهاز تالفاً؛ وقد استُعيد وحُدِّث إلى الإصدار %1.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored.</source>
        <translation>كان محتوى الدليل على هذا الجهاز تالفاً، وقد استُعيد.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; the latest update will be installed at the next attempt.</source>
        <translation>كان محتوى الدليل على هذا الجهاز تالفاً، وقد استُعيد من التطبيق؛ سيُثبَّت آخر تحديث في المحاولة القادمة.</translation>
    </message>
    <message>
        <source>The update seems to come from the future: please check this device&apos;s date and time. It was not installed.</source>
        <translation>يبدو أن التحديث يأتي من المستقبل: يُرجى التحقق من تاريخ هذا الجهاز ووقته. لم يُثبَّت التحديث.</translation>
    </message>
    <message>
        <source>The update would have stopped this device from receiving any later update, so it was not installed.</source>
        <translation>كان هذا التحديث سيمنع هذا الجهاز من تلقي أي تحديث لاحق، لذلك لم يُثبَّت.</translation>
    </message>
    <message>
        <source>Another update of the content is running. Please try again in a moment.</source>
        <translation>يجري الآن تحديث آخر للمحتوى. يُرجى المحاولة مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device is damaged. Please reinstall the app.</source>
        <translation>محتوى الدليل على هذا الجهاز تالف. يُرجى إعادة تثبيت التطبيق.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There are no articles in this topic yet.</source>
        <translation>لا توجد مقالات في هذا الموضوع بعد.</translation>
    </message>
</context>
<context>
    <name>WhatsNewModel</name>
    <message>
        <source>Topics of the guide</source>
        <translation>مواضيع الدليل</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the list of pages the last content update changed</extracomment>
        <translation>ما الجديد</translation>
    </message>
    <message>
        <source>Notes from the editors: %1</source>
        <translation>ملاحظات فريق التحرير: %1</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>المحتوى بتاريخ %1 (الإصدار %2).</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>Place or service</source>
        <translation>مكان أو خدمة</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>خطوة في قائمة المهام</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>No changes to show. When the content is updated, the changed pages are listed here.</source>
        <translation>لا توجد تغييرات لعرضها. عند تحديث المحتوى، تظهر هنا الصفحات التي تغيّرت.</translation>
    </message>
</context>
</TS>
