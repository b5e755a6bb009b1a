# DRAFT translation by machine, needs native review
# Nivîsên sepana Heard, Kurmancî.

## Resident flow
welcome-title = Hûn bi xêr hatin
welcome-body = Ji me re bêjin, jiyana li vir ji bo we çawa ye. Çend deqîqeyan dikişîne.
welcome-start = Dest pê bikin
language-title = Zimanê xwe hilbijêrin
anonymity-title = Bersivên we bênav in
anonymity-body = Navê we nayê pirsîn. Bersivên we bi tu awayî bandorê li serlêdana we ya penaberiyê an jî statuya we ya rûniştinê nakin.
anonymity-continue = Min fêm kir, berdewam
nav-next = Pêşve
nav-back = Paşve
nav-skip = Derbas bikin
listen = Guhdarî bikin
progress = Pirs { $current } ji { $total }
required-hint = Ji kerema xwe bersivekê hilbijêrin da ku berdewam bikin.
save-failed = Bersiva we nehat tomarkirin. Ji kerema xwe dîsa biceribînin an ji karmendan alîkariyê bixwazin.

## Stop
stop = Rawestin
stop-title = Hûn dixwazin rawestin?
stop-body = Hûn dikarin bersivên ku we dane bihêlin an jê bibin.
stop-keep = Rawestin û bersivên min bihêlin
stop-discard = Rawestin û bersivên min jê bibin
stop-continue = Anketê bidomînin
stop-deleted = Bersivên te hatin jêbirin.
ask-help = Alîkariyê bixwaze
help-called = Kesek ji karmendan tê ku alîkariya te bike. Ji kerema xwe li vir li bendê bimîne.

## Review and end
review-title = Bersivên xwe kontrol bikin
review-change = Biguherînin
review-no-answer = Bersiv tune
review-send = Bersivên min bişînin
thanks-title = Spas!
thanks-body = Bersivên we hatin tomarkirin.
thanks-we-did = We got, me kir
thanks-done = Qedandin
still-there-title = Hûn hîn li vir in?
still-there-body = { $seconds ->
    [one] Anket dê piştî { $seconds } çirkeyê were girtin.
   *[other] Anket dê piştî { $seconds } çirkeyan were girtin.
}
still-there-yes = Erê, ez hîn li vir im

## Question widgets
choose-many-hint = Hûn dikarin ji yekê zêdetir hilbijêrin.
text-label = Bersiva we
text-count = { $count } ji { $max } tîpan
number-label = Hejmara we
number-invalid = Ji kerema xwe hejmarekê ji { $min } heta { $max } binivîsin.
number-increase = Zêdetir
number-decrease = Kêmtir
ranking-hint = Li gorî girîngiyê li ser tiştan bitikînin, ya herî girîng pêşî.
ranking-ordered = Rêza we
ranking-unordered = Hîn nehatine rêzkirin
ranking-position = Hejmar { $position }
ranking-move-up = Ber bi jor
ranking-move-down = Ber bi jêr
ranking-remove = Ji rêzê derxin
ranking-reset = Rêzê ji nû ve dest pê bikin
scale-point = { $value } ji { $max }
smiley-5-1 = Pir xirab
smiley-5-2 = Xirab
smiley-5-3 = Ne baş, ne xirab
smiley-5-4 = Baş
smiley-5-5 = Pir baş
smiley-3-1 = Xirab
smiley-3-2 = Ne baş, ne xirab
smiley-3-3 = Baş

## Fixed answers
choice-yes = Erê
choice-no = Na
choice-above = Ji ya ku min hêvî dikir baştir
choice-at = Wek ku min hêvî dikir
choice-below = Ji ya ku min hêvî dikir xirabtir
choice-effective = Baş bi kêr hat
choice-partial = Hinekî bi kêr hat
choice-critical = Bi kêr nehat
choice-positive = Baş
choice-neutral = Ne baş, ne xirab
choice-negative = Xirab
choice-up = Baş
choice-down = Ne baş
choice-under-14 = Kêmtir ji 14 salî
choice-age-14-17 = 14 heta 17 salî
choice-age-18-24 = 18 heta 24 salî
choice-age-25-34 = 25 heta 34 salî
choice-age-35-44 = 35 heta 44 salî
choice-age-45-54 = 45 heta 54 salî
choice-age-55-64 = 55 heta 64 salî
choice-age-65-plus = 65 salî an zêdetir
choice-female = Jin
choice-male = Mêr
choice-other = Yên din
choice-prefer-not = Naxwazim bibêjim
choice-under-2-months = Kêmtir ji 2 mehan
choice-months-2-6 = 2 heta 6 meh
choice-months-6-12 = 6 heta 12 meh
choice-over-12-months = Zêdetir ji 12 mehan

## Nationalities
country-af = Afxanistan
country-sy = Sûriye
country-er = Erîtrea
country-ps = Filistîn
country-tr = Tirkiye
country-so = Somalî
country-iq = Iraq
country-gn = Gîne
country-cd = Kongoya Demokratîk
country-bi = Bûrûndî
country-ma = Fas
country-ua = Ûkrayna
country-ir = Îran
country-ve = Venezuela
country-co = Kolombiya
country-ru = Rûsya

## Administration mode badges (shown to the resident)
mode-self-completed = Bi serê xwe
mode-assisted = Bi alîkariya karmendan
mode-interpreter = Bi wergêr re
mode-interviewer = Karmendek pirsan dixwîne
mode-paper = Ji forma kaxezê

## Staff
staff-corner = Karmend: 2 çirkeyan pê bigirin
pin-title = Têketina karmendan
pin-label = PIN
pin-submit = Vekin
pin-cancel = Betal bikin
pin-wrong = { $left ->
    [one] PIN şaş e. { $left } ceribandin maye.
   *[other] PIN şaş e. { $left } ceribandin mane.
}
pin-locked = { $minutes ->
    [one] Gelek ceribandinên şaş. Piştî { $minutes } deqîqeyê dîsa biceribînin.
   *[other] Gelek ceribandinên şaş. Piştî { $minutes } deqîqeyan dîsa biceribînin.
}
staff-title = Panela karmendan
staff-survey = Anketa çalak
staff-survey-builtin = navxweyî
staff-survey-downloaded = ji serverê
staff-survey-replaces = ji serverê, şûna ya navxweyî digire
staff-survey-unusable = Anketa { $survey } ya ji serverê hatî daxistin nayê bikaranîn. Ji bo dîsa daxistinê “Niha hevdem bike” bitikîne, an jî ji koordînator re bêje.
staff-service-point = Xala xizmetê (mase an kontoar, qet ne kesek)
staff-facility = Koda navendê
staff-mode = Bersiva din çawa tê berhevkirin
staff-counts = Bersivên li ser vê amûrê
staff-completed-today = Îro qediyan
staff-abandoned-today = Îro hatin rawestandin an hatin hiştin
staff-completed-total = Bi tevahî qediyan
staff-abandoned-total = Bi tevahî hatin hiştin
staff-pending = Li benda şandinê
staff-settings = Mîheng
staff-timeout = Çend deqîqe bê destlêdan berî ku anket ji nû ve dest pê bike
staff-save = Mîhengan tomar bikin
staff-saved = Hat tomarkirin.
staff-invalid = { $field } ne derbasdar e: tenê tîpên latînî yên biçûk, reqem û xêzik (-) bi kar bînin.
staff-timeout-invalid = Hejmareke deqîqeyan ji 1 heta 60 hilbijêrin.
staff-pin-change = PIN biguherînin
pin-current = PIN-a niha
pin-confirm = PIN-a nû dîsa
pin-changed = PIN hat guhertin.
pin-mismatch = Her du PIN-ên nû ne wek hev in.
staff-start = Anketê dest pê bikin
staff-start-entry = Bersivekê binivîsin
staff-close = Panela karmendan bigirin
staff-no-survey = Li ser vê amûrê tu anket tune ye.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = Dîsa guhdarî bike
staff-help-call = Niştecîhek ku { $language } dixwîne alîkarî xwest. Ev anket hîn bi tevahî bi vî zimanî nayê guhdarîkirin. Ji kerema xwe herin cem wî an wê.
staff-listen-missing = Ji bo guhdarîkirinê kêm
staff-record-missing = Yên kêm bi { $language } tomar bike
staff-dismiss = Veşêre
staff-translations = Werger
staff-language = Ziman
staff-app-words = Nivîsên sepanê
staff-status-draft = Pêşnûme, li benda kontrolkirina axêverekî zikmakî
staff-status-reviewed = Kontrolkirî
staff-coverage = Rêjeya nivîs û deng
staff-coverage-text = Nivîs
staff-audio-missing = Deng tune
staff-audio-synthetic = Çêkirî
staff-audio-recorded = Tomarkirî
staff-recordings = Peyaman tomar bike
staff-record-item = Çi were tomarkirin
staff-record = Tomar bike
staff-record-stop = Tomarkirinê rawestîne
staff-record-keep = Vê tomarê bihêle
staff-record-import = An pelekî deng bîne
staff-record-kept = Hate hiştin: ji niha ve ev tomar tê lêdan.
staff-record-refused = Ev pel nayê bikaranîn: divê pelekî deng ê ji 2 MB biçûktir be.
staff-record-no-mic = Tu mîkrofon tune ye.

# Sync (staff panel)
sync-title = Bi serverê re hevdemkirin
sync-not-enrolled = Ev tablet hê li tu serverê hevdemkirinê nehatiye tomarkirin.
sync-enrolled = Li { $server } tomarkirî ye
sync-server-url = Navnîşana serverê
sync-code = Koda tomarkirinê (ji koordînator)
sync-enrol = Vê tabletê tomar bike
sync-enrolling = Tê tomarkirin…
sync-enrol-ok = Ev tablet hat tomarkirin. Bersiv dê bixweber werin şandin.
sync-error-address = Ev navnîşana serverê ne derbasdar e. Divê bi { $start } dest pê bike.
sync-error-wrong-code = Ev kod ne rast e an berê hatiye bikaranîn. Ji koordînator kodeke nû bixwaze.
sync-error-expired = Dema vê kodê derbas bûye. Ji koordînator kodeke nû bixwaze.
sync-error-unreachable = Negihîşt serverê. Girêdana înternetê û navnîşana serverê kontrol bike.
sync-error-tls = Girêdana ewle bi serverê re têk çû. Dîrok û demjimêra tabletê û navnîşana serverê kontrol bike.
sync-error-too-many = Gelek hewldan. Deqeyekê bisekine û dîsa biceribîne.
sync-error-server = Serverê nikarî vê tabletê tomar bike. Paşê dîsa biceribîne an ji koordînator re bêje.
sync-now = Niha hevdem bike
sync-last-success = Hevdemkirina dawî ya serkeftî
sync-minutes-ago = { $minutes } deq berê
sync-never = Hê na
sync-last-error = Pirsgirêka dawî
sync-set-aside = Ji aliyê serverê ve hatine danîn aliyekî

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = Vê tabletê saz bike
setup-body = Berî ku niştecî vê tabletê bi kar bînin, PIN-a karmendan hilbijêre. Karmend ji bo vekirina panela karmendan hewceyî wê ne: goşeya jorîn 2 saniyeyan bigire. Tenê bi karmendan re parve bike.
setup-pin = PIN-a karmendan (6 heta 12 reqem)
setup-pin-again = PIN-a karmendan dîsa
setup-save = PIN-ê tomar bike
pin-new-digits = PIN-a nû (6 heta 12 reqem)
pin-rule-digits = PIN 6 heta 12 reqem e, û tenê reqem.
pin-rule-common = Ev PIN yek ji PIN-ên herî berbelav e. Yekî din hilbijêre.
pin-rule-sequence = Ev PIN pir hêsan e (reqemek dubarekirî, hejmartina ber bi jor an jêr, an şêweyek dubarekirî). Yekî din hilbijêre.
sync-error-waiting = Bersivên ku li benda şandinê ne ji bo servera ku ev tablet lê tomarkirî ye: { $count }. Pêşî “Niha hevdem bike” bitikîne da ku werin şandin, paşê tabletê li servera nû tomar bike.
clock-off = Dîrok û demjimêra vê tabletê şaş e: ji ya serverê zêdetirî rojekê cuda ye (roj: { $days }). Dîrok û demjimêrê di mîhengên tabletê de rast bike.
set-aside-wrong-facility = Ev bersiv navê saziyeke din dibin, ne ya ku ev tablet lê tomarkirî ye. Saziyê di Mîhengan de kontrol bike û ji koordînator re bêje.
set-aside-survey-not-on-server = Li serverê ev anket ji bo saziya we tune. Ji koordînator bixwaze ku wê li serverê diyar bike.
set-aside-conflict = Serverê berê bersivên din bi heman hejmarê hene. Ji koordînator re bêje; li ser tabletê tiştek nayê kirin.
set-aside-invalid = Ev bersiv li anketa serverê nayên, dibe ku ji ber ku guheriye. Ji koordînator re bêje.
set-aside-other = Serverê ev bersiv ji ber sedemeke ku ev sepan nizane red kir. Sepanê nû bike û ji koordînator re bêje.
set-aside-kept = Bersivên li aliyekî hatine danîn 30 rojan li ser vê tabletê dimînin, paşê tên jêbirin.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = Ev gerok bersivên Heard diparêze jî dema cihê tabletê kêm dibe.
storage-not-kept = Dibe ku ev gerok bersivên Heard jê bibe dema cihê tabletê kêm dibe. Gelek caran hevdem bike. Heke Heard dîsa bi sazkirina yekem vebe, bersivên wê hatine jêbirin: PIN hilbijêre û tabletê dîsa tomar bike.
setup-storage-lost = Gerokê tiştên ku Heard li ser vê tabletê tomar kiribûn jê bir (cihê tomarkirinê hat paqijkirin an tije bû). Bersivên ku hîn ji serverê re nehatine şandin winda bûn. PIN hilbijêre, paşê di panela karmendan de tabletê dîsa tomar bike.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = Çi tê parastin?
kept-title = Çi tê parastin?
kept-close = Bigire
kept-list-title = Bi bersivên te re tê parastin
kept-answers = Bersivên te
kept-period = Meh, ne roj an jî dem
kept-facility = Navend
kept-service-point = Cihê navendê ku te lê bersiv da, heke hebe
kept-language = Zimanê ku te hilbijart
kept-mode = Te bi tena xwe an bi alîkariyê bersiv da
kept-audio-used = Te guh da pirsan an na
kept-status = Te qedand an te rawestand
kept-survey = Kîjan anket, û kîjan guhertoya wê
kept-id = Hejmareke rasthatî, da ku bersivên te du caran neyên hejmartin
kept-never-title = Qet nayê parastin
kept-never-name = Navê te, an hejmareke li ser te
kept-never-device = Ev tablet an telefon
kept-never-time = Dîrok û dema rast
kept-never-helper = Kê alîkariya te kir
kept-never-voice = Dengê te an rûyê te
