# DRAFT translation by machine, needs native review

survey-title = Asiakaskeskus soittaa sinulle takaisin

section-call-back = Puhelusi Asiakaskeskukseen

intro = Kiitos, että suostuit siihen, että soitamme sinulle takaisin. Meillä on kolme lyhyttä kysymystä puhelustasi Asiakaskeskukseen. Vastauksesi auttavat meitä parantamaan palveluamme. Ne eivät vaikuta oleskeluasioihisi.
call-purpose = Mitä puhelusi koski?
    .hint = Kysymykset esittävälle työntekijälle: valitse molemmat, jos soittaja kysyi tietoa ja varasi ajan.
    .choice-information = Tiedon kysyminen
    .choice-appointment = Ajan varaaminen
information-understandable = Antoiko asiakaspalvelija sinulle kaikki tiedot niin, että ymmärsit ne?
appointment-correct = Varattiinko aika oikein?
helped-solve = Auttoivatko saamasi tiedot sinua ratkaisemaan tilanteesi?
use-again = Käytätkö Asiakaskeskuksen palveluja myös tulevaisuudessa?
