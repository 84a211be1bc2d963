<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AppController</name>
    <message>
        <source>The guide&apos;s content could not be installed, so what is shown may be missing or old. Free some storage space and restart the app. (%1)</source>
        <translation>Não foi possível instalar o conteúdo do guia, por isso pode faltar informação ou estar desatualizada. Liberte espaço de armazenamento e reinicie a aplicação. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content cannot be read. Please reinstall the app. (%1)</source>
        <translation>Não é possível ler o conteúdo do guia. Reinstale a aplicação. (%1)</translation>
    </message>
    <message>
        <source>Your personal data file was damaged. It was kept as a backup (%1) and a new one was started.</source>
        <translation>O seu ficheiro de dados pessoais estava danificado. Foi guardado como cópia de segurança (%1) e foi criado um novo.</translation>
    </message>
    <message>
        <source>Your personal data was saved by a newer version of Welcome. Please update the app; your data was left untouched.</source>
        <translation>Os seus dados pessoais foram guardados por uma versão mais recente do Welcome. Atualize a aplicação; os seus dados não foram alterados.</translation>
    </message>
    <message>
        <source>Your personal data cannot be opened, so nothing you enter now will be kept. (%1)</source>
        <translation>Não é possível abrir os seus dados pessoais, por isso o que introduzir agora não será guardado. (%1)</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; updates are downloaded again when you are online.</source>
        <translation>O conteúdo do guia neste aparelho estava danificado e foi restaurado a partir da app; as atualizações voltam a ser descarregadas quando estiver online.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Guide</source>
        <extracomment>The tab with all topics and articles</extracomment>
        <translation>Guia</translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>The tab with the personal checklist</extracomment>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation>Conteúdo atualizado</translation>
    </message>
    <message>
        <source>See what&apos;s new</source>
        <translation>Ver novidades</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This page does not exist (any more). It may have been removed in a content update.</source>
        <translation>Esta página não existe (ou já não existe). Pode ter sido removida numa atualização do conteúdo.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Source: %1, opens %2 in the browser</source>
        <translation>Fonte: %1, abre %2 no navegador</translation>
    </message>
    <message>
        <source>Last checked on %1. Our editors are still verifying some details of this page.</source>
        <translation>Última verificação em %1. A nossa redação ainda está a verificar alguns dados desta página.</translation>
    </message>
    <message>
        <source>Last checked on %1.</source>
        <translation>Última verificação em %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <source>Whole household</source>
        <translation>Todo o agregado familiar</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Pessoa %1</translation>
    </message>
    <message>
        <source>Your household could not be saved.</source>
        <translation>Não foi possível guardar o seu agregado familiar.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Por fazer</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Não é necessário</translation>
    </message>
    <message>
        <source>Bring along</source>
        <translation>Levar consigo</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>A minha lista de tarefas</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>My checklist</source>
        <translation>A minha lista de tarefas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Show the steps of everyone</source>
        <translation>Mostrar os passos de todos</translation>
    </message>
    <message>
        <source>Show the steps of %1</source>
        <translation>Mostrar os passos de %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 de %2 passos feitos</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar</source>
        <translation>Adicionar os prazos ao meu calendário</translation>
    </message>
    <message>
        <source>Saved. Open the file with your calendar app: %1</source>
        <translation>Guardado. Abra o ficheiro com a sua aplicação de calendário: %1</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>Não foi possível gravar o ficheiro do calendário.</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Alterar o meu agregado familiar</translation>
    </message>
    <message>
        <source>Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.</source>
        <translation>A sua lista de tarefas pessoal mostra o que fazer, para quem e até quando: registo, seguro de saúde, escola e muito mais.</translation>
    </message>
    <message>
        <source>Answer a few questions. Everything stays on this phone.</source>
        <translation>Responda a algumas perguntas. Tudo fica neste telemóvel.</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Criar a minha lista de tarefas</translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation>Não é possível gravar %1: não foi possível gerar o PDF.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Show at the counter</source>
        <translation>Mostrar ao balcão</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>This page is not yet available in %1. It is shown in %2.</source>
        <translation>Esta página ainda não está disponível em %1. É mostrada em %2.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <extracomment>Title of the list of all topics</extracomment>
        <translation>Guia</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artigo</numerusform>
            <numerusform>%n artigos</numerusform>
        </translation>
    </message>
    <message>
        <source>No content is installed yet.</source>
        <translation>Ainda não há conteúdo instalado.</translation>
    </message>
    <message>
        <source>Release to check for updates</source>
        <translation>Solte para procurar atualizações</translation>
    </message>
    <message>
        <source>Pull down to check for updates</source>
        <translation>Puxe para baixo para procurar atualizações</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your next steps</source>
        <translation>Os seus próximos passos</translation>
    </message>
    <message>
        <source>All steps done – well done!</source>
        <translation>Todos os passos feitos – muito bem!</translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation>Lista completa</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fechar a mensagem</translation>
    </message>
    <message>
        <source>Trusted information for your first steps. It works offline.</source>
        <translation>Informação fiável para os seus primeiros passos. Funciona sem internet.</translation>
    </message>
    <message>
        <source>Find places that help: counselling, courses, interpreters, offices</source>
        <translation>Locais que ajudam: aconselhamento, cursos, intérpretes, serviços públicos</translation>
    </message>
    <message>
        <source>Set up your personal checklist: what to do, for whom, by when</source>
        <translation>Crie a sua lista de tarefas pessoal: o que fazer, para quem, até quando</translation>
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
        <translation>a sua localização</translation>
    </message>
    <message>
        <source>your last known position</source>
        <translation>a sua última localização conhecida</translation>
    </message>
    <message>
        <source>the city centre</source>
        <translation>o centro da cidade</translation>
    </message>
    <message>
        <source>This device cannot tell its position: pick a place.</source>
        <translation>Este dispositivo não consegue determinar a localização: escolha um local.</translation>
    </message>
    <message>
        <source>The app may not use your position: pick a place, or allow it in the settings.</source>
        <translation>A aplicação não pode usar a sua localização: escolha um local ou autorize-a nas definições.</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation>A procurar a sua localização…</translation>
    </message>
    <message>
        <source>Sorted by distance from %1. %2 Change</source>
        <translation>Ordenado por distância a partir de %1. %2 Alterar</translation>
    </message>
    <message>
        <source>Sorted by distance from %1.</source>
        <translation>Ordenado por distância a partir de %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: choose where distances count from</extracomment>
        <translation>Alterar</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where are you?</source>
        <translation>Onde está?</translation>
    </message>
    <message>
        <source>Places that help are sorted by distance from this point. It stays on your phone and is never sent anywhere.</source>
        <translation>Os locais que ajudam são ordenados pela distância a este ponto. Fica no seu telemóvel e nunca é enviado para lado nenhum.</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Usar a minha localização</translation>
    </message>
    <message>
        <source>This device cannot tell its position. Please pick your postcode or quarter below.</source>
        <translation>Este dispositivo não consegue determinar a localização. Escolha abaixo o seu código postal ou bairro.</translation>
    </message>
    <message>
        <source>The app may not use your position. Allow it in the system settings, or pick your postcode or quarter below.</source>
        <translation>A aplicação não pode usar a sua localização. Autorize-a nas definições do sistema ou escolha abaixo o seu código postal ou bairro.</translation>
    </message>
    <message>
        <source>Looking for your position… This can take a minute, especially indoors.</source>
        <translation>A procurar a sua localização… Pode demorar um minuto, sobretudo dentro de edifícios.</translation>
    </message>
    <message>
        <source>Using your position (accurate to about %1 m).</source>
        <translation>A usar a sua localização (precisão de cerca de %1 m).</translation>
    </message>
    <message>
        <source>Using your position.</source>
        <translation>A usar a sua localização.</translation>
    </message>
    <message>
        <source>Use the city centre</source>
        <translation>Usar o centro da cidade</translation>
    </message>
    <message>
        <source>Postcode or quarter, e.g. 3018 or Bümpliz</source>
        <translation>Código postal ou bairro, p. ex. 3018 ou Bümpliz</translation>
    </message>
    <message>
        <source>Search a postcode or quarter</source>
        <translation>Procurar um código postal ou bairro</translation>
    </message>
    <message>
        <source>Measure from %1</source>
        <translation>Medir a partir de %1</translation>
    </message>
    <message>
        <source>No postcode or quarter matches. Try the first digits of your postcode.</source>
        <translation>Nenhum código postal ou bairro corresponde. Experimente os primeiros algarismos do seu código postal.</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n places here; zoom in</source>
        <translation>
            <numerusform>%n local aqui; aproxime o mapa</numerusform>
            <numerusform>%n locais aqui; aproxime o mapa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the places that help</source>
        <translation>Mapa dos locais que ajudam</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>A sua localização</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aproximar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Afastar</translation>
    </message>
    <message>
        <source>No offline map is installed and map downloads are off, so the places are shown without a map.</source>
        <translation>Não há nenhum mapa offline instalado e a transferência de mapas está desativada, por isso os locais são mostrados sem mapa.</translation>
    </message>
    <message>
        <source>The map server cannot be reached (no connection?), so the places are shown without a map.</source>
        <translation>Não é possível contactar o servidor de mapas (sem ligação?), por isso os locais são mostrados sem mapa.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>A carregar o mapa…</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Dados do mapa: %1</translation>
    </message>
</context>
<context>
    <name>OfferMapCard</name>
    <message>
        <source>Close the card</source>
        <translation>Fechar o cartão</translation>
    </message>
    <message>
        <source>Details and contact</source>
        <translation>Detalhes e contacto</translation>
    </message>
    <message>
        <source>Details and contact for %1</source>
        <translation>Detalhes e contacto de %1</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>Where to get help</source>
        <translation>Onde encontrar ajuda</translation>
    </message>
    <message>
        <source>This place is not in the guide (any more).</source>
        <translation>Este local não está (ou já não está) no guia.</translation>
    </message>
    <message>
        <source>Languages spoken: %1</source>
        <translation>Línguas faladas: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ligar</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Ligar para %1</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escrever</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>Escrever um e-mail a %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation>Abrir o site de %1</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Como chegar</translation>
    </message>
    <message>
        <source>Directions to %1 in the map app</source>
        <translation>Como chegar a %1 na aplicação de mapas</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Ler mais</translation>
    </message>
    <message>
        <source>Our editors are still verifying some details of this entry. Please check before you go.</source>
        <translation>A nossa redação ainda está a verificar alguns dados desta entrada. Confirme antes de ir.</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Costs money</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Acessível em cadeira de rodas</translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation>Sem acesso em cadeira de rodas</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Só com marcação</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>Dia e noite, todos os dias</translation>
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
        <translation>aberto dia e noite</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>aberto até às %1</translation>
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
        <translation>Sobre si</translation>
    </message>
    <message>
        <source>A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.</source>
        <translation>Algumas perguntas para que a sua lista de tarefas mostre os passos e prazos certos. As suas respostas ficam neste telemóvel.</translation>
    </message>
    <message>
        <source>When did you arrive in Bern?</source>
        <translation>Quando chegou a Berna?</translation>
    </message>
    <message>
        <source>Month of arrival</source>
        <translation>Mês de chegada</translation>
    </message>
    <message>
        <source>Day of arrival</source>
        <translation>Dia de chegada</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Ano de chegada</translation>
    </message>
    <message>
        <source>Where did you come from?</source>
        <translation>De onde vem?</translation>
    </message>
    <message>
        <source>From abroad</source>
        <translation>Do estrangeiro</translation>
    </message>
    <message>
        <source>From another Swiss canton</source>
        <translation>De outro cantão suíço</translation>
    </message>
    <message>
        <source>Months in Switzerland before moving to Bern</source>
        <translation>Meses na Suíça antes de se mudar para Berna</translation>
    </message>
    <message>
        <source>I am a citizen of an EU or EFTA country</source>
        <translation>Tenho a nacionalidade de um país da UE ou da EFTA</translation>
    </message>
    <message>
        <source>Which permit do you have or expect?</source>
        <translation>Que autorização tem ou espera ter?</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Ainda não sei</translation>
    </message>
    <message>
        <source>B – residence</source>
        <translation>B – autorização de residência</translation>
    </message>
    <message>
        <source>C – settlement</source>
        <translation>C – autorização de estabelecimento</translation>
    </message>
    <message>
        <source>L – short stay</source>
        <translation>L – estadia de curta duração</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – admissão provisória</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – requerente de asilo</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – estatuto de proteção</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – trabalhador fronteiriço</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Autorização</translation>
    </message>
    <message>
        <source>Who lives in your household?</source>
        <translation>Quem vive no seu agregado familiar?</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nome (opcional)</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Nome da pessoa %1</translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation>Adulto (18 ou mais)</translation>
    </message>
    <message>
        <source>Young person (16–17)</source>
        <translation>Jovem (16–17)</translation>
    </message>
    <message>
        <source>School child (6–15)</source>
        <translation>Criança em idade escolar (6–15)</translation>
    </message>
    <message>
        <source>Kindergarten child (4–5)</source>
        <translation>Criança do jardim de infância (4–5)</translation>
    </message>
    <message>
        <source>Age of person %1</source>
        <translation>Idade da pessoa %1</translation>
    </message>
    <message>
        <source>Works or starts work</source>
        <translation>Trabalha ou começa a trabalhar</translation>
    </message>
    <message>
        <source>Has a driving licence from abroad</source>
        <translation>Tem carta de condução estrangeira</translation>
    </message>
    <message>
        <source>Comes later to join the family</source>
        <translation>Chega mais tarde (reagrupamento familiar)</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Remover esta pessoa</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Remover a pessoa %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Adicionar uma pessoa</translation>
    </message>
    <message>
        <source>Show my checklist</source>
        <translation>Mostrar a minha lista de tarefas</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Saltar por agora</translation>
    </message>
    <message>
        <source>I have been granted asylum (recognised refugee)</source>
        <translation>Foi-me concedido asilo (refugiado reconhecido)</translation>
    </message>
    <message>
        <source>My husband, wife or children live abroad and may join us later</source>
        <translation>O meu marido, a minha mulher ou os meus filhos vivem no estrangeiro e podem vir mais tarde</translation>
    </message>
    <message>
        <source>Small child (1–3)</source>
        <translation>Criança pequena (1–3)</translation>
    </message>
    <message>
        <source>Baby (under 1)</source>
        <translation>Bebé (menos de 1 ano)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places that help</source>
        <translation>Locais que ajudam</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>Todo o tipo de ajuda</translation>
    </message>
    <message>
        <source>Integration counselling</source>
        <translation>Aconselhamento para a integração</translation>
    </message>
    <message>
        <source>Residents&apos; office</source>
        <translation>Registo de habitantes</translation>
    </message>
    <message>
        <source>School office</source>
        <translation>Serviço escolar</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Cursos de línguas</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Interpretação</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>Seguros sociais</translation>
    </message>
    <message>
        <source>Road traffic office</source>
        <translation>Serviço de trânsito</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>Migration service</source>
        <translation>Serviço de migração</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Emergências</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Tipo de ajuda</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Aberto agora</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Show the places as a list</extracomment>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Mostrar em lista</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Show the places on a map</extracomment>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Mostrar num mapa</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try another kind of help, or switch off “Open now”.</source>
        <translation>Nenhum local corresponde a estes filtros. Experimente outro tipo de ajuda ou desative «Aberto agora».</translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation>Mostrar a minha localização</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Cuidados de saúde</translation>
    </message>
    <message>
        <source>Health insurers</source>
        <translation>Seguradoras de saúde</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>Bancos</translation>
    </message>
    <message>
        <source>Asylum social service</source>
        <translation>Serviço social de asilo</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Serviços sociais</translation>
    </message>
    <message>
        <source>Job centre (RAV)</source>
        <translation>Centro de emprego (RAV)</translation>
    </message>
    <message>
        <source>Career advice</source>
        <translation>Orientação profissional</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>Serviço de impostos</translation>
    </message>
    <message>
        <source>Parent advice</source>
        <translation>Aconselhamento aos pais</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Acolhimento de crianças</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Aconselhamento jurídico</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>Apoio às vítimas</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>Pesquisar no guia</translation>
    </message>
    <message>
        <source>Search, e.g. health insurance</source>
        <translation>Pesquisar, p. ex. seguro de saúde</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Pesquisar no guia</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artigos</translation>
    </message>
    <message>
        <source>Places and offers</source>
        <translation>Locais e serviços</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Passos da lista de tarefas</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>grafia semelhante</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Pesquisas recentes</translation>
    </message>
    <message>
        <source>Type a word in any language, e.g. Krankenkasse, permit, école.</source>
        <translation>Escreva uma palavra em qualquer língua, p. ex. Krankenkasse, permit, école.</translation>
    </message>
    <message>
        <source>Search again for %1</source>
        <translation>Pesquisar novamente %1</translation>
    </message>
    <message>
        <source>Clear recent searches</source>
        <translation>Limpar as pesquisas recentes</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.</source>
        <translation>Nada encontrado para «%1». Experimente menos letras, outra grafia ou outra língua — ou explore os temas do Guia.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Língua: %1</translation>
    </message>
    <message>
        <source>My checklist and data</source>
        <translation>A minha lista de tarefas e os meus dados</translation>
    </message>
    <message>
        <source>Change my household</source>
        <translation>Alterar o meu agregado familiar</translation>
    </message>
    <message>
        <source>Set up my checklist</source>
        <translation>Criar a minha lista de tarefas</translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation>Exportar a lista de tarefas em PDF</translation>
    </message>
    <message>
        <source>Add the deadlines to my calendar (.ics)</source>
        <translation>Adicionar os prazos ao meu calendário (.ics)</translation>
    </message>
    <message>
        <source>Save all my data as one file</source>
        <translation>Guardar todos os meus dados num só ficheiro</translation>
    </message>
    <message>
        <source>Path of a saved data file</source>
        <translation>Caminho de um ficheiro de dados guardado</translation>
    </message>
    <message>
        <source>Path of a saved data file to import</source>
        <translation>Caminho do ficheiro de dados guardado a importar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nada foi alterado: %1</translation>
    </message>
    <message>
        <source>Your data was imported.</source>
        <translation>Os seus dados foram importados.</translation>
    </message>
    <message>
        <source>Import my data from this file</source>
        <translation>Importar os meus dados deste ficheiro</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Não foi possível gravar o ficheiro.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>Atualizações do conteúdo</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Data do conteúdo: %1 (versão %2).</translation>
    </message>
    <message>
        <source>No content is installed: %1</source>
        <translation>Nenhum conteúdo instalado: %1</translation>
    </message>
    <message>
        <source>This content is updated with new versions of the app.</source>
        <translation>Este conteúdo é atualizado com as novas versões da aplicação.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Procurar atualizações</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Última verificação: %1</translation>
    </message>
    <message>
        <source>What&apos;s new in the content</source>
        <translation>Novidades do conteúdo</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>Everything you enter stays on this device. No account, no tracking.</source>
        <translation>Tudo o que introduz fica neste dispositivo. Sem conta, sem rastreio.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Pasta de dados: %1</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>No longer in the guide – your record is kept</source>
        <translation>Já não está no guia – os seus dados ficam guardados</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Não é necessário</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sem prazo</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Em atraso desde %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Até %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Feito: %1</translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation>Marcar como feito: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>This step is not in your checklist.</source>
        <translation>Este passo não está na sua lista de tarefas.</translation>
    </message>
    <message>
        <source>This step is no longer in the guide. What you recorded is kept.</source>
        <translation>Este passo já não está no guia. O que registou fica guardado.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Em atraso desde %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Até %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sem prazo</translation>
    </message>
    <message>
        <source>Bring along:</source>
        <translation>Levar consigo:</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Feito ✓</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como feito</translation>
    </message>
    <message>
        <source>Needed after all</source>
        <translation>Afinal é necessário</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Não é necessário</translation>
    </message>
    <message>
        <source>Read more about it</source>
        <translation>Ler mais sobre isto</translation>
    </message>
    <message>
        <source>Show at the counter</source>
        <translation>Mostrar ao balcão</translation>
    </message>
    <message>
        <source>Show this step in German and in your language, large, at the office counter</source>
        <translation>Mostrar este passo em grande, em alemão e na sua língua, ao balcão</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Onde ir</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>A minha nota</translation>
    </message>
    <message>
        <source>e.g. appointment on 5 March, bring the rental contract</source>
        <translation>p. ex. marcação a 5 de março, levar o contrato de arrendamento</translation>
    </message>
    <message>
        <source>My note for this step</source>
        <translation>A minha nota para este passo</translation>
    </message>
    <message>
        <source>This deadline is set by law or by an office. Missing it can cost money or your permit.</source>
        <translation>Este prazo é fixado por lei ou por um serviço público. Falhá-lo pode custar dinheiro ou a sua autorização.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Checking for updates…</source>
        <translation>A procurar atualizações…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>A transferir a atualização…</translation>
    </message>
    <message>
        <source>Installing the update…</source>
        <translation>A instalar a atualização…</translation>
    </message>
    <message>
        <source>This content has no update server.</source>
        <translation>Este conteúdo não tem servidor de atualizações.</translation>
    </message>
    <message>
        <source>The content was updated to version %1.</source>
        <translation>O conteúdo foi atualizado para a versão %1.</translation>
    </message>
    <message>
        <source>The content is up to date.</source>
        <translation>O conteúdo está atualizado.</translation>
    </message>
    <message>
        <source>You are offline. The app looks for updates again when you are online.</source>
        <translation>Está sem ligação. A aplicação volta a procurar atualizações quando estiver online.</translation>
    </message>
    <message>
        <source>The update server could not be reached. Your content is unchanged; please try again later.</source>
        <translation>Não é possível contactar o servidor de atualizações. O seu conteúdo não foi alterado; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The update server reported an error. Your content is unchanged; please try again later.</source>
        <translation>O servidor de atualizações comunicou um erro. O seu conteúdo não foi alterado; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The update is not genuine: its signature does not match. It was not installed.</source>
        <translation>A atualização não é autêntica: a assinatura não corresponde. Não foi instalada.</translation>
    </message>
    <message>
        <source>The update is for another city or region. It was not installed.</source>
        <translation>A atualização é para outra cidade ou região. Não foi instalada.</translation>
    </message>
    <message>
        <source>The server offers older content than this device has. Nothing was changed.</source>
        <translation>O servidor oferece conteúdo mais antigo do que o deste dispositivo. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The update on the server has expired. It was not installed.</source>
        <translation>A atualização no servidor expirou. Não foi instalada.</translation>
    </message>
    <message>
        <source>The download was damaged or incomplete. Your content is unchanged; please try again later.</source>
        <translation>A transferência estava danificada ou incompleta. O seu conteúdo não foi alterado; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>There is not enough free space on this device for the update. Your content is unchanged.</source>
        <translation>Não há espaço livre suficiente neste dispositivo para a atualização. O seu conteúdo não foi alterado.</translation>
    </message>
    <message>
        <source>No content is installed that could be updated.</source>
        <translation>Não há conteúdo instalado que possa ser atualizado.</translation>
    </message>
    <message>
        <source>The update could not be installed. Your content is unchanged.</source>
        <translation>Não foi possível instalar a atualização. O seu conteúdo não foi alterado.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged; it was restored and updated to version %1.</source>
        <translation>O conteúdo do guia neste aparelho estava danificado; foi restaurado e atualizado para a versão %1.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored.</source>
        <translation>O conteúdo do guia neste aparelho estava danificado e foi restaurado.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device was damaged and has been restored from the app; the latest update will be installed at the next attempt.</source>
        <translation>O conteúdo do guia neste aparelho estava danificado e foi restaurado a partir da app; a atualização mais recente será instalada na próxima tentativa.</translation>
    </message>
    <message>
        <source>The update seems to come from the future: please check this device&apos;s date and time. It was not installed.</source>
        <translation>A atualização parece vir do futuro: verifique a data e a hora deste aparelho. Não foi instalada.</translation>
    </message>
    <message>
        <source>The update would have stopped this device from receiving any later update, so it was not installed.</source>
        <translation>Esta atualização teria impedido este aparelho de receber qualquer atualização posterior, por isso não foi instalada.</translation>
    </message>
    <message>
        <source>Another update of the content is running. Please try again in a moment.</source>
        <translation>Está a decorrer outra atualização do conteúdo. Tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>The guide&apos;s content on this device is damaged. Please reinstall the app.</source>
        <translation>O conteúdo do guia neste aparelho está danificado. Reinstale a app.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There are no articles in this topic yet.</source>
        <translation>Ainda não há artigos neste tema.</translation>
    </message>
</context>
<context>
    <name>WhatsNewModel</name>
    <message>
        <source>Topics of the guide</source>
        <translation>Temas do guia</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the list of pages the last content update changed</extracomment>
        <translation>Novidades</translation>
    </message>
    <message>
        <source>Notes from the editors: %1</source>
        <translation>Notas da redação: %1</translation>
    </message>
    <message>
        <source>Content from %1 (version %2).</source>
        <translation>Data do conteúdo: %1 (versão %2).</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removido</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>Place or service</source>
        <translation>Local ou serviço</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Passo da lista de tarefas</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guia</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>No changes to show. When the content is updated, the changed pages are listed here.</source>
        <translation>Sem alterações a mostrar. Quando o conteúdo for atualizado, as páginas alteradas aparecem aqui.</translation>
    </message>
</context>
</TS>
