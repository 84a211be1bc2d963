<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppController</name>
    <message>
        <source>The guide&apos;s content could not be installed, so what is shown may be missing or old. Free some storage space and restart the app. (%1)</source>
        <translation>No se pudo instalar el contenido de la guía, por lo que puede faltar información o estar desactualizada. Libere espacio de almacenamiento y reinicie la aplicación. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content cannot be read. Please reinstall the app. (%1)</source>
        <translation>No se puede leer el contenido de la guía. Vuelva a instalar la aplicación. (%1)</translation>
    </message>
    <message>
        <source>Your personal data file was damaged. It was kept as a backup (%1) and a new one was started.</source>
        <translation>Su archivo de datos personales estaba dañado. Se guardó como copia de seguridad (%1) y se creó uno nuevo.</translation>
    </message>
    <message>
        <source>Your personal data was saved by a newer version of Welcome. Please update the app; your data was left untouched.</source>
        <translation>Sus datos personales se guardaron con una versión más reciente de Welcome. Actualice la aplicación; sus datos no se han modificado.</translation>
    </message>
    <message>
        <source>Your personal data cannot be opened, so nothing you enter now will be kept. (%1)</source>
        <translation>No se pueden abrir sus datos personales, así que lo que introduzca ahora no se guardará. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; updates are downloaded again when you are online.</source>
        <translation>El contenido de la guía en este dispositivo estaba dañado y se ha restaurado desde la app; las actualizaciones se volverán a descargar cuando tenga conexión.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>The tab with the personal checklist</extracomment>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation>Contenido actualizado</translation>
    </message>
    <message>
        <source>See what&apos;s new</source>
        <translation>Ver novedades</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>Esta página no existe (o ya no existe). Puede que se haya eliminado en una actualización del contenido.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>Fuente: %1, abre %2 en el navegador</translation>
    </message>
    <message>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>Revisado por última vez el %1. Nuestro equipo editorial aún está comprobando algunos datos de esta página.</translation>
    </message>
    <message>
        <source>Last checked on %1.</source>
        <translation>Revisado por última vez el %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <source>Whole household</source>
        <translation>Todo el hogar</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>Your household could not be saved.</source>
        <translation>No se pudieron guardar los datos de su hogar.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No necesario</translation>
    </message>
    <message>
        <source>Bring along</source>
        <translation>Qué llevar</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>Mi lista de tareas</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>My checklist</source>
        <translation>Mi lista de tareas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Show the steps of everyone</source>
        <translation>Mostrar los pasos de todos</translation>
    </message>
    <message>
        <source>Show the steps of %1</source>
        <translation>Mostrar los pasos de %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 de %2 pasos hechos</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar</source>
        <translation>Añadir los plazos a mi calendario</translation>
    </message>
    <message>
        <source>Saved. Open the file with your calendar app: %1</source>
        <translation>Guardado. Abra el archivo con su aplicación de calendario: %1</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>No se pudo guardar el archivo de calendario.</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Cambiar mi hogar</translation>
    </message>
    <message>
        <source>Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.</source>
        <translation>Su lista de tareas personal muestra qué hacer, para quién y hasta cuándo: registro, seguro médico, escuela y más.</translation>
    </message>
    <message>
        <source>Answer a few questions. Everything stays on this phone.</source>
        <translation>Responda unas preguntas. Todo se queda en este teléfono.</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Crear mi lista de tareas</translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation>No se puede escribir %1: no se pudo generar el PDF.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Show at the counter</source>
        <translation>Mostrar en la ventanilla</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>Esta página aún no está disponible en %1. Se muestra en %2.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>Guía</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>No content is installed yet.</source>
        <translation>Todavía no hay contenido instalado.</translation>
    </message>
    <message>
        <source>Release to check for updates</source>
        <translation>Suelte para buscar actualizaciones</translation>
    </message>
    <message>
        <source>Pull down to check for updates</source>
        <translation>Deslice hacia abajo para buscar actualizaciones</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your next steps</source>
        <translation>Sus próximos pasos</translation>
    </message>
    <message>
        <source>All steps done – well done!</source>
        <translation>Todos los pasos están hechos – ¡muy bien!</translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation>Toda la lista</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>Información fiable para sus primeros pasos. Funciona sin conexión.</translation>
    </message>
    <message>
        <source>Find places that help: counselling, courses, interpreters, offices</source>
        <translation>Encuentre lugares que ayudan: asesoramiento, cursos, intérpretes, oficinas</translation>
    </message>
    <message>
        <source>Set up your personal checklist: what to do, for whom, by when</source>
        <translation>Cree su lista de tareas personal: qué hacer, para quién, hasta cuándo</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <source>your position</source>
        <translation>su ubicación</translation>
    </message>
    <message>
        <source>your last known position</source>
        <translation>su última ubicación conocida</translation>
    </message>
    <message>
        <source>the city centre</source>
        <translation>el centro de la ciudad</translation>
    </message>
    <message>
        <source>This device cannot tell its position: pick a place.</source>
        <translation>Este dispositivo no puede determinar su ubicación: elija un lugar.</translation>
    </message>
    <message>
        <source>The app may not use your position: pick a place, or allow it in the settings.</source>
        <translation>La aplicación no puede usar su ubicación: elija un lugar o permítalo en los ajustes.</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation>Buscando su ubicación…</translation>
    </message>
    <message>
        <source>Sorted by distance from %1. %2 Change</source>
        <translation>Ordenado por distancia desde %1. %2 Cambiar</translation>
    </message>
    <message>
        <source>Sorted by distance from %1.</source>
        <translation>Ordenado por distancia desde %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: choose where distances count from</extracomment>
        <translation>Cambiar</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where are you?</source>
        <translation>¿Dónde está usted?</translation>
    </message>
    <message>
        <source>Places that help are sorted by distance from this point. It stays on your phone and is never sent anywhere.</source>
        <translation>Los lugares que ayudan se ordenan por distancia desde este punto. Se queda en su teléfono y nunca se envía a ningún sitio.</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Usar mi ubicación</translation>
    </message>
    <message>
        <source>This device cannot tell its position. Please pick your postcode or quarter below.</source>
        <translation>Este dispositivo no puede determinar su ubicación. Elija su código postal o su barrio más abajo.</translation>
    </message>
    <message>
        <source>The app may not use your position. Allow it in the system settings, or pick your postcode or quarter below.</source>
        <translation>La aplicación no puede usar su ubicación. Permítalo en los ajustes del sistema o elija su código postal o su barrio más abajo.</translation>
    </message>
    <message>
        <source>Looking for your position… This can take a minute, especially indoors.</source>
        <translation>Buscando su ubicación… Puede tardar un minuto, sobre todo en interiores.</translation>
    </message>
    <message>
        <source>Using your position (accurate to about %1 m).</source>
        <translation>Usando su ubicación (precisión de unos %1 m).</translation>
    </message>
    <message>
        <source>Using your position.</source>
        <translation>Usando su ubicación.</translation>
    </message>
    <message>
        <source>Use the city centre</source>
        <translation>Usar el centro de la ciudad</translation>
    </message>
    <message>
        <source>Postcode or quarter, e.g. 3018 or Bümpliz</source>
        <translation>Código postal o barrio, p. ej. 3018 o Bümpliz</translation>
    </message>
    <message>
        <source>Search a postcode or quarter</source>
        <translation>Buscar un código postal o barrio</translation>
    </message>
    <message>
        <source>Measure from %1</source>
        <translation>Medir desde %1</translation>
    </message>
    <message>
        <source>No postcode or quarter matches. Try the first digits of your postcode.</source>
        <translation>Ningún código postal ni barrio coincide. Pruebe con las primeras cifras de su código postal.</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n places here; zoom in</source>
        <translation>
            <numerusform>%n lugar aquí; amplíe el mapa</numerusform>
            <numerusform>%n lugares aquí; amplíe el mapa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the places that help</source>
        <translation>Mapa de los lugares que ayudan</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>Su ubicación</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>No offline map is installed and map downloads are off, so the places are shown without a map.</source>
        <translation>No hay ningún mapa sin conexión instalado y la descarga de mapas está desactivada, así que los lugares se muestran sin mapa.</translation>
    </message>
    <message>
        <source>The map server cannot be reached (no connection?), so the places are shown without a map.</source>
        <translation>No se puede acceder al servidor de mapas (¿sin conexión?), así que los lugares se muestran sin mapa.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Cargando el mapa…</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Datos del mapa: %1</translation>
    </message>
</context>
<context>
    <name>OfferMapCard</name>
    <message>
        <source>Close the card</source>
        <translation>Cerrar la ficha</translation>
    </message>
    <message>
        <source>Details and contact</source>
        <translation>Detalles y contacto</translation>
    </message>
    <message>
        <source>Details and contact for %1</source>
        <translation>Detalles y contacto de %1</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>Where to get help</source>
        <translation>Dónde encontrar ayuda</translation>
    </message>
    <message>
        <source>This place is not in the guide (any more).</source>
        <translation>Este lugar no está (o ya no está) en la guía.</translation>
    </message>
    <message>
        <source>Languages spoken: %1</source>
        <translation>Idiomas que se hablan: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamar a %1</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>Escribir un correo electrónico a %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation>Abrir el sitio web de %1</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Cómo llegar</translation>
    </message>
    <message>
        <source>Directions to %1 in the map app</source>
        <translation>Cómo llegar a %1 en la aplicación de mapas</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Leer más</translation>
    </message>
    <message>
        <source>Our editors are still verifying some details of this entry. Please check before you go.</source>
        <translation>Nuestro equipo editorial aún está comprobando algunos datos de esta ficha. Compruébelos antes de ir.</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Costs money</source>
        <translation>De pago</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Accesible en silla de ruedas</translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation>No accesible en silla de ruedas</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Solo con cita previa</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>Día y noche, todos los días</translation>
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
        <translation>abierto día y noche</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>abierto hasta las %1</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>abre %1</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.</source>
        <translation>Unas preguntas para que su lista de tareas muestre los pasos y plazos correctos. Sus respuestas se quedan en este teléfono.</translation>
    </message>
    <message>
        <source>When did you arrive in Bern?</source>
        <translation>¿Cuándo llegó a Berna?</translation>
    </message>
    <message>
        <source>Month of arrival</source>
        <translation>Mes de llegada</translation>
    </message>
    <message>
        <source>Day of arrival</source>
        <translation>Día de llegada</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Año de llegada</translation>
    </message>
    <message>
        <source>Where did you come from?</source>
        <translation>¿De dónde viene?</translation>
    </message>
    <message>
        <source>From abroad</source>
        <translation>Del extranjero</translation>
    </message>
    <message>
        <source>From another Swiss canton</source>
        <translation>De otro cantón suizo</translation>
    </message>
    <message>
        <source>Months in Switzerland before moving to Bern</source>
        <translation>Meses en Suiza antes de mudarse a Berna</translation>
    </message>
    <message>
        <source>I am a citizen of an EU or EFTA country</source>
        <translation>Tengo la nacionalidad de un país de la UE o de la AELC</translation>
    </message>
    <message>
        <source>Which permit do you have or expect?</source>
        <translation>¿Qué permiso tiene o espera?</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Todavía no lo sé</translation>
    </message>
    <message>
        <source>B – residence</source>
        <translation>B – permiso de residencia</translation>
    </message>
    <message>
        <source>C – settlement</source>
        <translation>C – permiso de establecimiento</translation>
    </message>
    <message>
        <source>L – short stay</source>
        <translation>L – estancia de corta duración</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – admisión provisional</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – solicitante de asilo</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – estatus de protección</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – trabajador fronterizo</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Who lives in your household?</source>
        <translation>¿Quién vive en su hogar?</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Nombre de la persona %1</translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation>Adulto (18 años o más)</translation>
    </message>
    <message>
        <source>Young person (16–17)</source>
        <translation>Joven (16–17)</translation>
    </message>
    <message>
        <source>School child (6–15)</source>
        <translation>Niño en edad escolar (6–15)</translation>
    </message>
    <message>
        <source>Kindergarten child (4–5)</source>
        <translation>Niño de jardín de infancia (4–5)</translation>
    </message>
    <message>
        <source>Age of person %1</source>
        <translation>Edad de la persona %1</translation>
    </message>
    <message>
        <source>Works or starts work</source>
        <translation>Trabaja o empieza a trabajar</translation>
    </message>
    <message>
        <source>Has a driving licence from abroad</source>
        <translation>Tiene un permiso de conducir extranjero</translation>
    </message>
    <message>
        <source>Comes later to join the family</source>
        <translation>Llega más tarde (reagrupación familiar)</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Quitar a esta persona</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Quitar a la persona %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Show my checklist</source>
        <translation>Mostrar mi lista de tareas</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Omitir por ahora</translation>
    </message>
    <message>
        <source>I have been granted asylum (recognised refugee)</source>
        <translation>Me han concedido asilo (refugiado reconocido)</translation>
    </message>
    <message>
        <source>My husband, wife or children live abroad and may join us later</source>
        <translation>Mi marido, mi mujer o mis hijos viven en el extranjero y podrían venir más tarde</translation>
    </message>
    <message>
        <source>Small child (1–3)</source>
        <translation>Niño pequeño (1–3)</translation>
    </message>
    <message>
        <source>Baby (under 1)</source>
        <translation>Bebé (menos de 1 año)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places that help</source>
        <translation>Lugares que ayudan</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>Todo tipo de ayuda</translation>
    </message>
    <message>
        <source>Integration counselling</source>
        <translation>Asesoramiento para la integración</translation>
    </message>
    <message>
        <source>Residents&apos; office</source>
        <translation>Registro de habitantes</translation>
    </message>
    <message>
        <source>School office</source>
        <translation>Oficina escolar</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Cursos de idiomas</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>Seguros sociales</translation>
    </message>
    <message>
        <source>Road traffic office</source>
        <translation>Oficina de tráfico</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>Migration service</source>
        <translation>Servicio de migración</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Emergencias</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Tipo de ayuda</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Abierto ahora</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Show the places as a list</extracomment>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Mostrar como lista</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Show the places on a map</extracomment>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Mostrar en un mapa</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try another kind of help, or switch off “Open now”.</source>
        <translation>Ningún lugar coincide con estos filtros. Pruebe con otro tipo de ayuda o desactive «Abierto ahora».</translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation>Mostrar mi ubicación</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Atención sanitaria</translation>
    </message>
    <message>
        <source>Health insurers</source>
        <translation>Aseguradoras de salud</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>Bancos</translation>
    </message>
    <message>
        <source>Asylum social service</source>
        <translation>Servicio social de asilo</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Servicios sociales</translation>
    </message>
    <message>
        <source>Job centre (RAV)</source>
        <translation>Oficina de empleo (RAV)</translation>
    </message>
    <message>
        <source>Career advice</source>
        <translation>Orientación profesional</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>Oficina de impuestos</translation>
    </message>
    <message>
        <source>Parent advice</source>
        <translation>Asesoramiento a padres</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cuidado infantil</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Asesoramiento jurídico</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>Ayuda a las víctimas</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Search, e.g. health insurance</source>
        <translation>Buscar, p. ej. seguro médico</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Places and offers</source>
        <translation>Lugares y servicios</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Pasos de la lista de tareas</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>ortografía parecida</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Búsquedas recientes</translation>
    </message>
    <message>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>Escriba una palabra en cualquier idioma, p. ej. Krankenkasse, permit, école.</translation>
    </message>
    <message>
        <source>Search again for %1</source>
        <translation>Buscar de nuevo %1</translation>
    </message>
    <message>
        <source>Clear recent searches</source>
        <translation>Borrar las búsquedas recientes</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>No se encontró nada para «%1». Pruebe con menos letras, otra ortografía u otro idioma, o explore los temas de la Guía.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>My checklist and data</source>
        <translation>Mi lista de tareas y mis datos</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Cambiar mi hogar</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Crear mi lista de tareas</translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation>Exportar la lista de tareas como PDF</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar (.ics)</source>
        <translation>Añadir los plazos a mi calendario (.ics)</translation>
    </message>
    <message>
        <source>Save all my data as one file</source>
        <translation>Guardar todos mis datos en un archivo</translation>
    </message>
    <message>
        <source>Path of a saved data file</source>
        <translation>Ruta de un archivo de datos guardado</translation>
    </message>
    <message>
        <source>Path of a saved data file to import</source>
        <translation>Ruta del archivo de datos guardado que se importará</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se ha cambiado nada: %1</translation>
    </message>
    <message>
        <source>Your data was imported.</source>
        <translation>Sus datos se han importado.</translation>
    </message>
    <message>
        <source>Import my data from this file</source>
        <translation>Importar mis datos de este archivo</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>No se pudo guardar el archivo.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>Actualizaciones del contenido</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Fecha del contenido: %1 (versión %2).</translation>
    </message>
    <message>
        <source>No content is installed: %1</source>
        <translation>No hay contenido instalado: %1</translation>
    </message>
    <message>
        <source>This content is updated with new versions of the app.</source>
        <translation>Este contenido se actualiza con las nuevas versiones de la aplicación.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Buscar actualizaciones</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Última comprobación: %1</translation>
    </message>
    <message>
        <source>What&apos;s new in the content</source>
        <translation>Novedades del contenido</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>Todo lo que introduce se queda en este dispositivo. Sin cuenta, sin seguimiento.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>No longer in the guide – your record is kept</source>
        <translation>Ya no está en la guía; sus datos se conservan</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No necesario</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Atrasado desde el %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation>Marcar como hecho: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>This step is not in your checklist.</source>
        <translation>Este paso no está en su lista de tareas.</translation>
    </message>
    <message>
        <source>This step is no longer in the guide. What you recorded is kept.</source>
        <translation>Este paso ya no está en la guía. Lo que anotó se conserva.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Atrasado desde el %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>Bring along:</source>
        <translation>Qué llevar:</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Hecho ✓</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>Needed after all</source>
        <translation>Sí hace falta</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No necesario</translation>
    </message>
    <message>
        <source>Read more about it</source>
        <translation>Leer más sobre esto</translation>
    </message>
    <message>
        <source>Show at the counter</source>
        <translation>Mostrar en la ventanilla</translation>
    </message>
    <message>
        <source>Show this step in German and in your language, large, at the office counter</source>
        <translation>Mostrar este paso en grande, en alemán y en su idioma, en la ventanilla</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Adónde ir</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <source>e.g. appointment on 5 March, bring the rental contract</source>
        <translation>p. ej. cita el 5 de marzo, llevar el contrato de alquiler</translation>
    </message>
    <message>
        <source>My note for this step</source>
        <translation>Mi nota para este paso</translation>
    </message>
    <message>
        <source>This deadline is set by law or by an office. Missing it can cost money or your permit.</source>
        <translation>Este plazo lo fija la ley o una oficina. Si no lo cumple, puede costarle dinero o su permiso.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Checking for updates…</source>
        <translation>Buscando actualizaciones…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>Descargando la actualización…</translation>
    </message>
    <message>
        <source>Installing the update…</source>
        <translation>Instalando la actualización…</translation>
    </message>
    <message>
        <source>This content has no update server.</source>
        <translation>Este contenido no tiene servidor de actualizaciones.</translation>
    </message>
    <message>
        <source>The content was updated to version %1.</source>
        <translation>El contenido se ha actualizado a la versión %1.</translation>
    </message>
    <message>
        <source>The content is up to date.</source>
        <translation>El contenido está actualizado.</translation>
    </message>
    <message>
        <source>You are offline. The app looks for updates again when you are online.</source>
        <translation>No tiene conexión. La aplicación volverá a buscar actualizaciones cuando esté en línea.</translation>
    </message>
    <message>
        <source>The update server could not be reached. Your content is unchanged; please try again later.</source>
        <translation>No se pudo acceder al servidor de actualizaciones. Su contenido no ha cambiado; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The update server reported an error. Your content is unchanged; please try again later.</source>
        <translation>El servidor de actualizaciones ha informado de un error. Su contenido no ha cambiado; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The update is not genuine: its signature does not match. It was not installed.</source>
        <translation>La actualización no es auténtica: su firma no coincide. No se ha instalado.</translation>
    </message>
    <message>
        <source>The update is for another city or region. It was not installed.</source>
        <translation>La actualización es para otra ciudad o región. No se ha instalado.</translation>
    </message>
    <message>
        <source>The server offers older content than this device has. Nothing was changed.</source>
        <translation>El servidor ofrece un contenido más antiguo que el de este dispositivo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The update on the server has expired. It was not installed.</source>
        <translation>La actualización del servidor ha caducado. No se ha instalado.</translation>
    </message>
    <message>
        <source>The download was damaged or incomplete. Your content is unchanged; please try again later.</source>
        <translation>La descarga estaba dañada o incompleta. Su contenido no ha cambiado; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>There is not enough free space on this device for the update. Your content is unchanged.</source>
        <translation>No hay suficiente espacio libre en este dispositivo para la actualización. Su contenido no ha cambiado.</translation>
    </message>
    <message>
        <source>No content is installed that could be updated.</source>
        <translation>No hay ningún contenido instalado que se pueda actualizar.</translation>
    </message>
    <message>
        <source>The update could not be installed. Your content is unchanged.</source>
        <translation>No se pudo instalar la actualización. Su contenido no ha cambiado.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged; it was restored and updated to version %1.</source>
        <translation>El contenido de la guía en este dispositivo estaba dañado; se ha restaurado y actualizado a la versión %1.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored.</source>
        <translation>El contenido de la guía en este dispositivo estaba dañado y se ha restaurado.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; the latest update will be installed at the next attempt.</source>
        <translation>El contenido de la guía en este dispositivo estaba dañado y se ha restaurado desde la app; la última actualización se instalará en el próximo intento.</translation>
    </message>
    <message>
        <source>The update seems to come from the future: please check this device&apos;s date and time. It was not installed.</source>
        <translation>La actualización parece venir del futuro: compruebe la fecha y la hora de este dispositivo. No se ha instalado.</translation>
    </message>
    <message>
        <source>The update would have stopped this device from receiving any later update, so it was not installed.</source>
        <translation>Esta actualización habría impedido que este dispositivo recibiera actualizaciones posteriores, así que no se ha instalado.</translation>
    </message>
    <message>
        <source>Another update of the content is running. Please try again in a moment.</source>
        <translation>Hay otra actualización del contenido en curso. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device is damaged. Please reinstall the app.</source>
        <translation>El contenido de la guía en este dispositivo está dañado. Vuelva a instalar la app.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There are no articles in this topic yet.</source>
        <translation>Todavía no hay artículos en este tema.</translation>
    </message>
</context>
<context>
    <name>WhatsNewModel</name>
    <message>
        <source>Topics of the guide</source>
        <translation>Temas de la guía</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the list of pages the last content update changed</extracomment>
        <translation>Novedades</translation>
    </message>
    <message>
        <source>Notes from the editors: %1</source>
        <translation>Notas de la redacción: %1</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Fecha del contenido: %1 (versión %2).</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Place or service</source>
        <translation>Lugar o servicio</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Paso de la lista de tareas</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>No changes to show. When the content is updated, the changed pages are listed here.</source>
        <translation>No hay cambios que mostrar. Cuando se actualice el contenido, las páginas modificadas aparecerán aquí.</translation>
    </message>
</context>
</TS>
