# DRAFT translation by machine, needs native review

survey-title = Noloshaada xarunta

section-home = Qolkaaga iyo musqusha
section-food = Cuntada
section-adults = Dadka waaweyn ee ku caawiya
section-safety = Ammaanka
section-feelings = Sida aad dareemayso
section-overall = Wax walba marka la isku daro
section-about-you = Adiga kugu saabsan

room = Sidee kula tahay qolkaagu?
room-problem = Maxaa aan fiicnayn?
    .hint = Waxaad dooran kartaa wax ka badan hal.
    .choice-too-many-people = Dad aad u badan
    .choice-noisy = Buuq aad u badan
    .choice-cold-or-hot = Aad u qabow ama aad u kulul
    .choice-broken = Waxyaabo jaban
    .choice-other = Wax kale

bathroom = Sidee kula tahay musqulaha iyo meelaha lagu qubeysto?
bathroom-problem = Maxaa aan fiicnayn?
    .hint = Waxaad dooran kartaa wax ka badan hal.
    .choice-dirty = Waa wasakh
    .choice-no-hot-water = Biyo kulul ma jiraan
    .choice-no-privacy = Dadka kale way i arki karaan
    .choice-broken = Waxyaabo jaban
    .choice-other = Wax kale

food = Sidee kula tahay cuntadu?
food-problem = Maxaa aan fiicnayn?
    .hint = Waxaad dooran kartaa wax ka badan hal.
    .choice-taste = Dhadhan fiican ma leh
    .choice-not-enough = Cunto ku filan ma jirto
    .choice-not-my-food = Ma cuni karo (diin ama caafimaad)
    .choice-always-the-same = Had iyo jeer waa isku mid
    .choice-other = Wax kale

adults-help = Dadka waaweyn ee halkan si fiican ma kuu caawiyaan?
    .hint = Shaqaalaha, mas'uulkaaga sharciga ah, shaqaalaha arrimaha bulshada.
adults-problem = Maxaa aan fiicnayn?
    .hint = Waxaad dooran kartaa wax ka badan hal.
    .choice-not-listened = Ima dhagaystaan
    .choice-no-time = Waqti uma haystaan
    .choice-not-understood = Isma fahanno
    .choice-unfair = Caddaalad ma sameeyaan
    .choice-other = Wax kale

safe = Halkan ma ku dareemaysaa ammaan?
safe-problem = Maxaa kaa dhigaya inaadan ammaan dareemin?
    .hint = Waxaad dooran kartaa wax ka badan hal.
    .choice-fights = Dagaal
    .choice-bullying = Kuwa kale way i dhibaan oo i cagajugleeyaan
    .choice-theft = Alaabtayda waa la xadaa
    .choice-at-night = Habeenkii
    .choice-other = Wax kale

feel = Sidee dareemaysaa halkan?
feel-problem = Maxaa kaa dhigaya inaad xumaato?
    .hint = Waxaad dooran kartaa wax ka badan hal.
    .choice-worried = Aad baan u walwalaa
    .choice-bored = Wax aan sameeyo ma jiraan
    .choice-lonely = Waxaan dareemaa kalinimo
    .choice-miss-family = Qoyskayga ayaan u xiisay
    .choice-sick = Waan xanuunsanahay ama wax baa i xanuunaya
    .choice-other = Wax kale

life-here = Noloshaadu sidee tahay xarunta?
comment = Ma rabtaa inaad noo sheegto wax kale?
    .hint = Ha qorin magacaaga.

age = Immisa jir baad tahay?
