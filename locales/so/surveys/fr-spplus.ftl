# DRAFT translation by machine, needs native review

survey-title = Nala wadaag waayo-aragnimadaada adeegyada dawladda

section-experience = Waayo-aragnimadaada
section-score = Qiimayntaada guud

opinion = Maxay tahay fikraddaadu ku saabsan waayo-aragnimadaada?
experience = Noo sheeg waxa dhacay.
    .hint = Maxaad u baahnayd, maxaa si fiican ama si xun u dhacay, maxaase ka fiicnaan karay? Qor ugu yaraan 100 xaraf. Ha qorin magacyo ama lambarrada faylasha.
elipa-score = Laga bilaabo 0 ilaa 10, intee ku qanacsan tahay sida maamulku u maareeyay arrinkaaga?
    .hint = Tusaale ahaan ruqsadda deganaanshahaaga ee xafiiska préfecture-ka.
    .low = Gabi ahaanba kuma qanacsani
    .high = Si buuxda ayaan ugu qanacsanahay
