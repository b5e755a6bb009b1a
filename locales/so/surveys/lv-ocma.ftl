# DRAFT translation by machine, needs native review

survey-title = Sahanka qanacsanaanta macaamiisha

section-quality = Adeegga guud ahaan
section-importance = Waxa kuugu muhiimsan
section-aspects = Qaybaha adeegga
section-specialist = Khabiirka adeegga macaamiisha
section-comments = Faalladaada

overall-quality = Guud ahaan, sidee u qiimaynaysaa tayada adeegga lagu siiyay?
    .low = Aad u liita
    .high = Aad u wanaagsan

aspect-importance = U kala horreysii kuwan sida ay kuugu muhiimsan yihiin, kan ugu muhiimsan marka hore.
    .choice-waiting-time = Sugitaan gaaban
    .choice-information = Macluumaad cad oo dhammaystiran
    .choice-booking = Ballan qabsasho fudud
    .choice-opening-hours = Saacado furitaan oo ku habboon
    .choice-specialist = Khabiir aqoon leh oo edeb leh

rate-waiting-time = Sidee u qiimaynaysaa waqtiga sugitaanka?
    .low = Aad u liita
    .high = Aad u wanaagsan
rate-information = Sidee u qiimaynaysaa macluumaadka lagu siiyay?
    .hint = Ma ahaa mid cad oo dhammaystiran?
    .low = Aad u liita
    .high = Aad u wanaagsan
rate-booking = Sidee u qiimaynaysaa qabsashada ballanta?
    .low = Aad u liita
    .high = Aad u wanaagsan
rate-opening-hours = Sidee u qiimaynaysaa saacadaha furitaanka?
    .low = Aad u liita
    .high = Aad u wanaagsan

specialist-work = Sidee u qiimaynaysaa shaqada khabiirkii kuu adeegay?
    .low = Aad u liita
    .high = Aad u wanaagsan
specialist-competence = Sidee u qiimaynaysaa aqoonta iyo kartida khabiirka?
    .low = Aad u liita
    .high = Aad u wanaagsan
specialist-attitude = Sidee u qiimaynaysaa sida khabiirku kuula dhaqmay?
    .hint = Ma ahaayeen kuwo edeb leh, ixtiraam leh oo caawinaya?
    .low = Aad u liita
    .high = Aad u wanaagsan

comment = Ma jiraa wax kale oo aad rabto inaad noo sheegto, ama talo?
    .hint = Fadlan ha qorin magacaaga ama lambarkaaga shakhsiga ah.
