# DRAFT translation by machine, needs native review

survey-title = ¿Cómo lo hicimos?

section-measures = Su contacto con el IND
section-information = Nuestra información
section-remarks = Sus comentarios

kto = En general, ¿qué tan conforme está hoy con el IND?
    .low = Muy disconforme
    .high = Muy conforme
ces = ¿Qué tan fácil fue resolver lo que necesitaba?
    .low = Muy difícil
    .high = Muy fácil
goal = ¿Pudo hacer lo que vino a hacer?

thumbs = ¿Le fue útil la información que recibió?
thumbs-down-reason = ¿Qué problema tenía la información?
    .choice-not-found = No encontré lo que buscaba
    .choice-unclear = Era difícil de entender
    .choice-incomplete = Faltaba algo
    .choice-not-correct = No era correcta o no estaba actualizada
    .choice-other = Otra cosa
thumbs-down-detail = ¿Puede contarnos más?
    .hint = Opcional. Por favor, no escriba su nombre ni su número V.

remark-category = ¿Quiere dejar un comentario? ¿Sobre qué es?
    .hint = Opcional.
    .choice-technical-failure = Algo no funcionó (falla técnica)
    .choice-remark = Un comentario
    .choice-tip = Una idea para mejorar
    .choice-other = Otra cosa
remark = Su comentario
    .hint = Por favor, no escriba su nombre ni su número V.
