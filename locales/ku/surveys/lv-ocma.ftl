# DRAFT translation by machine, needs native review

survey-title = Anketa razîbûna xerîdaran

section-quality = Xizmet bi giştî
section-importance = Ji bo we çi herî girîng e
section-aspects = Beşên xizmetê
section-specialist = Pisporê xizmeta xerîdaran
section-comments = Şîroveyên we

overall-quality = Bi giştî, hûn kalîteya xizmeta ku we wergirt çawa dinirxînin?
    .low = Pir xirab
    .high = Gelek baş

aspect-importance = Van li gorî girîngiya wan ji bo we rêz bikin, ya herî girîng pêşî.
    .choice-waiting-time = Demeke kurt a li bendê mayînê
    .choice-information = Agahiyên zelal û temam
    .choice-booking = Girtina randevûyê ya hêsan
    .choice-opening-hours = Demjimêrên vebûnê yên guncav
    .choice-specialist = Pisporekî jêhatî û bi rêz

rate-waiting-time = Hûn dema li bendê mayînê çawa dinirxînin?
    .low = Pir xirab
    .high = Gelek baş
rate-information = Hûn agahiyên ku we wergirtin çawa dinirxînin?
    .hint = Ew zelal û temam bûn?
    .low = Pir xirab
    .high = Gelek baş
rate-booking = Hûn girtina randevûyê çawa dinirxînin?
    .low = Pir xirab
    .high = Gelek baş
rate-opening-hours = Hûn demjimêrên vebûnê çawa dinirxînin?
    .low = Pir xirab
    .high = Gelek baş

specialist-work = Hûn karê pisporê ku xizmeta we kir çawa dinirxînin?
    .low = Pir xirab
    .high = Gelek baş
specialist-competence = Hûn zanîn û jêhatîbûna pispor çawa dinirxînin?
    .low = Pir xirab
    .high = Gelek baş
specialist-attitude = Hûn helwesta pispor li hember we çawa dinirxînin?
    .hint = Ew bi edeb, bi rêz û alîkar bûn?
    .low = Pir xirab
    .high = Gelek baş

comment = Tiştekî din an pêşniyarek heye ku hûn dixwazin ji me re bibêjin?
    .hint = Ji kerema xwe navê xwe an koda xwe ya kesane nenivîsin.
