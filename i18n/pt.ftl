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
nav-home = Início
nav-status = Estado da sincronização
nav-sign-in = Entrar
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = A sua conta: { $name }
page-title = { $page } · { app-name }
language-label = Língua

## Home page

home-title = Bem-vindo ao { app-name }
home-status-link = Ver o estado da sincronização

## Status page

status-title = Estado da sincronização
status-connection-label = Ligação ao servidor
status-connected = Ligado
status-connecting = A ligar…
status-offline = Sem ligação
status-offline-hint = Está sem ligação. As alterações ficam neste aparelho. São enviadas quando voltar a ter ligação.
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
role-group-hint = O nome curto do grupo do arquivo, como foi criado para a sua cidade: letras minúsculas, algarismos e hífenes.
role-group-missing = Escreva o nome do grupo.
role-group-invalid = Use o nome curto do grupo: letras minúsculas, algarismos e hífenes. Por exemplo: women-voices.
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
