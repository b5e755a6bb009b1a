# DRAFT translation by machine, needs native review

survey-title = Mielipiteesi ulkomaalaisten keskuksesta

section-centre = Elämä keskuksessa

accommodation = Mitä mieltä olet keskuksen majoituksesta?
    .hint = Verrattuna siihen, mitä odotit.
food = Mitä mieltä olet ruoasta?
    .hint = Verrattuna siihen, mitä odotit.
medical-care = Mitä mieltä olet terveydenhoidosta?
    .hint = Verrattuna siihen, mitä odotit.
staff-assistance = Mitä mieltä olet viraston henkilökunnan avusta?
    .hint = Verrattuna siihen, mitä odotit.
security = Mitä mieltä olet turvallisuudesta keskuksessa?
    .hint = Kuinka turvalliseksi tunnet olosi, verrattuna siihen, mitä odotit.
