# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Spanish, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Guías locales para recién llegados, escritas entre todos, para leer sin conexión.
skip-to-content = Ir al contenido
nav-main =
    .aria-label = Principal
nav-home = Inicio
nav-status = Estado de la sincronización
nav-sign-in = Iniciar sesión
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Tu cuenta: { $name }
page-title = { $page } · { app-name }
language-label = Idioma

## Home page

home-title = Bienvenido a { app-name }
home-status-link = Ver el estado de la sincronización

## Status page

status-title = Estado de la sincronización
status-connection-label = Conexión con el servidor
status-connected = Conectado
status-connecting = Conectando…
status-offline = Sin conexión
status-offline-hint = No tienes conexión. Los cambios se quedan en este dispositivo. Se envían cuando vuelvas a tener conexión.
status-signed-out = No has iniciado sesión
status-signed-out-hint = Solo los editores con sesión iniciada sincronizan documentos con el servidor. Para leer la guía no necesitas cuenta.
status-sign-in = Inicia sesión para sincronizar

## Not found

not-found-title = Página no encontrada
not-found-body = No hay nada en esta dirección.
not-found-home = Ir a la página de inicio

## Forms and errors shared by the pages

passphrase-show = Mostrar la contraseña
error-offline = No se pudo conectar con el servidor. Revisa tu conexión y vuelve a intentarlo.
error-server = Algo falló en el servidor. Inténtalo más tarde.
error-bad-request = El servidor no aceptó esto. Revisa lo que escribiste y vuelve a intentarlo.
error-forbidden = No tienes permiso para hacer esto.
error-unauthenticated = Tu sesión se cerró. Inicia sesión otra vez para seguir.
error-unexpected = Algo falló. Vuelve a intentarlo.
error-page-not-loaded = No se pudo cargar esta página. Revisa tu conexión y vuelve a intentarlo.
error-too-many-attempts-seconds =
    Demasiados intentos. Vuelve a intentarlo en { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    }.
error-too-many-attempts-minutes =
    Demasiados intentos. Vuelve a intentarlo en { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    }.

## Roles

-role-volunteer = Voluntario
-role-translator = Traductor
-role-editor = Editor
-role-group_member = Miembro del grupo
-role-group_moderator = Moderador del grupo
-role-city_admin = Administrador de la ciudad
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
role-grant-in-city = { role-grant } en { $city }
role-label = Función
role-group-label = Grupo
role-group-hint = El nombre corto del grupo del archivo, como se creó para tu ciudad: letras minúsculas, números y guiones.
role-group-missing = Escribe el nombre del grupo.
role-group-invalid = Usa el nombre corto del grupo: letras minúsculas, números y guiones. Por ejemplo: women-voices.
role-group-unknown = Esta ciudad no tiene ningún grupo del archivo con ese nombre corto.
role-languages-label = Idiomas
role-languages-hint = Códigos de idioma separados por comas. Por ejemplo: ar, uk, fa-AF.
role-languages-missing = Escribe al menos un código de idioma.
role-languages-invalid = Uno de estos no es un código de idioma. Usa códigos como ar, uk o fa-AF.

## Sign-in page

sign-in-title = Iniciar sesión
sign-in-intro = Para voluntarios, editores, traductores y personal de la ciudad. Para leer la guía no necesitas cuenta.
sign-in-name = Nombre
sign-in-passphrase = Contraseña
sign-in-submit = Iniciar sesión
sign-in-name-missing = Escribe tu nombre.
sign-in-passphrase-missing = Escribe tu contraseña.
sign-in-invalid = El nombre o la contraseña no son correctos.
sign-in-no-account = ¿No tienes cuenta? Las cuentas se crean por invitación. Pide un enlace al administrador de tu ciudad.
sign-in-already = Has iniciado sesión como { $name }.
sign-in-continue = Continuar
sign-in-account = Tu cuenta

## Invitation page

invite-title = Invitación
invite-loading = Comprobando la invitación…
invite-not-found = Este enlace de invitación no funciona. Quizá ya se usó o caducó. Pide uno nuevo a la persona que te invitó.
invite-home = Ir a la página de inicio
invite-for = Te invitan a { $city } con la función: { role-grant }.
invite-expires = Esta invitación es válida hasta el { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Has iniciado sesión como { $name }. Si aceptas esta invitación, se crea una cuenta nueva y se inicia sesión con ella.
invite-name = Tu nombre
invite-name-hint = Las personas con las que trabajas ven este nombre. No tiene que ser tu nombre real: puedes usar un seudónimo.
invite-name-missing = Elige un nombre.
invite-name-too-long = Este nombre es demasiado largo: como máximo 64 caracteres.
invite-name-taken = Este nombre ya está en uso. Elige otro.
invite-passphrase = Contraseña
invite-passphrase-hint = Al menos 10 caracteres. Unas palabras que no tengan relación entre sí son fáciles de recordar y difíciles de adivinar.
invite-passphrase-confirm = Repite la contraseña
invite-passphrase-too-short = La contraseña es demasiado corta: al menos 10 caracteres.
invite-passphrase-too-long = La contraseña es demasiado larga: como máximo 1024 caracteres.
invite-passphrase-mismatch = Las dos contraseñas no son iguales.
invite-submit = Crear mi cuenta

## Account page

account-title = Tu cuenta
account-loading = Cargando tu cuenta…
account-not-signed-in = No has iniciado sesión.
account-signed-out = Has cerrado la sesión.
account-sign-in = Iniciar sesión
account-signed-in-as = Has iniciado sesión como { $name }.
account-offline = No tienes conexión. Esto es lo que recuerda el dispositivo. Para ver las sesiones o cerrar sesión necesitas conexión.
account-roles-title = Tus funciones
account-no-roles = Todavía no tienes ninguna función.
account-manage-city = Gestionar { $city }
account-sessions-title = Dónde tienes la sesión iniciada
account-sessions-loading = Cargando…
account-session-current = Este dispositivo
account-session-other = Otro dispositivo
account-session-times = Sesión iniciada el { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, última actividad el { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Cerrar sesión
account-session-ended = La sesión de ese dispositivo está cerrada.
account-sign-out-everywhere = Cerrar sesión en todas partes
account-sign-out = Cerrar sesión

## City administration page

admin-title = Administración de la ciudad
admin-heading = Gestionar { $city }
admin-loading = Cargando…
admin-offline = No tienes conexión. Para gestionar una ciudad necesitas conexión.
admin-not-signed-in = Inicia sesión para gestionar una ciudad.
admin-sign-in = Iniciar sesión
admin-not-admin = No eres administrador de { $city }.
admin-invite-title = Invitar a alguien
admin-invite-intro = Un enlace de invitación es para una sola persona. Funciona una vez, y quien lo abra puede crear la cuenta. Envíalo en privado.
admin-invite-submit = Crear enlace de invitación
admin-invite-created = Enlace de invitación creado.
admin-invite-link-label = Enlace de invitación
admin-invite-about = Para la función: { role-grant }. Válido hasta el { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Copiar enlace
admin-invite-share = Compartir enlace
admin-invite-copied = Enlace copiado.
admin-invite-copy-failed = No se pudo copiar. El enlace está seleccionado: cópialo tú.
admin-members-title = Miembros
admin-members-none = Todavía no hay miembros.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (tú)
       *[no] { $name }
    }
admin-member-revoked = Acceso retirado
admin-member-no-roles = Sin funciones
admin-member-edit = Cambiar funciones
admin-member-revoke = Retirar el acceso
admin-roles-heading = Funciones de { $name }
admin-role-remove = Quitar
admin-role-add-title = Añadir una función
admin-role-add = Añadir función
admin-role-duplicate = Esta persona ya tiene esa función.
admin-roles-save = Guardar funciones
admin-roles-cancel = Cancelar
admin-roles-saved = Funciones de { $name } guardadas.
admin-revoke-question = ¿Retirar el acceso a { $name }?
admin-revoke-explain = La sesión de { $name } se cierra en todos sus dispositivos y ya no podrá iniciar sesión.
admin-revoke-confirm = Retirar el acceso
admin-revoke-cancel = Cancelar
admin-revoked = Acceso retirado a { $name }.
