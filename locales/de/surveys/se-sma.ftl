# DRAFT translation by machine, needs native review

survey-title = Über Ihren Anruf

section-call = Ihr Anruf heute

good-service = Haben Sie guten Kundenservice bekommen?
reasonable-time = Haben Sie in angemessener Zeit eine Antwort bekommen?
query-resolved = Wurde Ihr Anliegen gelöst?
