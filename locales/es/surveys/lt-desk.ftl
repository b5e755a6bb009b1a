# DRAFT translation by machine, needs native review

survey-title = ¿Cómo fue nuestro servicio?

section-desk = La atención en esta ventanilla

service = ¿Cómo fue nuestro servicio hoy?
displeased = ¿Qué salió mal?
    .hint = Opcional: toque una respuesta.
    .choice-waiting = Tuve que esperar demasiado
    .choice-not-explained = No me explicaron las cosas con claridad
    .choice-unfriendly = El personal no fue amable
    .choice-not-solved = No se resolvió mi asunto
    .choice-documents = Problemas con documentos o formularios
    .choice-other = Otra cosa
pleased = ¿Qué le gustó más?
    .hint = Opcional: toque una respuesta.
    .choice-quick = Fue rápido
    .choice-clear = Me explicaron las cosas con claridad
    .choice-friendly = El personal fue amable
    .choice-solved = Se resolvió mi asunto
    .choice-other = Otra cosa
