# DRAFT translation by machine, needs native review

survey-title = Kundenkät

section-quality = Servicen i stort
section-importance = Det som är viktigast för dig
section-aspects = Delar av servicen
section-specialist = Handläggaren som hjälpte dig
section-comments = Dina kommentarer

overall-quality = Vad tycker du överlag om kvaliteten på den service du fick?
    .low = Mycket dålig
    .high = Utmärkt

aspect-importance = Sätt dessa i ordning efter hur viktiga de är för dig, det viktigaste först.
    .choice-waiting-time = Kort väntetid
    .choice-information = Tydlig och fullständig information
    .choice-booking = Lätt att boka en tid
    .choice-opening-hours = Bra öppettider
    .choice-specialist = En kunnig och artig handläggare

rate-waiting-time = Vad tycker du om väntetiden?
    .low = Mycket dålig
    .high = Utmärkt
rate-information = Vad tycker du om informationen du fick?
    .hint = Var den tydlig och fullständig?
    .low = Mycket dålig
    .high = Utmärkt
rate-booking = Vad tycker du om att boka en tid?
    .low = Mycket dålig
    .high = Utmärkt
rate-opening-hours = Vad tycker du om öppettiderna?
    .low = Mycket dålig
    .high = Utmärkt

specialist-work = Vad tycker du om hur handläggaren som hjälpte dig arbetade?
    .low = Mycket dålig
    .high = Utmärkt
specialist-competence = Vad tycker du om handläggarens kunskap och kompetens?
    .low = Mycket dålig
    .high = Utmärkt
specialist-attitude = Vad tycker du om handläggarens bemötande av dig?
    .hint = Var handläggaren artig, respektfull och hjälpsam?
    .low = Mycket dålig
    .high = Utmärkt

comment = Vill du berätta något mer för oss, eller har du ett förslag?
    .hint = Skriv inte ditt namn eller ditt personnummer.
