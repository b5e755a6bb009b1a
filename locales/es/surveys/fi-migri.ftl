# DRAFT translation by machine, needs native review

survey-title = Encuesta de satisfacción

section-service = Nuestro servicio
section-feedback = Su opinión

overall = En general, ¿qué tan conforme está con el servicio del Servicio de Inmigración de Finlandia?
    .low = Muy disconforme
    .high = Muy conforme
information = ¿Qué tan fácil fue encontrar y entender la información que necesitaba?
    .low = Muy difícil
    .high = Muy fácil
customer-service = ¿Qué tan conforme está con la orientación y la atención que recibió?
    .low = Muy disconforme
    .high = Muy conforme
ease = ¿Qué tan fácil fue hacer su solicitud o resolver su trámite?
    .low = Muy difícil
    .high = Muy fácil
waiting-time = ¿Qué tan conforme está con el tiempo que tuvo que esperar?
    .hint = Para una cita, en la oficina de atención o por teléfono.
    .low = Muy disconforme
    .high = Muy conforme
feedback = ¿Qué deberíamos hacer mejor? También puede contarnos lo que salió bien.
    .hint = Sus respuestas no afectan ninguna decisión sobre su solicitud. Por favor, no escriba su nombre.
