# DRAFT translation by machine, needs native review

survey-title = Sobre su llamada

section-call = Su llamada de hoy

good-service = ¿Recibió una buena atención?
reasonable-time = ¿Recibió una respuesta en un tiempo razonable?
query-resolved = ¿Se resolvió su consulta?
