# DRAFT translation by machine, needs native review

survey-title = Su experiencia en el centro de acogida

section-intro = Antes de empezar
section-living = Vivir en el centro
section-care = Salud
section-support = Ayuda e información
section-notes = Comentarios

how-to-answer = Para cada servicio, diga si funciona bien, solo en parte, o si tiene problemas graves. Si el centro no ofrece un servicio, sáltelo.
    .hint = La persona mediadora puede leer las preguntas con usted.

accommodation = Su habitación y el edificio
    .hint = Espacio, camas, calefacción, reparaciones.
cleaning = Limpieza de las habitaciones, los baños y las duchas
personal-items = Ropa, sábanas y productos de higiene
    .hint = ¿Los recibe? ¿Son suficientes?
food = Comidas
    .hint = Cantidad, calidad y comidas que respetan su religión o su salud.
medical-care = Atención médica
    .hint = Consultas médicas, medicamentos y ayuda para ir a consulta médica fuera del centro.
psychological-support = Apoyo psicológico
    .hint = Alguien con quien hablar cuando se siente mal o tiene preocupaciones.
mediation = Ayuda de la persona mediadora cultural o intérprete
legal-aid = Información y asesoría legal
    .hint = Sobre su solicitud de asilo y sus derechos.
italian-course = Curso de italiano
information = Información sobre las reglas del centro, sus derechos y los servicios
notes = ¿Hay algo más que quiera agregar?
    .hint = Puede escribir sobre cualquier servicio, bueno o malo. Por favor, no escriba su nombre.
