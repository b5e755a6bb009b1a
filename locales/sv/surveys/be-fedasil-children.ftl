# DRAFT translation by machine, needs native review

survey-title = Ditt liv på boendet

section-home = Ditt rum och badrum
section-food = Mat
section-adults = De vuxna som hjälper dig
section-safety = Trygghet
section-feelings = Hur du mår
section-overall = Allt tillsammans
section-about-you = Om dig

room = Vad tycker du om ditt rum?
room-problem = Vad är inte bra?
    .hint = Du kan välja mer än ett svar.
    .choice-too-many-people = För många personer
    .choice-noisy = För högljutt
    .choice-cold-or-hot = För kallt eller för varmt
    .choice-broken = Saker är trasiga
    .choice-other = Något annat

bathroom = Vad tycker du om toaletterna och duscharna?
bathroom-problem = Vad är inte bra?
    .hint = Du kan välja mer än ett svar.
    .choice-dirty = Smutsigt
    .choice-no-hot-water = Inget varmvatten
    .choice-no-privacy = Andra kan se mig
    .choice-broken = Saker är trasiga
    .choice-other = Något annat

food = Vad tycker du om maten?
food-problem = Vad är inte bra?
    .hint = Du kan välja mer än ett svar.
    .choice-taste = Det smakar inte gott
    .choice-not-enough = Inte tillräckligt med mat
    .choice-not-my-food = Jag kan inte äta den (religion eller hälsa)
    .choice-always-the-same = Alltid samma sak
    .choice-other = Något annat

adults-help = Hjälper de vuxna här dig bra?
    .hint = Personalen, din gode man, din socialsekreterare.
adults-problem = Vad är inte bra?
    .hint = Du kan välja mer än ett svar.
    .choice-not-listened = De lyssnar inte på mig
    .choice-no-time = De har ingen tid för mig
    .choice-not-understood = Vi förstår inte varandra
    .choice-unfair = De är inte rättvisa
    .choice-other = Något annat

safe = Känner du dig trygg här?
safe-problem = Vad gör att du inte känner dig trygg?
    .hint = Du kan välja mer än ett svar.
    .choice-fights = Slagsmål
    .choice-bullying = Andra mobbar mig
    .choice-theft = Mina saker blir stulna
    .choice-at-night = På natten
    .choice-other = Något annat

feel = Hur mår du här?
feel-problem = Vad gör att du mår dåligt?
    .hint = Du kan välja mer än ett svar.
    .choice-worried = Jag oroar mig mycket
    .choice-bored = Jag har inget att göra
    .choice-lonely = Jag känner mig ensam
    .choice-miss-family = Jag saknar min familj
    .choice-sick = Jag känner mig sjuk eller har ont
    .choice-other = Något annat

life-here = Hur är ditt liv på boendet?
comment = Vill du berätta något mer för oss?
    .hint = Skriv inte ditt namn.

age = Hur gammal är du?
