# DRAFT translation by machine, needs native review

survey-title = Om ditt samtal

section-call = Ditt samtal i dag

good-service = Fick du bra service?
reasonable-time = Fick du svar inom rimlig tid?
query-resolved = Blev din fråga löst?
