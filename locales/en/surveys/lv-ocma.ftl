survey-title = Customer satisfaction survey

section-quality = The service in general
section-importance = What matters most to you
section-aspects = Parts of the service
section-specialist = The customer service specialist
section-comments = Your comments

overall-quality = Overall, how do you rate the quality of the service you received?
    .low = Very poor
    .high = Excellent

aspect-importance = Put these in order of importance to you, the most important first.
    .choice-waiting-time = A short waiting time
    .choice-information = Clear and complete information
    .choice-booking = Easy booking of an appointment
    .choice-opening-hours = Convenient opening hours
    .choice-specialist = A competent and polite specialist

rate-waiting-time = How do you rate the waiting time?
    .low = Very poor
    .high = Excellent
rate-information = How do you rate the information you received?
    .hint = Was it clear and complete?
    .low = Very poor
    .high = Excellent
rate-booking = How do you rate booking an appointment?
    .low = Very poor
    .high = Excellent
rate-opening-hours = How do you rate the opening hours?
    .low = Very poor
    .high = Excellent

specialist-work = How do you rate the work of the specialist who served you?
    .low = Very poor
    .high = Excellent
specialist-competence = How do you rate the specialist's knowledge and competence?
    .low = Very poor
    .high = Excellent
specialist-attitude = How do you rate the specialist's attitude towards you?
    .hint = Were they polite, respectful and helpful?
    .low = Very poor
    .high = Excellent

comment = Is there anything else you want to tell us, or a suggestion?
    .hint = Please do not write your name or personal code.
