survey-title = How was our service?

section-desk = Service at this desk

service = How was our service today?
displeased = What went wrong?
    .hint = Optional: tap one.
    .choice-waiting = I waited too long
    .choice-not-explained = Things were not explained clearly
    .choice-unfriendly = The staff were not friendly
    .choice-not-solved = My matter was not solved
    .choice-documents = Problems with documents or forms
    .choice-other = Something else
pleased = What did you like most?
    .hint = Optional: tap one.
    .choice-quick = It was quick
    .choice-clear = Things were explained clearly
    .choice-friendly = The staff were friendly
    .choice-solved = My matter was solved
    .choice-other = Something else
