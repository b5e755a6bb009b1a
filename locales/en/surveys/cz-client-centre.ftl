survey-title = Call back from the Client Centre

section-call-back = Your call to the Client Centre

intro = Thank you for agreeing to this call back. We have three short questions about your call to the Client Centre. Your answers help us improve our service and do not affect your residence matters.
call-purpose = What was your call about?
    .hint = For the staff member asking the questions: choose both if the caller asked for information and booked an appointment.
    .choice-information = Asking for information
    .choice-appointment = Booking an appointment
information-understandable = Did the operator give you all the information in an understandable way?
appointment-correct = Was the appointment booked correctly?
helped-solve = Did the information provided help you to solve your situation?
use-again = Will you use the services of the Client Centre in the future?
