# DRAFT translation by machine, needs native review

survey-title = Waayo-aragnimadaada xarunta soo dhaweynta

section-intro = Intaanan bilaabin
section-living = Ku noolaanshaha xarunta
section-care = Caafimaadka
section-support = Caawimaad iyo macluumaad
section-notes = Faallooyin

how-to-answer = Adeeg kasta, sheeg haddii uu si fiican u shaqeeyo, qayb ahaan oo keliya, ama haddii ay jiraan dhibaatooyin waaweyn. Haddii xaruntu aysan bixin adeeg, ka gudub.
    .hint = Dhexdhexaadiyaha dhaqanka su'aalaha waa kula akhrin karaa.

accommodation = Qolkaaga iyo dhismaha
    .hint = Meesha bannaan, sariiraha, kululaynta, dayactirka.
cleaning = Nadiifinta qolalka, musqulaha iyo meelaha lagu qubeysto
personal-items = Dharka, go'yaasha sariirta iyo alaabta nadaafadda
    .hint = Ma helaysaa, oo ma ku filan yihiin?
food = Cuntada
    .hint = Qaddarka, tayada, iyo cunto ixtiraamaysa diintaada ama caafimaadkaaga.
medical-care = Daryeelka caafimaadka
    .hint = Booqashooyinka dhakhtarka, daawooyinka, iyo caawimaad si aad dhakhtar ugu aragto xarunta dibaddeeda.
psychological-support = Taageerada nafsiga ah
    .hint = Qof aad la hadasho marka aadan fiicnayn ama aad walwalsan tahay.
mediation = Caawimaadda dhexdhexaadiyaha dhaqanka ama turjubaanka
legal-aid = Macluumaad iyo talo sharci
    .hint = Ku saabsan codsigaaga magangalyada iyo xuquuqdaada.
italian-course = Koorsada luqadda Talyaaniga
information = Macluumaad ku saabsan xeerarka xarunta, xuquuqdaada iyo adeegyada
notes = Ma jiraa wax kale oo aad rabto inaad ku darto?
    .hint = Waxaad wax ka qori kartaa adeeg kasta, wanaag ama xumaan. Fadlan ha qorin magacaaga.
