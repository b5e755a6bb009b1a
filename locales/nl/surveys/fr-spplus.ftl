# DRAFT translation by machine, needs native review

survey-title = Deel uw ervaring met de overheidsdiensten

section-experience = Uw ervaring
section-score = Uw algemene score

opinion = Wat vindt u van uw ervaring?
experience = Vertel ons wat er gebeurd is.
    .hint = Wat had u nodig, wat ging goed of slecht, en wat kan beter? Schrijf minstens 100 tekens. Schrijf geen namen of dossiernummers.
elipa-score = Hoe tevreden bent u, van 0 tot 10, over hoe de administratie uw procedure heeft behandeld?
    .hint = Bijvoorbeeld uw verblijfsvergunning bij de prefectuur.
    .low = Helemaal niet tevreden
    .high = Helemaal tevreden
