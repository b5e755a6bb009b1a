# DRAFT translation by machine, needs native review

survey-title = Over uw telefoontje

section-call = Uw telefoontje van vandaag

good-service = Bent u goed geholpen?
reasonable-time = Kreeg u binnen een redelijke tijd een antwoord?
query-resolved = Is uw vraag opgelost?
