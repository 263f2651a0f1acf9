# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Portuguese, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Guias locais para quem acaba de chegar, escritos em conjunto, para ler sem ligação à internet.
skip-to-content = Ir para o conteúdo
nav-main =
    .aria-label = Principal
nav-cities = Todas as cidades
nav-status = Estado da sincronização
nav-sign-in = Entrar
nav-edit = Editar o guia
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = A sua conta: { $name }
page-title = { $page } · { app-name }
language-label = Língua

## Choosing a guide

reader-choose-city-title = Escolha a sua cidade
reader-choose-language-title = Escolha a sua língua
reader-choose-offline = Está sem ligação. Ligue-se à internet uma vez para descarregar um guia.
reader-kept-guides = Guias neste telemóvel
reader-choose-city = Escolher outra cidade ou outra língua
reader-choose-language-city = Escolha a língua do guia de { $city }
reader-language-not-offered = O guia de { $city } não está escrito em { $language }. Escolha uma das línguas em que está escrito:
reader-open-guide = Abrir o guia
reader-loading = A carregar…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Guia
reader-nav-home = Início
reader-nav-articles = Informação prática
reader-nav-events = Eventos
reader-nav-search = Pesquisar
reader-sample-city = Esta é uma cidade de exemplo, com conteúdo inventado, para experimentar o { app-name }.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = Disponível sem internet, atualizado { $ago }
reader-offline-now = Está sem ligação. Este guia foi atualizado { $ago }.
reader-guide-language = Língua do guia
reader-print-link = Imprimir este guia
reader-offline-banner = Está sem ligação. Está a ler a cópia guardada neste telemóvel.
reader-language-shown-in = O guia de { $city } não está escrito em { $language }: os seus textos são mostrados em { $guide }.
reader-text-size = Tamanho do texto
reader-text-size-normal = Normal
reader-text-size-large = Grande
reader-text-size-larger = Muito grande
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] Ainda não traduzido: uma parte aparece nesta língua: { $languages }.
       *[other] Ainda não traduzido: uma parte aparece nestas línguas: { $languages }.
    }
reader-problem-offline-title = Este guia ainda não está neste telemóvel
reader-problem-offline = Ligue-se à internet uma vez. Depois disso, o guia também funciona sem internet.
reader-offline-missing = Está sem ligação.
reader-problem-unknown-city-title = Cidade não encontrada
reader-problem-unknown-city = Aqui não há nenhum guia para esta cidade.
reader-problem-unknown-language-title = Língua não disponível
reader-problem-unknown-language = Este guia não existe nesta língua. Escolha uma destas línguas:
reader-problem-server-title = Não foi possível carregar o guia
reader-problem-server = Houve um problema no servidor. Tente mais tarde.
reader-meta-description = O guia de { $city } para recém-chegados: onde encontrar ajuda, serviços, informação prática e eventos, na sua língua, também offline.
reader-meta-description-page = { $page }, no guia de { $city } para recém-chegados: ajuda, serviços, informação e eventos na sua língua, também offline.

## Guide home

reader-home-title = Guia de { $city }
reader-notices = Notícias da cidade
reader-categories = De que precisa?
reader-category-count =
    { $count ->
        [one] um sítio
       *[other] { $count } sítios
    }
reader-this-week = Esta semana
reader-no-events-this-week = Não há eventos nos próximos sete dias.
reader-all-events = Todos os eventos
reader-topics = Informação
reader-kept-languages = Neste telemóvel
reader-kept-languages-hint = O guia funciona sem internet nas línguas guardadas neste telemóvel.
reader-kept-current = Guardada (está a lê-la)
reader-kept-add = Guardar também { $language }
reader-kept-remove = Tirar { $language } deste telemóvel
reader-published-on = Publicado em { $date }
reader-kept-waiting = Está sem ligação: { $language } será guardado neste telemóvel quando houver ligação.

## Services

reader-service-title = Serviço
reader-status-temporarily-closed = Fechado por agora.
reader-status-closed = Este serviço fechou.
reader-open-now = Aberto agora, fecha às { $time }
reader-open-now-all-day = Aberto agora, 24 horas por dia
reader-open-all-day = Aberto 24 horas
reader-opens-today = Fechado agora. Abre hoje às { $time }
reader-opens-tomorrow = Fechado agora. Abre amanhã às { $time }
reader-opens-on = Fechado agora. Abre { $day } às { $time }
reader-by-appointment = Com marcação
reader-no-hours-soon = Não abre nos próximos dias
reader-hours-unknown = Pergunte o horário
reader-open-to-all = Aberto a todas as pessoas, tenha ou não documentos
reader-for-whom = Para quem
reader-eligibility = Quem pode ir
reader-cost = Preço
reader-free = Grátis
reader-not-free = Pago
reader-languages = Línguas
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = É possível ter um intérprete.
reader-documents = O que levar
reader-hours = Horário
reader-today = Hoje
reader-tomorrow = Amanhã
reader-closed-day = Fechado
reader-appointment-note = (com marcação)
reader-where = Onde
reader-outreach = Onde os encontrar (também vão ter consigo)
reader-open-map = Abrir na minha aplicação de mapas
reader-open-web-map = Abrir o mapa em openstreetmap.org
reader-contact = Contacto
reader-call = Ligar para { $phone }
reader-email = Escrever para { $email }
reader-website = Site: { $site }
reader-share = Partilhar
reader-share-copied = Ligação copiada
reader-last-checked = Verificado em { $date }
reader-listen = Ouvir
reader-listen-stop = Parar
reader-target-everyone = Todas as pessoas
reader-target-asylum-seekers-and-refugees = Requerentes de asilo e refugiados
reader-target-temporary-protection = Pessoas com proteção temporária
reader-target-undocumented-residents = Pessoas sem documentos
reader-target-women = Mulheres
reader-target-unaccompanied-minors = Jovens com menos de 18 anos sozinhos
reader-target-children = Crianças
reader-target-students = Estudantes

## Articles

reader-articles-title = Informação prática
reader-articles-below = Mais sobre isto
reader-breadcrumbs =
    .aria-label = Está aqui

## Events

reader-events-title = Eventos
reader-events-later = Mais tarde
reader-no-events = Não há eventos nas próximas semanas.
reader-event-cancelled = Cancelado
reader-event-when = Quando
reader-event-next-dates = Próximas datas
reader-event-past = Este evento já terminou.
reader-organizer = Organizado por
reader-open-to-residents = Todas as pessoas, quem acabou de chegar e quem vive cá há muito tempo
reader-add-to-calendar = Adicionar ao meu calendário
reader-register = Inscrever-me
reader-online-link = Participar online
reader-subscribe = Receber os eventos da cidade no meu calendário
reader-feed-link = Descarregar todos os eventos (iCalendar)
reader-events-by-month = Mais tarde, mês a mês
reader-no-later-events = Ainda não se conhecem eventos posteriores.
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } evento
       *[other] { $month }: { $count } eventos
    }
reader-no-events-month = Não há eventos este mês.
reader-events-bad-month = Este endereço não indica um mês (deveria terminar em ?month=2027-01). Aqui estão as próximas semanas.
reader-events-known-until = Este telemóvel conhece os eventos até { $date }. Abra o guia online mais tarde para ver mais.
reader-events-coming-weeks = As próximas quatro semanas
reader-events-month-before = Antes: { $month }
reader-events-month-after = Depois: { $month }
reader-feed-heading = Na sua aplicação de calendário

## Search

reader-search-title = Pesquisar
reader-search-label = Pesquisar no guia
reader-search-button = Pesquisar
reader-search-count =
    { $count ->
        [0] Nada encontrado para «{ $query }».
        [one] Um resultado para «{ $query }».
       *[other] { $count } resultados para «{ $query }».
    }
reader-kind-service = Serviço
reader-kind-article = Informação
reader-kind-event = Evento

## Print version

reader-print-title = Guia para imprimir
reader-print-heading = Guia de { $city }
reader-print-date = Impresso em { $date }. As coisas mudam: confirme no guia online.
reader-print-button = Imprimir
reader-print-address = Este guia online, sempre atualizado:
reader-print-qr = Código QR: este guia online
reader-print-other-days = Alguns horários são noutros dias (de algumas em algumas semanas ou uma vez por mês): veja o guia online.

## Suggest a correction

reader-suggest-link = Sugerir uma correção
reader-suggest-title = Sugerir uma correção
reader-suggest-about = Sobre:
reader-suggest-privacy = A sua mensagem é anónima. Não pedimos o seu nome nem nada sobre si.
reader-suggest-topic = O que está errado?
reader-suggest-message = O que devemos saber?
reader-suggest-message-hint = Por favor, não escreva o seu nome, o seu número de telefone ou outros dados pessoais.
reader-suggest-send = Enviar
reader-suggest-need-topic = Escolha o que está errado.
reader-suggest-need-message = Escreva algumas palavras sobre o que está errado.
reader-suggest-sent = Obrigado. A equipa do guia vai verificar.
reader-suggest-queued = Obrigado. Está sem ligação: será enviado quando voltar a ter ligação.
reader-suggest-refused = Obrigado, mas não foi possível enviar: talvez a página tenha sido retirada.
reader-back-to-guide = Voltar ao guia

## Status page

status-title = Estado da sincronização
status-connection-label = Ligação ao servidor
status-connected = Ligado
status-connecting = A ligar…
status-offline = Sem ligação
status-offline-hint = Está sem ligação. As alterações ficam neste aparelho. São enviadas quando voltar a ter ligação.
status-waiting =
    { $count ->
        [0] Nada neste dispositivo está à espera de ser enviado.
        [1] Uma alteração está guardada neste dispositivo, à espera de ser enviada.
       *[other] Alterações guardadas neste dispositivo, à espera de envio: { $count }.
    }
status-signed-out = Não tem sessão iniciada
status-signed-out-hint = Só os editores com sessão iniciada sincronizam documentos com o servidor. Para ler o guia não precisa de conta.
status-sign-in = Entrar para sincronizar

## Not found

not-found-title = Página não encontrada
not-found-body = Não há nada neste endereço.
not-found-home = Ir para o início

## Forms and errors shared by the pages

passphrase-show = Mostrar a palavra-passe
error-offline = Não foi possível contactar o servidor. Verifique a ligação e tente outra vez.
error-server = Houve um problema no servidor. Tente mais tarde.
error-bad-request = O servidor não aceitou isto. Verifique o que escreveu e tente outra vez.
error-forbidden = Não tem permissão para fazer isto.
error-unauthenticated = A sua sessão terminou. Entre outra vez para continuar.
error-unexpected = Houve um problema. Tente outra vez.
error-page-not-loaded = Não foi possível carregar esta página. Verifique a ligação e tente outra vez.
error-too-many-attempts-seconds =
    Demasiadas tentativas. Tente outra vez daqui a { $seconds ->
        [one] um segundo
       *[other] { $seconds } segundos
    }.
error-too-many-attempts-minutes =
    Demasiadas tentativas. Tente outra vez daqui a { $minutes ->
        [one] um minuto
       *[other] { $minutes } minutos
    }.

## Roles

-role-volunteer = Voluntário
-role-translator = Tradutor
-role-editor = Editor
-role-group_member = Membro do grupo
-role-group_moderator = Moderador do grupo
-role-city_admin = Administrador da cidade
role-option-volunteer = { -role-volunteer }
role-option-translator = { -role-translator }
role-option-editor = { -role-editor }
role-option-group_member = { -role-group_member }
role-option-group_moderator = { -role-group_moderator }
role-option-city_admin = { -role-city_admin }
# $role: one of the role ids above.
role-name =
    { $role ->
        [volunteer] { -role-volunteer }
        [translator] { -role-translator }
        [editor] { -role-editor }
        [group_member] { -role-group_member }
        [group_moderator] { -role-group_moderator }
        [city_admin] { -role-city_admin }
       *[other] { $role }
    }
# A role with its detail: the archive group of group roles, the languages of translators.
# $languages is a list of language codes; LANGUAGES() names them in this language.
role-grant =
    { $detail ->
        [group] { role-name }, grupo «{ $group }»
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } em { $city }
role-label = Função
role-group-label = Grupo
role-group-hint = Um dos grupos do arquivo que modera nesta cidade.
role-group-missing = Escolha um grupo.
role-group-unknown = Esta cidade não tem nenhum grupo do arquivo com esse nome curto.
role-languages-label = Línguas
role-languages-hint = Códigos de língua separados por vírgulas. Por exemplo: ar, uk, fa-AF.
role-languages-missing = Escreva pelo menos um código de língua.
role-languages-invalid = Um destes não é um código de língua. Use códigos como ar, uk ou fa-AF.

## Sign-in page

sign-in-title = Entrar
sign-in-intro = Para voluntários, editores, tradutores e funcionários da cidade. Para ler o guia não precisa de conta.
sign-in-name = Nome
sign-in-passphrase = Palavra-passe
sign-in-submit = Entrar
sign-in-name-missing = Escreva o seu nome.
sign-in-passphrase-missing = Escreva a sua palavra-passe.
sign-in-invalid = O nome ou a palavra-passe estão errados.
sign-in-no-account = Não tem conta? As contas são criadas por convite. Peça uma ligação ao administrador da sua cidade.
sign-in-already = Tem sessão iniciada como { $name }.
sign-in-continue = Continuar
sign-in-account = A sua conta

## Invitation page

invite-title = Convite
invite-loading = A verificar o convite…
invite-not-found = Esta ligação de convite não funciona. Talvez já tenha sido usada ou tenha expirado. Peça uma nova à pessoa que o convidou.
invite-home = Ir para o início
invite-for = Foi convidado para { $city } com a função: { role-grant }.
invite-expires = Este convite é válido até { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Tem sessão iniciada como { $name }. Se aceitar este convite, é criada uma conta nova e entra com ela.
invite-name = O seu nome
invite-name-hint = As pessoas com quem trabalha veem este nome. Não tem de ser o seu nome verdadeiro: pode usar um pseudónimo.
invite-name-missing = Escolha um nome.
invite-name-too-long = Este nome é demasiado longo: no máximo 64 caracteres.
invite-name-taken = Este nome já está a ser usado. Escolha outro.
invite-passphrase = Palavra-passe
invite-passphrase-hint = Pelo menos 10 caracteres. Algumas palavras sem ligação entre si são fáceis de lembrar e difíceis de adivinhar.
invite-passphrase-confirm = Repita a palavra-passe
invite-passphrase-too-short = A palavra-passe é demasiado curta: pelo menos 10 caracteres.
invite-passphrase-too-long = A palavra-passe é demasiado longa: no máximo 1024 caracteres.
invite-passphrase-mismatch = As duas palavras-passe não são iguais.
invite-submit = Criar a minha conta

## Account page

account-title = A sua conta
account-loading = A carregar a sua conta…
account-not-signed-in = Não tem sessão iniciada.
account-signed-out = Terminou a sessão.
account-sign-in = Entrar
account-signed-in-as = Tem sessão iniciada como { $name }.
account-offline = Está sem ligação. Isto é o que o aparelho guarda. Para ver as sessões ou sair precisa de ligação.
account-roles-title = As suas funções
account-no-roles = Ainda não tem nenhuma função.
account-manage-city = Gerir { $city }
account-sessions-title = Onde tem sessão iniciada
account-sessions-loading = A carregar…
account-session-current = Este aparelho
account-session-other = Outro aparelho
account-session-times = Entrou em { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, última atividade em { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Sair
account-session-ended = A sessão nesse aparelho terminou.
account-sign-out-everywhere = Sair em todos os aparelhos
account-sign-out = Sair

## City administration page

admin-title = Administração da cidade
admin-heading = Gerir { $city }
admin-loading = A carregar…
admin-offline = Está sem ligação. Para gerir uma cidade precisa de ligação.
admin-not-signed-in = Entre para gerir uma cidade.
admin-sign-in = Entrar
admin-not-admin = Não é administrador de { $city }.
admin-invite-title = Convidar alguém
admin-invite-intro = Uma ligação de convite é para uma só pessoa. Funciona uma vez, e quem a abrir pode criar a conta. Envie-a em privado.
admin-invite-submit = Criar ligação de convite
admin-invite-created = Ligação de convite criada.
admin-invite-link-label = Ligação de convite
admin-invite-about = Para a função: { role-grant }. Válida até { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Copiar a ligação
admin-invite-share = Partilhar a ligação
admin-invite-copied = Ligação copiada.
admin-invite-copy-failed = Não foi possível copiar. A ligação está selecionada: copie-a você.
admin-members-title = Membros
admin-members-none = Ainda não há membros.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (você)
       *[no] { $name }
    }
admin-member-revoked = Acesso retirado
admin-member-no-roles = Sem funções
admin-member-edit = Mudar funções
admin-member-revoke = Retirar o acesso
admin-roles-heading = Funções de { $name }
admin-role-remove = Remover
admin-role-add-title = Adicionar uma função
admin-role-add = Adicionar função
admin-role-duplicate = Esta pessoa já tem essa função.
admin-roles-save = Guardar funções
admin-roles-cancel = Cancelar
admin-roles-saved = Funções de { $name } guardadas.
admin-revoke-question = Retirar o acesso a { $name }?
admin-revoke-explain = { $name } sai em todos os aparelhos e já não pode entrar.
admin-revoke-confirm = Retirar o acesso
admin-revoke-cancel = Cancelar
admin-revoked = Acesso retirado a { $name }.

## Suggestions queue (editors)

suggestions-title = Sugestões dos leitores
suggestions-heading = Sugestões para { $city }
suggestions-intro = Os leitores enviam estas sugestões de forma anónima quando algo no guia está errado. Verifique, corrija o item se for preciso e depois marque a sugestão como tratada.
suggestions-loading = A carregar…
suggestions-not-signed-in = Entre para ver as sugestões enviadas pelos leitores.
suggestions-sign-in = Entrar
suggestions-not-allowed = Só os editores e administradores de { $city } podem ver as suas sugestões.
suggestions-unknown-city = Não existe a cidade «{ $city }».
suggestions-show-done = Mostrar também as sugestões tratadas
suggestions-list-title = Sugestões
suggestions-none-open = Não há sugestões por tratar.
suggestions-none = Ainda não há sugestões.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = Sobre: { $title }
suggestions-about-unpublished = Sobre um item que já não está publicado
suggestions-about-guide = Sobre o guia em geral
suggestions-no-message = O leitor não escreveu nenhuma mensagem.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = Recebida em { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · escrita em { LANGUAGES($language) }
suggestions-resolved = Tratada em { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Marcar como tratada
suggestions-marked-done = Sugestão marcada como tratada.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = Fechou ou já não existe
suggestion-topic-hours = O horário está errado
suggestion-topic-address = A morada está errada
suggestion-topic-contact = O número de telefone ou outro contacto está errado
suggestion-topic-translation = A tradução está errada ou falta
suggestion-topic-other = Outra coisa

## Editing app

editor-page-title = Editar o guia
editor-title = Edição: { $city }
editor-signed-out = Entre para editar o guia.
editor-progress = { $loaded } de { $total } documentos neste aparelho
editor-filter = Filtrar
editor-events = Eventos
editor-services = Serviços
editor-new-event = Novo evento
editor-back = Voltar à lista
editor-untitled = (ainda sem título)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] Guardado neste aparelho. Está sem ligação.
        [one] Guardado neste aparelho, uma alteração à espera de ser enviada.
       *[other] Guardado neste aparelho, { $count } alterações à espera de serem enviadas.
    }
editor-sync-sending =
    { $count ->
        [one] A enviar uma alteração…
       *[other] A enviar { $count } alterações…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = Sincronizado { $ago }
editor-sync-sent =
    { $count ->
        [1] Uma alteração enviada. Sincronizado { $ago }
       *[other] Alterações enviadas: { $count }. Sincronizado { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] A sua sessão terminou. Entre outra vez para continuar a sincronizar.
        [one] A sua sessão terminou. A sua alteração está guardada neste aparelho: entre outra vez para a enviar.
       *[other] A sua sessão terminou. As suas { $count } alterações estão guardadas neste aparelho: entre outra vez para as enviar.
    }
editor-sync-sign-in = Entrar outra vez
editor-hint-plain = Escreva frases curtas. Uma ideia em cada frase. Use palavras que as pessoas conhecem.
editor-hint-title = Diga o que é, em poucas palavras. Por exemplo: Café de línguas.
editor-minor-edit = Pequena correção (ortografia, um erro de escrita): as traduções continuam atualizadas
editor-conflict =
    { $count ->
        [one] Duas pessoas alteraram isto ao mesmo tempo. Escolha o valor certo:
       *[other] Várias pessoas alteraram isto ao mesmo tempo ({ $count } valores). Escolha o certo:
    }
editor-conflict-keep = Manter «{ $value }»
editor-event-title = Título
editor-event-description = Descrição
editor-event-type = Tipo de evento
editor-event-type-workshop = Oficina
editor-event-type-language-cafe = Café de línguas
editor-event-type-festival = Festival
editor-event-type-commemoration = Comemoração
editor-event-type-job-fair = Feira de emprego
editor-event-type-sport = Desporto
editor-event-type-information-session = Sessão de informação
editor-event-type-other = Outro
editor-event-start = Começa
editor-event-end = Termina
editor-event-place = Local
editor-place-name = Nome do local
editor-place-street = Rua e número
editor-place-postal-code = Código postal
editor-place-locality = Localidade
editor-event-organizer = Organizado por
editor-event-free = Grátis
editor-event-cancelled = O evento inteiro foi cancelado
editor-repeat = Repetição
editor-repeat-kind = Com que frequência
editor-repeat-none = Não se repete
editor-repeat-weekly = Todas as semanas
editor-repeat-monthly = Todos os meses
editor-repeat-custom = Outra regra (RRULE)
editor-repeat-days =
    .aria-label = Nestes dias
editor-repeat-nth = Qual
editor-repeat-weekday = Dia
editor-repeat-until = Até (opcional)
editor-repeat-rule = Regra
editor-nth-1 = Primeiro
editor-nth-2 = Segundo
editor-nth-3 = Terceiro
editor-nth-4 = Quarto
editor-nth-last = Último
editor-weekday-mo = Segunda-feira
editor-weekday-tu = Terça-feira
editor-weekday-we = Quarta-feira
editor-weekday-th = Quinta-feira
editor-weekday-fr = Sexta-feira
editor-weekday-sa = Sábado
editor-weekday-su = Domingo
editor-cancelled-dates = Datas canceladas
editor-cancel-date-label = Cancelar uma data
editor-cancel-date = Cancelar esta data
editor-restore-date = Repor { $date }
editor-quick-hint = Funciona sem internet. O evento é enviado quando voltar a ter ligação.
editor-quick-date = Data
editor-quick-start = Hora de início
editor-quick-end = Hora de fim
editor-quick-save = Guardar evento
editor-quick-missing = Preencha o título, a data e as horas.
editor-service-name = Nome
editor-service-description = O que é
editor-service-eligibility = Quem pode ir
editor-service-documents = O que levar
editor-service-status = Estado
editor-service-status-active = Aberto
editor-service-status-temporarily-closed = Fechado por agora
editor-service-status-closed = Fechado de vez
editor-service-organization = Organização responsável
editor-service-categories = Categorias
editor-service-target-groups = Para quem é
editor-service-open-to-all = Aberto a todas as pessoas, sejam quais forem os seus documentos
editor-service-fee = Preço, se não for gratuito
editor-service-languages = Línguas faladas pela equipa
editor-service-language-other = Outra língua
editor-service-language-hint = O código da língua, por exemplo ti, prs ou pt-BR.
editor-service-language-add = Adicionar língua
editor-service-language-invalid = Isto não é um código de língua. Escreva um código como ti, prs ou pt-BR.
editor-service-contacts = Contacto
editor-service-phones = Números de telefone
editor-service-phone = Número de telefone { $number }
editor-service-phone-new = Novo número de telefone
editor-service-phone-add = Adicionar número
editor-service-phone-remove = Remover { $phone }
editor-service-phone-invalid = Escreva um número de telefone: só algarismos, espaços e +. Por exemplo +32 4 123 45 67.
editor-service-email = Email
editor-service-email-invalid = Isto não é um endereço de email. Por exemplo: info@example.org
editor-service-website = Site
editor-service-website-invalid = Escreva o endereço completo, a começar por https://
editor-service-verified = Última verificação
editor-service-verified-never = Ninguém verificou ainda este serviço.
editor-service-verified-value = Verificado em { $date } por { $name }
editor-service-verify = Verificado hoje
editor-service-locations = Locais
editor-service-location = Local { $number }
editor-service-location-none = Ainda não há local.
editor-service-location-add = Adicionar um local
editor-service-location-remove = Remover este local
editor-location-region = Região
editor-location-country = País (duas letras, por exemplo BE)
editor-location-country-invalid = Escreva o código do país com duas letras, por exemplo BE.
editor-location-latitude = Latitude (opcional)
editor-location-longitude = Longitude (opcional)
editor-location-latitude-invalid = Escreva um número de -90 a 90, por exemplo 50.63.
editor-location-longitude-invalid = Escreva um número de -180 a 180, por exemplo 5.57.
editor-location-outreach = Também vão ter com as pessoas (serviço móvel ou de rua)
editor-service-schedules = Horário de funcionamento
editor-schedule = Horário { $number }
editor-schedule-none = Ainda não há horário.
editor-schedule-add = Adicionar horário
editor-schedule-remove = Remover este horário
editor-schedule-days = Dias
editor-schedule-rule-hint = Só para o que os dias não conseguem dizer, por exemplo FREQ=MONTHLY;BYDAY=1TU para a primeira terça-feira de cada mês. Deixe vazio para usar os dias.
editor-schedule-rule-invalid = Esta regra não pode ser usada. Escreva uma regra como FREQ=WEEKLY;BYDAY=MO,TU, sem «RRULE:».
editor-schedule-opens = Abre às
editor-schedule-closes = Fecha às
editor-schedule-overnight = Fecha no dia seguinte (aberto depois da meia-noite)
editor-schedule-times-invalid = A hora de fecho tem de ser depois da hora de abertura. Para horas depois da meia-noite, marque «Fecha no dia seguinte».
editor-schedule-valid-from = De (opcional)
editor-schedule-valid-to = Até (opcional)
editor-schedule-valid-invalid = A data de fim não pode ser anterior à data de início.
editor-schedule-closed-dates = Fechado em
editor-schedule-closed-date-label = Um dia em que está fechado
editor-schedule-closed-date-add = Adicionar dia fechado
editor-schedule-closed-date-remove = Aberto de novo em { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, com marcação
editor-schedule-no-days = Nenhum dia escolhido
editor-schedule-no-hours = ainda sem horas
editor-new-service = Novo serviço
editor-new-service-hint = Comece pelo nome. O resto preenche no ecrã seguinte. Funciona sem internet.
editor-new-service-create = Criar serviço
editor-new-service-missing = Escreva o nome do serviço.
editor-publishing = Publicação
editor-publish-hint = Os leitores só veem a versão publicada. As suas alterações seguintes ficam como rascunho até publicar outra vez.
editor-publish = Publicar esta versão
editor-unpublish = Retirar a publicação
editor-published = Publicado. Os leitores já veem esta versão.
editor-draft-badge = Rascunho não publicado
editor-publication-published = Publicado: os leitores veem esta versão.
editor-publication-draft = Rascunho não publicado: os leitores veem a última versão publicada até esta ser publicada.
editor-publication-unpublished = Rascunho não publicado: os leitores não veem este item até ser publicado.
editor-unpublished = Publicação retirada. Os leitores já não o veem.
editor-publish-not-synced = O servidor ainda não tem esta versão. Espere até estar sincronizado e depois publique.
editor-publish-offline = Está sem ligação. Publique quando voltar a ter ligação.
editor-publish-not-publishable = Não publicado: esta versão ainda não é um item completo. Espere até estar sincronizado, verifique os campos e publique de novo.
editor-publish-invalid-content = Não publicado: corrija primeiro { $field }.
editor-publish-link-invalid = Uma ligação tem de levar a uma página deste site (a começar por uma só /) ou a um endereço completo a começar por https://.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = Pré-visualização: o que os leitores vão ver
editor-preview-hint = A versão que os leitores veem agora, comparada com o seu rascunho. Publique para lhes mostrar o rascunho.
editor-preview-not-published = Ainda não publicado: os leitores não veem nada. Depois de publicar, vão ver isto:
# $when: the date and time of publishing.
editor-preview-same = Os leitores veem exatamente esta versão (publicada: { $when }).
editor-preview-changed =
    { $count ->
        [one] { $count } campo é diferente do que os leitores veem (versão publicada: { $when }):
       *[other] { $count } campos são diferentes do que os leitores veem (versão publicada: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] { $count } campo sem alterações
       *[other] { $count } campos sem alterações
    }
editor-preview-unknown = Ligue-se à internet uma vez para ver o que os leitores veem.
editor-preview-unavailable = Este aparelho ainda não tem a versão publicada. Espere até estar sincronizado.
# Read out by screen readers before removed and added words.
editor-diff-removed = Removido:
editor-diff-added = Adicionado:
# The history of an item: who changed which field, and when.
editor-history = Histórico
editor-history-hint = Quem alterou o quê, e quando. Pode repor um valor anterior.
editor-history-none = Ainda não há alterações.
editor-history-unknown-author = Importado
# $field: the technical name of a field that has no label here.
editor-history-other-field = Outro dado ({ $field })
editor-history-restore = Repor este valor
editor-history-current = Este é o valor atual.
editor-history-empty = (vazio)
editor-history-yes = Sim
editor-history-no = Não
editor-history-field-order = Posição na lista de artigos
editor-translate-link = Traduzir
editor-suggestions-link = Sugestões dos leitores
editor-suggestions-open = Abertas: { $count }
editor-translate-title = Traduções
editor-translate-no-languages = Não tem nenhuma língua para a qual traduzir nesta cidade.
editor-translate-language = Traduzir para
editor-translate-status = Mostrar
editor-translate-all = Tudo
editor-translate-back = Voltar às traduções
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $done } de { $total } atualizadas
editor-status-missing = Em falta
editor-status-outdated = Desatualizada
editor-status-machine = Tradução automática
editor-status-up-to-date = Atualizada
editor-status-incomplete = Traduzida em parte
editor-translate-source-changed = O original mudou desde que esta tradução foi feita. O que mudou está marcado acima de cada campo.
editor-translate-source-changed-unknown = O original mudou desde que esta tradução foi feita. Este dispositivo não consegue mostrar o que mudou: compare cada texto com o original.
editor-translate-what-changed = Alterado no original:
editor-translate-finish = Concluir
editor-translate-left = Textos ainda por traduzir: { $count }
editor-translate-all-translated = Todos os textos estão traduzidos. Reveja-os com o original e marque a tradução como concluída.
editor-translate-done = Marcar como concluída
editor-translate-not-done = Traduza primeiro todos os textos. Ainda vazios: { $count }
editor-translate-marked-done = Marcada como concluída. Está guardada neste dispositivo e segue para o servidor com as suas outras alterações.
editor-translate-publish = Publicar a tradução
editor-translate-publish-hint = Os leitores veem a tradução quando for publicada, com a versão da ficha que veem agora.
editor-translate-editor-publishes = Os leitores veem a tradução quando um editor a publicar.
editor-translate-publish-not-done = Marque primeiro a tradução como concluída.
editor-translate-item-unpublished = A ficha ainda não está publicada. Os leitores verão a tradução quando estiver.
editor-translate-published = Publicada. Os leitores já veem esta tradução.
editor-field-name = Nome
editor-field-title = Título
editor-field-description = Descrição
editor-field-body = Texto
editor-field-eligibility = Quem pode ir
editor-field-documents_needed = O que levar
editor-field-fee = Preço
editor-field-accessibility = Acessibilidade
editor-field-notes = Notas sobre o horário

## Guide articles and city settings

editor-new-article = Novo artigo
editor-settings-link = Definições da cidade
editor-articles = Artigos do guia
editor-move-up = Mover para cima
    .aria-label = Mover para cima: { $title }
editor-move-down = Mover para baixo
    .aria-label = Mover para baixo: { $title }
editor-article-title = Título
editor-article-body = Texto
editor-article-markdown-hint = Formatação: uma linha vazia entre parágrafos; «## » no início de uma linha para um título; «- » ou «1. » para uma lista; uma ligação escreve-se [palavras](https://example.org).
editor-article-parent = Fica por baixo de
editor-article-top-level = Nível superior (por baixo de nenhum artigo)
editor-article-notice = Aviso na página inicial até (opcional)
editor-article-notice-hint = Até esta data, a página inicial do guia mostra o artigo como um aviso da cidade. Deixe vazio para um artigo normal.
editor-hint-title-article = Diga do que se trata, em poucas palavras. Por exemplo: Os seus primeiros dias.
editor-article-create = Criar artigo
editor-article-title-missing = Escreva primeiro um título.
editor-article-cannot-create = Só os editores podem adicionar artigos.
editor-settings-title = Definições da cidade
editor-settings-live = As alterações feitas aqui ficam logo visíveis para os leitores. Não há passo de publicação.
editor-settings-read-only = Não pode alterar as definições da cidade. Só os editores podem.
editor-categories = Categorias
editor-categories-hint = Os leitores veem as categorias por esta ordem. Se um nome estiver vazio, veem o nome na língua de recurso.
editor-category-icon = Ícone
editor-category-name = Nome em { $language } ({ $tag })
editor-category-add-title = Nova categoria
editor-category-add-name = Nome em { $language }
editor-category-add = Adicionar categoria
editor-category-name-missing = Escreva primeiro o nome da categoria.
editor-category-remove-question = Remover «{ $name }»? Serviços que a usam: { $count }.
editor-remove = Remover
    .aria-label = Remover: { $name }
editor-remove-confirm = Sim, remover «{ $name }»
editor-remove-cancel = Cancelar
editor-icon-heart = Coração
editor-icon-house = Casa
editor-icon-scales = Balança
editor-icon-briefcase = Pasta
editor-icon-book = Livro
editor-icon-family = Família
editor-icon-bowl = Tigela
editor-icon-people = Pessoas
editor-icon-woman = Mulher
editor-icon-star = Estrela
editor-icon-search = Lupa
editor-icon-calendar = Calendário
editor-icon-clock = Relógio
editor-icon-pin = Marcador de mapa
editor-icon-phone = Telefone
editor-icon-share = Partilhar
editor-icon-print = Impressora
editor-icon-speaker = Altifalante
editor-icon-article = Documento
editor-icon-offline = Sem ligação
editor-icon-check = Visto
editor-icon-flag = Bandeira
editor-languages = Línguas
editor-languages-hint = As línguas que os leitores podem escolher. Um texto ainda não traduzido aparece na língua de recurso.
editor-language-direction = Sentido da escrita
editor-direction-ltr = Da esquerda para a direita
editor-direction-rtl = Da direita para a esquerda
editor-language-source = A língua de origem: os conteúdos são escritos primeiro nela.
editor-language-fallback = Língua de recurso
editor-language-fallback-hint = O que os leitores desta língua veem quando um texto ainda não está traduzido.
editor-language-no-fallback = Nenhuma
editor-language-fallback-cycle = Isso cria um ciclo: essa língua já recorre a esta. Escolha outra.
editor-language-remove-question = Remover { $language }? Os seus leitores vão escolher outra língua. As traduções ficam guardadas.
editor-language-add-title = Nova língua
editor-language-add-tag = Código da língua (BCP 47)
editor-language-add-hint = Por exemplo: ti (tigrínia), pt-BR (português do Brasil).
editor-language-add = Adicionar língua
editor-language-invalid = «{ $tag }» não é um código de língua. Escreva um código como ti ou pt-BR.
editor-language-present = A cidade já oferece { $language }.

## The multivoiced archive

reader-archive-title = Vozes da chegada
reader-archive-intro = Relatos de pessoas que chegaram a esta cidade, com as suas próprias palavras. Cada voz é sua; nenhuma é a versão oficial.
reader-archive-link = Ler as vozes da chegada
reader-archive-empty = Ainda nada foi publicado aqui.
reader-archive-unavailable = Não foi possível carregar as vozes. Tente mais tarde.
reader-archive-offline = Está sem ligação. As vozes da chegada precisam de uma ligação.
reader-archive-anonymous = Anónimo
reader-archive-speaks-about = Fala de:
reader-archive-translated = Traduzido de { $language } pelo grupo
reader-archive-in-language = Em { $language }
reader-archive-original = Ver as palavras originais
reader-archive-recording =
    .aria-label = Gravação desta voz
archive-page-title = Arquivo
archive-title = Arquivo do grupo { $group }
archive-open = Abrir o arquivo
archive-not-member = Não é membro deste grupo de arquivo.
archive-intro = Relatos de chegada, escritos e gravados pelo grupo. Cada voz continua a ser do seu autor: só ele decide quem a vê e como é nomeado.
archive-entries = Relatos
archive-no-entries = Ainda não há relatos.
archive-voice-count =
    { $count ->
        [one] { $count } voz
       *[other] { $count } vozes
    }
archive-state-published = Publicado
archive-state-unpublished = Não publicado
archive-theme = Tema
archive-guide-links = Páginas do guia de que fala
archive-theme-arrival = A chegada
archive-theme-first-contact-with-services = Primeiro contacto com os serviços
archive-theme-housing = A habitação
archive-theme-work = O trabalho
archive-theme-family = A família
archive-theme-belonging = O sentimento de pertença
archive-theme-the-future = O futuro
archive-theme-other = Outro
archive-entry-title = Título
archive-entry-title-missing = Escreva um título.
archive-cities = Cidades de que fala
archive-cities-hint = Depois de publicado, os leitores dos guias destas cidades podem lê-lo.
archive-new-entry = Novo relato
archive-new-entry-create = Criar o relato
archive-back = Voltar ao arquivo
archive-entry-missing = Este relato ainda não está neste dispositivo. Se acabou de ser criado, espere que seja sincronizado.
archive-voices = Vozes
archive-no-voices = Ainda não há nenhuma voz.
archive-add-voice = Adicionar a minha voz
archive-add-voice-hint = Escreva com as suas palavras, grave-se, ou ambos. Fica guardado neste dispositivo de imediato e é enviado quando estiver online.
archive-voice-language = A língua em que fala
archive-add-voice-create = Adicionar a minha voz
archive-voice-yours = A sua voz
archive-voice-of = Voz de { $name }
archive-voice-unknown = Uma voz do grupo
archive-voice-in = Em { $language }
archive-voice-text = Palavras
archive-voice-text-hint = O que foi escrito, ou a transcrição da gravação.
archive-recording = Gravação
archive-record = Gravar
archive-record-stop = Parar
archive-record-discard = Descartar a gravação
archive-record-play =
    .aria-label = Ouvir a gravação
archive-recording-none = Sem gravação.
archive-recording-recording = A gravar…
archive-recording-waiting = Gravado, à espera de ser enviado. Fica guardado neste dispositivo até lá.
archive-recording-uploaded = Enviado.
archive-recording-refused-too-large = Esta gravação é grande demais: o arquivo aceita até 25 MB. Grave uma mais curta ou escolha um ficheiro menor.
archive-recording-refused-wrong-type = O arquivo não aceita este ficheiro: apenas áudio WebM ou Ogg.
archive-audio-file = Ou escolha um ficheiro de áudio deste dispositivo
archive-audio-file-hint = Áudio WebM ou Ogg, até 25 MB. O título e outras etiquetas são removidos ao enviar.
archive-recording-no-microphone = Não foi possível usar nenhum microfone. Permita que este site use o microfone, ou escreva as suas palavras.
archive-photo = Foto
archive-photo-choose = Adicionar uma foto
archive-photo-hint = JPEG, PNG ou WebP, até 10 MB. A localização (GPS) e os dados da câmara são removidos ao enviar.
archive-photo-description = O que a foto mostra (para quem não a pode ver)
archive-photo-remove = Remover a foto
archive-photo-none = Sem foto.
archive-photo-waiting = À espera de envio. Fica neste dispositivo até lá.
archive-photo-uploaded = Enviada, sem a localização nem os dados da câmara.
archive-photo-refused-too-large = Esta foto é grande demais: o arquivo aceita fotos até 10 MB.
archive-photo-refused-wrong-type = O arquivo não aceita este ficheiro: apenas fotos JPEG, PNG ou WebP.
archive-translations = Traduções
archive-translation-language = Traduzir para
archive-translation-add = Adicionar uma tradução
archive-translation-text = Tradução para { $language }, por { $by }
archive-translation-text-own = Tradução para { $language }, pela pessoa autora da voz
archive-consent-title = O seu consentimento
archive-consent-unavailable = Poderá escolher quem vê a sua voz quando ela tiver chegado ao servidor (quando estiver online). Até lá só o grupo a vê, sem o seu nome.
archive-consent-visibility = Quem pode ver a sua voz
archive-visibility-group = Só o grupo
archive-visibility-city-editors = O grupo e os editores da cidade
archive-visibility-public = Toda a gente, quando um moderador publicar o relato
archive-consent-naming = Como é nomeado
archive-naming-name = Pelo meu nome ({ $name })
archive-naming-pseudonym = Por um pseudónimo
archive-naming-anonymous = De modo nenhum (anónimo)
archive-pseudonym = Pseudónimo
archive-pseudonym-missing = Escreva o pseudónimo pelo qual quer ser nomeado.
archive-consent-save = Guardar a minha escolha
archive-consent-saving = A guardar…
archive-consent-saved = Guardado.
archive-consent-offline = Não guardado: está sem ligação. Tente de novo quando estiver online.
archive-consent-withdrawn = Esta voz foi retirada.
archive-consent-failed = Não guardado. Tente mais tarde.
archive-withdraw = Retirar a minha voz
archive-withdraw-explained = Retirar a sua voz remove-a de vez: ninguém do grupo, nenhum editor e nenhum leitor a voltará a ver, e o servidor apaga-a. Não pode ser recuperada.
archive-withdraw-cannot-undo = Não pode recuperar as cópias que outros já descarregaram, guardaram ou imprimiram enquanto lhes era mostrada.
archive-withdraw-confirm = Retirá-la de vez
archive-withdraw-cancel = Manter a minha voz
archive-publish = Publicar o relato
archive-unpublish = Despublicar
archive-publish-hint = Os leitores só veem as vozes cujos autores escolheram «toda a gente», nomeadas como cada um escolheu.
archive-published = Publicado. Os leitores veem agora as vozes partilhadas com o público.
archive-unpublished = Despublicado. Os leitores já não o veem.
archive-publish-refused = Não publicado: nenhum autor partilhou ainda a sua voz com o público (ou o relato não tem título).
archive-publish-not-synced = O servidor ainda não tem este relato. Espere que seja sincronizado e depois publique.
archive-publish-failed = Não publicado. Tente mais tarde.
archive-export = Descarregar o arquivo do grupo
archive-export-hint = Um ficheiro zip com as palavras de cada voz (Markdown), as gravações e uma lista de entradas, vozes, línguas e consentimentos. As vozes retiradas nunca estão nele; uma voz anónima não tem nome nele. Partilhe-o apenas como o consentimento de cada voz permite.

## Dates
date-month =
    { $month ->
     [jan] janeiro
     [feb] fevereiro
     [mar] março
     [apr] abril
     [may] maio
     [jun] junho
     [jul] julho
     [aug] agosto
     [sep] setembro
     [oct] outubro
     [nov] novembro
    *[dec] dezembro
    }
date-month-alone =
    { $month ->
     [jan] janeiro
     [feb] fevereiro
     [mar] março
     [apr] abril
     [may] maio
     [jun] junho
     [jul] julho
     [aug] agosto
     [sep] setembro
     [oct] outubro
     [nov] novembro
    *[dec] dezembro
    }
date-weekday =
    { $weekday ->
     [mon] segunda-feira
     [tue] terça-feira
     [wed] quarta-feira
     [thu] quinta-feira
     [fri] sexta-feira
     [sat] sábado
    *[sun] domingo
    }
date-day = { $weekday }, { $day } de { $month }
date-full = { $day } de { $month } de { $year }
date-month-year = { $month } de { $year }
date-day-time = { $day } às { $time }
date-list-separator = { ", " }
date-just-now = este minuto
date-minutes-ago =
    { $count ->
     [many] há { $count } minuto
     [one] há { $count } minuto
    *[other] há { $count } minutos
    }
date-hours-ago =
    { $count ->
     [many] há { $count } hora
     [one] há { $count } hora
    *[other] há { $count } horas
    }
date-days-ago =
    { $count ->
     [1] ontem
     [many] há { $count } dia
     [one] há { $count } dia
    *[other] há { $count } dias
    }
