<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AppController</name>
    <message>
        <source>The guide&apos;s content could not be installed, so what is shown may be missing or old. Free some storage space and restart the app. (%1)</source>
        <translation>محتوای راهنما نصب نشد، برای همین ممکن است آنچه نشان داده می‌شود ناقص یا قدیمی باشد. کمی از فضای ذخیره‌سازی را آزاد کنید و برنامه را دوباره باز کنید. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content cannot be read. Please reinstall the app. (%1)</source>
        <translation>محتوای راهنما خوانده نمی‌شود. لطفاً برنامه را دوباره نصب کنید. (%1)</translation>
    </message>
    <message>
        <source>Your personal data file was damaged. It was kept as a backup (%1) and a new one was started.</source>
        <translation>فایل اطلاعات شخصی شما آسیب دیده بود. این فایل به‌عنوان نسخهٔ پشتیبان نگه داشته شد (%1) و یک فایل تازه ساخته شد.</translation>
    </message>
    <message>
        <source>Your personal data was saved by a newer version of Welcome. Please update the app; your data was left untouched.</source>
        <translation>اطلاعات شخصی شما با نسخهٔ جدیدتری از Welcome ذخیره شده است. لطفاً برنامه را به‌روز کنید؛ به اطلاعات شما دست زده نشد.</translation>
    </message>
    <message>
        <source>Your personal data cannot be opened, so nothing you enter now will be kept. (%1)</source>
        <translation>اطلاعات شخصی شما باز نمی‌شود، برای همین هرچه اکنون وارد کنید نگه داشته نمی‌شود. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; updates are downloaded again when you are online.</source>
        <translation>محتوای راهنما روی این دستگاه آسیب دیده بود و از خود برنامه بازیابی شد؛ وقتی آنلاین شوید، به‌روزرسانی‌ها دوباره دانلود می‌شوند.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Home</source>
        <translation>خانه</translation>
    </message>
    <message>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>The tab with the personal checklist</extracomment>
        <translation>فهرست</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation>محتوا به‌روزرسانی شد</translation>
    </message>
    <message>
        <source>See what&apos;s new</source>
        <translation>دیدن تازه‌ها</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>این صفحه وجود ندارد (یا دیگر وجود ندارد). شاید در به‌روزرسانی محتوا حذف شده باشد.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>منبع: %1، %2 را در مرورگر باز می‌کند</translation>
    </message>
    <message>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>آخرین بررسی: %1. ویراستاران ما هنوز برخی جزئیات این صفحه را بررسی می‌کنند.</translation>
    </message>
    <message>
        <source>Last checked on %1.</source>
        <translation>آخرین بررسی: %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <source>Whole household</source>
        <translation>همهٔ خانوار</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>فرد %1</translation>
    </message>
    <message>
        <source>Your household could not be saved.</source>
        <translation>خانوار شما ذخیره نشد.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>انجام‌نشده</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>لازم نیست</translation>
    </message>
    <message>
        <source>Bring along</source>
        <translation>همراه بیاورید</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>فهرست کارهای من</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>خواندن %1 ممکن نیست: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>My checklist</source>
        <translation>فهرست کارهای من</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Show the steps of everyone</source>
        <translation>نمایش مراحل همه</translation>
    </message>
    <message>
        <source>Show the steps of %1</source>
        <translation>نمایش مراحل %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 از %2 مرحله انجام شده</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar</source>
        <translation>افزودن مهلت‌ها به تقویم من</translation>
    </message>
    <message>
        <source>Saved. Open the file with your calendar app: %1</source>
        <translation>ذخیره شد. فایل را با برنامهٔ تقویم خود باز کنید: %1</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>فایل تقویم نوشته نشد.</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>تغییر خانوار من</translation>
    </message>
    <message>
        <source>Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.</source>
        <translation>فهرست کارهای شخصی شما نشان می‌دهد چه کاری، برای چه کسی و تا چه زمانی باید انجام شود: ثبت‌نام، بیمهٔ درمانی، مدرسه و موارد دیگر.</translation>
    </message>
    <message>
        <source>Answer a few questions. Everything stays on this phone.</source>
        <translation>به چند پرسش پاسخ دهید. همه‌چیز روی همین گوشی می‌ماند.</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>ساختن فهرست کارهای من</translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation>نوشتن %1 ممکن نیست: فایل PDF ساخته نشد.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Show at the counter</source>
        <translation>نشان دادن در باجه</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>این صفحه هنوز به زبان %1 موجود نیست. به زبان %2 نمایش داده می‌شود.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>راهنما</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n مقاله</numerusform>
        </translation>
    </message>
    <message>
        <source>No content is installed yet.</source>
        <translation>هنوز هیچ محتوایی نصب نشده است.</translation>
    </message>
    <message>
        <source>Release to check for updates</source>
        <translation>رها کنید تا به‌روزرسانی‌ها بررسی شود</translation>
    </message>
    <message>
        <source>Pull down to check for updates</source>
        <translation>برای بررسی به‌روزرسانی‌ها به پایین بکشید</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>اطلاعات قابل اعتماد برای نخستین گام‌های شما. بدون اینترنت هم کار می‌کند.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>بستن پیام</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>گام‌های بعدی شما</translation>
    </message>
    <message>
        <source>All steps done – well done!</source>
        <translation>همهٔ مراحل انجام شد – آفرین!</translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation>کل فهرست</translation>
    </message>
    <message>
        <source>Find places that help: counselling, courses, interpreters, offices</source>
        <translation>جاهایی را پیدا کنید که کمک می‌کنند: مشاوره، کلاس‌ها، مترجم‌ها، اداره‌ها</translation>
    </message>
    <message>
        <source>Set up your personal checklist: what to do, for whom, by when</source>
        <translation>فهرست کارهای شخصی خود را بسازید: چه کاری، برای چه کسی، تا چه زمانی</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <source>your position</source>
        <translation>موقعیت شما</translation>
    </message>
    <message>
        <source>your last known position</source>
        <translation>آخرین موقعیت شناخته‌شدهٔ شما</translation>
    </message>
    <message>
        <source>the city centre</source>
        <translation>مرکز شهر</translation>
    </message>
    <message>
        <source>This device cannot tell its position: pick a place.</source>
        <translation>این دستگاه نمی‌تواند موقعیت خود را تشخیص دهد: یک مکان انتخاب کنید.</translation>
    </message>
    <message>
        <source>The app may not use your position: pick a place, or allow it in the settings.</source>
        <translation>برنامه اجازهٔ استفاده از موقعیت شما را ندارد: یک مکان انتخاب کنید یا در تنظیمات اجازه دهید.</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation>در حال پیدا کردن موقعیت شما…</translation>
    </message>
    <message>
        <source>Sorted by distance from %1. %2 Change</source>
        <translation>مرتب‌شده بر اساس فاصله از %1. %2 تغییر</translation>
    </message>
    <message>
        <source>Sorted by distance from %1.</source>
        <translation>مرتب‌شده بر اساس فاصله از %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: choose where distances count from</extracomment>
        <translation>تغییر</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where are you?</source>
        <translation>کجا هستید؟</translation>
    </message>
    <message>
        <source>Places that help are sorted by distance from this point. It stays on your phone and is never sent anywhere.</source>
        <translation>جاهایی که کمک می‌کنند بر اساس فاصله از این نقطه مرتب می‌شوند. این نقطه روی گوشی شما می‌ماند و هرگز به جایی فرستاده نمی‌شود.</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>استفاده از موقعیت من</translation>
    </message>
    <message>
        <source>This device cannot tell its position. Please pick your postcode or quarter below.</source>
        <translation>این دستگاه نمی‌تواند موقعیت خود را تشخیص دهد. لطفاً کد پستی یا محلهٔ خود را از پایین انتخاب کنید.</translation>
    </message>
    <message>
        <source>The app may not use your position. Allow it in the system settings, or pick your postcode or quarter below.</source>
        <translation>برنامه اجازهٔ استفاده از موقعیت شما را ندارد. در تنظیمات سیستم اجازه دهید یا کد پستی یا محلهٔ خود را از پایین انتخاب کنید.</translation>
    </message>
    <message>
        <source>Looking for your position… This can take a minute, especially indoors.</source>
        <translation>در حال پیدا کردن موقعیت شما… ممکن است یک دقیقه طول بکشد، به‌ویژه داخل ساختمان.</translation>
    </message>
    <message>
        <source>Using your position (accurate to about %1 m).</source>
        <translation>از موقعیت شما استفاده می‌شود (با دقت حدود %1 متر).</translation>
    </message>
    <message>
        <source>Using your position.</source>
        <translation>از موقعیت شما استفاده می‌شود.</translation>
    </message>
    <message>
        <source>Use the city centre</source>
        <translation>استفاده از مرکز شهر</translation>
    </message>
    <message>
        <source>Postcode or quarter, e.g. 3018 or Bümpliz</source>
        <translation>کد پستی یا محله، مثلاً 3018 یا Bümpliz</translation>
    </message>
    <message>
        <source>Search a postcode or quarter</source>
        <translation>جستجوی کد پستی یا محله</translation>
    </message>
    <message>
        <source>Measure from %1</source>
        <translation>اندازه‌گیری فاصله از %1</translation>
    </message>
    <message>
        <source>No postcode or quarter matches. Try the first digits of your postcode.</source>
        <translation>هیچ کد پستی یا محله‌ای پیدا نشد. رقم‌های اول کد پستی خود را امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n places here; zoom in</source>
        <translation>
            <numerusform>%n مکان اینجاست؛ نقشه را بزرگ کنید</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the places that help</source>
        <translation>نقشهٔ جاهایی که کمک می‌کنند</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>موقعیت شما</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <source>No offline map is installed and map downloads are off, so the places are shown without a map.</source>
        <translation>هیچ نقشه‌ای برای استفادهٔ بدون اینترنت نصب نشده و دریافت نقشه خاموش است، برای همین جاها بدون نقشه نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>The map server cannot be reached (no connection?), so the places are shown without a map.</source>
        <translation>سرور نقشه در دسترس نیست (به اینترنت وصل نیستید؟)، برای همین جاها بدون نقشه نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>در حال بارگذاری نقشه…</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>داده‌های نقشه: %1</translation>
    </message>
</context>
<context>
    <name>OfferMapCard</name>
    <message>
        <source>Close the card</source>
        <translation>بستن کارت</translation>
    </message>
    <message>
        <source>Details and contact</source>
        <translation>جزئیات و تماس</translation>
    </message>
    <message>
        <source>Details and contact for %1</source>
        <translation>جزئیات و تماس برای %1</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>Where to get help</source>
        <translation>از کجا کمک بگیرید</translation>
    </message>
    <message>
        <source>This place is not in the guide (any more).</source>
        <translation>این مکان در راهنما نیست (یا دیگر نیست).</translation>
    </message>
    <message>
        <source>Languages spoken: %1</source>
        <translation>زبان‌های مورد استفاده: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>تماس با %1</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>نوشتن ایمیل به %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation>باز کردن وب‌سایت %1</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>مسیریابی</translation>
    </message>
    <message>
        <source>Directions to %1 in the map app</source>
        <translation>مسیریابی به %1 در برنامهٔ نقشه</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>بیشتر بخوانید</translation>
    </message>
    <message>
        <source>Our editors are still verifying some details of this entry. Please check before you go.</source>
        <translation>ویراستاران ما هنوز برخی جزئیات این مورد را بررسی می‌کنند. لطفاً پیش از رفتن آن‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>رایگان</translation>
    </message>
    <message>
        <source>Costs money</source>
        <translation>هزینه دارد</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>مناسب برای ویلچر</translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation>مناسب برای ویلچر نیست</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>فقط با وقت قبلی</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>ساعات کاری</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>شبانه‌روزی، هر روز</translation>
    </message>
</context>
<context>
    <name>OfferText</name>
    <message>
        <source>%1 m</source>
        <translation>%1 متر</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 کیلومتر</translation>
    </message>
    <message>
        <source>open day and night</source>
        <translation>شبانه‌روزی باز</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>باز تا %1</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>%1 باز می‌شود</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>About you</source>
        <translation>دربارهٔ شما</translation>
    </message>
    <message>
        <source>A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.</source>
        <translation>چند پرسش، تا فهرست کارهای شما مراحل و مهلت‌های درست را نشان دهد. پاسخ‌های شما روی همین گوشی می‌ماند.</translation>
    </message>
    <message>
        <source>When did you arrive in Bern?</source>
        <translation>چه زمانی به برن رسیدید؟</translation>
    </message>
    <message>
        <source>Month of arrival</source>
        <translation>ماه ورود</translation>
    </message>
    <message>
        <source>Day of arrival</source>
        <translation>روز ورود</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>سال ورود</translation>
    </message>
    <message>
        <source>Where did you come from?</source>
        <translation>از کجا آمده‌اید؟</translation>
    </message>
    <message>
        <source>From abroad</source>
        <translation>از خارج از سوئیس</translation>
    </message>
    <message>
        <source>From another Swiss canton</source>
        <translation>از کانتون دیگری در سوئیس</translation>
    </message>
    <message>
        <source>Months in Switzerland before moving to Bern</source>
        <translation>ماه‌های اقامت در سوئیس پیش از آمدن به برن</translation>
    </message>
    <message>
        <source>I am a citizen of an EU or EFTA country</source>
        <translation>شهروند یکی از کشورهای اتحادیهٔ اروپا یا EFTA هستم</translation>
    </message>
    <message>
        <source>Which permit do you have or expect?</source>
        <translation>کدام اجازهٔ اقامت را دارید یا انتظار دارید؟</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>هنوز نمی‌دانم</translation>
    </message>
    <message>
        <source>B – residence</source>
        <translation>B – اجازهٔ اقامت</translation>
    </message>
    <message>
        <source>C – settlement</source>
        <translation>C – اجازهٔ اقامت دائم</translation>
    </message>
    <message>
        <source>L – short stay</source>
        <translation>L – اجازهٔ اقامت کوتاه‌مدت</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – پذیرش موقت</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – پناهجو</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – وضعیت حمایتی</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – اجازهٔ رفت‌وآمد مرزی</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>اجازهٔ اقامت</translation>
    </message>
    <message>
        <source>Who lives in your household?</source>
        <translation>چه کسانی در خانوار شما زندگی می‌کنند؟</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>نام (اختیاری)</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>نام فرد %1</translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation>بزرگسال (۱۸ سال یا بیشتر)</translation>
    </message>
    <message>
        <source>Young person (16–17)</source>
        <translation>نوجوان (۱۶–۱۷)</translation>
    </message>
    <message>
        <source>School child (6–15)</source>
        <translation>کودک در سن مدرسه (۶–۱۵)</translation>
    </message>
    <message>
        <source>Kindergarten child (4–5)</source>
        <translation>کودک کودکستانی (۴–۵)</translation>
    </message>
    <message>
        <source>Age of person %1</source>
        <translation>سن فرد %1</translation>
    </message>
    <message>
        <source>Works or starts work</source>
        <translation>کار می‌کند یا کار را شروع می‌کند</translation>
    </message>
    <message>
        <source>Has a driving licence from abroad</source>
        <translation>گواهینامهٔ رانندگی خارجی دارد</translation>
    </message>
    <message>
        <source>Comes later to join the family</source>
        <translation>بعداً برای پیوستن به خانواده می‌آید</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>حذف این فرد</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>حذف فرد %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>افزودن فرد</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>فعلاً رد شدن</translation>
    </message>
    <message>
        <source>Show my checklist</source>
        <translation>نمایش فهرست کارهای من</translation>
    </message>
    <message>
        <source>I have been granted asylum (recognised refugee)</source>
        <translation>به من پناهندگی داده شده است (پناهنده شناخته‌شده)</translation>
    </message>
    <message>
        <source>My husband, wife or children live abroad and may join us later</source>
        <translation>همسر یا فرزندانم در خارج زندگی می‌کنند و شاید بعداً به ما بپیوندند</translation>
    </message>
    <message>
        <source>Small child (1–3)</source>
        <translation>کودک خردسال (۱ تا ۳)</translation>
    </message>
    <message>
        <source>Baby (under 1)</source>
        <translation>نوزاد (زیر یک سال)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places that help</source>
        <translation>جاهایی که کمک می‌کنند</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>همهٔ انواع کمک</translation>
    </message>
    <message>
        <source>Integration counselling</source>
        <translation>مشاورهٔ ادغام</translation>
    </message>
    <message>
        <source>Residents&apos; office</source>
        <translation>ادارهٔ ثبت ساکنان</translation>
    </message>
    <message>
        <source>School office</source>
        <translation>ادارهٔ مدارس</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>کلاس‌های زبان</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>ترجمهٔ شفاهی</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>بیمه‌های اجتماعی</translation>
    </message>
    <message>
        <source>Road traffic office</source>
        <translation>ادارهٔ راهنمایی و رانندگی</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>کتابخانه‌ها</translation>
    </message>
    <message>
        <source>Migration service</source>
        <translation>ادارهٔ مهاجرت</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>موارد اضطراری</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>نوع کمک</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>اکنون باز</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>رایگان</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Show the places as a list</extracomment>
        <translation>لیست</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>نمایش به‌صورت لیست</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Show the places on a map</extracomment>
        <translation>نقشه</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>نمایش روی نقشه</translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation>نمایش موقعیت من</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try another kind of help, or switch off “Open now”.</source>
        <translation>هیچ جایی با این فیلترها مطابقت ندارد. نوع دیگری از کمک را امتحان کنید یا «اکنون باز» را خاموش کنید.</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>مراقبت‌های پزشکی</translation>
    </message>
    <message>
        <source>Health insurers</source>
        <translation>بیمه‌های درمانی</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>بانک‌ها</translation>
    </message>
    <message>
        <source>Asylum social service</source>
        <translation>خدمات اجتماعی پناهجویان</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>خدمات اجتماعی</translation>
    </message>
    <message>
        <source>Job centre (RAV)</source>
        <translation>مرکز کاریابی (RAV)</translation>
    </message>
    <message>
        <source>Career advice</source>
        <translation>مشاوره شغلی</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>اداره مالیات</translation>
    </message>
    <message>
        <source>Parent advice</source>
        <translation>مشاوره والدین</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>نگهداری از کودکان</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>مشاوره حقوقی</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>کمک به قربانیان</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>جستجو در راهنما</translation>
    </message>
    <message>
        <source>Search, e.g. health insurance</source>
        <translation>جستجو، مثلاً بیمهٔ درمانی</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>جستجو در راهنما</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>مقاله‌ها</translation>
    </message>
    <message>
        <source>Places and offers</source>
        <translation>مکان‌ها و خدمات</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>مراحل فهرست کارها</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>املای مشابه</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>جستجوهای اخیر</translation>
    </message>
    <message>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>یک واژه به هر زبانی بنویسید، مثلاً Krankenkasse یا permit یا école.</translation>
    </message>
    <message>
        <source>Search again for %1</source>
        <translation>جستجوی دوباره برای %1</translation>
    </message>
    <message>
        <source>Clear recent searches</source>
        <translation>پاک کردن جستجوهای اخیر</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>برای «%1» چیزی پیدا نشد. حروف کمتر، املای دیگر یا زبان دیگری را امتحان کنید — یا موضوع‌های راهنما را مرور کنید.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>زبان: %1</translation>
    </message>
    <message>
        <source>My checklist and data</source>
        <translation>فهرست کارها و داده‌های من</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>تغییر خانوار من</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>ساختن فهرست کارهای من</translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation>خروجی PDF از فهرست کارها</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar (.ics)</source>
        <translation>افزودن مهلت‌ها به تقویم من (.ics)</translation>
    </message>
    <message>
        <source>Save all my data as one file</source>
        <translation>ذخیرهٔ همهٔ داده‌های من در یک فایل</translation>
    </message>
    <message>
        <source>Path of a saved data file</source>
        <translation>مسیر یک فایل دادهٔ ذخیره‌شده</translation>
    </message>
    <message>
        <source>Path of a saved data file to import</source>
        <translation>مسیر فایل دادهٔ ذخیره‌شده برای وارد کردن</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>چیزی تغییر نکرد: %1</translation>
    </message>
    <message>
        <source>Your data was imported.</source>
        <translation>داده‌های شما وارد شد.</translation>
    </message>
    <message>
        <source>Import my data from this file</source>
        <translation>وارد کردن داده‌های من از این فایل</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>فایل نوشته نشد.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>به‌روزرسانی محتوا</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>محتوا: %1 (نسخهٔ %2).</translation>
    </message>
    <message>
        <source>No content is installed: %1</source>
        <translation>هیچ محتوایی نصب نشده است: %1</translation>
    </message>
    <message>
        <source>This content is updated with new versions of the app.</source>
        <translation>این محتوا با نسخه‌های جدید برنامه به‌روزرسانی می‌شود.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>بررسی به‌روزرسانی‌ها</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>آخرین بررسی: %1</translation>
    </message>
    <message>
        <source>What&apos;s new in the content</source>
        <translation>تازه‌های محتوا</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>حریم خصوصی</translation>
    </message>
    <message>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>هر چه وارد می‌کنید روی همین دستگاه می‌ماند. بدون حساب کاربری، بدون ردیابی.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>پوشهٔ داده‌ها: %1</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>No longer in the guide – your record is kept</source>
        <translation>دیگر در راهنما نیست – آنچه ثبت کرده‌اید نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>لازم نیست</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>بدون مهلت</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>مهلت از %1 گذشته است</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>مهلت تا %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>انجام شد: %1</translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation>علامت‌گذاری به‌عنوان انجام‌شده: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>This step is not in your checklist.</source>
        <translation>این مرحله در فهرست کارهای شما نیست.</translation>
    </message>
    <message>
        <source>This step is no longer in the guide. What you recorded is kept.</source>
        <translation>این مرحله دیگر در راهنما نیست. آنچه ثبت کرده‌اید نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>مهلت از %1 گذشته است</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>مهلت تا %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>بدون مهلت</translation>
    </message>
    <message>
        <source>Bring along:</source>
        <translation>همراه بیاورید:</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>انجام شد ✓</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>علامت‌گذاری به‌عنوان انجام‌شده</translation>
    </message>
    <message>
        <source>Needed after all</source>
        <translation>با این حال لازم است</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>لازم نیست</translation>
    </message>
    <message>
        <source>Read more about it</source>
        <translation>بیشتر بخوانید</translation>
    </message>
    <message>
        <source>Show at the counter</source>
        <translation>نشان دادن در باجه</translation>
    </message>
    <message>
        <source>Show this step in German and in your language, large, at the office counter</source>
        <translation>این مرحله را با خط درشت به آلمانی و به زبان خودتان در باجهٔ اداره نشان دهید</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>کجا بروید</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>یادداشت من</translation>
    </message>
    <message>
        <source>e.g. appointment on 5 March, bring the rental contract</source>
        <translation>مثلاً قرار ملاقات در ۵ مارس، قرارداد اجاره را بیاورید</translation>
    </message>
    <message>
        <source>My note for this step</source>
        <translation>یادداشت من برای این مرحله</translation>
    </message>
    <message>
        <source>This deadline is set by law or by an office. Missing it can cost money or your permit.</source>
        <translation>این مهلت را قانون یا یک اداره تعیین کرده است. اگر از دستش بدهید، ممکن است هزینه داشته باشد یا اجازه اقامتتان را به خطر بیندازد.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Checking for updates…</source>
        <translation>در حال بررسی به‌روزرسانی‌ها…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>در حال دریافت به‌روزرسانی…</translation>
    </message>
    <message>
        <source>Installing the update…</source>
        <translation>در حال نصب به‌روزرسانی…</translation>
    </message>
    <message>
        <source>This content has no update server.</source>
        <translation>این محتوا سرور به‌روزرسانی ندارد.</translation>
    </message>
    <message>
        <source>The content was updated to version %1.</source>
        <translation>محتوا به نسخهٔ %1 به‌روزرسانی شد.</translation>
    </message>
    <message>
        <source>The content is up to date.</source>
        <translation>محتوا به‌روز است.</translation>
    </message>
    <message>
        <source>You are offline. The app looks for updates again when you are online.</source>
        <translation>به اینترنت وصل نیستید. وقتی دوباره وصل شوید، برنامه باز هم به‌روزرسانی‌ها را بررسی می‌کند.</translation>
    </message>
    <message>
        <source>The update server could not be reached. Your content is unchanged; please try again later.</source>
        <translation>سرور به‌روزرسانی در دسترس نیست. محتوای شما تغییر نکرد. لطفاً بعداً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The update server reported an error. Your content is unchanged; please try again later.</source>
        <translation>سرور به‌روزرسانی خطا گزارش کرد. محتوای شما تغییر نکرد. لطفاً بعداً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The update is not genuine: its signature does not match. It was not installed.</source>
        <translation>این به‌روزرسانی معتبر نیست: امضای آن درست نیست. نصب نشد.</translation>
    </message>
    <message>
        <source>The update is for another city or region. It was not installed.</source>
        <translation>این به‌روزرسانی برای شهر یا منطقهٔ دیگری است. نصب نشد.</translation>
    </message>
    <message>
        <source>The server offers older content than this device has. Nothing was changed.</source>
        <translation>محتوای روی سرور از محتوای این دستگاه قدیمی‌تر است. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The update on the server has expired. It was not installed.</source>
        <translation>اعتبار به‌روزرسانی روی سرور تمام شده است. نصب نشد.</translation>
    </message>
    <message>
        <source>The download was damaged or incomplete. Your content is unchanged; please try again later.</source>
        <translation>فایل دریافت‌شده خراب یا ناقص بود. محتوای شما تغییر نکرد. لطفاً بعداً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>There is not enough free space on this device for the update. Your content is unchanged.</source>
        <translation>فضای خالی کافی برای به‌روزرسانی روی این دستگاه نیست. محتوای شما تغییر نکرد.</translation>
    </message>
    <message>
        <source>No content is installed that could be updated.</source>
        <translation>هیچ محتوایی نصب نشده است که بتوان آن را به‌روزرسانی کرد.</translation>
    </message>
    <message>
        <source>The update could not be installed. Your content is unchanged.</source>
        <translation>به‌روزرسانی نصب نشد. محتوای شما تغییر نکرد.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged; it was restored and updated to version %1.</source>
        <translation>محتوای راهنما روی این دستگاه آسیب دیده بود؛ بازیابی شد و به نسخهٔ %1 به‌روز شد.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored.</source>
        <translation>محتوای راهنما روی این دستگاه آسیب دیده بود و بازیابی شد.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; the latest update will be installed at the next attempt.</source>
        <translation>محتوای راهنما روی این دستگاه آسیب دیده بود و از خود برنامه بازیابی شد؛ آخرین به‌روزرسانی در تلاش بعدی نصب می‌شود.</translation>
    </message>
    <message>
        <source>The update seems to come from the future: please check this device&apos;s date and time. It was not installed.</source>
        <translation>به نظر می‌رسد به‌روزرسانی از آینده آمده است: لطفاً تاریخ و ساعت این دستگاه را بررسی کنید. نصب نشد.</translation>
    </message>
    <message>
        <source>The update would have stopped this device from receiving any later update, so it was not installed.</source>
        <translation>این به‌روزرسانی جلوی دریافت هر به‌روزرسانی بعدی را روی این دستگاه می‌گرفت، برای همین نصب نشد.</translation>
    </message>
    <message>
        <source>Another update of the content is running. Please try again in a moment.</source>
        <translation>یک به‌روزرسانی دیگر محتوا در حال انجام است. لطفاً کمی بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device is damaged. Please reinstall the app.</source>
        <translation>محتوای راهنما روی این دستگاه آسیب دیده است. لطفاً برنامه را دوباره نصب کنید.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There are no articles in this topic yet.</source>
        <translation>هنوز هیچ مقاله‌ای در این موضوع نیست.</translation>
    </message>
</context>
<context>
    <name>WhatsNewModel</name>
    <message>
        <source>Topics of the guide</source>
        <translation>موضوع‌های راهنما</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the list of pages the last content update changed</extracomment>
        <translation>تازه‌ها</translation>
    </message>
    <message>
        <source>Notes from the editors: %1</source>
        <translation>یادداشت ویراستاران: %1</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>محتوا: %1 (نسخهٔ %2).</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تغییرکرده</translation>
    </message>
    <message>
        <source>Place or service</source>
        <translation>مکان یا خدمت</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>مرحلهٔ فهرست کارها</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>No changes to show. When the content is updated, the changed pages are listed here.</source>
        <translation>تغییری برای نمایش نیست. وقتی محتوا به‌روزرسانی شود، صفحه‌های تغییرکرده اینجا نمایش داده می‌شوند.</translation>
    </message>
</context>
</TS>
