# DRAFT translation by machine, needs native review

survey-title = Comparta su experiencia con los servicios públicos

section-experience = Su experiencia
section-score = Su calificación general

opinion = ¿Qué opina de su experiencia?
experience = Cuéntenos qué pasó.
    .hint = ¿Qué necesitaba, qué salió bien o mal, y qué se podría mejorar? Escriba al menos 100 caracteres. No escriba nombres ni números de expediente.
elipa-score = Del 0 al 10, ¿qué tan conforme está con la forma en que la administración llevó su trámite?
    .hint = Por ejemplo, su permiso de residencia en la prefectura.
    .low = Nada conforme
    .high = Totalmente conforme
