# DRAFT translation by machine, needs native review

survey-title = Encuesta de satisfacción

section-quality = El servicio en general
section-importance = Lo más importante para usted
section-aspects = Partes del servicio
section-specialist = La persona especialista que le atendió
section-comments = Sus comentarios

overall-quality = En general, ¿cómo califica la calidad del servicio que recibió?
    .low = Muy malo
    .high = Excelente

aspect-importance = Ordene estos puntos según su importancia para usted, primero el más importante.
    .choice-waiting-time = Poco tiempo de espera
    .choice-information = Información clara y completa
    .choice-booking = Agendar una cita fácilmente
    .choice-opening-hours = Un horario de atención cómodo
    .choice-specialist = Una persona especialista competente y amable

rate-waiting-time = ¿Cómo califica el tiempo de espera?
    .low = Muy malo
    .high = Excelente
rate-information = ¿Cómo califica la información que recibió?
    .hint = ¿Fue clara y completa?
    .low = Muy malo
    .high = Excelente
rate-booking = ¿Cómo califica la forma de agendar una cita?
    .low = Muy malo
    .high = Excelente
rate-opening-hours = ¿Cómo califica el horario de atención?
    .low = Muy malo
    .high = Excelente

specialist-work = ¿Cómo califica el trabajo de la persona especialista que le atendió?
    .low = Muy malo
    .high = Excelente
specialist-competence = ¿Cómo califica los conocimientos y la competencia de la persona especialista?
    .low = Muy malo
    .high = Excelente
specialist-attitude = ¿Cómo califica la actitud de la persona especialista hacia usted?
    .hint = ¿Le trató con cortesía, con respeto y con ganas de ayudar?
    .low = Muy malo
    .high = Excelente

comment = ¿Hay algo más que quiera decirnos, o alguna sugerencia?
    .hint = Por favor, no escriba su nombre ni su código personal.
