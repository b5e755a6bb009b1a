# DRAFT translation by machine, needs native review

survey-title = Tu vida en el centro

section-home = Tu habitación y el baño
section-food = Comida
section-adults = Las personas adultas que te ayudan
section-safety = Seguridad
section-feelings = Cómo te sientes
section-overall = Todo junto
section-about-you = Sobre ti

room = ¿Qué te parece tu habitación?
room-problem = ¿Qué no está bien?
    .hint = Puedes elegir más de una respuesta.
    .choice-too-many-people = Demasiada gente
    .choice-noisy = Mucho ruido
    .choice-cold-or-hot = Demasiado frío o demasiado calor
    .choice-broken = Hay cosas rotas
    .choice-other = Otra cosa

bathroom = ¿Qué te parecen los baños y las duchas?
bathroom-problem = ¿Qué no está bien?
    .hint = Puedes elegir más de una respuesta.
    .choice-dirty = Están sucios
    .choice-no-hot-water = No hay agua caliente
    .choice-no-privacy = Otras personas me pueden ver
    .choice-broken = Hay cosas rotas
    .choice-other = Otra cosa

food = ¿Qué te parece la comida?
food-problem = ¿Qué no está bien?
    .hint = Puedes elegir más de una respuesta.
    .choice-taste = No sabe bien
    .choice-not-enough = No hay suficiente comida
    .choice-not-my-food = No la puedo comer (por religión o por salud)
    .choice-always-the-same = Siempre es lo mismo
    .choice-other = Otra cosa

adults-help = ¿Las personas adultas de aquí te ayudan bien?
    .hint = El personal, tu tutor o tutora, tu trabajador o trabajadora social.
adults-problem = ¿Qué no está bien?
    .hint = Puedes elegir más de una respuesta.
    .choice-not-listened = No me escuchan
    .choice-no-time = No tienen tiempo para mí
    .choice-not-understood = No nos entendemos
    .choice-unfair = No me tratan de forma justa
    .choice-other = Otra cosa

safe = ¿Te sientes a salvo aquí?
safe-problem = ¿Por qué no te sientes a salvo?
    .hint = Puedes elegir más de una respuesta.
    .choice-fights = Peleas
    .choice-bullying = Otras personas me molestan o se burlan de mí
    .choice-theft = Me roban mis cosas
    .choice-at-night = Por la noche
    .choice-other = Otra cosa

feel = ¿Cómo te sientes aquí?
feel-problem = ¿Qué te hace sentir mal?
    .hint = Puedes elegir más de una respuesta.
    .choice-worried = Me preocupo mucho
    .choice-bored = No hay nada que hacer
    .choice-lonely = Siento soledad
    .choice-miss-family = Extraño a mi familia
    .choice-sick = Me siento mal de salud o tengo dolor
    .choice-other = Otra cosa

life-here = ¿Cómo es tu vida en el centro?
comment = ¿Quieres decirnos algo más?
    .hint = No escribas tu nombre.

age = ¿Cuántos años tienes?
