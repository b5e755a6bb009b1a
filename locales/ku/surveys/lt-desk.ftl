# DRAFT translation by machine, needs native review

survey-title = Xizmeta me çawa bû?

section-desk = Xizmeta li vê maseyê

service = Îro xizmeta me çawa bû?
displeased = Çi xelet çû?
    .hint = Ne mecbûrî: yekê hilbijêrin.
    .choice-waiting = Ez pir li bendê mam
    .choice-not-explained = Tişt bi zelalî nehatin ravekirin
    .choice-unfriendly = Karmend ne bi rûxweş bûn
    .choice-not-solved = Karê min çareser nebû
    .choice-documents = Pirsgirêk bi belge an forman re
    .choice-other = Tiştekî din
pleased = We herî zêde ji çi hez kir?
    .hint = Ne mecbûrî: yekê hilbijêrin.
    .choice-quick = Zû bû
    .choice-clear = Tişt bi zelalî hatin ravekirin
    .choice-friendly = Karmend bi rûxweş bûn
    .choice-solved = Karê min çareser bû
    .choice-other = Tiştekî din
