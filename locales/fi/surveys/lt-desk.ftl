# DRAFT translation by machine, needs native review

survey-title = Millaista palvelumme oli?

section-desk = Palvelu tässä palvelupisteessä

service = Millaista palvelumme oli tänään?
displeased = Mikä meni huonosti?
    .hint = Vapaaehtoinen: napauta yhtä vastausta.
    .choice-waiting = Odotin liian kauan
    .choice-not-explained = Asioita ei selitetty selvästi
    .choice-unfriendly = Henkilökunta ei ollut ystävällistä
    .choice-not-solved = Asiaani ei saatu hoidettua
    .choice-documents = Ongelmia asiakirjojen tai lomakkeiden kanssa
    .choice-other = Jotain muuta
pleased = Mistä pidit eniten?
    .hint = Vapaaehtoinen: napauta yhtä vastausta.
    .choice-quick = Se oli nopeaa
    .choice-clear = Asiat selitettiin selvästi
    .choice-friendly = Henkilökunta oli ystävällistä
    .choice-solved = Asiani saatiin hoidettua
    .choice-other = Jotain muuta
