# DRAFT translation by machine, needs native review

survey-title = Tecrûbeya xwe ya bi xizmetên giştî re bi me re parve bikin

section-experience = Tecrûbeya we
section-score = Nirxandina we ya giştî

opinion = Raya we li ser tecrûbeya we çi ye?
experience = Ji me re bibêjin çi qewimî.
    .hint = Ji we re çi lazim bû, çi baş an xirab çû, û çi dikaribû baştir be? Herî kêm 100 tîpan binivîsin. Nav an hejmarên dosyeyan nenivîsin.
elipa-score = Ji 0 heta 10, hûn çiqas ji awayê ku rêveberiyê pêvajoya we bi rê ve bir razî ne?
    .hint = Bo nimûne, destûra rûniştinê ya we li prefektûrê.
    .low = Qet ne razî
    .high = Bi tevahî razî
