<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta">
<context>
    <name>AppController</name>
    <message>
        <source>The guide&apos;s content could not be installed, so what is shown may be missing or old. Free some storage space and restart the app. (%1)</source>
        <translation>வழிகாட்டியின் உள்ளடக்கத்தை நிறுவ முடியவில்லை. எனவே காட்டப்படுபவை குறைவாகவோ பழையதாகவோ இருக்கலாம். சிறிது சேமிப்பிடத்தை விடுவித்து, செயலியை மீண்டும் தொடங்குங்கள். (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content cannot be read. Please reinstall the app. (%1)</source>
        <translation>வழிகாட்டியின் உள்ளடக்கத்தைப் படிக்க முடியவில்லை. தயவுசெய்து செயலியை மீண்டும் நிறுவுங்கள். (%1)</translation>
    </message>
    <message>
        <source>Your personal data file was damaged. It was kept as a backup (%1) and a new one was started.</source>
        <translation>உங்கள் தனிப்பட்ட தரவுக் கோப்பு சேதமடைந்திருந்தது. அது காப்புப் பிரதியாக வைக்கப்பட்டு (%1), புதிய கோப்பு தொடங்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Your personal data was saved by a newer version of Welcome. Please update the app; your data was left untouched.</source>
        <translation>உங்கள் தனிப்பட்ட தரவு Welcome இன் புதிய பதிப்பால் சேமிக்கப்பட்டுள்ளது. தயவுசெய்து செயலியைப் புதுப்பியுங்கள்; உங்கள் தரவு மாற்றப்படவில்லை.</translation>
    </message>
    <message>
        <source>Your personal data cannot be opened, so nothing you enter now will be kept. (%1)</source>
        <translation>உங்கள் தனிப்பட்ட தரவைத் திறக்க முடியவில்லை. எனவே நீங்கள் இப்போது உள்ளிடுவது சேமிக்கப்படாது. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; updates are downloaded again when you are online.</source>
        <translation>இந்தச் சாதனத்தில் வழிகாட்டியின் உள்ளடக்கம் சேதமடைந்திருந்தது; அது செயலியிலிருந்து மீட்டமைக்கப்பட்டது. நீங்கள் இணையத்தில் இருக்கும்போது புதுப்பிப்புகள் மீண்டும் பதிவிறக்கப்படும்.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Home</source>
        <translation>முகப்பு</translation>
    </message>
    <message>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>வழிகாட்டி</translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>The tab with the personal checklist</extracomment>
        <translation>பட்டியல்</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>அமைப்புகள்</translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation>உள்ளடக்கம் புதுப்பிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>See what&apos;s new</source>
        <translation>புதியவற்றைப் பாருங்கள்</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>மூடு</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>இந்தப் பக்கம் இல்லை (இனி இல்லை). உள்ளடக்கப் புதுப்பிப்பின்போது இது நீக்கப்பட்டிருக்கலாம்.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>மூலங்கள்</translation>
    </message>
    <message>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>மூலம்: %1, %2 ஐ உலாவியில் திறக்கும்</translation>
    </message>
    <message>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>கடைசியாகச் சரிபார்த்தது: %1. இந்தப் பக்கத்தின் சில விவரங்களை எங்கள் ஆசிரியர் குழு இன்னும் சரிபார்த்து வருகிறது.</translation>
    </message>
    <message>
        <source>Last checked on %1.</source>
        <translation>கடைசியாகச் சரிபார்த்தது: %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <source>Whole household</source>
        <translation>முழுக் குடும்பமும்</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>நபர் %1</translation>
    </message>
    <message>
        <source>Your household could not be saved.</source>
        <translation>உங்கள் குடும்ப விவரங்களைச் சேமிக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>காலக்கெடு</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>செய்ய வேண்டியது</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>தேவையில்லை</translation>
    </message>
    <message>
        <source>Bring along</source>
        <translation>கொண்டு வர வேண்டியவை</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>படி</translation>
    </message>
    <message>
        <source>State</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>எனது சரிபார்ப்புப் பட்டியல்</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ஐப் படிக்க முடியவில்லை: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>My checklist</source>
        <translation>எனது சரிபார்ப்புப் பட்டியல்</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>அனைவரும்</translation>
    </message>
    <message>
        <source>Show the steps of everyone</source>
        <translation>அனைவரின் படிகளையும் காட்டு</translation>
    </message>
    <message>
        <source>Show the steps of %1</source>
        <translation>%1 இன் படிகளைக் காட்டு</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%2 படிகளில் %1 முடிந்தன</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar</source>
        <translation>காலக்கெடுகளை எனது நாட்காட்டியில் சேர்</translation>
    </message>
    <message>
        <source>Saved. Open the file with your calendar app: %1</source>
        <translation>சேமிக்கப்பட்டது. கோப்பை உங்கள் நாட்காட்டிச் செயலியில் திறங்கள்: %1</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>நாட்காட்டிக் கோப்பை எழுத முடியவில்லை.</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>எனது குடும்ப விவரங்களை மாற்று</translation>
    </message>
    <message>
        <source>Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.</source>
        <translation>உங்கள் தனிப்பட்ட சரிபார்ப்புப் பட்டியல் என்ன செய்ய வேண்டும், யாருக்காக, எப்போதுக்குள் என்பதைக் காட்டுகிறது: பதிவு, மருத்துவக் காப்புறுதி, பாடசாலை மற்றும் பல.</translation>
    </message>
    <message>
        <source>Answer a few questions. Everything stays on this phone.</source>
        <translation>சில கேள்விகளுக்குப் பதிலளியுங்கள். அனைத்தும் இந்தத் தொலைபேசியிலேயே இருக்கும்.</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>எனது சரிபார்ப்புப் பட்டியலை உருவாக்கு</translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ஐ எழுத முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation>%1 ஐ எழுத முடியவில்லை: PDF ஐ உருவாக்க முடியவில்லை.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Show at the counter</source>
        <translation>கருமபீடத்தில் காட்டு</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>இந்தப் பக்கம் இன்னும் %1 மொழியில் கிடைக்கவில்லை. இது %2 மொழியில் காட்டப்படுகிறது.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>வழிகாட்டி</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n கட்டுரை</numerusform>
            <numerusform>%n கட்டுரைகள்</numerusform>
        </translation>
    </message>
    <message>
        <source>No content is installed yet.</source>
        <translation>இன்னும் எந்த உள்ளடக்கமும் நிறுவப்படவில்லை.</translation>
    </message>
    <message>
        <source>Release to check for updates</source>
        <translation>புதுப்பிப்புகளைத் தேட விடுங்கள்</translation>
    </message>
    <message>
        <source>Pull down to check for updates</source>
        <translation>புதுப்பிப்புகளைத் தேட கீழே இழுங்கள்</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your next steps</source>
        <translation>உங்கள் அடுத்த படிகள்</translation>
    </message>
    <message>
        <source>All steps done – well done!</source>
        <translation>எல்லாப் படிகளும் முடிந்தன – நன்று!</translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation>முழுப் பட்டியல்</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>சரி</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>செய்தியை மூடு</translation>
    </message>
    <message>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>உங்கள் முதல் படிகளுக்கு நம்பகமான தகவல். இணைய இணைப்பு இல்லாமலும் இயங்கும்.</translation>
    </message>
    <message>
        <source>Find places that help: counselling, courses, interpreters, offices</source>
        <translation>உதவும் இடங்கள்: ஆலோசனை, வகுப்பு, மொழிபெயர்ப்பு, அலுவலகம்</translation>
    </message>
    <message>
        <source>Set up your personal checklist: what to do, for whom, by when</source>
        <translation>உங்கள் பட்டியலை உருவாக்குங்கள்: என்ன, யாருக்கு, எப்போதுக்குள்</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>தலைப்புகள்</translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <source>your position</source>
        <translation>உங்கள் இருப்பிடம்</translation>
    </message>
    <message>
        <source>your last known position</source>
        <translation>உங்கள் கடைசியாக அறியப்பட்ட இருப்பிடம்</translation>
    </message>
    <message>
        <source>the city centre</source>
        <translation>நகர மையம்</translation>
    </message>
    <message>
        <source>This device cannot tell its position: pick a place.</source>
        <translation>இந்தச் சாதனத்தால் அதன் இருப்பிடத்தைக் கண்டறிய முடியவில்லை: ஓர் இடத்தைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>The app may not use your position: pick a place, or allow it in the settings.</source>
        <translation>உங்கள் இருப்பிடத்தைப் பயன்படுத்த செயலிக்கு அனுமதி இல்லை: ஓர் இடத்தைத் தேர்ந்தெடுங்கள் அல்லது அமைப்புகளில் அனுமதியுங்கள்.</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation>உங்கள் இருப்பிடம் தேடப்படுகிறது…</translation>
    </message>
    <message>
        <source>Sorted by distance from %1. %2 Change</source>
        <translation>தூரப்படி வரிசைப்படுத்தப்பட்டது (தொடக்கப் புள்ளி: %1). %2 மாற்று</translation>
    </message>
    <message>
        <source>Sorted by distance from %1.</source>
        <translation>தூரப்படி வரிசைப்படுத்தப்பட்டது (தொடக்கப் புள்ளி: %1).</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: choose where distances count from</extracomment>
        <translation>மாற்று</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where are you?</source>
        <translation>நீங்கள் எங்கே இருக்கிறீர்கள்?</translation>
    </message>
    <message>
        <source>Places that help are sorted by distance from this point. It stays on your phone and is never sent anywhere.</source>
        <translation>உதவும் இடங்கள் இந்தப் புள்ளியிலிருந்து உள்ள தூரப்படி வரிசைப்படுத்தப்படுகின்றன. இது உங்கள் தொலைபேசியிலேயே இருக்கும்; எங்கும் அனுப்பப்படாது.</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>எனது இருப்பிடத்தைப் பயன்படுத்து</translation>
    </message>
    <message>
        <source>This device cannot tell its position. Please pick your postcode or quarter below.</source>
        <translation>இந்தச் சாதனத்தால் அதன் இருப்பிடத்தைக் கண்டறிய முடியவில்லை. கீழே உங்கள் அஞ்சல் குறியீட்டையோ பகுதியையோ தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>The app may not use your position. Allow it in the system settings, or pick your postcode or quarter below.</source>
        <translation>உங்கள் இருப்பிடத்தைப் பயன்படுத்த செயலிக்கு அனுமதி இல்லை. சாதன அமைப்புகளில் அனுமதியுங்கள், அல்லது கீழே உங்கள் அஞ்சல் குறியீட்டையோ பகுதியையோ தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Looking for your position… This can take a minute, especially indoors.</source>
        <translation>உங்கள் இருப்பிடம் தேடப்படுகிறது… இதற்கு ஒரு நிமிடம் ஆகலாம், குறிப்பாகக் கட்டடத்தின் உள்ளே.</translation>
    </message>
    <message>
        <source>Using your position (accurate to about %1 m).</source>
        <translation>உங்கள் இருப்பிடம் பயன்படுத்தப்படுகிறது (சுமார் %1 மீ துல்லியம்).</translation>
    </message>
    <message>
        <source>Using your position.</source>
        <translation>உங்கள் இருப்பிடம் பயன்படுத்தப்படுகிறது.</translation>
    </message>
    <message>
        <source>Use the city centre</source>
        <translation>நகர மையத்தைப் பயன்படுத்து</translation>
    </message>
    <message>
        <source>Postcode or quarter, e.g. 3018 or Bümpliz</source>
        <translation>அஞ்சல் குறியீடு அல்லது பகுதி, எ.கா. 3018 அல்லது Bümpliz</translation>
    </message>
    <message>
        <source>Search a postcode or quarter</source>
        <translation>அஞ்சல் குறியீடு அல்லது பகுதியைத் தேடு</translation>
    </message>
    <message>
        <source>Measure from %1</source>
        <translation>%1 இலிருந்து அளவிடு</translation>
    </message>
    <message>
        <source>No postcode or quarter matches. Try the first digits of your postcode.</source>
        <translation>பொருந்தும் அஞ்சல் குறியீடோ பகுதியோ இல்லை. உங்கள் அஞ்சல் குறியீட்டின் முதல் இலக்கங்களை முயற்சியுங்கள்.</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n places here; zoom in</source>
        <translation>
            <numerusform>இங்கே %n இடம்; பெரிதாக்குங்கள்</numerusform>
            <numerusform>இங்கே %n இடங்கள்; பெரிதாக்குங்கள்</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the places that help</source>
        <translation>உதவும் இடங்களின் வரைபடம்</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>உங்கள் இருப்பிடம்</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>பெரிதாக்கு</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>சிறிதாக்கு</translation>
    </message>
    <message>
        <source>No offline map is installed and map downloads are off, so the places are shown without a map.</source>
        <translation>இணைப்பின்றிப் பயன்படுத்தும் வரைபடம் நிறுவப்படவில்லை, வரைபடப் பதிவிறக்கமும் முடக்கப்பட்டுள்ளது. எனவே இடங்கள் வரைபடம் இல்லாமல் காட்டப்படுகின்றன.</translation>
    </message>
    <message>
        <source>The map server cannot be reached (no connection?), so the places are shown without a map.</source>
        <translation>வரைபடச் சேவையகத்தை அணுக முடியவில்லை (இணைப்பு இல்லையா?). எனவே இடங்கள் வரைபடம் இல்லாமல் காட்டப்படுகின்றன.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>வரைபடம் ஏற்றப்படுகிறது…</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>வரைபடத் தரவு: %1</translation>
    </message>
</context>
<context>
    <name>OfferMapCard</name>
    <message>
        <source>Close the card</source>
        <translation>அட்டையை மூடு</translation>
    </message>
    <message>
        <source>Details and contact</source>
        <translation>விவரங்களும் தொடர்பும்</translation>
    </message>
    <message>
        <source>Details and contact for %1</source>
        <translation>%1: விவரங்களும் தொடர்பும்</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>Where to get help</source>
        <translation>உதவி எங்கே கிடைக்கும்</translation>
    </message>
    <message>
        <source>This place is not in the guide (any more).</source>
        <translation>இந்த இடம் வழிகாட்டியில் இல்லை (இனி இல்லை).</translation>
    </message>
    <message>
        <source>Languages spoken: %1</source>
        <translation>பேசப்படும் மொழிகள்: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>அழை</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 ஐ அழை</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>எழுது</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>%1 க்கு மின்னஞ்சல் எழுது</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>இணையதளம்</translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation>%1 இன் இணையதளத்தைத் திற</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>வழி</translation>
    </message>
    <message>
        <source>Directions to %1 in the map app</source>
        <translation>வரைபடச் செயலியில் %1 க்குச் செல்லும் வழி</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>மேலும் படிக்க</translation>
    </message>
    <message>
        <source>Our editors are still verifying some details of this entry. Please check before you go.</source>
        <translation>இந்தப் பதிவின் சில விவரங்களை எங்கள் ஆசிரியர் குழு இன்னும் சரிபார்த்து வருகிறது. செல்வதற்கு முன் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>இலவசம்</translation>
    </message>
    <message>
        <source>Costs money</source>
        <translation>கட்டணம் உண்டு</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>சக்கர நாற்காலியில் செல்லலாம்</translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation>சக்கர நாற்காலியில் செல்ல முடியாது</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>முன்பதிவுடன் மட்டும்</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>திறந்திருக்கும் நேரம்</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>இரவும் பகலும், ஒவ்வொரு நாளும்</translation>
    </message>
</context>
<context>
    <name>OfferText</name>
    <message>
        <source>%1 m</source>
        <translation>%1 மீ</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 கி.மீ</translation>
    </message>
    <message>
        <source>open day and night</source>
        <translation>இரவும் பகலும் திறந்திருக்கும்</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>%1 வரை திறந்திருக்கும்</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>திறக்கும் நேரம்: %1</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>About you</source>
        <translation>உங்களைப் பற்றி</translation>
    </message>
    <message>
        <source>A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.</source>
        <translation>உங்கள் சரிபார்ப்புப் பட்டியல் சரியான படிகளையும் காலக்கெடுகளையும் காட்டச் சில கேள்விகள். உங்கள் பதில்கள் இந்தத் தொலைபேசியிலேயே இருக்கும்.</translation>
    </message>
    <message>
        <source>When did you arrive in Bern?</source>
        <translation>நீங்கள் எப்போது பேர்னுக்கு வந்தீர்கள்?</translation>
    </message>
    <message>
        <source>Month of arrival</source>
        <translation>வந்த மாதம்</translation>
    </message>
    <message>
        <source>Day of arrival</source>
        <translation>வந்த நாள்</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>வந்த ஆண்டு</translation>
    </message>
    <message>
        <source>Where did you come from?</source>
        <translation>நீங்கள் எங்கிருந்து வந்தீர்கள்?</translation>
    </message>
    <message>
        <source>From abroad</source>
        <translation>வெளிநாட்டிலிருந்து</translation>
    </message>
    <message>
        <source>From another Swiss canton</source>
        <translation>வேறொரு சுவிஸ் கன்டோனிலிருந்து</translation>
    </message>
    <message>
        <source>Months in Switzerland before moving to Bern</source>
        <translation>பேர்னுக்குக் குடிபெயர்வதற்கு முன் சுவிட்சர்லாந்தில் இருந்த மாதங்கள்</translation>
    </message>
    <message>
        <source>I am a citizen of an EU or EFTA country</source>
        <translation>எனக்கு EU அல்லது EFTA நாடு ஒன்றின் குடியுரிமை உள்ளது</translation>
    </message>
    <message>
        <source>Which permit do you have or expect?</source>
        <translation>உங்களிடம் எந்த அனுமதிப்பத்திரம் உள்ளது, அல்லது எதை எதிர்பார்க்கிறீர்கள்?</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>இன்னும் தெரியாது</translation>
    </message>
    <message>
        <source>B – residence</source>
        <translation>B – வதிவிட அனுமதி</translation>
    </message>
    <message>
        <source>C – settlement</source>
        <translation>C – நிரந்தர வதிவிட அனுமதி</translation>
    </message>
    <message>
        <source>L – short stay</source>
        <translation>L – குறுகிய கால வதிவிடம்</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – தற்காலிகமாக ஏற்றுக்கொள்ளப்பட்டவர்</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – புகலிடக் கோரிக்கையாளர்</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – பாதுகாப்பு நிலை</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – எல்லை தாண்டிப் பணிபுரிபவர்</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>அனுமதிப்பத்திரம்</translation>
    </message>
    <message>
        <source>Who lives in your household?</source>
        <translation>உங்கள் குடும்பத்தில் யார் யார் வசிக்கிறார்கள்?</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>பெயர் (விருப்பத்தேர்வு)</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>நபர் %1 இன் பெயர்</translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation>வயது வந்தவர் (18 அல்லது அதற்கு மேல்)</translation>
    </message>
    <message>
        <source>Young person (16–17)</source>
        <translation>இளைஞர் (16–17)</translation>
    </message>
    <message>
        <source>School child (6–15)</source>
        <translation>பாடசாலைச் சிறுவர் (6–15)</translation>
    </message>
    <message>
        <source>Kindergarten child (4–5)</source>
        <translation>முன்பள்ளிச் சிறுவர் (4–5)</translation>
    </message>
    <message>
        <source>Age of person %1</source>
        <translation>நபர் %1 இன் வயது</translation>
    </message>
    <message>
        <source>Works or starts work</source>
        <translation>வேலை செய்கிறார் அல்லது வேலை தொடங்குகிறார்</translation>
    </message>
    <message>
        <source>Has a driving licence from abroad</source>
        <translation>வெளிநாட்டு ஓட்டுநர் உரிமம் உள்ளது</translation>
    </message>
    <message>
        <source>Comes later to join the family</source>
        <translation>பின்னர் வருகிறார் (குடும்ப மீளிணைவு)</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>இந்த நபரை நீக்கு</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>நபர் %1 ஐ நீக்கு</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>ஒரு நபரைச் சேர்</translation>
    </message>
    <message>
        <source>Show my checklist</source>
        <translation>எனது சரிபார்ப்புப் பட்டியலைக் காட்டு</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>இப்போதைக்குத் தவிர்</translation>
    </message>
    <message>
        <source>I have been granted asylum (recognised refugee)</source>
        <translation>எனக்குப் புகலிடம் வழங்கப்பட்டுள்ளது (அங்கீகரிக்கப்பட்ட அகதி)</translation>
    </message>
    <message>
        <source>My husband, wife or children live abroad and may join us later</source>
        <translation>என் கணவர், மனைவி அல்லது பிள்ளைகள் வெளிநாட்டில் வாழ்கின்றனர், பின்னர் எங்களுடன் சேரலாம்</translation>
    </message>
    <message>
        <source>Small child (1–3)</source>
        <translation>சிறு குழந்தை (1–3)</translation>
    </message>
    <message>
        <source>Baby (under 1)</source>
        <translation>குழந்தை (1 வயதுக்குக் கீழ்)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>பின்செல்</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places that help</source>
        <translation>உதவும் இடங்கள்</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>எல்லா வகை உதவியும்</translation>
    </message>
    <message>
        <source>Integration counselling</source>
        <translation>ஒருங்கிணைப்பு ஆலோசனை</translation>
    </message>
    <message>
        <source>Residents&apos; office</source>
        <translation>குடியிருப்பாளர் அலுவலகம்</translation>
    </message>
    <message>
        <source>School office</source>
        <translation>பாடசாலை அலுவலகம்</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>மொழி வகுப்புகள்</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>மொழிபெயர்ப்பாளர் சேவை</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>சமூகக் காப்புறுதிகள்</translation>
    </message>
    <message>
        <source>Road traffic office</source>
        <translation>வீதிப் போக்குவரத்து அலுவலகம்</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>நூலகங்கள்</translation>
    </message>
    <message>
        <source>Migration service</source>
        <translation>குடிவரவுச் சேவை</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>அவசரநிலைகள்</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>உதவியின் வகை</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>இப்போது திறந்துள்ளவை</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>இலவசம்</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Show the places as a list</extracomment>
        <translation>பட்டியல்</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>பட்டியலாகக் காட்டு</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Show the places on a map</extracomment>
        <translation>வரைபடம்</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>வரைபடத்தில் காட்டு</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try another kind of help, or switch off “Open now”.</source>
        <translation>இந்த வடிப்பான்களுக்குப் பொருந்தும் இடம் எதுவும் இல்லை. வேறு வகை உதவியை முயற்சியுங்கள், அல்லது «இப்போது திறந்துள்ளவை» என்பதை அணையுங்கள்.</translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation>எனது இருப்பிடத்தைக் காட்டு</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>மருத்துவ உதவி</translation>
    </message>
    <message>
        <source>Health insurers</source>
        <translation>மருத்துவக் காப்புறுதி நிறுவனங்கள்</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>வங்கிகள்</translation>
    </message>
    <message>
        <source>Asylum social service</source>
        <translation>புகலிட சமூக சேவை</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>சமூக சேவைகள்</translation>
    </message>
    <message>
        <source>Job centre (RAV)</source>
        <translation>வேலைவாய்ப்பு மையம் (RAV)</translation>
    </message>
    <message>
        <source>Career advice</source>
        <translation>தொழில் வழிகாட்டல்</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>வரி அலுவலகம்</translation>
    </message>
    <message>
        <source>Parent advice</source>
        <translation>பெற்றோர் ஆலோசனை</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>குழந்தைப் பராமரிப்பு</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>சட்ட ஆலோசனை</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>பாதிக்கப்பட்டோருக்கு உதவி</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>வழிகாட்டியில் தேடு</translation>
    </message>
    <message>
        <source>Search, e.g. health insurance</source>
        <translation>தேடுங்கள், எ.கா. மருத்துவக் காப்புறுதி</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Back</source>
        <translation>பின்செல்</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>தேடல்</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>வழிகாட்டியில் தேடு</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>கட்டுரைகள்</translation>
    </message>
    <message>
        <source>Places and offers</source>
        <translation>இடங்களும் சேவைகளும்</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>சரிபார்ப்புப் பட்டியல் படிகள்</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>ஒத்த எழுத்துக்கூட்டல்</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>அண்மைய தேடல்கள்</translation>
    </message>
    <message>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>எந்த மொழியிலும் ஒரு சொல்லைத் தட்டச்சு செய்யுங்கள், எ.கா. Krankenkasse, permit, école.</translation>
    </message>
    <message>
        <source>Search again for %1</source>
        <translation>%1 ஐ மீண்டும் தேடு</translation>
    </message>
    <message>
        <source>Clear recent searches</source>
        <translation>அண்மைய தேடல்களை அழி</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>«%1» க்கு எதுவும் கிடைக்கவில்லை. குறைவான எழுத்துகள், வேறு எழுத்துக்கூட்டல் அல்லது வேறு மொழியை முயற்சியுங்கள் – அல்லது வழிகாட்டியில் உள்ள தலைப்புகளைப் பாருங்கள்.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>அமைப்புகள்</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>மொழி: %1</translation>
    </message>
    <message>
        <source>My checklist and data</source>
        <translation>எனது சரிபார்ப்புப் பட்டியலும் தரவும்</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>எனது குடும்ப விவரங்களை மாற்று</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>எனது சரிபார்ப்புப் பட்டியலை உருவாக்கு</translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation>சரிபார்ப்புப் பட்டியலை PDF ஆக ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar (.ics)</source>
        <translation>காலக்கெடுகளை எனது நாட்காட்டியில் சேர் (.ics)</translation>
    </message>
    <message>
        <source>Save all my data as one file</source>
        <translation>எனது எல்லாத் தரவையும் ஒரே கோப்பாகச் சேமி</translation>
    </message>
    <message>
        <source>Path of a saved data file</source>
        <translation>தரவுக் கோப்பின் பாதை</translation>
    </message>
    <message>
        <source>Path of a saved data file to import</source>
        <translation>இறக்குமதி செய்ய வேண்டிய சேமித்த தரவுக் கோப்பின் பாதை</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>இறக்குமதி</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>எதுவும் மாற்றப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>Your data was imported.</source>
        <translation>உங்கள் தரவு இறக்குமதி செய்யப்பட்டது.</translation>
    </message>
    <message>
        <source>Import my data from this file</source>
        <translation>இந்தக் கோப்பிலிருந்து எனது தரவை இறக்குமதி செய்</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>சேமிக்கப்பட்டது: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>கோப்பை எழுத முடியவில்லை.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>உள்ளடக்கப் புதுப்பிப்புகள்</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>%1 தேதியிட்ட உள்ளடக்கம் (பதிப்பு %2).</translation>
    </message>
    <message>
        <source>No content is installed: %1</source>
        <translation>உள்ளடக்கம் எதுவும் நிறுவப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>This content is updated with new versions of the app.</source>
        <translation>இந்த உள்ளடக்கம் செயலியின் புதிய பதிப்புகளுடன் புதுப்பிக்கப்படுகிறது.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>புதுப்பிப்புகளைத் தேடு</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>கடைசியாகச் சரிபார்த்தது: %1</translation>
    </message>
    <message>
        <source>What&apos;s new in the content</source>
        <translation>உள்ளடக்கத்தில் புதியவை</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>தனியுரிமை</translation>
    </message>
    <message>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>நீங்கள் உள்ளிடும் அனைத்தும் இந்தச் சாதனத்திலேயே இருக்கும். கணக்கு இல்லை, கண்காணிப்பு இல்லை.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>தரவுக் கோப்புறை: %1</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>No longer in the guide – your record is kept</source>
        <translation>இனி வழிகாட்டியில் இல்லை – உங்கள் பதிவு வைக்கப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>தேவையில்லை</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>காலக்கெடு இல்லை</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>%1 முதல் தாமதம்</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>%1 க்குள்</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>முடிந்தது: %1</translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation>முடிந்ததாகக் குறி: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>This step is not in your checklist.</source>
        <translation>இந்தப் படி உங்கள் சரிபார்ப்புப் பட்டியலில் இல்லை.</translation>
    </message>
    <message>
        <source>This step is no longer in the guide. What you recorded is kept.</source>
        <translation>இந்தப் படி இனி வழிகாட்டியில் இல்லை. நீங்கள் பதிவுசெய்தவை வைக்கப்பட்டுள்ளன.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>%1 முதல் தாமதம்</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>%1 க்குள்</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>காலக்கெடு இல்லை</translation>
    </message>
    <message>
        <source>Bring along:</source>
        <translation>கொண்டு வர வேண்டியவை:</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>முடிந்தது ✓</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>முடிந்ததாகக் குறி</translation>
    </message>
    <message>
        <source>Needed after all</source>
        <translation>தேவைதான்</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>தேவையில்லை</translation>
    </message>
    <message>
        <source>Read more about it</source>
        <translation>இதைப் பற்றி மேலும் படிக்க</translation>
    </message>
    <message>
        <source>Show at the counter</source>
        <translation>கருமபீடத்தில் காட்டு</translation>
    </message>
    <message>
        <source>Show this step in German and in your language, large, at the office counter</source>
        <translation>இந்தப் படியை ஜெர்மன் மொழியிலும் உங்கள் மொழியிலும் பெரிதாகக் கருமபீடத்தில் காட்டு</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>எங்கே செல்ல வேண்டும்</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>எனது குறிப்பு</translation>
    </message>
    <message>
        <source>e.g. appointment on 5 March, bring the rental contract</source>
        <translation>எ.கா. மார்ச் 5 அன்று சந்திப்பு, வாடகை ஒப்பந்தத்தைக் கொண்டு செல்லவும்</translation>
    </message>
    <message>
        <source>My note for this step</source>
        <translation>இந்தப் படிக்கான எனது குறிப்பு</translation>
    </message>
    <message>
        <source>This deadline is set by law or by an office. Missing it can cost money or your permit.</source>
        <translation>இந்தக் காலக்கெடு சட்டத்தால் அல்லது ஒரு அலுவலகத்தால் நிர்ணயிக்கப்பட்டது. தவறவிட்டால் பணம் அல்லது உங்கள் அனுமதிப்பத்திரத்தை இழக்க நேரிடலாம்.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Checking for updates…</source>
        <translation>புதுப்பிப்புகள் தேடப்படுகின்றன…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>புதுப்பிப்பு பதிவிறக்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>Installing the update…</source>
        <translation>புதுப்பிப்பு நிறுவப்படுகிறது…</translation>
    </message>
    <message>
        <source>This content has no update server.</source>
        <translation>இந்த உள்ளடக்கத்திற்குப் புதுப்பிப்புச் சேவையகம் இல்லை.</translation>
    </message>
    <message>
        <source>The content was updated to version %1.</source>
        <translation>உள்ளடக்கம் பதிப்பு %1 க்குப் புதுப்பிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>The content is up to date.</source>
        <translation>உள்ளடக்கம் புதிய நிலையில் உள்ளது.</translation>
    </message>
    <message>
        <source>You are offline. The app looks for updates again when you are online.</source>
        <translation>நீங்கள் இணைய இணைப்பில் இல்லை. நீங்கள் இணைப்பில் வரும்போது செயலி மீண்டும் புதுப்பிப்புகளைத் தேடும்.</translation>
    </message>
    <message>
        <source>The update server could not be reached. Your content is unchanged; please try again later.</source>
        <translation>புதுப்பிப்புச் சேவையகத்தை அணுக முடியவில்லை. உங்கள் உள்ளடக்கம் மாறவில்லை; பின்னர் மீண்டும் முயற்சியுங்கள்.</translation>
    </message>
    <message>
        <source>The update server reported an error. Your content is unchanged; please try again later.</source>
        <translation>புதுப்பிப்புச் சேவையகம் ஒரு பிழையைத் தெரிவித்தது. உங்கள் உள்ளடக்கம் மாறவில்லை; பின்னர் மீண்டும் முயற்சியுங்கள்.</translation>
    </message>
    <message>
        <source>The update is not genuine: its signature does not match. It was not installed.</source>
        <translation>இந்தப் புதுப்பிப்பு உண்மையானது அல்ல: அதன் கையொப்பம் பொருந்தவில்லை. அது நிறுவப்படவில்லை.</translation>
    </message>
    <message>
        <source>The update is for another city or region. It was not installed.</source>
        <translation>இந்தப் புதுப்பிப்பு வேறொரு நகரம் அல்லது பிராந்தியத்துக்கானது. அது நிறுவப்படவில்லை.</translation>
    </message>
    <message>
        <source>The server offers older content than this device has. Nothing was changed.</source>
        <translation>இந்தச் சாதனத்தில் உள்ளதைவிடப் பழைய உள்ளடக்கத்தைச் சேவையகம் வழங்குகிறது. எதுவும் மாற்றப்படவில்லை.</translation>
    </message>
    <message>
        <source>The update on the server has expired. It was not installed.</source>
        <translation>சேவையகத்தில் உள்ள புதுப்பிப்பு காலாவதியாகிவிட்டது. அது நிறுவப்படவில்லை.</translation>
    </message>
    <message>
        <source>The download was damaged or incomplete. Your content is unchanged; please try again later.</source>
        <translation>பதிவிறக்கம் சேதமடைந்திருந்தது அல்லது முழுமையடையவில்லை. உங்கள் உள்ளடக்கம் மாறவில்லை; பின்னர் மீண்டும் முயற்சியுங்கள்.</translation>
    </message>
    <message>
        <source>There is not enough free space on this device for the update. Your content is unchanged.</source>
        <translation>புதுப்பிப்புக்குத் தேவையான இடம் இந்தச் சாதனத்தில் இல்லை. உங்கள் உள்ளடக்கம் மாறவில்லை.</translation>
    </message>
    <message>
        <source>No content is installed that could be updated.</source>
        <translation>புதுப்பிக்கக்கூடிய உள்ளடக்கம் எதுவும் நிறுவப்படவில்லை.</translation>
    </message>
    <message>
        <source>The update could not be installed. Your content is unchanged.</source>
        <translation>புதுப்பிப்பை நிறுவ முடியவில்லை. உங்கள் உள்ளடக்கம் மாறவில்லை.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged; it was restored and updated to version %1.</source>
        <translation>இந்தச் சாதனத்தில் வழிகாட்டியின் உள்ளடக்கம் சேதமடைந்திருந்தது; அது மீட்டமைக்கப்பட்டு பதிப்பு %1 ஆகப் புதுப்பிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored.</source>
        <translation>இந்தச் சாதனத்தில் வழிகாட்டியின் உள்ளடக்கம் சேதமடைந்திருந்தது; அது மீட்டமைக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; the latest update will be installed at the next attempt.</source>
        <translation>இந்தச் சாதனத்தில் வழிகாட்டியின் உள்ளடக்கம் சேதமடைந்திருந்தது; அது செயலியிலிருந்து மீட்டமைக்கப்பட்டது. அடுத்த முயற்சியில் சமீபத்திய புதுப்பிப்பு நிறுவப்படும்.</translation>
    </message>
    <message>
        <source>The update seems to come from the future: please check this device&apos;s date and time. It was not installed.</source>
        <translation>இந்தப் புதுப்பிப்பு எதிர்காலத்திலிருந்து வந்ததுபோல் தெரிகிறது: இந்தச் சாதனத்தின் திகதியையும் நேரத்தையும் சரிபாருங்கள். அது நிறுவப்படவில்லை.</translation>
    </message>
    <message>
        <source>The update would have stopped this device from receiving any later update, so it was not installed.</source>
        <translation>இந்தப் புதுப்பிப்பு இந்தச் சாதனம் பின்னர் வரும் எந்தப் புதுப்பிப்பையும் பெறாமல் தடுத்திருக்கும்; எனவே அது நிறுவப்படவில்லை.</translation>
    </message>
    <message>
        <source>Another update of the content is running. Please try again in a moment.</source>
        <translation>உள்ளடக்கத்தின் இன்னொரு புதுப்பிப்பு நடந்துகொண்டிருக்கிறது. சிறிது நேரத்தில் மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device is damaged. Please reinstall the app.</source>
        <translation>இந்தச் சாதனத்தில் வழிகாட்டியின் உள்ளடக்கம் சேதமடைந்துள்ளது. செயலியை மீண்டும் நிறுவுங்கள்.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There are no articles in this topic yet.</source>
        <translation>இந்தத் தலைப்பில் இன்னும் கட்டுரைகள் இல்லை.</translation>
    </message>
</context>
<context>
    <name>WhatsNewModel</name>
    <message>
        <source>Topics of the guide</source>
        <translation>வழிகாட்டியின் தலைப்புகள்</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the list of pages the last content update changed</extracomment>
        <translation>புதியவை</translation>
    </message>
    <message>
        <source>Notes from the editors: %1</source>
        <translation>ஆசிரியர் குழுவின் குறிப்புகள்: %1</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>%1 தேதியிட்ட உள்ளடக்கம் (பதிப்பு %2).</translation>
    </message>
    <message>
        <source>New</source>
        <translation>புதியது</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>நீக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>மாற்றப்பட்டது</translation>
    </message>
    <message>
        <source>Place or service</source>
        <translation>இடம் அல்லது சேவை</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>சரிபார்ப்புப் பட்டியல் படி</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>வழிகாட்டி</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>கட்டுரை</translation>
    </message>
    <message>
        <source>No changes to show. When the content is updated, the changed pages are listed here.</source>
        <translation>காட்ட மாற்றங்கள் எதுவும் இல்லை. உள்ளடக்கம் புதுப்பிக்கப்படும்போது, மாறிய பக்கங்கள் இங்கே பட்டியலிடப்படும்.</translation>
    </message>
</context>
</TS>
