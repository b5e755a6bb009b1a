# DRAFT translation by machine, needs native review

survey-title = Ku saabsan wicitaankaaga

section-call = Wicitaankaaga maanta

good-service = Ma heshay adeeg macaamiil oo wanaagsan?
reasonable-time = Ma heshay jawaab muddo macquul ah gudaheed?
query-resolved = Su'aashaadii ma la xalliyay?
