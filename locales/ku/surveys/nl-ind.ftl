# DRAFT translation by machine, needs native review

survey-title = Me çawa kir?

section-measures = Têkiliya we bi IND re
section-information = Agahiyên me
section-remarks = Têbîniyên we

kto = Bi giştî, hûn îro çiqas ji IND razî ne?
    .low = Pir nerazî
    .high = Pir razî
ces = Bi cih anîna tiştê ku we hewce dikir çiqas hêsan bû?
    .low = Pir zehmet
    .high = Pir hêsan
goal = We karî tiştê ku hûn jê re hatibûn bikin?

thumbs = Agahiyên ku we wergirtin bi kêr hatin?
thumbs-down-reason = Çi pirsgirêk bi agahiyan re hebû?
    .choice-not-found = Min tiştê ku lê digeriyam nedît
    .choice-unclear = Fêmkirina wê zehmet bû
    .choice-incomplete = Tiştek kêm bû
    .choice-not-correct = Ne rast bû an ne nû bû
    .choice-other = Tiştekî din
thumbs-down-detail = Hûn dikarin bêtir ji me re bibêjin?
    .hint = Ne mecbûrî. Ji kerema xwe navê xwe an hejmara xwe ya V nenivîsin.

remark-category = Hûn dixwazin têbîniyekê bihêlin? Li ser çi ye?
    .hint = Ne mecbûrî.
    .choice-technical-failure = Tiştek nexebitî (xeletiya teknîkî)
    .choice-remark = Têbîniyek
    .choice-tip = Pêşniyarek ji bo baştirkirinê
    .choice-other = Tiştekî din
remark = Têbîniya we
    .hint = Ji kerema xwe navê xwe an hejmara xwe ya V nenivîsin.
