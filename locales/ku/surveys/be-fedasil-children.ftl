# DRAFT translation by machine, needs native review

survey-title = Jiyana te li navendê

section-home = Odeya te û serşok
section-food = Xwarin
section-adults = Mezinên ku alîkariya te dikin
section-safety = Ewlehî
section-feelings = Tu xwe çawa hîs dikî
section-overall = Her tişt bi hev re
section-about-you = Li ser te

room = Tu odeya xwe çawa dibînî?
room-problem = Çi ne baş e?
    .hint = Tu dikarî ji yekê zêdetir hilbijêrî.
    .choice-too-many-people = Gelek zêde mirov
    .choice-noisy = Pir deng heye
    .choice-cold-or-hot = Pir sar an pir germ
    .choice-broken = Tişt şikestî ne
    .choice-other = Tiştekî din

bathroom = Tu tuwalet û serşokan çawa dibînî?
bathroom-problem = Çi ne baş e?
    .hint = Tu dikarî ji yekê zêdetir hilbijêrî.
    .choice-dirty = Qirêj in
    .choice-no-hot-water = Ava germ tune
    .choice-no-privacy = Yên din dikarin min bibînin
    .choice-broken = Tişt şikestî ne
    .choice-other = Tiştekî din

food = Tu xwarinê çawa dibînî?
food-problem = Çi ne baş e?
    .hint = Tu dikarî ji yekê zêdetir hilbijêrî.
    .choice-taste = Tama wê ne xweş e
    .choice-not-enough = Xwarin têr nake
    .choice-not-my-food = Ez nikarim bixwim (ji ber ol an tenduristiyê)
    .choice-always-the-same = Her dem heman tişt e
    .choice-other = Tiştekî din

adults-help = Mezinên li vir baş alîkariya te dikin?
    .hint = Karmend, wesiyê te, xebatkarê te yê civakî.
adults-problem = Çi ne baş e?
    .hint = Tu dikarî ji yekê zêdetir hilbijêrî.
    .choice-not-listened = Guh nadin min
    .choice-no-time = Wextê wan ji bo min tune
    .choice-not-understood = Em hev fêm nakin
    .choice-unfair = Ew ne dadperwer in
    .choice-other = Tiştekî din

safe = Tu li vir xwe ewle hîs dikî?
safe-problem = Çi dike ku tu xwe ne ewle hîs bikî?
    .hint = Tu dikarî ji yekê zêdetir hilbijêrî.
    .choice-fights = Şer û pevçûn
    .choice-bullying = Yên din zordariyê li min dikin
    .choice-theft = Tiştên min têne dizîn
    .choice-at-night = Bi şev
    .choice-other = Tiştekî din

feel = Tu li vir xwe çawa hîs dikî?
feel-problem = Çi dike ku tu xwe xirab hîs bikî?
    .hint = Tu dikarî ji yekê zêdetir hilbijêrî.
    .choice-worried = Ez pir xem dixwim
    .choice-bored = Tiştek ji bo kirinê tune
    .choice-lonely = Ez xwe tenê hîs dikim
    .choice-miss-family = Bêriya malbata xwe dikim
    .choice-sick = Ez nexweş im an cihekî min diêşe
    .choice-other = Tiştekî din

life-here = Jiyana te li navendê çawa ye?
comment = Tu dixwazî tiştekî din ji me re bibêjî?
    .hint = Navê xwe nenivîse.

age = Tu çend salî yî?
