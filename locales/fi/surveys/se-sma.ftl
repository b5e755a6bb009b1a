# DRAFT translation by machine, needs native review

survey-title = Puhelustasi

section-call = Puhelusi tänään

good-service = Saitko hyvää asiakaspalvelua?
reasonable-time = Saitko vastauksen kohtuullisessa ajassa?
query-resolved = Ratkesiko asiasi?
