<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AppController</name>
    <message>
        <source>The guide&apos;s content could not be installed, so what is shown may be missing or old. Free some storage space and restart the app. (%1)</source>
        <translation>Rehberin içeriği yüklenemedi, bu yüzden gösterilenler eksik veya eski olabilir. Biraz depolama alanı boşaltın ve uygulamayı yeniden başlatın. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content cannot be read. Please reinstall the app. (%1)</source>
        <translation>Rehberin içeriği okunamıyor. Lütfen uygulamayı yeniden yükleyin. (%1)</translation>
    </message>
    <message>
        <source>Your personal data file was damaged. It was kept as a backup (%1) and a new one was started.</source>
        <translation>Kişisel veri dosyanız bozulmuştu. Yedek olarak saklandı (%1) ve yeni bir dosya başlatıldı.</translation>
    </message>
    <message>
        <source>Your personal data was saved by a newer version of Welcome. Please update the app; your data was left untouched.</source>
        <translation>Kişisel verileriniz Welcome&apos;ın daha yeni bir sürümüyle kaydedilmiş. Lütfen uygulamayı güncelleyin; verilerinize dokunulmadı.</translation>
    </message>
    <message>
        <source>Your personal data cannot be opened, so nothing you enter now will be kept. (%1)</source>
        <translation>Kişisel verileriniz açılamıyor, bu yüzden şimdi girdikleriniz kaydedilmeyecek. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; updates are downloaded again when you are online.</source>
        <translation>Rehberin bu cihazdaki içeriği bozulmuştu ve uygulamadan geri yüklendi; çevrimiçi olduğunuzda güncellemeler yeniden indirilecek.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Home</source>
        <translation>Ana sayfa</translation>
    </message>
    <message>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>Rehber</translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>The tab with the personal checklist</extracomment>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation>İçerik güncellendi</translation>
    </message>
    <message>
        <source>See what&apos;s new</source>
        <translation>Yenilikleri gör</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>Bu sayfa yok ya da artık yok. Bir içerik güncellemesiyle kaldırılmış olabilir.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>Kaynak: %1, %2 adresini tarayıcıda açar</translation>
    </message>
    <message>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>En son %1 tarihinde kontrol edildi. Editörlerimiz bu sayfadaki bazı bilgileri hâlâ doğruluyor.</translation>
    </message>
    <message>
        <source>Last checked on %1.</source>
        <translation>En son %1 tarihinde kontrol edildi.</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <source>Whole household</source>
        <translation>Tüm hane</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Kişi %1</translation>
    </message>
    <message>
        <source>Your household could not be saved.</source>
        <translation>Haneniz kaydedilemedi.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Yapılacak</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Gerekmiyor</translation>
    </message>
    <message>
        <source>Bring along</source>
        <translation>Yanınıza alın</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Adım</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>Kontrol listem</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>My checklist</source>
        <translation>Kontrol listem</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Herkes</translation>
    </message>
    <message>
        <source>Show the steps of everyone</source>
        <translation>Herkesin adımlarını göster</translation>
    </message>
    <message>
        <source>Show the steps of %1</source>
        <translation>%1 için adımları göster</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%2 adımdan %1 tanesi tamamlandı</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar</source>
        <translation>Son tarihleri takvimime ekle</translation>
    </message>
    <message>
        <source>Saved. Open the file with your calendar app: %1</source>
        <translation>Kaydedildi. Dosyayı takvim uygulamanızla açın: %1</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>Takvim dosyası yazılamadı.</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Hanemi değiştir</translation>
    </message>
    <message>
        <source>Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.</source>
        <translation>Kişisel kontrol listeniz neyin, kimin için ve ne zamana kadar yapılacağını gösterir: kayıt, sağlık sigortası, okul ve daha fazlası.</translation>
    </message>
    <message>
        <source>Answer a few questions. Everything stays on this phone.</source>
        <translation>Birkaç soruyu yanıtlayın. Her şey bu telefonda kalır.</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Kontrol listemi oluştur</translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation>%1 yazılamıyor: PDF oluşturulamadı.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Show at the counter</source>
        <translation>Gişede göster</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>Bu sayfa henüz şu dilde yok: %1. Şu dilde gösteriliyor: %2.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>Rehber</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n makale</numerusform>
        </translation>
    </message>
    <message>
        <source>No content is installed yet.</source>
        <translation>Henüz içerik yüklenmedi.</translation>
    </message>
    <message>
        <source>Release to check for updates</source>
        <translation>Güncellemeleri denetlemek için bırakın</translation>
    </message>
    <message>
        <source>Pull down to check for updates</source>
        <translation>Güncellemeleri denetlemek için aşağı çekin</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your next steps</source>
        <translation>Sıradaki adımlarınız</translation>
    </message>
    <message>
        <source>All steps done – well done!</source>
        <translation>Tüm adımlar tamamlandı – tebrikler!</translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation>Tüm liste</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Mesajı kapat</translation>
    </message>
    <message>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>İlk adımlarınız için güvenilir bilgiler. İnternetsiz de çalışır.</translation>
    </message>
    <message>
        <source>Find places that help: counselling, courses, interpreters, offices</source>
        <translation>Yardım eden yerleri bulun: danışmanlık, kurslar, tercümanlar, resmî daireler</translation>
    </message>
    <message>
        <source>Set up your personal checklist: what to do, for whom, by when</source>
        <translation>Kişisel kontrol listenizi oluşturun: ne yapılacak, kimin için, ne zamana kadar</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <source>your position</source>
        <translation>konumunuz</translation>
    </message>
    <message>
        <source>your last known position</source>
        <translation>bilinen son konumunuz</translation>
    </message>
    <message>
        <source>the city centre</source>
        <translation>şehir merkezi</translation>
    </message>
    <message>
        <source>This device cannot tell its position: pick a place.</source>
        <translation>Bu cihaz konumunu belirleyemiyor: bir yer seçin.</translation>
    </message>
    <message>
        <source>The app may not use your position: pick a place, or allow it in the settings.</source>
        <translation>Uygulamanın konumunuzu kullanma izni yok: bir yer seçin veya ayarlardan izin verin.</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation>Konumunuz aranıyor…</translation>
    </message>
    <message>
        <source>Sorted by distance from %1. %2 Change</source>
        <translation>Uzaklığa göre sıralandı (başlangıç: %1). %2 Değiştir</translation>
    </message>
    <message>
        <source>Sorted by distance from %1.</source>
        <translation>Uzaklığa göre sıralandı (başlangıç: %1).</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: choose where distances count from</extracomment>
        <translation>Değiştir</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where are you?</source>
        <translation>Neredesiniz?</translation>
    </message>
    <message>
        <source>Places that help are sorted by distance from this point. It stays on your phone and is never sent anywhere.</source>
        <translation>Yardım eden yerler bu noktaya olan uzaklığa göre sıralanır. Bu nokta telefonunuzda kalır ve hiçbir yere gönderilmez.</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Konumumu kullan</translation>
    </message>
    <message>
        <source>This device cannot tell its position. Please pick your postcode or quarter below.</source>
        <translation>Bu cihaz konumunu belirleyemiyor. Lütfen aşağıdan posta kodunuzu veya mahallenizi seçin.</translation>
    </message>
    <message>
        <source>The app may not use your position. Allow it in the system settings, or pick your postcode or quarter below.</source>
        <translation>Uygulamanın konumunuzu kullanma izni yok. Sistem ayarlarından izin verin veya aşağıdan posta kodunuzu ya da mahallenizi seçin.</translation>
    </message>
    <message>
        <source>Looking for your position… This can take a minute, especially indoors.</source>
        <translation>Konumunuz aranıyor… Bu, özellikle kapalı alanlarda bir dakika sürebilir.</translation>
    </message>
    <message>
        <source>Using your position (accurate to about %1 m).</source>
        <translation>Konumunuz kullanılıyor (yaklaşık %1 m hassasiyetle).</translation>
    </message>
    <message>
        <source>Using your position.</source>
        <translation>Konumunuz kullanılıyor.</translation>
    </message>
    <message>
        <source>Use the city centre</source>
        <translation>Şehir merkezini kullan</translation>
    </message>
    <message>
        <source>Postcode or quarter, e.g. 3018 or Bümpliz</source>
        <translation>Posta kodu veya mahalle, ör. 3018 veya Bümpliz</translation>
    </message>
    <message>
        <source>Search a postcode or quarter</source>
        <translation>Posta kodu veya mahalle ara</translation>
    </message>
    <message>
        <source>Measure from %1</source>
        <translation>Uzaklığı buradan ölç: %1</translation>
    </message>
    <message>
        <source>No postcode or quarter matches. Try the first digits of your postcode.</source>
        <translation>Eşleşen posta kodu veya mahalle yok. Posta kodunuzun ilk rakamlarını deneyin.</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n places here; zoom in</source>
        <translation>
            <numerusform>Burada %n yer var; yakınlaştırın</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the places that help</source>
        <translation>Yardım eden yerlerin haritası</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>Konumunuz</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <source>No offline map is installed and map downloads are off, so the places are shown without a map.</source>
        <translation>Çevrimdışı harita yüklü değil ve harita indirme kapalı, bu yüzden yerler haritasız gösteriliyor.</translation>
    </message>
    <message>
        <source>The map server cannot be reached (no connection?), so the places are shown without a map.</source>
        <translation>Harita sunucusuna ulaşılamıyor (bağlantı yok mu?), bu yüzden yerler haritasız gösteriliyor.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Harita yükleniyor…</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Harita verileri: %1</translation>
    </message>
</context>
<context>
    <name>OfferMapCard</name>
    <message>
        <source>Close the card</source>
        <translation>Kartı kapat</translation>
    </message>
    <message>
        <source>Details and contact</source>
        <translation>Ayrıntılar ve iletişim</translation>
    </message>
    <message>
        <source>Details and contact for %1</source>
        <translation>Ayrıntılar ve iletişim: %1</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>Where to get help</source>
        <translation>Nereden yardım alınır</translation>
    </message>
    <message>
        <source>This place is not in the guide (any more).</source>
        <translation>Bu yer rehberde yok ya da artık yok.</translation>
    </message>
    <message>
        <source>Languages spoken: %1</source>
        <translation>Konuşulan diller: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Ara: %1</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Yaz</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>E-posta yaz: %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation>Web sitesini aç: %1</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Yol tarifi</translation>
    </message>
    <message>
        <source>Directions to %1 in the map app</source>
        <translation>Harita uygulamasında yol tarifi: %1</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Devamını oku</translation>
    </message>
    <message>
        <source>Our editors are still verifying some details of this entry. Please check before you go.</source>
        <translation>Editörlerimiz bu kayıttaki bazı bilgileri hâlâ doğruluyor. Lütfen gitmeden önce kontrol edin.</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Ücretsiz</translation>
    </message>
    <message>
        <source>Costs money</source>
        <translation>Ücretli</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Tekerlekli sandalyeye uygun</translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation>Tekerlekli sandalyeye uygun değil</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Yalnızca randevuyla</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Çalışma saatleri</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>Her gün, gece gündüz</translation>
    </message>
</context>
<context>
    <name>OfferText</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>open day and night</source>
        <translation>gece gündüz açık</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>%1 saatine kadar açık</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>açılış: %1</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>About you</source>
        <translation>Hakkınızda</translation>
    </message>
    <message>
        <source>A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.</source>
        <translation>Kontrol listenizin doğru adımları ve son tarihleri göstermesi için birkaç soru. Yanıtlarınız bu telefonda kalır.</translation>
    </message>
    <message>
        <source>When did you arrive in Bern?</source>
        <translation>Bern&apos;e ne zaman geldiniz?</translation>
    </message>
    <message>
        <source>Month of arrival</source>
        <translation>Geliş ayı</translation>
    </message>
    <message>
        <source>Day of arrival</source>
        <translation>Geliş günü</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Geliş yılı</translation>
    </message>
    <message>
        <source>Where did you come from?</source>
        <translation>Nereden geldiniz?</translation>
    </message>
    <message>
        <source>From abroad</source>
        <translation>Yurt dışından</translation>
    </message>
    <message>
        <source>From another Swiss canton</source>
        <translation>Başka bir İsviçre kantonundan</translation>
    </message>
    <message>
        <source>Months in Switzerland before moving to Bern</source>
        <translation>Bern&apos;e taşınmadan önce İsviçre&apos;de geçen aylar</translation>
    </message>
    <message>
        <source>I am a citizen of an EU or EFTA country</source>
        <translation>Bir AB veya EFTA ülkesinin vatandaşıyım</translation>
    </message>
    <message>
        <source>Which permit do you have or expect?</source>
        <translation>Hangi izne sahipsiniz veya hangisini bekliyorsunuz?</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Henüz bilmiyorum</translation>
    </message>
    <message>
        <source>B – residence</source>
        <translation>B – oturma izni</translation>
    </message>
    <message>
        <source>C – settlement</source>
        <translation>C – yerleşim izni</translation>
    </message>
    <message>
        <source>L – short stay</source>
        <translation>L – kısa süreli oturma izni</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – geçici kabul</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – sığınma başvurusu sahibi</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – koruma statüsü</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – sınır ötesi çalışan</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>İzin</translation>
    </message>
    <message>
        <source>Who lives in your household?</source>
        <translation>Hanenizde kimler yaşıyor?</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Ad (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>%1. kişinin adı</translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation>Yetişkin (18 veya üzeri)</translation>
    </message>
    <message>
        <source>Young person (16–17)</source>
        <translation>Genç (16–17)</translation>
    </message>
    <message>
        <source>School child (6–15)</source>
        <translation>Okul çağında çocuk (6–15)</translation>
    </message>
    <message>
        <source>Kindergarten child (4–5)</source>
        <translation>Anaokulu çocuğu (4–5)</translation>
    </message>
    <message>
        <source>Age of person %1</source>
        <translation>%1. kişinin yaşı</translation>
    </message>
    <message>
        <source>Works or starts work</source>
        <translation>Çalışıyor veya işe başlıyor</translation>
    </message>
    <message>
        <source>Has a driving licence from abroad</source>
        <translation>Yurt dışından ehliyeti var</translation>
    </message>
    <message>
        <source>Comes later to join the family</source>
        <translation>Daha sonra geliyor (aile birleşimi)</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Bu kişiyi kaldır</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>%1. kişiyi kaldır</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Kişi ekle</translation>
    </message>
    <message>
        <source>Show my checklist</source>
        <translation>Kontrol listemi göster</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Şimdilik atla</translation>
    </message>
    <message>
        <source>I have been granted asylum (recognised refugee)</source>
        <translation>Bana iltica hakkı verildi (tanınmış mülteci)</translation>
    </message>
    <message>
        <source>My husband, wife or children live abroad and may join us later</source>
        <translation>Eşim veya çocuklarım yurt dışında yaşıyor ve daha sonra yanımıza gelebilir</translation>
    </message>
    <message>
        <source>Small child (1–3)</source>
        <translation>Küçük çocuk (1–3)</translation>
    </message>
    <message>
        <source>Baby (under 1)</source>
        <translation>Bebek (1 yaşından küçük)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places that help</source>
        <translation>Yardım eden yerler</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>Her tür yardım</translation>
    </message>
    <message>
        <source>Integration counselling</source>
        <translation>Uyum danışmanlığı</translation>
    </message>
    <message>
        <source>Residents&apos; office</source>
        <translation>Nüfus hizmetleri</translation>
    </message>
    <message>
        <source>School office</source>
        <translation>Okul dairesi</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Dil kursları</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Tercümanlık</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>Sosyal sigortalar</translation>
    </message>
    <message>
        <source>Road traffic office</source>
        <translation>Trafik dairesi</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Kütüphaneler</translation>
    </message>
    <message>
        <source>Migration service</source>
        <translation>Göç dairesi</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Acil durumlar</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Yardım türü</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Şu an açık</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Ücretsiz</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Show the places as a list</extracomment>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Liste olarak göster</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Show the places on a map</extracomment>
        <translation>Harita</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Haritada göster</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try another kind of help, or switch off “Open now”.</source>
        <translation>Bu filtrelere uyan yer yok. Başka bir yardım türü deneyin veya «Şu an açık» seçeneğini kapatın.</translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation>Konumumu göster</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Sağlık hizmetleri</translation>
    </message>
    <message>
        <source>Health insurers</source>
        <translation>Sağlık sigortaları</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>Bankalar</translation>
    </message>
    <message>
        <source>Asylum social service</source>
        <translation>İltica sosyal hizmeti</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sosyal hizmetler</translation>
    </message>
    <message>
        <source>Job centre (RAV)</source>
        <translation>İş bulma merkezi (RAV)</translation>
    </message>
    <message>
        <source>Career advice</source>
        <translation>Meslek danışmanlığı</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>Vergi dairesi</translation>
    </message>
    <message>
        <source>Parent advice</source>
        <translation>Ebeveyn danışmanlığı</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Çocuk bakımı</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Hukuki danışmanlık</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>Mağdurlara yardım</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>Rehberde ara</translation>
    </message>
    <message>
        <source>Search, e.g. health insurance</source>
        <translation>Ara, ör. sağlık sigortası</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Arama</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Rehberde ara</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Makaleler</translation>
    </message>
    <message>
        <source>Places and offers</source>
        <translation>Yerler ve hizmetler</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Kontrol listesi adımları</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>benzer yazım</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Son aramalar</translation>
    </message>
    <message>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>Herhangi bir dilde bir kelime yazın, ör. Krankenkasse, permit, école.</translation>
    </message>
    <message>
        <source>Search again for %1</source>
        <translation>Yeniden ara: %1</translation>
    </message>
    <message>
        <source>Clear recent searches</source>
        <translation>Son aramaları temizle</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>«%1» için sonuç bulunamadı. Daha az harf, başka bir yazım veya başka bir dil deneyin ya da Rehber&apos;deki konulara göz atın.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Dil: %1</translation>
    </message>
    <message>
        <source>My checklist and data</source>
        <translation>Kontrol listem ve verilerim</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Hanemi değiştir</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Kontrol listemi oluştur</translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation>Kontrol listesini PDF olarak dışa aktar</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar (.ics)</source>
        <translation>Son tarihleri takvimime ekle (.ics)</translation>
    </message>
    <message>
        <source>Save all my data as one file</source>
        <translation>Tüm verilerimi tek bir dosyaya kaydet</translation>
    </message>
    <message>
        <source>Path of a saved data file</source>
        <translation>Kaydedilmiş bir veri dosyasının yolu</translation>
    </message>
    <message>
        <source>Path of a saved data file to import</source>
        <translation>İçe aktarılacak kayıtlı veri dosyasının yolu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Hiçbir şey değiştirilmedi: %1</translation>
    </message>
    <message>
        <source>Your data was imported.</source>
        <translation>Verileriniz içe aktarıldı.</translation>
    </message>
    <message>
        <source>Import my data from this file</source>
        <translation>Verilerimi bu dosyadan içe aktar</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Dosya yazılamadı.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>İçerik güncellemeleri</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>%1 tarihli içerik (sürüm %2).</translation>
    </message>
    <message>
        <source>No content is installed: %1</source>
        <translation>Yüklü içerik yok: %1</translation>
    </message>
    <message>
        <source>This content is updated with new versions of the app.</source>
        <translation>Bu içerik uygulamanın yeni sürümleriyle güncellenir.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Güncellemeleri denetle</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Son denetim: %1</translation>
    </message>
    <message>
        <source>What&apos;s new in the content</source>
        <translation>İçerikteki yenilikler</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Gizlilik</translation>
    </message>
    <message>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>Girdiğiniz her şey bu cihazda kalır. Hesap yok, takip yok.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Veri klasörü: %1</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>No longer in the guide – your record is kept</source>
        <translation>Artık rehberde yok – kayıtlarınız saklanıyor</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Gerekmiyor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Son tarih yok</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>%1 tarihinden beri gecikmede</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Son tarih: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Tamamlandı: %1</translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation>Tamamlandı olarak işaretle: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>This step is not in your checklist.</source>
        <translation>Bu adım kontrol listenizde yok.</translation>
    </message>
    <message>
        <source>This step is no longer in the guide. What you recorded is kept.</source>
        <translation>Bu adım artık rehberde yok. Kaydettikleriniz saklanıyor.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>%1 tarihinden beri gecikmede</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Son tarih: %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Son tarih yok</translation>
    </message>
    <message>
        <source>Bring along:</source>
        <translation>Yanınıza alın:</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Tamamlandı ✓</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Tamamlandı olarak işaretle</translation>
    </message>
    <message>
        <source>Needed after all</source>
        <translation>Yine de gerekli</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Gerekmiyor</translation>
    </message>
    <message>
        <source>Read more about it</source>
        <translation>Bu konuda daha fazla bilgi</translation>
    </message>
    <message>
        <source>Show at the counter</source>
        <translation>Gişede göster</translation>
    </message>
    <message>
        <source>Show this step in German and in your language, large, at the office counter</source>
        <translation>Bu adımı gişede büyük yazıyla, Almanca ve kendi dilinizde gösterin</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Nereye gidilir</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Notum</translation>
    </message>
    <message>
        <source>e.g. appointment on 5 March, bring the rental contract</source>
        <translation>ör. 5 Mart&apos;ta randevu, kira sözleşmesini götür</translation>
    </message>
    <message>
        <source>My note for this step</source>
        <translation>Bu adım için notum</translation>
    </message>
    <message>
        <source>This deadline is set by law or by an office. Missing it can cost money or your permit.</source>
        <translation>Bu süre yasayla ya da bir daire tarafından belirlenmiştir. Kaçırırsanız para ödemeniz veya izninizi kaybetmeniz söz konusu olabilir.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Checking for updates…</source>
        <translation>Güncellemeler denetleniyor…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>Güncelleme indiriliyor…</translation>
    </message>
    <message>
        <source>Installing the update…</source>
        <translation>Güncelleme yükleniyor…</translation>
    </message>
    <message>
        <source>This content has no update server.</source>
        <translation>Bu içeriğin güncelleme sunucusu yok.</translation>
    </message>
    <message>
        <source>The content was updated to version %1.</source>
        <translation>İçerik %1 sürümüne güncellendi.</translation>
    </message>
    <message>
        <source>The content is up to date.</source>
        <translation>İçerik güncel.</translation>
    </message>
    <message>
        <source>You are offline. The app looks for updates again when you are online.</source>
        <translation>Çevrimdışısınız. Uygulama, çevrimiçi olduğunuzda güncellemeleri yeniden denetler.</translation>
    </message>
    <message>
        <source>The update server could not be reached. Your content is unchanged; please try again later.</source>
        <translation>Güncelleme sunucusuna ulaşılamadı. İçeriğiniz değişmedi; lütfen daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The update server reported an error. Your content is unchanged; please try again later.</source>
        <translation>Güncelleme sunucusu bir hata bildirdi. İçeriğiniz değişmedi; lütfen daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The update is not genuine: its signature does not match. It was not installed.</source>
        <translation>Güncelleme orijinal değil: imzası eşleşmiyor. Yüklenmedi.</translation>
    </message>
    <message>
        <source>The update is for another city or region. It was not installed.</source>
        <translation>Güncelleme başka bir şehir veya bölge için. Yüklenmedi.</translation>
    </message>
    <message>
        <source>The server offers older content than this device has. Nothing was changed.</source>
        <translation>Sunucu, bu cihazdakinden daha eski içerik sunuyor. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The update on the server has expired. It was not installed.</source>
        <translation>Sunucudaki güncellemenin süresi dolmuş. Yüklenmedi.</translation>
    </message>
    <message>
        <source>The download was damaged or incomplete. Your content is unchanged; please try again later.</source>
        <translation>İndirilen dosya bozuk veya eksikti. İçeriğiniz değişmedi; lütfen daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>There is not enough free space on this device for the update. Your content is unchanged.</source>
        <translation>Bu cihazda güncelleme için yeterli boş alan yok. İçeriğiniz değişmedi.</translation>
    </message>
    <message>
        <source>No content is installed that could be updated.</source>
        <translation>Güncellenebilecek yüklü içerik yok.</translation>
    </message>
    <message>
        <source>The update could not be installed. Your content is unchanged.</source>
        <translation>Güncelleme yüklenemedi. İçeriğiniz değişmedi.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged; it was restored and updated to version %1.</source>
        <translation>Rehberin bu cihazdaki içeriği bozulmuştu; geri yüklendi ve %1 sürümüne güncellendi.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored.</source>
        <translation>Rehberin bu cihazdaki içeriği bozulmuştu ve geri yüklendi.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; the latest update will be installed at the next attempt.</source>
        <translation>Rehberin bu cihazdaki içeriği bozulmuştu ve uygulamadan geri yüklendi; en son güncelleme bir sonraki denemede yüklenecek.</translation>
    </message>
    <message>
        <source>The update seems to come from the future: please check this device&apos;s date and time. It was not installed.</source>
        <translation>Güncelleme gelecekten geliyor gibi görünüyor: lütfen bu cihazın tarih ve saatini kontrol edin. Güncelleme yüklenmedi.</translation>
    </message>
    <message>
        <source>The update would have stopped this device from receiving any later update, so it was not installed.</source>
        <translation>Bu güncelleme, cihazın sonraki hiçbir güncellemeyi almamasına yol açacaktı; bu yüzden yüklenmedi.</translation>
    </message>
    <message>
        <source>Another update of the content is running. Please try again in a moment.</source>
        <translation>İçeriğin başka bir güncellemesi sürüyor. Lütfen birazdan yeniden deneyin.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device is damaged. Please reinstall the app.</source>
        <translation>Rehberin bu cihazdaki içeriği bozuk. Lütfen uygulamayı yeniden yükleyin.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There are no articles in this topic yet.</source>
        <translation>Bu konuda henüz makale yok.</translation>
    </message>
</context>
<context>
    <name>WhatsNewModel</name>
    <message>
        <source>Topics of the guide</source>
        <translation>Rehberdeki konular</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the list of pages the last content update changed</extracomment>
        <translation>Yenilikler</translation>
    </message>
    <message>
        <source>Notes from the editors: %1</source>
        <translation>Editörlerin notları: %1</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>%1 tarihli içerik (sürüm %2).</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Kaldırıldı</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Değiştirildi</translation>
    </message>
    <message>
        <source>Place or service</source>
        <translation>Yer veya hizmet</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Kontrol listesi adımı</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Rehber</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Makale</translation>
    </message>
    <message>
        <source>No changes to show. When the content is updated, the changed pages are listed here.</source>
        <translation>Gösterilecek değişiklik yok. İçerik güncellendiğinde değişen sayfalar burada listelenir.</translation>
    </message>
</context>
</TS>
