# DRAFT translation by machine, needs native review

survey-title = Din erfarenhet av mottagningsboendet

section-intro = Innan vi börjar
section-living = Livet på boendet
section-care = Hälsa
section-support = Hjälp och information
section-notes = Kommentarer

how-to-answer = Säg för varje tjänst om den fungerar bra, bara delvis, eller om det finns allvarliga problem. Om boendet inte har tjänsten, hoppa över den.
    .hint = Kulturtolken kan läsa frågorna tillsammans med dig.

accommodation = Ditt rum och byggnaden
    .hint = Utrymme, sängar, värme, reparationer.
cleaning = Städning av rum, toaletter och duschar
personal-items = Kläder, lakan och hygienartiklar
    .hint = Får du dem, och räcker de?
food = Måltider
    .hint = Mängd, kvalitet, och måltider som passar din religion eller din hälsa.
medical-care = Vård
    .hint = Läkarbesök, mediciner, och hjälp att träffa en läkare utanför boendet.
psychological-support = Psykologiskt stöd
    .hint = Någon att prata med när du mår dåligt eller är orolig.
mediation = Hjälp från kulturtolken eller tolken
legal-aid = Juridisk information och rådgivning
    .hint = Om din asylansökan och dina rättigheter.
italian-course = Kurs i italienska
information = Information om boendets regler, dina rättigheter och tjänsterna
notes = Vill du lägga till något mer?
    .hint = Du kan skriva om vilken tjänst som helst, bra eller dålig. Skriv inte ditt namn.
