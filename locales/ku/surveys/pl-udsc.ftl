# DRAFT translation by machine, needs native review

survey-title = Nêrîna we li ser navenda biyaniyan

section-centre = Jiyana li navendê

accommodation = Hûn cihê mayînê li navendê çawa dinirxînin?
    .hint = Li gorî tiştê ku we hêvî dikir.
food = Hûn xwarinê çawa dinirxînin?
    .hint = Li gorî tiştê ku we hêvî dikir.
medical-care = Hûn lênêrîna tenduristiyê çawa dinirxînin?
    .hint = Li gorî tiştê ku we hêvî dikir.
staff-assistance = Hûn alîkariya karmendên Ofîsa Biyaniyan çawa dinirxînin?
    .hint = Li gorî tiştê ku we hêvî dikir.
security = Hûn ewlehiya navendê çawa dinirxînin?
    .hint = Hûn xwe çiqas ewle hîs dikin, li gorî tiştê ku we hêvî dikir.
