# DRAFT translation by machine, needs native review

survey-title = Li ser telefona we

section-call = Telefona we ya îro

good-service = We xizmeteke baş a xerîdaran wergirt?
reasonable-time = We di demeke maqûl de bersiv wergirt?
query-resolved = Pirsa we çareser bû?
