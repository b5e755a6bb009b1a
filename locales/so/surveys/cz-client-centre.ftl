# DRAFT translation by machine, needs native review

survey-title = Dib u soo wacid ka timid Client Centre

section-call-back = Wicitaankaagii Client Centre

intro = Waad ku mahadsan tahay inaad oggolaatay in dib laguu soo waco. Waxaan qabnaa saddex su'aalood oo gaagaaban oo ku saabsan wicitaankaagii Client Centre. Jawaabahaagu waxay naga caawinayaan inaan hagaajino adeeggayaga, mana saameeyaan arrimaha deganaanshahaaga.
call-purpose = Maxay ku saabsanayd wicitaankaagu?
    .hint = Shaqaalaha su'aalaha weydiinaya: dooro labadaba haddii qofka soo wacay weydiiyay macluumaad oo ballan qabsaday.
    .choice-information = Weydiinta macluumaad
    .choice-appointment = Qabsashada ballan
information-understandable = Qofkii kuu jawaabay ma ku siiyay dhammaan macluumaadka si aad fahmi karto?
appointment-correct = Ballanta si sax ah ma loo qabtay?
helped-solve = Macluumaadkii lagu siiyay ma kaa caawiyay inaad xalliso xaaladdaada?
use-again = Mustaqbalka ma isticmaali doontaa adeegyada Client Centre?
