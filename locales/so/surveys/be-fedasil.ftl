# DRAFT translation by machine, needs native review

survey-title = Noloshaada xarunta

section-accommodation = Qolkaaga iyo musqulaha
section-food = Cuntada
section-supervision = Caawimaadda shaqaalaha
section-safety = Ammaanka
section-well-being = Sida aad dareemayso
section-overall = Guud ahaan
section-about-you = Adiga kugu saabsan (haddii aad rabto)

room-satisfied = Ma ku qanacsan tahay qolkaaga?
room-reasons = Maxaa ka khaldan qolkaaga?
    .hint = Waxaad dooran kartaa wax ka badan hal.
    .choice-crowded = Dad aad u badan
    .choice-noisy = Buuq badan
    .choice-cold-or-hot = Aad u qabow ama aad u kulul
    .choice-no-privacy = Asturnaan ma jirto
    .choice-broken = Waxyaabo jaban
    .choice-other = Wax kale

sanitary-satisfied = Ma ku qanacsan tahay musqulaha iyo meelaha lagu qubeysto?
sanitary-reasons = Maxaa ka khaldan musqulaha iyo meelaha lagu qubeysto?
    .hint = Waxaad dooran kartaa wax ka badan hal.
    .choice-not-clean = Ma nadiifsana
    .choice-too-few = Tiradoodu way yar tahay
    .choice-no-hot-water = Biyo kulul ma jiraan
    .choice-no-privacy = Asturnaan ma jirto
    .choice-broken = Waxyaabo jaban
    .choice-other = Wax kale

food-satisfied = Ma ku qanacsan tahay cuntada?
food-reasons = Maxaa ka khaldan cuntada?
    .hint = Waxaad dooran kartaa wax ka badan hal.
    .choice-taste = Dhadhanka
    .choice-quantity = Cuntadu kuma filna
    .choice-not-halal-or-diet = Kuma habboona diintayda ama cuntada aan cuno
    .choice-no-variety = Had iyo jeer waa isku mid
    .choice-meal-times = Waqtiyada cuntadu iguma habboona
    .choice-cannot-cook = Cunto naftayda uma karin karo
    .choice-other = Wax kale

supervision-satisfied = Ma ku qanacsan tahay caawimaadda shaqaalaha?
supervision-reasons = Maxaa ka khaldan caawimaadda shaqaalaha?
    .hint = Waxaad dooran kartaa wax ka badan hal.
    .choice-not-listened = Ima dhagaystaan
    .choice-no-information = Macluumaad igu filan ma helo
    .choice-hard-to-reach = Way adag tahay in la helo
    .choice-language = Isma fahanno
    .choice-unfair = Si caddaalad ah iilama dhaqmaan
    .choice-other = Wax kale

safety-satisfied = Xarunta ma ku dareemaysaa ammaan?
safety-reasons = Maxaad ammaan u dareemi la'dahay?
    .hint = Waxaad dooran kartaa wax ka badan hal.
    .choice-conflicts = Dagaal ama muran
    .choice-theft = Waxyaabaha waa la xadaa
    .choice-at-night = Habeenkii
    .choice-no-lock = Qolkayga lama quflan karo
    .choice-harassment = Dad baa i dhiba ama i hanjaba
    .choice-other = Wax kale

well-being-satisfied = Xarunta ma ku dareemaysaa inaad fiican tahay?
well-being-reasons = Maxaa kaa dhigaya inaadan si fiican u dareemin?
    .hint = Waxaad dooran kartaa wax ka badan hal.
    .choice-worry-procedure = Walwal ku saabsan codsigayga
    .choice-boredom = Wax la qabto ma jiraan
    .choice-loneliness = Kalinimo
    .choice-health = Caafimaadkayga
    .choice-family = Inaan ka fogahay qoyskayga
    .choice-other = Wax kale

overall-rating = Guud ahaan, sidee u qiimaynaysaa xarunta?
    .low = Aad u xun
    .high = Aad u fiican
comment = Ma jiraa wax kale oo aad rabto inaad noo sheegto?
    .hint = Fadlan ha qorin magacaaga.

age = Immisa jir baad tahay?
sex = Waxaad tahay…
nationality = Jinsiyaddaadu waa maxay?
stay = Muddo intee le'eg ayaad ku noolayd xaruntan?
