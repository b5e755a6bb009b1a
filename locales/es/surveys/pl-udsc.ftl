# DRAFT translation by machine, needs native review

survey-title = Su opinión sobre el centro para extranjeros

section-centre = La vida en el centro

accommodation = ¿Cómo evalúa el alojamiento en el centro?
    .hint = Comparado con lo que usted esperaba.
food = ¿Cómo evalúa la comida?
    .hint = Comparado con lo que usted esperaba.
medical-care = ¿Cómo evalúa la atención médica?
    .hint = Comparado con lo que usted esperaba.
staff-assistance = ¿Cómo evalúa la ayuda del personal de la Oficina para Extranjeros?
    .hint = Comparado con lo que usted esperaba.
security = ¿Cómo evalúa la seguridad en el centro?
    .hint = Cuánta seguridad siente, comparado con lo que usted esperaba.
