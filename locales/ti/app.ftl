# DRAFT translation by machine, needs native review
# ጽሑፋት ናይ Heard ኣፕሊኬሽን፣ ትግርኛ።

## Resident flow
welcome-title = እንቋዕ ብደሓን መጻእኩም
welcome-body = ኣብዚ ህይወት ንዓኹም ከመይ ምዃኑ ንገሩና። ውሑዳት ደቓይቕ ጥራይ እዩ ዝወስድ።
welcome-start = ምጅማር
language-title = ቋንቋኹም ምረጹ
anonymity-title = ካብ መልስታትኩም መን ምዃንኩም ክፍለጥ ኣይክእልን
anonymity-body = ስምኩም ኣይሕተትን እዩ። መልስታትኩም ንሕቶ ዑቕባኹም ወይ ንፍቓድ መንበሪኹም ብዝኾነ መንገዲ ክጸልውዎ ኣይክእሉን እዮም።
anonymity-continue = ተረዲኡኒ፣ ምቕጻል
nav-next = ዝቕጽል
nav-back = ንድሕሪት
nav-skip = ምሕላፍ
listen = ምስማዕ
progress = ሕቶ { $current } ካብ { $total }
required-hint = ንምቕጻል በጃኹም ሓደ መልሲ ምረጹ።
save-failed = መልስኹም ክዕቀብ ኣይከኣለን። በጃኹም እንደገና ፈትኑ ወይ ንሰራሕተኛታት ሓገዝ ሕተቱ።

## Stop
stop = ደው ምባል
stop-title = ደው ክትብሉ ትደልዩ ዶ?
stop-body = ዝሃብኩምዎም መልስታት ክትዕቅብዎም ወይ ክትድምስስዎም ትኽእሉ ኢኹም።
stop-keep = ደው ምባልን መልስታተይ ምዕቃብን
stop-discard = ደው ምባልን መልስታተይ ምድምሳስን
stop-continue = መጽናዕቲ ምቕጻል
stop-deleted = መልስታትኩም ተደምሲሱ።
ask-help = ሓገዝ ሕተቱ
help-called = ሓደ ካብ ሰራሕተኛታት ክሕግዘኩም ይመጽእ ኣሎ። በጃኹም ኣብዚ ተጸበዩ።

## Review and end
review-title = መልስታትኩም ተመልከቱ
review-change = ምቕያር
review-no-answer = መልሲ የለን
review-send = መልስታተይ ምልኣኽ
thanks-title = የቐንየልና!
thanks-body = መልስታትኩም ተዓቂቦም ኣለው።
thanks-we-did = ንስኻትኩም በልኩም፣ ንሕና ገበርና
thanks-done = ምውዳእ
still-there-title = ገና ኣብዚ ኣለኹም ዶ?
still-there-body = { $seconds ->
    [one] መጽናዕቲ ድሕሪ { $seconds } ካልኢት ክዕጾ እዩ።
   *[other] መጽናዕቲ ድሕሪ { $seconds } ካልኢታት ክዕጾ እዩ።
}
still-there-yes = እወ፣ ገና ኣብዚ ኣለኹ

## Question widgets
choose-many-hint = ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
text-label = መልስኹም
text-count = { $count } ካብ { $max } ፊደላት
number-label = ቁጽሪ
number-invalid = በጃኹም ካብ { $min } ክሳብ { $max } ዘሎ ቁጽሪ ኣእትዉ።
number-increase = ዝያዳ
number-decrease = ዝወሓደ
ranking-hint = ነቶም ነገራት ብኣገዳስነቶም ተኸቲልኩም ጠውቕዎም፣ እቲ ኣዝዩ ኣገዳሲ ቀዳማይ።
ranking-ordered = ናትኩም ስርርዕ
ranking-unordered = ገና ዘይተሰርዑ
ranking-position = ቁጽሪ { $position }
ranking-move-up = ናብ ላዕሊ
ranking-move-down = ናብ ታሕቲ
ranking-remove = ካብ ስርርዕ ምውጻእ
ranking-reset = ስርርዕ እንደገና ምጅማር
scale-point = { $value } ካብ { $max }
smiley-5-1 = ኣዝዩ ሕማቕ
smiley-5-2 = ሕማቕ
smiley-5-3 = ጽቡቕ እውን ሕማቕ እውን ኣይኮነን
smiley-5-4 = ጽቡቕ
smiley-5-5 = ኣዝዩ ጽቡቕ
smiley-3-1 = ሕማቕ
smiley-3-2 = ጽቡቕ እውን ሕማቕ እውን ኣይኮነን
smiley-3-3 = ጽቡቕ

## Fixed answers
choice-yes = እወ
choice-no = ኣይፋል
choice-above = ካብ ዝተጸበኹዎ ዝሓሸ
choice-at = ከም ዝተጸበኹዎ
choice-below = ካብ ዝተጸበኹዎ ዝኸፍአ
choice-effective = ጽቡቕ ሰሪሑ
choice-partial = ብኸፊል ሰሪሑ
choice-critical = ኣይሰርሐን
choice-positive = ጽቡቕ
choice-neutral = ጽቡቕ እውን ሕማቕ እውን ኣይኮነን
choice-negative = ሕማቕ
choice-up = ጽቡቕ
choice-down = ጽቡቕ ኣይኮነን
choice-under-14 = ትሕቲ 14 ዓመት
choice-age-14-17 = ካብ 14 ክሳብ 17 ዓመት
choice-age-18-24 = ካብ 18 ክሳብ 24 ዓመት
choice-age-25-34 = ካብ 25 ክሳብ 34 ዓመት
choice-age-35-44 = ካብ 35 ክሳብ 44 ዓመት
choice-age-45-54 = ካብ 45 ክሳብ 54 ዓመት
choice-age-55-64 = ካብ 55 ክሳብ 64 ዓመት
choice-age-65-plus = 65 ዓመትን ልዕሊኡን
choice-female = ሰበይቲ
choice-male = ሰብኣይ
choice-other = ካልእ
choice-prefer-not = ክገልጾ ኣይደልን
choice-under-2-months = ትሕቲ 2 ኣዋርሕ
choice-months-2-6 = ካብ 2 ክሳብ 6 ኣዋርሕ
choice-months-6-12 = ካብ 6 ክሳብ 12 ኣዋርሕ
choice-over-12-months = ልዕሊ 12 ኣዋርሕ

## Nationalities
country-af = ኣፍጋኒስታን
country-sy = ሶርያ
country-er = ኤርትራ
country-ps = ፍልስጤም
country-tr = ቱርኪ
country-so = ሶማል
country-iq = ዒራቕ
country-gn = ጊኒ
country-cd = ዲሞክራስያዊት ሪፓብሊክ ኮንጎ
country-bi = ብሩንዲ
country-ma = ሞሮኮ
country-ua = ዩክሬን
country-ir = ኢራን
country-ve = ቬኔዝዌላ
country-co = ኮሎምብያ
country-ru = ሩስያ

## Administration mode badges (shown to the resident)
mode-self-completed = ባዕልኹም
mode-assisted = ብሓገዝ ሰራሕተኛታት
mode-interpreter = ምስ ተርጓሚ
mode-interviewer = ሓደ ሰራሕተኛ ነቶም ሕቶታት የንብቦም
mode-paper = ካብ ናይ ወረቐት ቅጥዒ

## Staff
staff-corner = ሰራሕተኛታት፦ ን2 ካልኢት ጠዊቕኩም ሓዙ
pin-title = መእተዊ ሰራሕተኛታት
pin-label = ምስጢራዊ ቁጽሪ (PIN)
pin-submit = ምኽፋት
pin-cancel = ምስራዝ
pin-wrong = { $left ->
    [one] ጌጋ ምስጢራዊ ቁጽሪ። { $left } ፈተነ ተሪፉ ኣሎ።
   *[other] ጌጋ ምስጢራዊ ቁጽሪ። { $left } ፈተነታት ተሪፎም ኣለው።
}
pin-locked = { $minutes ->
    [one] ብዙሕ ጌጋ ፈተነታት። ድሕሪ { $minutes } ደቒቕ እንደገና ፈትኑ።
   *[other] ብዙሕ ጌጋ ፈተነታት። ድሕሪ { $minutes } ደቓይቕ እንደገና ፈትኑ።
}
staff-title = ክፍሊ ሰራሕተኛታት
staff-survey = ንጡፍ መጽናዕቲ
staff-survey-builtin = ውሽጣዊ
staff-survey-downloaded = ካብ ሰርቨር
staff-survey-replaces = ካብ ሰርቨር፣ ነቲ ውሽጣዊ ይትክኦ
staff-survey-unusable = ካብ ሰርቨር ዝወረደ መጽናዕቲ { $survey } ክጥቀመሉ ኣይከኣልን። ከም ብሓድሽ ንምውራድ «ሕጂ ኣሰማምዕ» ጠውቑ፣ ወይ ንኣወሃሃዲ ሓብሩ።
staff-service-point = ቦታ ኣገልግሎት (ጠረጴዛ ወይ መቐበሊ፣ ፈጺሙ ሰብ ኣይኮነን)
staff-facility = ኮድ ማእከል
staff-mode = እቲ ዝቕጽል መልሲ ብኸመይ ከም ዝእከብ
staff-counts = ኣብዚ መሳርሒ ዘለው መልስታት
staff-completed-today = ሎሚ ዝተዛዘሙ
staff-abandoned-today = ሎሚ ደው ዝበሉ ወይ ዝተሓደጉ
staff-completed-total = ብጠቕላላ ዝተዛዘሙ
staff-abandoned-total = ብጠቕላላ ዝተሓደጉ
staff-pending = ክለኣኹ ዝጽበዩ ዘለው
staff-settings = ምድላዋት
staff-timeout = መጽናዕቲ ካብ መጀመርታ ቅድሚ ምጅማሩ፣ ብዘይ ምትንካፍ ዝሓልፉ ደቓይቕ
staff-save = ምድላዋት ምዕቃብ
staff-saved = ተዓቂቡ።
staff-invalid = { $field } ቅኑዕ ኣይኮነን፦ ንኣሽቱ ላቲን ፊደላት፣ ኣሃዛትን ሰረዝ (-)ን ጥራይ ተጠቐሙ።
staff-timeout-invalid = ካብ 1 ክሳብ 60 ዘሎ ቁጽሪ ደቓይቕ ምረጹ።
staff-pin-change = ምስጢራዊ ቁጽሪ ምቕያር
pin-current = ናይ ሕጂ ምስጢራዊ ቁጽሪ
pin-confirm = ሓድሽ ምስጢራዊ ቁጽሪ እንደገና
pin-changed = ምስጢራዊ ቁጽሪ ተቐይሩ።
pin-mismatch = እቶም ክልተ ሓደስቲ ምስጢራዊ ቁጽርታት ሓደ ዓይነት ኣይኮኑን።
staff-start = መጽናዕቲ ምጅማር
staff-start-entry = መልሲ ምእታው
staff-close = ክፍሊ ሰራሕተኛታት ምዕጻው
staff-no-survey = ኣብዚ መሳርሒ ዝኾነ መጽናዕቲ የለን።

## Staff: languages (review status, coverage, recordings by people) — draft
replay = እንደገና ስማዕ
staff-help-call = { $language } ዘንብብ ሰብ ሓገዝ ሓቲቱ። እዚ መጽናዕቲ ብዚ ቋንቋ ምሉእ ብምሉእ ክስማዕ ገና ኣይከኣልን። በጃኹም ናብኡ ኺዱ።
staff-listen-missing = ንምስማዕ ዝጎደለ
staff-record-missing = ዝጎደለ ብ { $language } ቅዳሕ
staff-dismiss = ሕባእ
staff-translations = ትርጉማት
staff-language = ቋንቋ
staff-app-words = ጽሑፋት ናይቲ መተግበሪ
staff-status-draft = ረቂቕ፡ ብወዲ ቋንቋ ንምርኣይ ዝጽበ
staff-status-reviewed = ተራእዩ
staff-coverage = ሽፋን ጽሑፍን ድምጽን
staff-coverage-text = ጽሑፍ
staff-audio-missing = ድምጺ የለን
staff-audio-synthetic = ሰብ ዘይሰርሖ
staff-audio-recorded = ዝተቐድሐ
staff-recordings = መልእኽትታት ቅዳሕ
staff-record-item = እንታይ ይቕዳሕ
staff-record = ቅዳሕ
staff-record-stop = ምቕዳሕ ደው ኣብል
staff-record-keep = ነዚ ቅዳሕ ሓዞ
staff-record-import = ወይ ፋይል ድምጺ ኣእቱ
staff-record-kept = ተታሒዙ፡ ካብ ሕጂ እዚ ቅዳሕ ክጻወት እዩ።
staff-record-refused = እዚ ፋይል ክጥቀመሉ ኣይከኣልን፡ ካብ 2 MB ዝነኣሰ ፋይል ድምጺ ክኸውን ኣለዎ።
staff-record-no-mic = ማይክሮፎን የለን።

# Sync (staff panel)
sync-title = ምስ ሰርቨር ምስማዕ
sync-not-enrolled = እዚ ታብሌት ገና ኣብ ዝኾነ ሰርቨር ምስማዕ ኣይተመዝገበን።
sync-enrolled = ኣብ { $server } ተመዝጊቡ
sync-server-url = ኣድራሻ ሰርቨር
sync-code = ናይ ምዝገባ ኮድ (ካብ ኣወሃሃዲ)
sync-enrol = ነዚ ታብሌት መዝግቦ
sync-enrolling = ይምዝገብ ኣሎ…
sync-enrol-ok = እዚ ታብሌት ተመዝጊቡ። መልስታት ብኣውቶማቲክ ክለኣኹ እዮም።
sync-error-address = እዚ ኣድራሻ ሰርቨር ቅኑዕ ኣይኮነን። ብ { $start } ክጅምር ኣለዎ።
sync-error-wrong-code = እዚ ኮድ ቅኑዕ ኣይኮነን ወይ ድሮ ተጠቒምካሉ። ካብ ኣወሃሃዲ ሓድሽ ኮድ ሕተት።
sync-error-expired = ግዜ እዚ ኮድ ሓሊፉ። ካብ ኣወሃሃዲ ሓድሽ ኮድ ሕተት።
sync-error-unreachable = ናብ ሰርቨር ክብጻሕ ኣይተኻእለን። ርክብ ኢንተርነትን ኣድራሻ ሰርቨርን ፈትሽ።
sync-error-tls = ውሑስ ርክብ ምስ ሰርቨር ኣይሰለጠን። ዕለትን ሰዓትን ታብሌትን ኣድራሻ ሰርቨርን ፈትሽ።
sync-error-too-many = ብዙሕ ፈተነታት። ሓንቲ ደቒቕ ተጸቢኻ እንደገና ፈትን።
sync-error-server = ሰርቨር ነዚ ታብሌት ክምዝግቦ ኣይከኣለን። ድሒርካ እንደገና ፈትን ወይ ንኣወሃሃዲ ሓብር።
sync-now = ሕጂ ኣሰማምዕ
sync-last-success = ናይ መወዳእታ ዝሰለጠ ምስማዕ
sync-minutes-ago = ቅድሚ { $minutes } ደቒቕ
sync-never = ገና የለን
sync-last-error = ናይ መወዳእታ ጸገም
sync-set-aside = ብሰርቨር ንጎኒ ዝተገድፉ

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = ነዚ ታብሌት ኣዳልው
setup-body = ነበርቲ ነዚ ታብሌት ቅድሚ ምጥቃሞም፡ ናይ ሰራሕተኛታት ምስጢራዊ ቁጽሪ ምረጹ። ሰራሕተኛታት ናይ ሰራሕተኛታት ፓነል ንምኽፋት የድልዮም፦ ላዕለዋይ ኩርናዕ ን2 ካልኢት ሓዙ። ምስ ሰራሕተኛታት ጥራይ ተኻፈሉዎ።
setup-pin = ናይ ሰራሕተኛታት ምስጢራዊ ቁጽሪ (ካብ 6 ክሳብ 12 ኣሃዛት)
setup-pin-again = ናይ ሰራሕተኛታት ምስጢራዊ ቁጽሪ ደጊምኩም
setup-save = ምስጢራዊ ቁጽሪ ዓቅቡ
pin-new-digits = ሓድሽ ምስጢራዊ ቁጽሪ (ካብ 6 ክሳብ 12 ኣሃዛት)
pin-rule-digits = ምስጢራዊ ቁጽሪ ካብ 6 ክሳብ 12 ኣሃዛት ኣለዎ፡ ኣሃዛት ጥራይ።
pin-rule-common = እዚ ምስጢራዊ ቁጽሪ ካብቶም ዝበዝሑ ዝጥቀሙሎም እዩ። ካልእ ምረጹ።
pin-rule-sequence = እዚ ምስጢራዊ ቁጽሪ ኣዝዩ ቀሊል እዩ (ሓደ ኣሃዝ ዝተደጋገመ፡ ንላዕሊ ወይ ንታሕቲ ምቑጻር፡ ወይ ዝተደጋገመ ቅርጺ)። ካልእ ምረጹ።
sync-error-waiting = ናብቲ እዚ ታብሌት ዝተመዝገበሉ ሰርቨር ክለኣኹ ዝጽበዩ መልስታት፦ { $count }። ቅድም ንምልኣኾም «ሕጂ ኣሰናስል» ጠውቑ፡ ድሕሪኡ ታብሌት ኣብቲ ሓድሽ ሰርቨር ኣመዝግቡ።
clock-off = ዕለትን ሰዓትን ናይዚ ታብሌት ጌጋ እዩ፦ ካብቲ ናይ ሰርቨር ልዕሊ ሓደ መዓልቲ ይፈላለ (መዓልታት፦ { $days })። ኣብ ቅጥዕታት ታብሌት ዕለትን ሰዓትን ኣስተኻኽሉ።
set-aside-wrong-facility = እዞም መልስታት ካልእ ትካል ይጠቕሱ፡ እቲ እዚ ታብሌት ዝተመዝገበሉ ኣይኮነን። ኣብ ቅጥዕታት ንትካል ኣረጋግጹ፡ ንኣወሃሃዲ ሓብሩ።
set-aside-survey-not-on-server = ሰርቨር ነዚ መጠይቕ ንትካልኩም የብሉን። ኣወሃሃዲ ኣብ ሰርቨር ክምድቦ ሕተቱ።
set-aside-conflict = ሰርቨር ብተመሳሳሊ ቁጽሪ ካልእ መልስታት ኣለዎ። ንኣወሃሃዲ ሓብሩ፤ ኣብ ታብሌት ዝግበር የለን።
set-aside-invalid = እዞም መልስታት ምስቲ ኣብ ሰርቨር ዘሎ መጠይቕ ኣይሰማምዑን፡ ምናልባት ስለ ዝተቐየረ። ንኣወሃሃዲ ሓብሩ።
set-aside-other = ሰርቨር ነዞም መልስታት እዚ መተግበሪ ብዘይፈልጦ ምኽንያት ነጺግዎም። መተግበሪ ኣሐድሱ፡ ንኣወሃሃዲ ሓብሩ።
set-aside-kept = ንጎድኒ ዝተቐመጡ መልስታት ን30 መዓልቲ ኣብዚ ታብሌት ይጸንሑ፡ ድሕሪኡ ይድምሰሱ።

## The web build: whether the browser keeps the answers when space runs low
storage-kept = እዚ መርበብ ሓበሬታ መልስታት Heard ይሕሉ፣ ታብሌት ቦታ እንተ ወሓዶ እውን።
storage-not-kept = እዚ መርበብ ሓበሬታ ታብሌት ቦታ ምስ ዝውሕዶ መልስታት Heard ክድምስስ ይኽእል። ብተደጋጋሚ ኣሰናኽል። Heard ደጊሙ ብቀዳማይ ምድላው እንተ ተኸፊቱ፣ መልስታቱ ተደምሲሶም ኣለዉ፦ PIN ምረጽ እሞ ታብሌት ደጊምካ ኣመዝግብ።
setup-storage-lost = እቲ መርበብ ሓበሬታ Heard ኣብዚ ታብሌት ዝዓቀቦ ደምሲሱዎ (መዕቀቢ ተጸሪጉ ወይ መሊኡ)። ገና ናብ ሰርቨር ዘይተላእኩ መልስታት ጠፊኦም። PIN ምረጽ፣ ድሕሪኡ ኣብ መቆጻጸሪ ሰራሕተኛታት ታብሌት ደጊምካ ኣመዝግብ።

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = እንታይ ይዕቀብ?
kept-title = እንታይ ይዕቀብ?
kept-close = ዕጾ
kept-list-title = ምስ መልስታትካ ዝዕቀብ
kept-answers = መልስታትካ
kept-period = ወርሒ፣ መዓልቲ ወይ ሰዓት ኣይኮነን
kept-facility = እቲ ማእከል
kept-service-point = ኣብቲ ማእከል ዝመለስካሉ ቦታ፣ እንተሎ
kept-language = ዝመረጽካዮ ቋንቋ
kept-mode = በይንኻ ዲኻ ወይስ ብሓገዝ ዝመለስካ
kept-audio-used = ነተን ሕቶታት ሰሚዕካየን ዲኻ
kept-status = ወዲእካዮ ዲኻ ወይስ ኣቋሪጽካዮ
kept-survey = ኣየናይ መጽናዕቲ፣ ከምኡ’ውን ኣየናይ ሕታሙ
kept-id = ናይ ኣጋጣሚ ቁጽሪ፣ መልስታትካ ክልተ ግዜ ከይቑጸራ
kept-never-title = ፈጺሙ ዘይዕቀብ
kept-never-name = ስምካ፣ ወይ ብዛዕባኻ ዝኾነ ቁጽሪ
kept-never-device = እዚ ታብለት ወይ ተሌፎን
kept-never-time = ልክዕ ዕለትን ሰዓትን
kept-never-helper = መን ከም ዝሓገዘካ
kept-never-voice = ድምጽኻ ወይ ገጽካ
