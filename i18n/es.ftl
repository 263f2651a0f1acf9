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
nav-cities = Todas las ciudades
nav-status = Estado de la sincronización
nav-sign-in = Iniciar sesión
nav-edit = Editar la guía
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Tu cuenta: { $name }
page-title = { $page } · { app-name }
language-label = Idioma

## Choosing a guide

reader-choose-city-title = Elige tu ciudad
reader-choose-language-title = Elige tu idioma
reader-choose-offline = No tienes conexión. Conéctate a internet una vez para descargar una guía.
reader-kept-guides = Guías en este teléfono
reader-choose-city = Elegir otra ciudad u otro idioma
reader-choose-language-city = Elige el idioma de la guía de { $city }
reader-language-not-offered = La guía de { $city } no está escrita en { $language }. Elige uno de los idiomas en los que está escrita:
reader-open-guide = Abrir la guía
reader-loading = Cargando…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Guía
reader-nav-home = Inicio
reader-nav-articles = Información práctica
reader-nav-events = Actividades
reader-nav-search = Buscar
reader-sample-city = Esta es una ciudad de ejemplo, con contenido inventado, para probar { app-name }.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = Disponible sin conexión, actualizada { $ago }
reader-offline-now = No tienes conexión. Esta guía se actualizó { $ago }.
reader-guide-language = Idioma de la guía
reader-print-link = Imprimir esta guía
reader-offline-banner = No tienes conexión. Estás leyendo la copia guardada en este teléfono.
reader-language-shown-in = La guía de { $city } no está escrita en { $language }: sus textos se muestran en { $guide }.
reader-text-size = Tamaño del texto
reader-text-size-normal = Normal
reader-text-size-large = Grande
reader-text-size-larger = Muy grande
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] Todavía sin traducir: una parte se muestra en este idioma: { $languages }.
       *[other] Todavía sin traducir: una parte se muestra en estos idiomas: { $languages }.
    }
reader-problem-offline-title = Esta guía todavía no está en este teléfono
reader-problem-offline = Conéctate a internet una vez. Después, la guía funciona también sin conexión.
reader-offline-missing = No tienes conexión.
reader-problem-unknown-city-title = Ciudad no encontrada
reader-problem-unknown-city = Aquí no hay ninguna guía para esta ciudad.
reader-problem-unknown-language-title = Idioma no disponible
reader-problem-unknown-language = Esta guía no está en este idioma. Elige uno de estos idiomas:
reader-problem-server-title = No se pudo cargar la guía
reader-problem-server = Algo falló en el servidor. Inténtalo más tarde.
reader-meta-description = La guía de { $city } para recién llegados: dónde encontrar ayuda, servicios, información práctica y eventos, en tu idioma, también sin conexión.
reader-meta-description-page = { $page }, en la guía de { $city } para recién llegados: ayuda, servicios, información y eventos en tu idioma, también sin conexión.

## Guide home

reader-home-title = Guía de { $city }
reader-notices = Noticias de la ciudad
reader-categories = ¿Qué necesitas?
reader-category-count =
    { $count ->
        [one] un lugar
       *[other] { $count } lugares
    }
reader-this-week = Esta semana
reader-no-events-this-week = No hay actividades en los próximos siete días.
reader-all-events = Todas las actividades
reader-topics = Información
reader-kept-languages = En este teléfono
reader-kept-languages-hint = La guía funciona sin internet en los idiomas guardados en este teléfono.
reader-kept-current = Guardado (lo estás leyendo)
reader-kept-add = Guardar también { $language }
reader-kept-remove = Quitar { $language } de este teléfono
reader-published-on = Publicado el { $date }
reader-kept-waiting = No tienes conexión: { $language } se guardará en este teléfono cuando vuelva a tener conexión.

## Services

reader-service-title = Servicio
reader-status-temporarily-closed = Cerrado por ahora.
reader-status-closed = Este servicio ha cerrado.
reader-open-now = Abierto ahora, cierra a las { $time }
reader-open-now-all-day = Abierto ahora, las 24 horas
reader-open-all-day = Abierto las 24 horas
reader-opens-today = Cerrado ahora. Abre hoy a las { $time }
reader-opens-tomorrow = Cerrado ahora. Abre mañana a las { $time }
reader-opens-on = Cerrado ahora. Abre el { $day } a las { $time }
reader-by-appointment = Con cita previa
reader-no-hours-soon = No abre en los próximos días
reader-hours-unknown = Pregunta el horario
reader-open-to-all = Abierto a todas las personas, tengas papeles o no
reader-for-whom = Para quién
reader-eligibility = Quién puede ir
reader-cost = Precio
reader-free = Gratis
reader-not-free = De pago
reader-languages = Idiomas
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = Se puede pedir un intérprete.
reader-documents = Qué llevar
reader-hours = Horario
reader-today = Hoy
reader-tomorrow = Mañana
reader-closed-day = Cerrado
reader-appointment-note = (con cita previa)
reader-where = Dónde
reader-outreach = Dónde encontrarlos (también van a donde estás)
reader-open-map = Abrir en mi app de mapas
reader-open-web-map = Abrir el mapa en openstreetmap.org
reader-contact = Contacto
reader-call = Llamar al { $phone }
reader-email = Escribir a { $email }
reader-website = Web: { $site }
reader-share = Compartir
reader-share-copied = Enlace copiado
reader-last-checked = Revisado el { $date }
reader-listen = Escuchar
reader-listen-stop = Parar
reader-target-everyone = Todas las personas
reader-target-asylum-seekers-and-refugees = Solicitantes de asilo y refugiados
reader-target-temporary-protection = Personas con protección temporal
reader-target-undocumented-residents = Personas sin papeles
reader-target-women = Mujeres
reader-target-unaccompanied-minors = Menores de 18 años que están solos
reader-target-children = Niños y niñas
reader-target-students = Estudiantes

## Articles

reader-articles-title = Información práctica
reader-articles-below = Más sobre esto
reader-breadcrumbs =
    .aria-label = Estás aquí

## Events

reader-events-title = Actividades
reader-events-later = Más adelante
reader-no-events = No hay actividades en las próximas semanas.
reader-event-cancelled = Cancelada
reader-event-when = Cuándo
reader-event-next-dates = Próximas fechas
reader-event-past = Esta actividad ya terminó.
reader-organizer = Organiza
reader-open-to-residents = Todas las personas, recién llegadas o que viven aquí desde hace tiempo
reader-add-to-calendar = Añadir a mi calendario
reader-register = Inscribirme
reader-online-link = Participar en línea
reader-subscribe = Recibir las actividades de la ciudad en mi calendario
reader-feed-link = Descargar todas las actividades (iCalendar)
reader-events-by-month = Más adelante, mes a mes
reader-no-later-events = Todavía no se conocen eventos posteriores.
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } evento
       *[other] { $month }: { $count } eventos
    }
reader-no-events-month = No hay eventos este mes.
reader-events-bad-month = Esta dirección no indica un mes (debería terminar en ?month=2027-01). Estas son las próximas semanas.
reader-events-known-until = Este teléfono conoce los eventos hasta el { $date }. Abre la guía con conexión más adelante para ver más.
reader-events-coming-weeks = Las próximas cuatro semanas
reader-events-month-before = Antes: { $month }
reader-events-month-after = Después: { $month }
reader-feed-heading = En tu app de calendario

## Search

reader-search-title = Buscar
reader-search-label = Buscar en la guía
reader-search-button = Buscar
reader-search-count =
    { $count ->
        [0] No se encontró nada para «{ $query }».
        [one] Un resultado para «{ $query }».
       *[other] { $count } resultados para «{ $query }».
    }
reader-kind-service = Servicio
reader-kind-article = Información
reader-kind-event = Actividad

## Print version

reader-print-title = Guía para imprimir
reader-print-heading = Guía de { $city }
reader-print-date = Impreso el { $date }. Las cosas cambian: mira la guía en internet.
reader-print-button = Imprimir
reader-print-address = Esta guía en línea, siempre actualizada:
reader-print-qr = Código QR: esta guía en línea
reader-print-other-days = Algunos horarios son otros días (cada varias semanas o una vez al mes): consulta la guía en línea.

## Suggest a correction

reader-suggest-link = Proponer una corrección
reader-suggest-title = Proponer una corrección
reader-suggest-about = Sobre:
reader-suggest-privacy = Tu mensaje es anónimo. No te pedimos tu nombre ni nada sobre ti.
reader-suggest-topic = ¿Qué está mal?
reader-suggest-message = ¿Qué debemos saber?
reader-suggest-message-hint = Por favor, no escribas tu nombre, tu número de teléfono ni otros datos personales.
reader-suggest-send = Enviar
reader-suggest-need-topic = Elige qué está mal.
reader-suggest-need-message = Escribe unas palabras sobre lo que está mal.
reader-suggest-sent = Gracias. El equipo de la guía lo revisará.
reader-suggest-queued = Gracias. No tienes conexión: se enviará cuando vuelvas a tener conexión.
reader-suggest-refused = Gracias, pero no se pudo enviar: quizá la página ya no existe.
reader-back-to-guide = Volver a la guía

## Status page

status-title = Estado de la sincronización
status-connection-label = Conexión con el servidor
status-connected = Conectado
status-connecting = Conectando…
status-offline = Sin conexión
status-offline-hint = No tienes conexión. Los cambios se quedan en este dispositivo. Se envían cuando vuelvas a tener conexión.
status-waiting =
    { $count ->
        [0] No hay nada en este dispositivo esperando a enviarse.
        [1] Hay un cambio guardado en este dispositivo, esperando a enviarse.
       *[other] Cambios guardados en este dispositivo, esperando a enviarse: { $count }.
    }
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
role-group-hint = Uno de los grupos del archivo que moderas en esta ciudad.
role-group-missing = Elige un grupo.
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

## Suggestions queue (editors)

suggestions-title = Sugerencias de lectores
suggestions-heading = Sugerencias para { $city }
suggestions-intro = Los lectores las envían de forma anónima cuando algo de la guía está mal. Revísalo, corrige el elemento si hace falta y luego marca la sugerencia como hecha.
suggestions-loading = Cargando…
suggestions-not-signed-in = Inicia sesión para ver las sugerencias de los lectores.
suggestions-sign-in = Iniciar sesión
suggestions-not-allowed = Solo los editores y administradores de { $city } pueden ver sus sugerencias.
suggestions-unknown-city = No existe la ciudad «{ $city }».
suggestions-show-done = Mostrar también las sugerencias hechas
suggestions-list-title = Sugerencias
suggestions-none-open = No hay sugerencias pendientes.
suggestions-none = Todavía no hay sugerencias.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = Sobre: { $title }
suggestions-about-unpublished = Sobre un elemento que ya no está publicado
suggestions-about-guide = Sobre la guía en general
suggestions-no-message = El lector no escribió ningún mensaje.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = Recibida el { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · escrita en { LANGUAGES($language) }
suggestions-resolved = Hecha el { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Marcar como hecha
suggestions-marked-done = Sugerencia marcada como hecha.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = Ha cerrado o ya no existe
suggestion-topic-hours = El horario está mal
suggestion-topic-address = La dirección está mal
suggestion-topic-contact = El teléfono u otro contacto está mal
suggestion-topic-translation = La traducción está mal o falta
suggestion-topic-other = Otra cosa

## Editing app

editor-page-title = Editar la guía
editor-title = Edición: { $city }
editor-signed-out = Inicia sesión para editar la guía.
editor-progress = { $loaded } de { $total } documentos en este dispositivo
editor-filter = Filtrar
editor-events = Actividades
editor-services = Servicios
editor-new-event = Nueva actividad
editor-back = Volver a la lista
editor-untitled = (todavía sin título)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] Guardado en este dispositivo. No tienes conexión.
        [one] Guardado en este dispositivo, un cambio pendiente de enviar.
       *[other] Guardado en este dispositivo, { $count } cambios pendientes de enviar.
    }
editor-sync-sending =
    { $count ->
        [one] Enviando un cambio…
       *[other] Enviando { $count } cambios…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = Sincronizado { $ago }
editor-sync-sent =
    { $count ->
        [1] Un cambio enviado. Sincronizado { $ago }
       *[other] Cambios enviados: { $count }. Sincronizado { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] Tu sesión se cerró. Inicia sesión otra vez para seguir sincronizando.
        [one] Tu sesión se cerró. Tu cambio está guardado en este dispositivo: inicia sesión otra vez para enviarlo.
       *[other] Tu sesión se cerró. Tus { $count } cambios están guardados en este dispositivo: inicia sesión otra vez para enviarlos.
    }
editor-sync-sign-in = Iniciar sesión otra vez
editor-hint-plain = Escribe frases cortas. Una idea en cada frase. Usa palabras conocidas.
editor-hint-title = Di qué es, en pocas palabras. Por ejemplo: Café de idiomas.
editor-minor-edit = Corrección pequeña (ortografía, una errata): las traducciones siguen al día
editor-conflict =
    { $count ->
        [one] Dos personas cambiaron esto a la vez. Elige el valor correcto:
       *[other] Varias personas cambiaron esto a la vez ({ $count } valores). Elige el correcto:
    }
editor-conflict-keep = Conservar «{ $value }»
editor-event-title = Título
editor-event-description = Descripción
editor-event-type = Tipo de actividad
editor-event-type-workshop = Taller
editor-event-type-language-cafe = Café de idiomas
editor-event-type-festival = Festival
editor-event-type-commemoration = Conmemoración
editor-event-type-job-fair = Feria de empleo
editor-event-type-sport = Deporte
editor-event-type-information-session = Sesión informativa
editor-event-type-other = Otro
editor-event-start = Empieza
editor-event-end = Termina
editor-event-place = Lugar
editor-place-name = Nombre del lugar
editor-place-street = Calle y número
editor-place-postal-code = Código postal
editor-place-locality = Localidad
editor-event-organizer = Organiza
editor-event-free = Gratis
editor-event-cancelled = Toda la actividad está cancelada
editor-repeat = Repetición
editor-repeat-kind = Frecuencia
editor-repeat-none = No se repite
editor-repeat-weekly = Cada semana
editor-repeat-monthly = Cada mes
editor-repeat-custom = Otra regla (RRULE)
editor-repeat-days =
    .aria-label = Estos días
editor-repeat-nth = Cuál
editor-repeat-weekday = Día
editor-repeat-until = Hasta (opcional)
editor-repeat-rule = Regla
editor-nth-1 = Primero
editor-nth-2 = Segundo
editor-nth-3 = Tercero
editor-nth-4 = Cuarto
editor-nth-last = Último
editor-weekday-mo = Lunes
editor-weekday-tu = Martes
editor-weekday-we = Miércoles
editor-weekday-th = Jueves
editor-weekday-fr = Viernes
editor-weekday-sa = Sábado
editor-weekday-su = Domingo
editor-cancelled-dates = Fechas canceladas
editor-cancel-date-label = Cancelar una fecha
editor-cancel-date = Cancelar esta fecha
editor-restore-date = Recuperar el { $date }
editor-quick-hint = Funciona sin internet. La actividad se envía cuando vuelvas a tener conexión.
editor-quick-date = Fecha
editor-quick-start = Hora de inicio
editor-quick-end = Hora de fin
editor-quick-save = Guardar actividad
editor-quick-missing = Rellena el título, la fecha y las horas.
editor-service-name = Nombre
editor-service-description = Qué es
editor-service-eligibility = Quién puede ir
editor-service-documents = Qué llevar
editor-service-status = Estado
editor-service-status-active = Abierto
editor-service-status-temporarily-closed = Cerrado por ahora
editor-service-status-closed = Cerrado para siempre
editor-service-organization = Organización responsable
editor-service-categories = Categorías
editor-service-target-groups = Para quién es
editor-service-open-to-all = Abierto a todas las personas, tengan los papeles que tengan
editor-service-fee = Precio, si no es gratis
editor-service-languages = Idiomas que habla el personal
editor-service-language-other = Otro idioma
editor-service-language-hint = Su código de idioma, por ejemplo ti, prs o pt-BR.
editor-service-language-add = Añadir idioma
editor-service-language-invalid = Esto no es un código de idioma. Escriba un código como ti, prs o pt-BR.
editor-service-contacts = Contacto
editor-service-phones = Números de teléfono
editor-service-phone = Número de teléfono { $number }
editor-service-phone-new = Nuevo número de teléfono
editor-service-phone-add = Añadir número
editor-service-phone-remove = Quitar { $phone }
editor-service-phone-invalid = Escriba un número de teléfono: solo cifras, espacios y +. Por ejemplo +32 4 123 45 67.
editor-service-email = Correo electrónico
editor-service-email-invalid = Esto no es una dirección de correo. Por ejemplo: info@example.org
editor-service-website = Sitio web
editor-service-website-invalid = Escriba la dirección completa, empezando por https://
editor-service-verified = Última comprobación
editor-service-verified-never = Nadie ha comprobado todavía este servicio.
editor-service-verified-value = Comprobado el { $date } por { $name }
editor-service-verify = Comprobado hoy
editor-service-locations = Lugares
editor-service-location = Lugar { $number }
editor-service-location-none = Todavía no hay lugar.
editor-service-location-add = Añadir un lugar
editor-service-location-remove = Quitar este lugar
editor-location-region = Región
editor-location-country = País (dos letras, por ejemplo BE)
editor-location-country-invalid = Escriba el código de país de dos letras, por ejemplo BE.
editor-location-latitude = Latitud (opcional)
editor-location-longitude = Longitud (opcional)
editor-location-latitude-invalid = Escriba un número de -90 a 90, por ejemplo 50.63.
editor-location-longitude-invalid = Escriba un número de -180 a 180, por ejemplo 5.57.
editor-location-outreach = También van hacia la gente (servicio móvil o de calle)
editor-service-schedules = Horario de apertura
editor-schedule = Horario { $number }
editor-schedule-none = Todavía no hay horario.
editor-schedule-add = Añadir horario
editor-schedule-remove = Quitar este horario
editor-schedule-days = Días
editor-schedule-rule-hint = Solo para lo que los días no pueden decir, por ejemplo FREQ=MONTHLY;BYDAY=1TU para el primer martes de cada mes. Déjelo vacío para usar los días.
editor-schedule-rule-invalid = Esta regla no se puede usar. Escriba una regla como FREQ=WEEKLY;BYDAY=MO,TU, sin «RRULE:».
editor-schedule-opens = Abre a las
editor-schedule-closes = Cierra a las
editor-schedule-overnight = Cierra al día siguiente (abierto después de medianoche)
editor-schedule-times-invalid = La hora de cierre debe ser posterior a la de apertura. Para horas después de medianoche, marque «Cierra al día siguiente».
editor-schedule-valid-from = Desde (opcional)
editor-schedule-valid-to = Hasta (opcional)
editor-schedule-valid-invalid = La fecha final no puede ser anterior a la fecha inicial.
editor-schedule-closed-dates = Cerrado el
editor-schedule-closed-date-label = Un día cerrado
editor-schedule-closed-date-add = Añadir día cerrado
editor-schedule-closed-date-remove = Abierto de nuevo el { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, con cita previa
editor-schedule-no-days = Ningún día elegido
editor-schedule-no-hours = todavía sin horas
editor-new-service = Nuevo servicio
editor-new-service-hint = Empiece por el nombre. El resto se rellena en la siguiente pantalla. Funciona sin internet.
editor-new-service-create = Crear servicio
editor-new-service-missing = Escriba el nombre del servicio.
editor-publishing = Publicación
editor-publish-hint = Los lectores solo ven la versión publicada. Tus cambios posteriores quedan como borradores hasta que vuelvas a publicar.
editor-publish = Publicar esta versión
editor-unpublish = Dejar de publicar
editor-published = Publicado. Los lectores ya ven esta versión.
editor-draft-badge = Borrador sin publicar
editor-publication-published = Publicado: los lectores ven esta versión.
editor-publication-draft = Borrador sin publicar: los lectores ven la última versión publicada hasta que se publique esta.
editor-publication-unpublished = Borrador sin publicar: los lectores no ven este elemento hasta que se publique.
editor-unpublished = Publicación retirada. Los lectores ya no lo ven.
editor-publish-not-synced = El servidor todavía no tiene esta versión. Espera a que se sincronice y luego publica.
editor-publish-offline = No tienes conexión. Publica cuando vuelvas a tener conexión.
editor-publish-not-publishable = No publicado: esta versión todavía no es un elemento completo. Espera a que se sincronice, revisa sus campos y vuelve a publicar.
editor-publish-invalid-content = No publicado: corrige primero { $field }.
editor-publish-link-invalid = Un enlace debe llevar a una página de este sitio (que empiece por una sola /) o a una dirección completa que empiece por https://.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = Vista previa: lo que verán los lectores
editor-preview-hint = La versión que ven ahora los lectores, comparada con tu borrador. Publica para mostrarles el borrador.
editor-preview-not-published = Todavía sin publicar: los lectores no ven nada. Al publicar, verán esto:
# $when: the date and time of publishing.
editor-preview-same = Los lectores ven exactamente esta versión (publicada: { $when }).
editor-preview-changed =
    { $count ->
        [one] Un campo es distinto de lo que ven los lectores (versión publicada: { $when }):
       *[other] { $count } campos son distintos de lo que ven los lectores (versión publicada: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] Un campo sin cambios
       *[other] { $count } campos sin cambios
    }
editor-preview-unknown = Conéctate a internet una vez para ver lo que ven los lectores.
editor-preview-unavailable = Este dispositivo todavía no tiene la versión publicada. Espera a que se sincronice.
# Read out by screen readers before removed and added words.
editor-diff-removed = Eliminado:
editor-diff-added = Añadido:
# The history of an item: who changed which field, and when.
editor-history = Historial
editor-history-hint = Quién cambió qué y cuándo. Puedes recuperar un valor anterior.
editor-history-none = Todavía no hay cambios.
editor-history-unknown-author = Importado
# $field: the technical name of a field that has no label here.
editor-history-other-field = Otro dato ({ $field })
editor-history-restore = Recuperar este valor
editor-history-current = Este es el valor actual.
editor-history-empty = (vacío)
editor-history-yes = Sí
editor-history-no = No
editor-history-field-order = Posición en la lista de artículos
editor-translate-link = Traducir
editor-suggestions-link = Sugerencias de los lectores
editor-suggestions-open = Abiertas: { $count }
editor-translate-title = Traducciones
editor-translate-no-languages = No tienes ningún idioma al que traducir en esta ciudad.
editor-translate-language = Traducir a
editor-translate-status = Mostrar
editor-translate-all = Todo
editor-translate-back = Volver a las traducciones
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $done } de { $total } al día
editor-status-missing = Falta
editor-status-outdated = Desactualizada
editor-status-machine = Traducción automática
editor-status-up-to-date = Al día
editor-status-incomplete = Traducción parcial
editor-translate-source-changed = El original cambió desde que se hizo esta traducción. Lo que cambió está marcado encima de cada campo.
editor-translate-source-changed-unknown = El original cambió desde que se hizo esta traducción. Este dispositivo no puede mostrar qué cambió: compara cada texto con el original.
editor-translate-what-changed = Cambiado en el original:
editor-translate-finish = Terminar
editor-translate-left = Textos por traducir: { $count }
editor-translate-all-translated = Todos los textos están traducidos. Revísalos con el original y márcala como terminada.
editor-translate-done = Marcar como terminada
editor-translate-not-done = Primero traduce todos los textos. Aún vacíos: { $count }
editor-translate-marked-done = Marcada como terminada. Está guardada en este dispositivo y se envía al servidor con tus otros cambios.
editor-translate-publish = Publicar la traducción
editor-translate-publish-hint = Los lectores ven la traducción cuando se publica, con la versión de la ficha que ven ahora.
editor-translate-editor-publishes = Los lectores ven la traducción cuando un editor la publica.
editor-translate-publish-not-done = Primero marca la traducción como terminada.
editor-translate-item-unpublished = La ficha todavía no está publicada. Los lectores verán la traducción cuando lo esté.
editor-translate-published = Publicada. Los lectores ya ven esta traducción.
editor-field-name = Nombre
editor-field-title = Título
editor-field-description = Descripción
editor-field-body = Texto
editor-field-eligibility = Quién puede ir
editor-field-documents_needed = Qué llevar
editor-field-fee = Precio
editor-field-accessibility = Accesibilidad
editor-field-notes = Notas sobre el horario

## Guide articles and city settings

editor-new-article = Nuevo artículo
editor-settings-link = Ajustes de la ciudad
editor-articles = Artículos de la guía
editor-move-up = Subir
    .aria-label = Subir: { $title }
editor-move-down = Bajar
    .aria-label = Bajar: { $title }
editor-article-title = Título
editor-article-body = Texto
editor-article-markdown-hint = Formato: una línea vacía entre párrafos; «## » al inicio de una línea para un título; «- » o «1. » para una lista; un enlace se escribe [palabras](https://example.org).
editor-article-parent = Va debajo de
editor-article-top-level = Nivel superior (debajo de ningún artículo)
editor-article-notice = Aviso en la página de inicio hasta (opcional)
editor-article-notice-hint = Hasta esta fecha, la página de inicio de la guía muestra el artículo como un aviso de la ciudad. Déjelo vacío para un artículo normal.
editor-hint-title-article = Diga de qué trata, en pocas palabras. Por ejemplo: Sus primeros días.
editor-article-create = Crear artículo
editor-article-title-missing = Escriba primero un título.
editor-article-cannot-create = Solo los editores pueden añadir artículos.
editor-settings-title = Ajustes de la ciudad
editor-settings-live = Los cambios que haga aquí los ven los lectores al instante. No hay paso de publicación.
editor-settings-read-only = No puede cambiar los ajustes de la ciudad. Solo los editores pueden hacerlo.
editor-categories = Categorías
editor-categories-hint = Los lectores ven las categorías en este orden. Si un nombre está vacío, ven el nombre en el idioma alternativo.
editor-category-icon = Icono
editor-category-name = Nombre en { $language } ({ $tag })
editor-category-add-title = Nueva categoría
editor-category-add-name = Nombre en { $language }
editor-category-add = Añadir categoría
editor-category-name-missing = Escriba primero el nombre de la categoría.
editor-category-remove-question = ¿Eliminar «{ $name }»? Servicios que la usan: { $count }.
editor-remove = Eliminar
    .aria-label = Eliminar: { $name }
editor-remove-confirm = Sí, eliminar «{ $name }»
editor-remove-cancel = Cancelar
editor-icon-heart = Corazón
editor-icon-house = Casa
editor-icon-scales = Balanza
editor-icon-briefcase = Maletín
editor-icon-book = Libro
editor-icon-family = Familia
editor-icon-bowl = Cuenco
editor-icon-people = Personas
editor-icon-woman = Mujer
editor-icon-star = Estrella
editor-icon-search = Lupa
editor-icon-calendar = Calendario
editor-icon-clock = Reloj
editor-icon-pin = Marcador de mapa
editor-icon-phone = Teléfono
editor-icon-share = Compartir
editor-icon-print = Impresora
editor-icon-speaker = Altavoz
editor-icon-article = Documento
editor-icon-offline = Sin conexión
editor-icon-check = Marca de verificación
editor-icon-flag = Bandera
editor-languages = Idiomas
editor-languages-hint = Los idiomas que pueden elegir los lectores. Un texto aún no traducido se muestra en el idioma alternativo.
editor-language-direction = Dirección de escritura
editor-direction-ltr = De izquierda a derecha
editor-direction-rtl = De derecha a izquierda
editor-language-source = El idioma de origen: los contenidos se escriben primero en él.
editor-language-fallback = Idioma alternativo
editor-language-fallback-hint = Lo que ven los lectores de este idioma cuando un texto aún no está traducido.
editor-language-no-fallback = Ninguno
editor-language-fallback-cycle = Eso crea un bucle: ese idioma ya recurre a este. Elija otro.
editor-language-remove-question = ¿Eliminar { $language }? Sus lectores elegirán otro idioma. Sus traducciones se conservan.
editor-language-add-title = Nuevo idioma
editor-language-add-tag = Código de idioma (BCP 47)
editor-language-add-hint = Por ejemplo: ti (tigriña), pt-BR (portugués de Brasil).
editor-language-add = Añadir idioma
editor-language-invalid = «{ $tag }» no es un código de idioma. Escriba un código como ti o pt-BR.
editor-language-present = La ciudad ya ofrece { $language }.

## The multivoiced archive

reader-archive-title = Voces de llegada
reader-archive-intro = Relatos de personas que llegaron a esta ciudad, con sus propias palabras. Cada voz es suya; ninguna es la versión oficial.
reader-archive-link = Leer las voces de llegada
reader-archive-empty = Aún no se ha publicado nada aquí.
reader-archive-unavailable = No se pudieron cargar las voces. Inténtelo más tarde.
reader-archive-offline = Está sin conexión. Las voces de llegada necesitan conexión.
reader-archive-anonymous = Anónimo
reader-archive-speaks-about = Habla de:
reader-archive-translated = Traducido del { $language } por el grupo
reader-archive-in-language = En { $language }
reader-archive-original = Ver las palabras originales
reader-archive-recording =
    .aria-label = Grabación de esta voz
archive-page-title = Archivo
archive-title = Archivo del grupo { $group }
archive-open = Abrir el archivo
archive-not-member = No es miembro de este grupo de archivo.
archive-intro = Relatos de llegada, escritos y grabados por el grupo. Cada voz sigue siendo de su autor: solo esa persona decide quién la ve y cómo se la nombra.
archive-entries = Relatos
archive-no-entries = Todavía no hay relatos.
archive-voice-count =
    { $count ->
        [one] { $count } voz
       *[other] { $count } voces
    }
archive-state-published = Publicado
archive-state-unpublished = No publicado
archive-theme = Tema
archive-guide-links = Páginas de la guía de las que habla
archive-theme-arrival = La llegada
archive-theme-first-contact-with-services = Primer contacto con los servicios
archive-theme-housing = La vivienda
archive-theme-work = El trabajo
archive-theme-family = La familia
archive-theme-belonging = La pertenencia
archive-theme-the-future = El futuro
archive-theme-other = Otro
archive-entry-title = Título
archive-entry-title-missing = Escriba un título.
archive-cities = Ciudades de las que habla
archive-cities-hint = Una vez publicado, los lectores de las guías de estas ciudades pueden leerlo.
archive-new-entry = Nuevo relato
archive-new-entry-create = Crear el relato
archive-back = Volver al archivo
archive-entry-missing = Este relato aún no está en este dispositivo. Si se acaba de crear, espere a que se sincronice.
archive-voices = Voces
archive-no-voices = Todavía no hay ninguna voz.
archive-add-voice = Añadir mi voz
archive-add-voice-hint = Escriba con sus propias palabras, grábese, o ambas cosas. Se guarda en este dispositivo enseguida y se envía cuando tenga conexión.
archive-voice-language = El idioma en que habla
archive-add-voice-create = Añadir mi voz
archive-voice-yours = Su voz
archive-voice-of = Voz de { $name }
archive-voice-unknown = Una voz del grupo
archive-voice-in = En { $language }
archive-voice-text = Palabras
archive-voice-text-hint = Lo que se escribió, o la transcripción de la grabación.
archive-recording = Grabación
archive-record = Grabar
archive-record-stop = Detener
archive-record-discard = Descartar la grabación
archive-record-play =
    .aria-label = Escuchar la grabación
archive-recording-none = Sin grabación.
archive-recording-recording = Grabando…
archive-recording-waiting = Grabado, esperando para subirse. Se guarda en este dispositivo hasta entonces.
archive-recording-uploaded = Subido.
archive-recording-refused-too-large = Esta grabación es demasiado grande: el archivo admite hasta 25 MB. Graba una más corta o elige un archivo más pequeño.
archive-recording-refused-wrong-type = El archivo no admite este fichero: solo audio WebM u Ogg.
archive-audio-file = O elige un archivo de audio de este dispositivo
archive-audio-file-hint = Audio WebM u Ogg, hasta 25 MB. Su título y otras etiquetas se quitan al subirlo.
archive-recording-no-microphone = No se pudo usar ningún micrófono. Permita que este sitio use el micrófono, o escriba sus palabras.
archive-photo = Foto
archive-photo-choose = Añadir una foto
archive-photo-hint = JPEG, PNG o WebP, hasta 10 MB. Su ubicación (GPS) y los datos de la cámara se quitan al subirla.
archive-photo-description = Qué muestra la foto (para quienes no pueden verla)
archive-photo-remove = Quitar la foto
archive-photo-none = Sin foto.
archive-photo-waiting = Esperando para subirse. Se guarda en este dispositivo hasta entonces.
archive-photo-uploaded = Subida, sin su ubicación ni los datos de la cámara.
archive-photo-refused-too-large = Esta foto es demasiado grande: el archivo admite fotos de hasta 10 MB.
archive-photo-refused-wrong-type = El archivo no admite este fichero: solo fotos JPEG, PNG o WebP.
archive-translations = Traducciones
archive-translation-language = Traducir al
archive-translation-add = Añadir una traducción
archive-translation-text = Traducción al { $language }, por { $by }
archive-translation-text-own = Traducción al { $language }, de la persona autora de la voz
archive-consent-title = Su consentimiento
archive-consent-unavailable = Podrá elegir quién ve su voz cuando haya llegado al servidor (cuando tenga conexión). Hasta entonces solo la ve el grupo, sin su nombre.
archive-consent-visibility = Quién puede ver su voz
archive-visibility-group = Solo el grupo
archive-visibility-city-editors = El grupo y los editores de la ciudad
archive-visibility-public = Todo el mundo, cuando un moderador publique el relato
archive-consent-naming = Cómo se le nombra
archive-naming-name = Con mi nombre ({ $name })
archive-naming-pseudonym = Con un seudónimo
archive-naming-anonymous = De ninguna manera (anónimo)
archive-pseudonym = Seudónimo
archive-pseudonym-missing = Escriba el seudónimo con el que quiere que se le nombre.
archive-consent-save = Guardar mi elección
archive-consent-saving = Guardando…
archive-consent-saved = Guardado.
archive-consent-offline = No guardado: está sin conexión. Inténtelo de nuevo cuando tenga conexión.
archive-consent-withdrawn = Esta voz está retirada.
archive-consent-failed = No guardado. Inténtelo más tarde.
archive-withdraw = Retirar mi voz
archive-withdraw-explained = Retirar su voz la elimina para siempre: nadie del grupo, ningún editor y ningún lector volverá a verla, y el servidor la borra. No se puede recuperar.
archive-withdraw-cannot-undo = No puede recuperar las copias que otras personas ya descargaron, guardaron o imprimieron mientras se les mostraba.
archive-withdraw-confirm = Retirarla para siempre
archive-withdraw-cancel = Conservar mi voz
archive-publish = Publicar el relato
archive-unpublish = Despublicar
archive-publish-hint = Los lectores solo ven las voces cuyos autores eligieron «todo el mundo», nombradas como cada uno eligió.
archive-published = Publicado. Los lectores ven ahora las voces compartidas con el público.
archive-unpublished = Despublicado. Los lectores ya no lo ven.
archive-publish-refused = No publicado: ningún autor ha compartido aún su voz con el público (o el relato no tiene título).
archive-publish-not-synced = El servidor aún no tiene este relato. Espere a que se sincronice y publique después.
archive-publish-failed = No publicado. Inténtelo más tarde.
archive-export = Descargar el archivo del grupo
archive-export-hint = Un archivo zip con las palabras de cada voz (Markdown), las grabaciones y una lista de entradas, voces, idiomas y consentimientos. Las voces retiradas nunca están; una voz anónima no lleva nombre. Compártelo solo como lo permita el consentimiento de cada voz.

## Dates
date-month =
    { $month ->
     [jan] enero
     [feb] febrero
     [mar] marzo
     [apr] abril
     [may] mayo
     [jun] junio
     [jul] julio
     [aug] agosto
     [sep] septiembre
     [oct] octubre
     [nov] noviembre
    *[dec] diciembre
    }
date-month-alone =
    { $month ->
     [jan] enero
     [feb] febrero
     [mar] marzo
     [apr] abril
     [may] mayo
     [jun] junio
     [jul] julio
     [aug] agosto
     [sep] septiembre
     [oct] octubre
     [nov] noviembre
    *[dec] diciembre
    }
date-weekday =
    { $weekday ->
     [mon] lunes
     [tue] martes
     [wed] miércoles
     [thu] jueves
     [fri] viernes
     [sat] sábado
    *[sun] domingo
    }
date-day = { $weekday }, { $day } de { $month }
date-full = { $day } de { $month } de { $year }
date-month-year = { $month } de { $year }
date-day-time = { $day }, { $time }
date-list-separator = { ", " }
date-just-now = este minuto
date-minutes-ago =
    { $count ->
     [many] hace { $count } minutos
     [one] hace { $count } minuto
    *[other] hace { $count } minutos
    }
date-hours-ago =
    { $count ->
     [many] hace { $count } horas
     [one] hace { $count } hora
    *[other] hace { $count } horas
    }
date-days-ago =
    { $count ->
     [1] ayer
     [many] hace { $count } días
     [one] hace { $count } día
    *[other] hace { $count } días
    }
