# DRAFT translation by machine, needs native review

survey-title = Llamada de vuelta del Centro de Atención al Cliente

section-call-back = Su llamada al Centro de Atención al Cliente

intro = Gracias por aceptar esta llamada. Tenemos tres preguntas cortas sobre su llamada al Centro de Atención al Cliente. Sus respuestas nos ayudan a mejorar nuestro servicio y no afectan sus trámites de residencia.
call-purpose = ¿Sobre qué fue su llamada?
    .hint = Para la persona del personal que hace las preguntas: elija las dos opciones si la persona que llamó pidió información y también agendó una cita.
    .choice-information = Pedir información
    .choice-appointment = Agendar una cita
information-understandable = ¿La persona que le atendió le dio toda la información de una forma fácil de entender?
appointment-correct = ¿Se agendó la cita correctamente?
helped-solve = ¿La información que recibió le ayudó a resolver su situación?
use-again = ¿Usará los servicios del Centro de Atención al Cliente en el futuro?
