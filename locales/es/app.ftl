# DRAFT translation by machine, needs native review
# Textos de la aplicación Heard, español.

## Resident flow
welcome-title = Le damos la bienvenida
welcome-body = Cuéntenos cómo es la vida aquí para usted. Solo toma unos minutos.
welcome-start = Empezar
language-title = Elija su idioma
anonymity-title = Sus respuestas son anónimas
anonymity-body = No le preguntamos su nombre. Sus respuestas no pueden afectar de ninguna manera a su solicitud de asilo ni a su permiso de residencia.
anonymity-continue = Entiendo, continuar
nav-next = Siguiente
nav-back = Atrás
nav-skip = Saltar
listen = Escuchar
progress = Pregunta { $current } de { $total }
required-hint = Por favor, elija una respuesta para continuar.
save-failed = No se pudo guardar su respuesta. Por favor, inténtelo de nuevo o pida ayuda al personal.

## Stop
stop = Parar
stop-title = ¿Quiere parar?
stop-body = Puede guardar las respuestas que dio o borrarlas.
stop-keep = Parar y guardar mis respuestas
stop-discard = Parar y borrar mis respuestas
stop-continue = Seguir con la encuesta
stop-deleted = Sus respuestas se han borrado.
ask-help = Pedir ayuda
help-called = Alguien del personal viene a ayudarle. Por favor, espere aquí.

## Review and end
review-title = Revise sus respuestas
review-change = Cambiar
review-no-answer = Sin respuesta
review-send = Enviar mis respuestas
thanks-title = ¡Gracias!
thanks-body = Sus respuestas se han guardado.
thanks-we-did = Ustedes lo dijeron, nosotros actuamos
thanks-done = Terminar
still-there-title = ¿Sigue ahí?
still-there-body = { $seconds ->
    [one] La encuesta se cerrará en { $seconds } segundo.
    [many] La encuesta se cerrará en { $seconds } segundos.
   *[other] La encuesta se cerrará en { $seconds } segundos.
}
still-there-yes = Sí, sigo aquí

## Question widgets
choose-many-hint = Puede elegir más de una respuesta.
text-label = Su respuesta
text-count = { $count } de { $max } caracteres
number-label = Su número
number-invalid = Por favor, escriba un número del { $min } al { $max }.
number-increase = Más
number-decrease = Menos
ranking-hint = Toque las opciones por orden de importancia, la más importante primero.
ranking-ordered = Su orden
ranking-unordered = Por ordenar
ranking-position = Número { $position }
ranking-move-up = Subir
ranking-move-down = Bajar
ranking-remove = Quitar del orden
ranking-reset = Empezar el orden de nuevo
scale-point = { $value } de { $max }
smiley-5-1 = Muy mal
smiley-5-2 = Mal
smiley-5-3 = Ni bien ni mal
smiley-5-4 = Bien
smiley-5-5 = Muy bien
smiley-3-1 = Mal
smiley-3-2 = Ni bien ni mal
smiley-3-3 = Bien

## Fixed answers
choice-yes = Sí
choice-no = No
choice-above = Mejor de lo que esperaba
choice-at = Como lo esperaba
choice-below = Peor de lo que esperaba
choice-effective = Funcionó bien
choice-partial = Funcionó en parte
choice-critical = No funcionó
choice-positive = Bien
choice-neutral = Ni bien ni mal
choice-negative = Mal
choice-up = Bien
choice-down = No está bien
choice-under-14 = Menos de 14 años
choice-age-14-17 = De 14 a 17 años
choice-age-18-24 = De 18 a 24 años
choice-age-25-34 = De 25 a 34 años
choice-age-35-44 = De 35 a 44 años
choice-age-45-54 = De 45 a 54 años
choice-age-55-64 = De 55 a 64 años
choice-age-65-plus = 65 años o más
choice-female = Mujer
choice-male = Hombre
choice-other = Otro
choice-prefer-not = Prefiero no decirlo
choice-under-2-months = Menos de 2 meses
choice-months-2-6 = De 2 a 6 meses
choice-months-6-12 = De 6 a 12 meses
choice-over-12-months = Más de 12 meses

## Nationalities
country-af = Afganistán
country-sy = Siria
country-er = Eritrea
country-ps = Palestina
country-tr = Turquía
country-so = Somalia
country-iq = Irak
country-gn = Guinea
country-cd = RD del Congo
country-bi = Burundi
country-ma = Marruecos
country-ua = Ucrania
country-ir = Irán
country-ve = Venezuela
country-co = Colombia
country-ru = Rusia

## Administration mode badges (shown to the resident)
mode-self-completed = Sin ayuda
mode-assisted = Con ayuda del personal
mode-interpreter = Con intérprete
mode-interviewer = Una persona del personal lee las preguntas
mode-paper = Desde un formulario en papel

## Staff
staff-corner = Personal: mantener pulsado 2 segundos
pin-title = Acceso del personal
pin-label = PIN
pin-submit = Desbloquear
pin-cancel = Cancelar
pin-wrong = { $left ->
    [one] PIN incorrecto. Queda { $left } intento.
    [many] PIN incorrecto. Quedan { $left } intentos.
   *[other] PIN incorrecto. Quedan { $left } intentos.
}
pin-locked = { $minutes ->
    [one] Demasiados intentos incorrectos. Vuelva a intentarlo en { $minutes } minuto.
    [many] Demasiados intentos incorrectos. Vuelva a intentarlo en { $minutes } minutos.
   *[other] Demasiados intentos incorrectos. Vuelva a intentarlo en { $minutes } minutos.
}
staff-title = Panel del personal
staff-survey = Encuesta activa
staff-survey-builtin = integrada
staff-survey-downloaded = del servidor
staff-survey-replaces = del servidor, sustituye a la integrada
staff-survey-unusable = La encuesta { $survey } descargada del servidor no se puede usar. Pulse «Sincronizar ahora» para descargarla de nuevo o avise a la coordinación.
staff-service-point = Punto de atención (una mesa o ventanilla, nunca una persona)
staff-facility = Código del centro
staff-mode = Cómo se recoge la próxima respuesta
staff-counts = Respuestas en este dispositivo
staff-completed-today = Completadas hoy
staff-abandoned-today = Detenidas o abandonadas hoy
staff-completed-total = Completadas en total
staff-abandoned-total = Abandonadas en total
staff-pending = Pendientes de envío
staff-settings = Ajustes
staff-timeout = Minutos sin tocar la pantalla antes de que la encuesta se reinicie
staff-save = Guardar ajustes
staff-saved = Guardado.
staff-invalid = { $field } no es válido: use letras minúsculas, cifras y guiones.
staff-timeout-invalid = Elija un número de minutos del 1 al 60.
staff-pin-change = Cambiar el PIN
pin-current = PIN actual
pin-confirm = Repita el PIN nuevo
pin-changed = El PIN se ha cambiado.
pin-mismatch = Los dos PIN nuevos no son iguales.
staff-start = Empezar la encuesta
staff-start-entry = Registrar una respuesta
staff-close = Cerrar el panel del personal
staff-no-survey = No hay ninguna encuesta disponible en este dispositivo.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = Escuchar otra vez
staff-help-call = Una persona que lee { $language } pidió ayuda. Esta encuesta todavía no se puede escuchar entera en ese idioma. Por favor, vaya a verla.
staff-listen-missing = Falta para escuchar
staff-record-missing = Grabar lo que falta en { $language }
staff-dismiss = Ocultar
staff-translations = Traducciones
staff-language = Idioma
staff-app-words = Textos de la aplicación
staff-status-draft = Borrador, pendiente de revisión nativa
staff-status-reviewed = Revisado
staff-coverage = Cobertura de texto y audio
staff-coverage-text = Texto
staff-audio-missing = Sin audio
staff-audio-synthetic = Sintético
staff-audio-recorded = Grabado
staff-recordings = Grabar mensajes
staff-record-item = Qué grabar
staff-record = Grabar
staff-record-stop = Detener la grabación
staff-record-keep = Conservar esta grabación
staff-record-import = O importar un archivo de sonido
staff-record-kept = Conservada: a partir de ahora suena esta grabación.
staff-record-refused = Este archivo no se puede usar: debe ser un archivo de sonido de menos de 2 MB.
staff-record-no-mic = No hay ningún micrófono disponible.

# Sync (staff panel)
sync-title = Sincronizar con el servidor
sync-not-enrolled = Esta tableta todavía no está registrada en ningún servidor de sincronización.
sync-enrolled = Registrada en { $server }
sync-server-url = Dirección del servidor
sync-code = Código de registro (de la coordinación)
sync-enrol = Registrar esta tableta
sync-enrolling = Registrando…
sync-enrol-ok = Esta tableta está registrada. Las respuestas se enviarán automáticamente.
sync-error-address = Esa dirección de servidor no es válida. Debe empezar por { $start }
sync-error-wrong-code = Ese código no es correcto o ya se usó. Pida un código nuevo a la coordinación.
sync-error-expired = Ese código ha caducado. Pida un código nuevo a la coordinación.
sync-error-unreachable = No se pudo conectar con el servidor. Compruebe la conexión a internet y la dirección del servidor.
sync-error-tls = Falló la conexión segura con el servidor. Compruebe la fecha y la hora de la tableta y la dirección del servidor.
sync-error-too-many = Demasiados intentos. Espere un minuto y vuelva a intentarlo.
sync-error-server = El servidor no pudo registrar esta tableta. Inténtelo más tarde o avise a la coordinación.
sync-now = Sincronizar ahora
sync-last-success = Última sincronización correcta
sync-minutes-ago = hace { $minutes } min
sync-never = Todavía no
sync-last-error = Último problema
sync-set-aside = Apartadas por el servidor

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = Configurar esta tableta
setup-body = Elija el PIN del personal antes de que los residentes usen esta tableta. El personal lo necesita para abrir el panel del personal: mantenga pulsada la esquina superior 2 segundos. Compártalo solo con el personal.
setup-pin = PIN del personal (de 6 a 12 cifras)
setup-pin-again = PIN del personal otra vez
setup-save = Guardar el PIN
pin-new-digits = PIN nuevo (de 6 a 12 cifras)
pin-rule-digits = Un PIN tiene de 6 a 12 cifras, y solo cifras.
pin-rule-common = Este PIN es uno de los más comunes. Elija otro.
pin-rule-sequence = Este PIN es demasiado simple (una cifra repetida, una cuenta hacia arriba o hacia abajo, o un patrón repetido). Elija otro.
sync-error-waiting = Respuestas pendientes de envío al servidor en el que está registrada esta tableta: { $count }. Pulse primero «Sincronizar ahora» para enviarlas y después registre la tableta en el nuevo servidor.
clock-off = La fecha y la hora de esta tableta son incorrectas: difieren de las del servidor en más de un día (días: { $days }). Ajuste la fecha y la hora en la configuración de la tableta.
set-aside-wrong-facility = Estas respuestas indican otro centro distinto de aquel en el que está registrada esta tableta. Revise el centro en Configuración y avise a la coordinación.
set-aside-survey-not-on-server = El servidor no tiene esta encuesta para su centro. Pida a la coordinación que la asigne en el servidor.
set-aside-conflict = El servidor ya tiene otras respuestas con el mismo número. Avise a la coordinación; no hay nada que hacer en la tableta.
set-aside-invalid = Estas respuestas no encajan con la encuesta del servidor, quizá porque cambió. Avise a la coordinación.
set-aside-other = El servidor rechazó estas respuestas por un motivo que esta aplicación no conoce. Actualice la aplicación y avise a la coordinación.
set-aside-kept = Las respuestas apartadas se quedan 30 días en esta tableta y después se borran.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = Este navegador conserva las respuestas de Heard aunque la tableta se quede sin espacio.
storage-not-kept = Este navegador puede borrar las respuestas de Heard si la tableta se queda sin espacio. Sincronice a menudo. Si Heard vuelve a abrirse en la configuración inicial, sus respuestas se borraron: elija el PIN y vuelva a inscribir la tableta.
setup-storage-lost = El navegador borró lo que Heard había guardado en esta tableta (se vació el almacenamiento o se llenó). Las respuestas que aún no se enviaron al servidor se han perdido. Elija el PIN y luego vuelva a inscribir la tableta en el panel del personal.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = ¿Qué se guarda?
kept-title = ¿Qué se guarda?
kept-close = Cerrar
kept-list-title = Se guarda con sus respuestas
kept-answers = Sus respuestas
kept-period = El mes, no el día ni la hora
kept-facility = El centro
kept-service-point = El lugar del centro donde respondió, si lo hay
kept-language = El idioma que eligió
kept-mode = Si respondió solo o con ayuda
kept-audio-used = Si escuchó las preguntas
kept-status = Si terminó o se detuvo
kept-survey = Qué encuesta, y qué versión
kept-id = Un número al azar, para que sus respuestas no cuenten dos veces
kept-never-title = Nunca se guarda
kept-never-name = Su nombre, o un número sobre usted
kept-never-device = Esta tableta o teléfono
kept-never-time = La fecha y la hora exactas
kept-never-helper = Quién le ayudó
kept-never-voice = Su voz o su cara
