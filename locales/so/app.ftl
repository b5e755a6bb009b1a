# DRAFT translation by machine, needs native review
# Qoraallada barnaamijka Heard, Af-Soomaali.

## Resident flow
welcome-title = Soo dhowow
welcome-body = Noo sheeg sida noloshu halkan kuugu tahay. Waxay qaadanaysaa dhowr daqiiqo.
welcome-start = Bilow
language-title = Dooro luqaddaada
anonymity-title = Jawaabahaaga lagama garan karo cidda aad tahay
anonymity-body = Magacaaga lama weydiinayo. Jawaabahaagu marnaba ma saameyn karaan codsigaaga magangelyada ama sharciga deganaanshahaaga.
anonymity-continue = Waan fahmay, sii wad
nav-next = Xiga
nav-back = Dib u noqo
nav-skip = Ka gudub
listen = Dhageyso
progress = Su'aasha { $current } ee { $total }
required-hint = Fadlan dooro jawaab si aad u sii wadato.
save-failed = Jawaabtaada lama kaydin karin. Fadlan mar kale isku day ama caawimaad weydii shaqaalaha.

## Stop
stop = Jooji
stop-title = Ma rabtaa inaad joojiso?
stop-body = Waad haysan kartaa jawaabaha aad bixisay, ama waad tirtiri kartaa.
stop-keep = Jooji oo hay jawaabahayga
stop-discard = Jooji oo tirtir jawaabahayga
stop-continue = Sii wad sahanka
stop-deleted = Jawaabahaagii waa la tirtiray.
ask-help = Caawimaad codso
help-called = Qof ka mid ah shaqaalaha ayaa u imanaya inuu ku caawiyo. Fadlan halkan ku sug.

## Review and end
review-title = Hubi jawaabahaaga
review-change = Beddel
review-no-answer = Jawaab ma jirto
review-send = Dir jawaabahayga
thanks-title = Mahadsanid!
thanks-body = Jawaabahaaga waa la kaydiyay.
thanks-we-did = Waad sheegteen, waan samaynay
thanks-done = Dhammee
still-there-title = Weli ma joogtaa?
still-there-body = { $seconds ->
    [one] Sahanku wuxuu xirmi doonaa { $seconds } ilbiriqsi kadib.
   *[other] Sahanku wuxuu xirmi doonaa { $seconds } ilbiriqsi kadib.
}
still-there-yes = Haa, weli waan joogaa

## Question widgets
choose-many-hint = Waxaad dooran kartaa wax ka badan hal.
text-label = Jawaabtaada
text-count = { $count } ka mid ah { $max } xaraf
number-label = Lambarkaaga
number-invalid = Fadlan geli lambar u dhexeeya { $min } ilaa { $max }.
number-increase = Kordhi
number-decrease = Yaree
ranking-hint = Taabo waxyaabaha sida ay muhiimka u yihiin, kan ugu muhiimsan marka hore.
ranking-ordered = Kala horreyntaada
ranking-unordered = Weli lama kala horreysiin
ranking-position = Lambar { $position }
ranking-move-up = Kor u qaad
ranking-move-down = Hoos u dhig
ranking-remove = Ka saar kala horreynta
ranking-reset = Kala horreynta dib u bilow
scale-point = { $value } ee { $max }
smiley-5-1 = Aad u xun
smiley-5-2 = Xun
smiley-5-3 = Ma fiicna, mana xuma
smiley-5-4 = Fiican
smiley-5-5 = Aad u fiican
smiley-3-1 = Xun
smiley-3-2 = Ma fiicna, mana xuma
smiley-3-3 = Fiican

## Fixed answers
choice-yes = Haa
choice-no = Maya
choice-above = Ka fiican sidii aan filayay
choice-at = Sidii aan filayay
choice-below = Ka xun sidii aan filayay
choice-effective = Si fiican ayuu u shaqeeyay
choice-partial = Qayb ahaan ayuu u shaqeeyay
choice-critical = Ma shaqeynin
choice-positive = Fiican
choice-neutral = Ma fiicna, mana xuma
choice-negative = Xun
choice-up = Fiican
choice-down = Ma fiicna
choice-under-14 = Ka yar 14 sano
choice-age-14-17 = 14 ilaa 17 sano
choice-age-18-24 = 18 ilaa 24 sano
choice-age-25-34 = 25 ilaa 34 sano
choice-age-35-44 = 35 ilaa 44 sano
choice-age-45-54 = 45 ilaa 54 sano
choice-age-55-64 = 55 ilaa 64 sano
choice-age-65-plus = 65 sano ama ka badan
choice-female = Haweeney
choice-male = Nin
choice-other = Kale
choice-prefer-not = Ma doonayo inaan sheego
choice-under-2-months = Ka yar 2 bilood
choice-months-2-6 = 2 ilaa 6 bilood
choice-months-6-12 = 6 ilaa 12 bilood
choice-over-12-months = Ka badan 12 bilood

## Nationalities
country-af = Afgaanistaan
country-sy = Suuriya
country-er = Eritreeya
country-ps = Falastiin
country-tr = Turkiga
country-so = Soomaaliya
country-iq = Ciraaq
country-gn = Gini
country-cd = Jamhuuriyadda Dimuqraadiga ee Kongo
country-bi = Burundi
country-ma = Marooko
country-ua = Ukrayn
country-ir = Iiraan
country-ve = Fenesuweela
country-co = Kolombiya
country-ru = Ruushka

## Administration mode badges (shown to the resident)
mode-self-completed = Adiga keligaa
mode-assisted = Shaqaale oo ku caawinaya
mode-interpreter = Turjumaan oo kula jooga
mode-interviewer = Shaqaale ayaa su'aalaha akhrinaya
mode-paper = Foom warqad ah

## Staff
staff-corner = Shaqaalaha: taabo oo hay 2 ilbiriqsi
pin-title = Gelitaanka shaqaalaha
pin-label = PIN
pin-submit = Fur
pin-cancel = Ka noqo
pin-wrong = { $left ->
    [one] PIN-ku waa khalad. { $left } isku day ayaa kuu hadhay.
   *[other] PIN-ku waa khalad. { $left } isku day ayaa kuu hadhay.
}
pin-locked = { $minutes ->
    [one] Isku dayo khalad ah oo badan. Mar kale isku day { $minutes } daqiiqo kadib.
   *[other] Isku dayo khalad ah oo badan. Mar kale isku day { $minutes } daqiiqo kadib.
}
staff-title = Qaybta shaqaalaha
staff-survey = Sahanka hadda socda
staff-survey-builtin = ku dhex jira
staff-survey-downloaded = ka yimid server-ka
staff-survey-replaces = ka yimid server-ka, wuxuu beddelayaa kan ku dhex jira
staff-survey-unusable = Sahanka { $survey } ee laga soo dejiyay server-ka lama isticmaali karo. Riix “Hadda jaanqaad” si aad dib ugu soo dejiso, ama u sheeg isku-duwaha.
staff-service-point = Goobta adeegga (miis ama kaawntar, marnaba qof ma aha)
staff-facility = Koodka xarunta
staff-mode = Sida jawaabta xigta loo ururinayo
staff-counts = Jawaabaha qalabkan ku jira
staff-completed-today = Maanta la dhammeeyay
staff-abandoned-today = Maanta la joojiyay ama laga tagay
staff-completed-total = Wadarta la dhammeeyay
staff-abandoned-total = Wadarta laga tagay
staff-pending = Sugaya in la diro
staff-settings = Dejinta
staff-timeout = Daqiiqado aan la taaban ka hor inta sahanku dib u bilaabmin
staff-save = Kaydi dejinta
staff-saved = Waa la kaydiyay.
staff-invalid = { $field } ma saxna: isticmaal oo keliya xarfo Laatiin ah oo yaryar, tirooyin iyo xariijin (-).
staff-timeout-invalid = Dooro tiro daqiiqado ah oo u dhexeysa 1 ilaa 60.
staff-pin-change = Beddel PIN-ka
pin-current = PIN-ka hadda
pin-confirm = PIN-ka cusub mar kale
pin-changed = PIN-ka waa la beddelay.
pin-mismatch = Labada PIN ee cusub isku mid ma aha.
staff-start = Bilow sahanka
staff-start-entry = Geli jawaab
staff-close = Xir qaybta shaqaalaha
staff-no-survey = Qalabkan wax sahan ah kuma jiraan.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = Mar kale dhageyso
staff-help-call = Qof akhriya { $language } ayaa caawimaad codsaday. Sahankan weli si buuxda looguma dhageysan karo luqaddaas. Fadlan u tag.
staff-listen-missing = Ka maqan dhageysiga
staff-record-missing = Duub waxa ka maqan { $language }
staff-dismiss = Qari
staff-translations = Turjumaadaha
staff-language = Luqadda
staff-app-words = Qoraallada barnaamijka
staff-status-draft = Qabyo, sugaya dib-u-eegis qof afkiisa ah
staff-status-reviewed = La hubiyay
staff-coverage = Daboolka qoraalka iyo codka
staff-coverage-text = Qoraal
staff-audio-missing = Cod ma jiro
staff-audio-synthetic = Macmal
staff-audio-recorded = La duubay
staff-recordings = Duub fariimaha
staff-record-item = Maxaa la duubayaa
staff-record = Duub
staff-record-stop = Jooji duubista
staff-record-keep = Hay duubkan
staff-record-import = Ama soo geli fayl cod ah
staff-record-kept = Waa la hayaa: duubkan ayaa hadda laga bilaabo la shidayaa.
staff-record-refused = Faylkan lama isticmaali karo: waa inuu noqdaa fayl cod ah oo ka yar 2 MB.
staff-record-no-mic = Makarafoon lama heli karo.

# Sync (staff panel)
sync-title = La jaanqaad serverka
sync-not-enrolled = Tablet-kan weli laguma diiwaangelin server jaanqaad.
sync-enrolled = Waxa lagu diiwaangeliyey { $server }
sync-server-url = Cinwaanka serverka
sync-code = Koodhka diiwaangelinta (ka qaado isuduwaha)
sync-enrol = Diiwaangeli tablet-kan
sync-enrolling = Waa la diiwaangelinayaa…
sync-enrol-ok = Tablet-kan waa la diiwaangeliyey. Jawaabaha si toos ah ayaa loo diri doonaa.
sync-error-address = Cinwaanka serverku sax ma aha. Waa inuu ku bilaabmaa { $start }
sync-error-wrong-code = Koodhkani sax ma aha ama hore ayaa loo isticmaalay. Isuduwaha ka codso koodh cusub.
sync-error-expired = Koodhkani wuu dhacay. Isuduwaha ka codso koodh cusub.
sync-error-unreachable = Serverka lama gaari karo. Hubi xiriirka internetka iyo cinwaanka serverka.
sync-error-tls = Xiriirka sugan ee serverka wuu fashilmay. Hubi taariikhda iyo saacadda tablet-ka iyo cinwaanka serverka.
sync-error-too-many = Isku dayo aad u badan. Sug daqiiqad kadibna isku day mar kale.
sync-error-server = Serverku ma diiwaangelin karin tablet-kan. Mar dambe isku day ama u sheeg isuduwaha.
sync-now = Hadda jaanqaad
sync-last-success = Jaanqaadkii ugu dambeeyay ee guuleystay
sync-minutes-ago = { $minutes } daqiiqo ka hor
sync-never = Weli ma jiro
sync-last-error = Dhibaatadii ugu dambeysay
sync-set-aside = Kuwa serverku dhinac dhigay

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = Diyaari tablet-kan
setup-body = Dooro PIN-ka shaqaalaha ka hor inta aysan dadka deggan isticmaalin tablet-kan. Shaqaaluhu waxay u baahan yihiin si ay u furaan guddiga shaqaalaha: gees-ka sare hay 2 ilbiriqsi. La wadaag shaqaalaha oo keliya.
setup-pin = PIN-ka shaqaalaha (6 ilaa 12 god)
setup-pin-again = PIN-ka shaqaalaha mar kale
setup-save = Kaydi PIN-ka
pin-new-digits = PIN cusub (6 ilaa 12 god)
pin-rule-digits = PIN wuxuu leeyahay 6 ilaa 12 god, tirooyin oo keliya.
pin-rule-common = PIN-kan waa mid ka mid ah kuwa ugu badan ee la isticmaalo. Dooro mid kale.
pin-rule-sequence = PIN-kan aad buu u fudud yahay (god isku mid ah oo soo noqnoqda, tirin kor ama hoos, ama qaab soo noqnoqda). Dooro mid kale.
sync-error-waiting = Jawaabaha sugaya in loo diro server-ka tablet-kan lagu diiwaangeliyey: { $count }. Marka hore riix “Hadda isku xir” si loo diro, kadibna tablet-ka ka diiwaangeli server-ka cusub.
clock-off = Taariikhda iyo saacadda tablet-kan waa khalad: waxay kaga duwan yihiin server-ka in ka badan hal maalin (maalmo: { $days }). Ku sax taariikhda iyo saacadda dejinta tablet-ka.
set-aside-wrong-facility = Jawaabahan waxay sheegayaan xarun kale oo aan ahayn tan tablet-ka lagu diiwaangeliyey. Hubi xarunta ee Dejinta oo u sheeg isuduwaha.
set-aside-survey-not-on-server = Server-ku ma laha sahankan xaruntiinna. Weydii isuduwaha inuu ku qoondeeyo server-ka.
set-aside-conflict = Server-ku horey ayuu u haystaa jawaabo kale oo isla lambarkan ah. U sheeg isuduwaha; waxba laguma sameeyo tablet-ka.
set-aside-invalid = Jawaabahan kuma habboona sahanka server-ka, laga yaabee inuu isbeddelay. U sheeg isuduwaha.
set-aside-other = Server-ku wuu diiday jawaabahan sabab uusan barnaamijkani aqoon. Cusboonaysii barnaamijka oo u sheeg isuduwaha.
set-aside-kept = Jawaabaha dhinac la dhigay waxay tablet-kan ku jiraan 30 maalmood, kadibna waa la tirtiraa.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = Biraawsarkan wuxuu hayaa jawaabaha Heard xitaa marka meesha tablet-ku yaraato.
storage-not-kept = Biraawsarkan wuxuu tirtiri karaa jawaabaha Heard marka meesha tablet-ku yaraato. Si joogto ah isku-xir. Haddii Heard mar kale ku furmo habaynta koowaad, jawaabihiisa waa la tirtiray: dooro PIN-ka oo mar kale diiwaangeli tablet-ka.
setup-storage-lost = Biraawsarku wuxuu tirtiray waxii Heard ku kaydiyay tablet-kan (kaydka waa la nadiifiyay ama wuu buuxsamay). Jawaabaha aan weli loo dirin serverka waa lumeen. Dooro PIN-ka, kadibna mar kale ku diiwaangeli tablet-ka guddiga shaqaalaha.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = Maxaa la kaydiyaa?
kept-title = Maxaa la kaydiyaa?
kept-close = Xir
kept-list-title = Waxaa lala kaydiyaa jawaabahaaga
kept-answers = Jawaabahaaga
kept-period = Bisha, ma aha maalinta ama saacadda
kept-facility = Xarunta
kept-service-point = Meesha xarunta ee aad ka jawaabtay, haddii ay jirto
kept-language = Luqadda aad dooratay
kept-mode = Inaad keligaa ama caawimaad ku jawaabtay
kept-audio-used = Inaad dhegaysatay su'aalaha
kept-status = Inaad dhammaysay ama aad joojisay
kept-survey = Sahankee, iyo noociisee
kept-id = Lambar aan kala sooc lahayn, si aan jawaabahaaga laba jeer loo tirin
kept-never-title = Weligeed lama kaydiyo
kept-never-name = Magacaaga, ama lambar kasta oo adiga kugu saabsan
kept-never-device = Tablet-kan ama taleefankan
kept-never-time = Taariikhda iyo waqtiga saxda ah
kept-never-helper = Qofka ku caawiyay
kept-never-voice = Codkaaga ama wejigaaga
