survey-title = Your experience in the reception centre

section-intro = Before we start
section-living = Living in the centre
section-care = Health
section-support = Help and information
section-notes = Notes

how-to-answer = For each service, say if it works well, only partly, or if there are serious problems. If the centre does not offer a service, skip it.
    .hint = The mediator can read the questions with you.

accommodation = Your room and the building
    .hint = Space, beds, heating, repairs.
cleaning = Cleaning of the rooms, toilets and showers
personal-items = Clothes, bed sheets and hygiene products
    .hint = Do you receive them, and are they enough?
food = Meals
    .hint = Quantity, quality, and meals that respect your religion or health.
medical-care = Health care
    .hint = Medical visits, medicines, and help to see a doctor outside the centre.
psychological-support = Psychological support
    .hint = Someone to talk to when you feel unwell or worried.
mediation = Help from the cultural mediator or interpreter
legal-aid = Legal information and advice
    .hint = About your asylum application and your rights.
italian-course = Italian language course
information = Information about the rules of the centre, your rights and the services
notes = Is there anything else you want to add?
    .hint = You can write about any service, good or bad. Please do not write your name.
