# DRAFT translation by machine, needs native review

survey-title = Het Klantencentrum belt u terug

section-call-back = Uw telefoontje naar het Klantencentrum

intro = Bedankt dat we u mogen terugbellen. We hebben drie korte vragen over uw telefoontje naar het Klantencentrum. Uw antwoorden helpen ons om onze dienstverlening te verbeteren. Ze hebben geen invloed op uw verblijfszaken.
call-purpose = Waarover ging uw telefoontje?
    .hint = Voor de medewerker die de vragen stelt: kies allebei als de beller informatie vroeg én een afspraak maakte.
    .choice-information = Informatie vragen
    .choice-appointment = Een afspraak maken
information-understandable = Heeft de medewerker u alle informatie gegeven op een manier die u begreep?
appointment-correct = Is de afspraak juist gemaakt?
helped-solve = Heeft de informatie u geholpen om uw situatie op te lossen?
use-again = Zult u in de toekomst de diensten van het Klantencentrum gebruiken?
