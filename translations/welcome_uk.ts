<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AppController</name>
    <message>
        <source>The guide&apos;s content could not be installed, so what is shown may be missing or old. Free some storage space and restart the app. (%1)</source>
        <translation>Не вдалося встановити вміст довідника, тому показане може бути неповним або застарілим. Звільніть трохи місця в пам&apos;яті та перезапустіть застосунок. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content cannot be read. Please reinstall the app. (%1)</source>
        <translation>Не вдається прочитати вміст довідника. Будь ласка, перевстановіть застосунок. (%1)</translation>
    </message>
    <message>
        <source>Your personal data file was damaged. It was kept as a backup (%1) and a new one was started.</source>
        <translation>Файл із вашими особистими даними був пошкоджений. Його збережено як резервну копію (%1), і створено новий файл.</translation>
    </message>
    <message>
        <source>Your personal data was saved by a newer version of Welcome. Please update the app; your data was left untouched.</source>
        <translation>Ваші особисті дані збережено новішою версією Welcome. Будь ласка, оновіть застосунок; ваші дані не змінено.</translation>
    </message>
    <message>
        <source>Your personal data cannot be opened, so nothing you enter now will be kept. (%1)</source>
        <translation>Не вдається відкрити ваші особисті дані, тому нічого з того, що ви введете зараз, не буде збережено. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; updates are downloaded again when you are online.</source>
        <translation>Вміст довідника на цьому пристрої був пошкоджений, і його відновлено із застосунку; оновлення знову завантажаться, коли ви будете в мережі.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>Путівник</translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>The tab with the personal checklist</extracomment>
        <translation>Список</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation>Вміст оновлено</translation>
    </message>
    <message>
        <source>See what&apos;s new</source>
        <translation>Подивитися, що нового</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>Цієї сторінки немає (або вже немає). Можливо, її видалено під час оновлення вмісту.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>Джерело: %1, відкриває %2 у браузері</translation>
    </message>
    <message>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>Востаннє перевірено: %1. Наша редакція ще уточнює деякі відомості на цій сторінці.</translation>
    </message>
    <message>
        <source>Last checked on %1.</source>
        <translation>Востаннє перевірено: %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <source>Whole household</source>
        <translation>Усе домогосподарство</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Особа %1</translation>
    </message>
    <message>
        <source>Your household could not be saved.</source>
        <translation>Не вдалося зберегти ваше домогосподарство.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Не виконано</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не потрібно</translation>
    </message>
    <message>
        <source>Bring along</source>
        <translation>Взяти з собою</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>Мій чек-лист</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>My checklist</source>
        <translation>Мій чек-лист</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Show the steps of everyone</source>
        <translation>Показати кроки всіх</translation>
    </message>
    <message>
        <source>Show the steps of %1</source>
        <translation>Показати кроки: %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>Виконано кроків: %1 з %2</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar</source>
        <translation>Додати терміни до мого календаря</translation>
    </message>
    <message>
        <source>Saved. Open the file with your calendar app: %1</source>
        <translation>Збережено. Відкрийте файл у програмі календаря: %1</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>Не вдалося записати файл календаря.</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Змінити моє домогосподарство</translation>
    </message>
    <message>
        <source>Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.</source>
        <translation>Ваш особистий чек-лист показує, що потрібно зробити, для кого і до якого терміну: реєстрація, медичне страхування, школа тощо.</translation>
    </message>
    <message>
        <source>Answer a few questions. Everything stays on this phone.</source>
        <translation>Дайте відповідь на кілька запитань. Усе залишається на цьому телефоні.</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Налаштувати мій чек-лист</translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation>Не вдалося записати %1: не вдалося створити PDF.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Show at the counter</source>
        <translation>Показати у віконці</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>Ця сторінка ще недоступна мовою «%1». Її показано мовою «%2».</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>Путівник</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n стаття</numerusform>
            <numerusform>%n статті</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>No content is installed yet.</source>
        <translation>Вміст ще не встановлено.</translation>
    </message>
    <message>
        <source>Release to check for updates</source>
        <translation>Відпустіть, щоб перевірити оновлення</translation>
    </message>
    <message>
        <source>Pull down to check for updates</source>
        <translation>Потягніть униз, щоб перевірити оновлення</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>Надійна інформація для ваших перших кроків. Працює без інтернету.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Закрити повідомлення</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>Ваші наступні кроки</translation>
    </message>
    <message>
        <source>All steps done – well done!</source>
        <translation>Усі кроки виконано – чудово!</translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation>Увесь чек-лист</translation>
    </message>
    <message>
        <source>Find places that help: counselling, courses, interpreters, offices</source>
        <translation>Знайдіть місця, де допоможуть: консультації, курси, перекладачі, установи</translation>
    </message>
    <message>
        <source>Set up your personal checklist: what to do, for whom, by when</source>
        <translation>Налаштуйте свій особистий чек-лист: що зробити, для кого, до якого терміну</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <source>your position</source>
        <translation>ваше місцезнаходження</translation>
    </message>
    <message>
        <source>your last known position</source>
        <translation>ваше останнє відоме місцезнаходження</translation>
    </message>
    <message>
        <source>the city centre</source>
        <translation>центр міста</translation>
    </message>
    <message>
        <source>This device cannot tell its position: pick a place.</source>
        <translation>Цей пристрій не може визначити своє місцезнаходження: виберіть місце.</translation>
    </message>
    <message>
        <source>The app may not use your position: pick a place, or allow it in the settings.</source>
        <translation>Програмі не дозволено використовувати ваше місцезнаходження: виберіть місце або дозвольте це в налаштуваннях.</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation>Пошук вашого місцезнаходження…</translation>
    </message>
    <message>
        <source>Sorted by distance from %1. %2 Change</source>
        <translation>Упорядковано за відстанню від точки: %1. %2 Змінити</translation>
    </message>
    <message>
        <source>Sorted by distance from %1.</source>
        <translation>Упорядковано за відстанню від точки: %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: choose where distances count from</extracomment>
        <translation>Змінити</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where are you?</source>
        <translation>Де ви?</translation>
    </message>
    <message>
        <source>Places that help are sorted by distance from this point. It stays on your phone and is never sent anywhere.</source>
        <translation>Місця, де допоможуть, упорядковано за відстанню від цієї точки. Вона залишається на вашому телефоні й нікуди не надсилається.</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Використати моє місцезнаходження</translation>
    </message>
    <message>
        <source>This device cannot tell its position. Please pick your postcode or quarter below.</source>
        <translation>Цей пристрій не може визначити своє місцезнаходження. Виберіть свій поштовий індекс або район нижче.</translation>
    </message>
    <message>
        <source>The app may not use your position. Allow it in the system settings, or pick your postcode or quarter below.</source>
        <translation>Програмі не дозволено використовувати ваше місцезнаходження. Дозвольте це в налаштуваннях системи або виберіть свій поштовий індекс чи район нижче.</translation>
    </message>
    <message>
        <source>Looking for your position… This can take a minute, especially indoors.</source>
        <translation>Пошук вашого місцезнаходження… Це може тривати хвилину, особливо в приміщенні.</translation>
    </message>
    <message>
        <source>Using your position (accurate to about %1 m).</source>
        <translation>Використовується ваше місцезнаходження (точність близько %1 м).</translation>
    </message>
    <message>
        <source>Using your position.</source>
        <translation>Використовується ваше місцезнаходження.</translation>
    </message>
    <message>
        <source>Use the city centre</source>
        <translation>Використати центр міста</translation>
    </message>
    <message>
        <source>Postcode or quarter, e.g. 3018 or Bümpliz</source>
        <translation>Поштовий індекс або район, напр. 3018 або Bümpliz</translation>
    </message>
    <message>
        <source>Search a postcode or quarter</source>
        <translation>Пошук поштового індексу або району</translation>
    </message>
    <message>
        <source>Measure from %1</source>
        <translation>Рахувати відстань від: %1</translation>
    </message>
    <message>
        <source>No postcode or quarter matches. Try the first digits of your postcode.</source>
        <translation>Немає відповідного поштового індексу чи району. Спробуйте ввести перші цифри свого поштового індексу.</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n places here; zoom in</source>
        <translation>
            <numerusform>%n місце тут; збільште масштаб</numerusform>
            <numerusform>%n місця тут; збільште масштаб</numerusform>
            <numerusform>%n місць тут; збільште масштаб</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the places that help</source>
        <translation>Карта місць, де допоможуть</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>Ваше місцезнаходження</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>No offline map is installed and map downloads are off, so the places are shown without a map.</source>
        <translation>Офлайн-карту не встановлено, а завантаження карт вимкнено, тому місця показано без карти.</translation>
    </message>
    <message>
        <source>The map server cannot be reached (no connection?), so the places are shown without a map.</source>
        <translation>Не вдалося з’єднатися із сервером карт (немає з’єднання?), тому місця показано без карти.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Завантаження карти…</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Дані карти: %1</translation>
    </message>
</context>
<context>
    <name>OfferMapCard</name>
    <message>
        <source>Close the card</source>
        <translation>Закрити картку</translation>
    </message>
    <message>
        <source>Details and contact</source>
        <translation>Подробиці й контакти</translation>
    </message>
    <message>
        <source>Details and contact for %1</source>
        <translation>Подробиці й контакти: %1</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>Where to get help</source>
        <translation>Де отримати допомогу</translation>
    </message>
    <message>
        <source>This place is not in the guide (any more).</source>
        <translation>Цього місця немає (або більше немає) в путівнику.</translation>
    </message>
    <message>
        <source>Languages spoken: %1</source>
        <translation>Мови спілкування: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Зателефонувати</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Зателефонувати: %1</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Написати</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>Написати електронного листа: %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation>Відкрити вебсайт: %1</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>Directions to %1 in the map app</source>
        <translation>Маршрут у програмі карт: %1</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Докладніше</translation>
    </message>
    <message>
        <source>Our editors are still verifying some details of this entry. Please check before you go.</source>
        <translation>Наша редакція ще уточнює деякі відомості цього запису. Перевірте їх, перш ніж іти.</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Безкоштовно</translation>
    </message>
    <message>
        <source>Costs money</source>
        <translation>Платно</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Доступно для візків</translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation>Недоступно для візків</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Лише за записом</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>Цілодобово, щодня</translation>
    </message>
</context>
<context>
    <name>OfferText</name>
    <message>
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <source>open day and night</source>
        <translation>цілодобово</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>відчинено до %1</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>відчиниться %1</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>About you</source>
        <translation>Про вас</translation>
    </message>
    <message>
        <source>A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.</source>
        <translation>Кілька запитань, щоб ваш чек-лист показував правильні кроки й терміни. Ваші відповіді залишаються на цьому телефоні.</translation>
    </message>
    <message>
        <source>When did you arrive in Bern?</source>
        <translation>Коли ви прибули до Берна?</translation>
    </message>
    <message>
        <source>Month of arrival</source>
        <translation>Місяць прибуття</translation>
    </message>
    <message>
        <source>Day of arrival</source>
        <translation>День прибуття</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Рік прибуття</translation>
    </message>
    <message>
        <source>Where did you come from?</source>
        <translation>Звідки ви прибули?</translation>
    </message>
    <message>
        <source>From abroad</source>
        <translation>З-за кордону</translation>
    </message>
    <message>
        <source>From another Swiss canton</source>
        <translation>З іншого кантону Швейцарії</translation>
    </message>
    <message>
        <source>Months in Switzerland before moving to Bern</source>
        <translation>Місяців у Швейцарії до переїзду до Берна</translation>
    </message>
    <message>
        <source>I am a citizen of an EU or EFTA country</source>
        <translation>Я маю громадянство країни ЄС або ЄАВТ</translation>
    </message>
    <message>
        <source>Which permit do you have or expect?</source>
        <translation>Який дозвіл ви маєте або очікуєте?</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Ще не знаю</translation>
    </message>
    <message>
        <source>B – residence</source>
        <translation>B – дозвіл на проживання</translation>
    </message>
    <message>
        <source>C – settlement</source>
        <translation>C – дозвіл на постійне проживання</translation>
    </message>
    <message>
        <source>L – short stay</source>
        <translation>L – дозвіл на короткострокове перебування</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – тимчасово прийняті</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – шукачі притулку</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – статус захисту</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – дозвіл транскордонного працівника</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Дозвіл</translation>
    </message>
    <message>
        <source>Who lives in your household?</source>
        <translation>Хто живе у вашому домогосподарстві?</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Ім’я (необов’язково)</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Ім’я особи %1</translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation>Доросла особа (від 18 років)</translation>
    </message>
    <message>
        <source>Young person (16–17)</source>
        <translation>Підліток (16–17)</translation>
    </message>
    <message>
        <source>School child (6–15)</source>
        <translation>Дитина шкільного віку (6–15)</translation>
    </message>
    <message>
        <source>Kindergarten child (4–5)</source>
        <translation>Дитина в дитсадку (4–5)</translation>
    </message>
    <message>
        <source>Age of person %1</source>
        <translation>Вік особи %1</translation>
    </message>
    <message>
        <source>Works or starts work</source>
        <translation>Працює або починає працювати</translation>
    </message>
    <message>
        <source>Has a driving licence from abroad</source>
        <translation>Має іноземне посвідчення водія</translation>
    </message>
    <message>
        <source>Comes later to join the family</source>
        <translation>Приїде пізніше (возз’єднання родини)</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Видалити цю особу</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Видалити особу %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Додати особу</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Пропустити поки що</translation>
    </message>
    <message>
        <source>Show my checklist</source>
        <translation>Показати мій чек-лист</translation>
    </message>
    <message>
        <source>I have been granted asylum (recognised refugee)</source>
        <translation>Я отримав(-ла) притулок (визнаний біженець)</translation>
    </message>
    <message>
        <source>My husband, wife or children live abroad and may join us later</source>
        <translation>Мій чоловік, моя дружина або діти живуть за кордоном і можуть приїхати до нас пізніше</translation>
    </message>
    <message>
        <source>Small child (1–3)</source>
        <translation>Маленька дитина (1–3)</translation>
    </message>
    <message>
        <source>Baby (under 1)</source>
        <translation>Немовля (до 1 року)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places that help</source>
        <translation>Місця, де допоможуть</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>Усі види допомоги</translation>
    </message>
    <message>
        <source>Integration counselling</source>
        <translation>Консультації з інтеграції</translation>
    </message>
    <message>
        <source>Residents&apos; office</source>
        <translation>Служба реєстрації мешканців</translation>
    </message>
    <message>
        <source>School office</source>
        <translation>Шкільне управління</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Мовні курси</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Усний переклад</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>Соціальне страхування</translation>
    </message>
    <message>
        <source>Road traffic office</source>
        <translation>Управління дорожнього руху</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Бібліотеки</translation>
    </message>
    <message>
        <source>Migration service</source>
        <translation>Міграційна служба</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Екстрені випадки</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Вид допомоги</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Відчинено зараз</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Безкоштовно</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Show the places as a list</extracomment>
        <translation>Список</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Показати списком</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Show the places on a map</extracomment>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Показати на карті</translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation>Показати моє місцезнаходження</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try another kind of help, or switch off “Open now”.</source>
        <translation>Жодне місце не відповідає цим фільтрам. Виберіть інший вид допомоги або вимкніть «Відчинено зараз».</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Медична допомога</translation>
    </message>
    <message>
        <source>Health insurers</source>
        <translation>Медичні страховики</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>Банки</translation>
    </message>
    <message>
        <source>Asylum social service</source>
        <translation>Соціальна служба у справах притулку</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Соціальні служби</translation>
    </message>
    <message>
        <source>Job centre (RAV)</source>
        <translation>Центр зайнятості (RAV)</translation>
    </message>
    <message>
        <source>Career advice</source>
        <translation>Профорієнтація</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>Податкова служба</translation>
    </message>
    <message>
        <source>Parent advice</source>
        <translation>Консультації для батьків</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Догляд за дітьми</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Юридична консультація</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>Допомога постраждалим</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>Пошук у путівнику</translation>
    </message>
    <message>
        <source>Search, e.g. health insurance</source>
        <translation>Пошук, напр. медичне страхування</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Пошук у путівнику</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <source>Places and offers</source>
        <translation>Місця та пропозиції</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Кроки чек-листа</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>схоже написання</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Нещодавні пошуки</translation>
    </message>
    <message>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>Введіть слово будь-якою мовою, напр. Krankenkasse, permit, école.</translation>
    </message>
    <message>
        <source>Search again for %1</source>
        <translation>Шукати знову: %1</translation>
    </message>
    <message>
        <source>Clear recent searches</source>
        <translation>Очистити нещодавні пошуки</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>За запитом «%1» нічого не знайдено. Спробуйте ввести менше літер, інше написання або іншу мову — чи перегляньте теми в Путівнику.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Мова: %1</translation>
    </message>
    <message>
        <source>My checklist and data</source>
        <translation>Мій чек-лист і дані</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Змінити моє домогосподарство</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Налаштувати мій чек-лист</translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation>Експортувати чек-лист у PDF</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar (.ics)</source>
        <translation>Додати терміни до мого календаря (.ics)</translation>
    </message>
    <message>
        <source>Save all my data as one file</source>
        <translation>Зберегти всі мої дані в один файл</translation>
    </message>
    <message>
        <source>Path of a saved data file</source>
        <translation>Шлях до збереженого файлу даних</translation>
    </message>
    <message>
        <source>Path of a saved data file to import</source>
        <translation>Шлях до збереженого файлу даних для імпорту</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Нічого не змінено: %1</translation>
    </message>
    <message>
        <source>Your data was imported.</source>
        <translation>Ваші дані імпортовано.</translation>
    </message>
    <message>
        <source>Import my data from this file</source>
        <translation>Імпортувати мої дані з цього файлу</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Не вдалося записати файл.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>Оновлення вмісту</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Вміст: %1 (версія %2).</translation>
    </message>
    <message>
        <source>No content is installed: %1</source>
        <translation>Вміст не встановлено: %1</translation>
    </message>
    <message>
        <source>This content is updated with new versions of the app.</source>
        <translation>Цей вміст оновлюється разом із новими версіями програми.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Перевірити оновлення</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Востаннє перевірено: %1</translation>
    </message>
    <message>
        <source>What&apos;s new in the content</source>
        <translation>Що нового у вмісті</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфіденційність</translation>
    </message>
    <message>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>Усе, що ви вводите, залишається на цьому пристрої. Без облікового запису, без стеження.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Папка даних: %1</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>No longer in the guide – your record is kept</source>
        <translation>Більше немає в путівнику – ваші записи збережено</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не потрібно</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Без терміну</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Прострочено з %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Виконати до %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Виконано: %1</translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation>Позначити як виконане: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>This step is not in your checklist.</source>
        <translation>Цього кроку немає у вашому чек-листі.</translation>
    </message>
    <message>
        <source>This step is no longer in the guide. What you recorded is kept.</source>
        <translation>Цього кроку більше немає в путівнику. Ваші записи збережено.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Прострочено з %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Виконати до %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Без терміну</translation>
    </message>
    <message>
        <source>Bring along:</source>
        <translation>Взяти з собою:</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Виконано ✓</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Позначити як виконане</translation>
    </message>
    <message>
        <source>Needed after all</source>
        <translation>Усе ж потрібно</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не потрібно</translation>
    </message>
    <message>
        <source>Read more about it</source>
        <translation>Докладніше про це</translation>
    </message>
    <message>
        <source>Show at the counter</source>
        <translation>Показати у віконці</translation>
    </message>
    <message>
        <source>Show this step in German and in your language, large, at the office counter</source>
        <translation>Показати цей крок великим шрифтом німецькою та вашою мовою біля віконця установи</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Куди звернутися</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Моя нотатка</translation>
    </message>
    <message>
        <source>e.g. appointment on 5 March, bring the rental contract</source>
        <translation>напр. зустріч 5 березня, взяти договір оренди</translation>
    </message>
    <message>
        <source>My note for this step</source>
        <translation>Моя нотатка до цього кроку</translation>
    </message>
    <message>
        <source>This deadline is set by law or by an office. Missing it can cost money or your permit.</source>
        <translation>Цей строк встановлено законом або установою. Якщо його пропустити, це може коштувати грошей або вашого дозволу.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Checking for updates…</source>
        <translation>Перевірка оновлень…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>Завантаження оновлення…</translation>
    </message>
    <message>
        <source>Installing the update…</source>
        <translation>Встановлення оновлення…</translation>
    </message>
    <message>
        <source>This content has no update server.</source>
        <translation>Для цього вмісту немає сервера оновлень.</translation>
    </message>
    <message>
        <source>The content was updated to version %1.</source>
        <translation>Вміст оновлено до версії %1.</translation>
    </message>
    <message>
        <source>The content is up to date.</source>
        <translation>Вміст актуальний.</translation>
    </message>
    <message>
        <source>You are offline. The app looks for updates again when you are online.</source>
        <translation>Немає з’єднання з інтернетом. Програма знову перевірить оновлення, коли з’явиться інтернет.</translation>
    </message>
    <message>
        <source>The update server could not be reached. Your content is unchanged; please try again later.</source>
        <translation>Не вдалося з’єднатися із сервером оновлень. Ваш вміст не змінено. Спробуйте ще раз пізніше.</translation>
    </message>
    <message>
        <source>The update server reported an error. Your content is unchanged; please try again later.</source>
        <translation>Сервер оновлень повідомив про помилку. Ваш вміст не змінено. Спробуйте ще раз пізніше.</translation>
    </message>
    <message>
        <source>The update is not genuine: its signature does not match. It was not installed.</source>
        <translation>Оновлення не справжнє: його підпис не збігається. Його не встановлено.</translation>
    </message>
    <message>
        <source>The update is for another city or region. It was not installed.</source>
        <translation>Оновлення призначене для іншого міста чи регіону. Його не встановлено.</translation>
    </message>
    <message>
        <source>The server offers older content than this device has. Nothing was changed.</source>
        <translation>Сервер пропонує старіший вміст, ніж є на цьому пристрої. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The update on the server has expired. It was not installed.</source>
        <translation>Термін дії оновлення на сервері минув. Його не встановлено.</translation>
    </message>
    <message>
        <source>The download was damaged or incomplete. Your content is unchanged; please try again later.</source>
        <translation>Завантажені дані пошкоджені або неповні. Ваш вміст не змінено. Спробуйте ще раз пізніше.</translation>
    </message>
    <message>
        <source>There is not enough free space on this device for the update. Your content is unchanged.</source>
        <translation>На цьому пристрої недостатньо вільного місця для оновлення. Ваш вміст не змінено.</translation>
    </message>
    <message>
        <source>No content is installed that could be updated.</source>
        <translation>Не встановлено вмісту, який можна було б оновити.</translation>
    </message>
    <message>
        <source>The update could not be installed. Your content is unchanged.</source>
        <translation>Не вдалося встановити оновлення. Ваш вміст не змінено.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged; it was restored and updated to version %1.</source>
        <translation>Вміст довідника на цьому пристрої був пошкоджений; його відновлено й оновлено до версії %1.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored.</source>
        <translation>Вміст довідника на цьому пристрої був пошкоджений, і його відновлено.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; the latest update will be installed at the next attempt.</source>
        <translation>Вміст довідника на цьому пристрої був пошкоджений, і його відновлено із застосунку; останнє оновлення буде встановлено під час наступної спроби.</translation>
    </message>
    <message>
        <source>The update seems to come from the future: please check this device&apos;s date and time. It was not installed.</source>
        <translation>Схоже, оновлення надійшло з майбутнього: перевірте дату й час на цьому пристрої. Його не встановлено.</translation>
    </message>
    <message>
        <source>The update would have stopped this device from receiving any later update, so it was not installed.</source>
        <translation>Це оновлення не дало б пристрою отримувати жодних наступних оновлень, тому його не встановлено.</translation>
    </message>
    <message>
        <source>Another update of the content is running. Please try again in a moment.</source>
        <translation>Зараз триває інше оновлення вмісту. Спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device is damaged. Please reinstall the app.</source>
        <translation>Вміст довідника на цьому пристрої пошкоджений. Перевстановіть застосунок.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There are no articles in this topic yet.</source>
        <translation>У цій темі ще немає статей.</translation>
    </message>
</context>
<context>
    <name>WhatsNewModel</name>
    <message>
        <source>Topics of the guide</source>
        <translation>Теми путівника</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the list of pages the last content update changed</extracomment>
        <translation>Що нового</translation>
    </message>
    <message>
        <source>Notes from the editors: %1</source>
        <translation>Примітки редакції: %1</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Вміст: %1 (версія %2).</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Place or service</source>
        <translation>Місце або пропозиція</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Крок чек-листа</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Путівник</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>No changes to show. When the content is updated, the changed pages are listed here.</source>
        <translation>Змін немає. Коли вміст оновиться, тут з’являться змінені сторінки.</translation>
    </message>
</context>
</TS>
