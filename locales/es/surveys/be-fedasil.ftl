# DRAFT translation by machine, needs native review

survey-title = Su vida en el centro

section-accommodation = Su habitación y los baños
section-food = Las comidas
section-supervision = La ayuda del personal
section-safety = Seguridad
section-well-being = Cómo se siente
section-overall = En general
section-about-you = Sobre usted (opcional)

room-satisfied = ¿Está conforme con su habitación?
room-reasons = ¿Qué problema tiene su habitación?
    .hint = Puede elegir más de una respuesta.
    .choice-crowded = Demasiada gente
    .choice-noisy = Demasiado ruido
    .choice-cold-or-hot = Demasiado frío o demasiado calor
    .choice-no-privacy = No hay privacidad
    .choice-broken = Hay cosas rotas
    .choice-other = Otra cosa

sanitary-satisfied = ¿Está conforme con los baños y las duchas?
sanitary-reasons = ¿Qué problema hay con los baños y las duchas?
    .hint = Puede elegir más de una respuesta.
    .choice-not-clean = No están limpios
    .choice-too-few = No hay suficientes
    .choice-no-hot-water = No hay agua caliente
    .choice-no-privacy = No hay privacidad
    .choice-broken = Hay cosas rotas
    .choice-other = Otra cosa

food-satisfied = ¿Está conforme con las comidas?
food-reasons = ¿Qué problema hay con las comidas?
    .hint = Puede elegir más de una respuesta.
    .choice-taste = El sabor
    .choice-quantity = No hay suficiente comida
    .choice-not-halal-or-diet = No es adecuada para mi religión o mi dieta
    .choice-no-variety = Siempre es lo mismo
    .choice-meal-times = Los horarios de comida no me convienen
    .choice-cannot-cook = No puedo cocinar para mí
    .choice-other = Otra cosa

supervision-satisfied = ¿Está conforme con la ayuda del personal?
supervision-reasons = ¿Qué problema hay con la ayuda del personal?
    .hint = Puede elegir más de una respuesta.
    .choice-not-listened = No me escuchan
    .choice-no-information = No recibo suficiente información
    .choice-hard-to-reach = Es difícil contactar al personal
    .choice-language = No nos entendemos
    .choice-unfair = No me tratan de forma justa
    .choice-other = Otra cosa

safety-satisfied = ¿Se siente a salvo en el centro?
safety-reasons = ¿Por qué no se siente a salvo?
    .hint = Puede elegir más de una respuesta.
    .choice-conflicts = Peleas o discusiones
    .choice-theft = Hay robos
    .choice-at-night = Por la noche
    .choice-no-lock = Mi habitación no se puede cerrar con llave
    .choice-harassment = Hay personas que me molestan o me amenazan
    .choice-other = Otra cosa

well-being-satisfied = ¿Se siente bien en el centro?
well-being-reasons = ¿Qué le hace sentir mal?
    .hint = Puede elegir más de una respuesta.
    .choice-worry-procedure = Me preocupa mi trámite
    .choice-boredom = No tengo nada que hacer
    .choice-loneliness = La soledad
    .choice-health = Mi salud
    .choice-family = Estar lejos de mi familia
    .choice-other = Otra cosa

overall-rating = En general, ¿cómo califica el centro?
    .low = Muy malo
    .high = Muy bueno
comment = ¿Hay algo más que quiera decirnos?
    .hint = Por favor, no escriba su nombre.

age = ¿Cuántos años tiene?
sex = Usted es…
nationality = ¿Cuál es su nacionalidad?
stay = ¿Cuánto tiempo lleva viviendo en este centro?
