# DRAFT translation by machine, needs native review

survey-title = Jiyana we li navendê

section-accommodation = Odeya we, tuwalet û serşok
section-food = Xwarin
section-supervision = Alîkariya karmendan
section-safety = Ewlehî
section-well-being = Hûn xwe çawa hîs dikin
section-overall = Bi giştî
section-about-you = Li ser we (ne mecbûrî)

room-satisfied = Hûn ji odeya xwe razî ne?
room-reasons = Çi pirsgirêk bi odeya we re heye?
    .hint = Hûn dikarin ji yekê zêdetir hilbijêrin.
    .choice-crowded = Gelek zêde mirov
    .choice-noisy = Zêde deng heye
    .choice-cold-or-hot = Pir sar an pir germ
    .choice-no-privacy = Cihê min ê taybet tune
    .choice-broken = Tişt şikestî ne
    .choice-other = Tiştekî din

sanitary-satisfied = Hûn ji tuwalet û serşokan razî ne?
sanitary-reasons = Çi pirsgirêk bi tuwalet û serşokan re heye?
    .hint = Hûn dikarin ji yekê zêdetir hilbijêrin.
    .choice-not-clean = Ne paqij in
    .choice-too-few = Hejmara wan kêm e
    .choice-no-hot-water = Ava germ tune
    .choice-no-privacy = Cihê taybet tune
    .choice-broken = Tişt şikestî ne
    .choice-other = Tiştekî din

food-satisfied = Hûn ji xwarinan razî ne?
food-reasons = Çi pirsgirêk bi xwarinan re heye?
    .hint = Hûn dikarin ji yekê zêdetir hilbijêrin.
    .choice-taste = Tama wê
    .choice-quantity = Xwarin têr nake
    .choice-not-halal-or-diet = Ji bo ola min an perhîza min ne guncav e
    .choice-no-variety = Her dem heman tişt e
    .choice-meal-times = Demên xwarinê ji min re ne guncav in
    .choice-cannot-cook = Ez nikarim ji xwe re xwarinê çêkim
    .choice-other = Tiştekî din

supervision-satisfied = Hûn ji alîkariya karmendan razî ne?
supervision-reasons = Çi pirsgirêk bi alîkariya karmendan re heye?
    .hint = Hûn dikarin ji yekê zêdetir hilbijêrin.
    .choice-not-listened = Guh nadin min
    .choice-no-information = Ez têra xwe agahî nagirim
    .choice-hard-to-reach = Gihîştina wan zehmet e
    .choice-language = Em hev fêm nakin
    .choice-unfair = Bi min re bi dadperwerî tevnagerin
    .choice-other = Tiştekî din

safety-satisfied = Hûn li navendê xwe ewle hîs dikin?
safety-reasons = Çima hûn xwe ewle hîs nakin?
    .hint = Hûn dikarin ji yekê zêdetir hilbijêrin.
    .choice-conflicts = Pevçûn an gengeşî
    .choice-theft = Tişt têne dizîn
    .choice-at-night = Bi şev
    .choice-no-lock = Odeya min kilît nabe
    .choice-harassment = Hin kes min aciz dikin an tehdîd dikin
    .choice-other = Tiştekî din

well-being-satisfied = Hûn xwe li navendê baş hîs dikin?
well-being-reasons = Çi dike ku hûn xwe baş hîs nekin?
    .hint = Hûn dikarin ji yekê zêdetir hilbijêrin.
    .choice-worry-procedure = Xema serlêdana min
    .choice-boredom = Tiştek ji bo kirinê tune
    .choice-loneliness = Tenêtî
    .choice-health = Tenduristiya min
    .choice-family = Dûrbûna ji malbatê
    .choice-other = Tiştekî din

overall-rating = Hûn bi giştî navendê çawa dinirxînin?
    .low = Pir xirab
    .high = Pir baş
comment = Tiştekî din heye ku hûn dixwazin ji me re bibêjin?
    .hint = Ji kerema xwe navê xwe nenivîsin.

age = Hûn çend salî ne?
sex = Hûn…
nationality = Hûn hemwelatiyê kîjan welatî ne?
stay = Çiqas dem e ku hûn li vê navendê dijîn?
