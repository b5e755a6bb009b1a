# DRAFT translation by machine, needs native review

survey-title = Hur var vår service?

section-desk = Service vid den här disken

service = Hur var vår service i dag?
displeased = Vad gick fel?
    .hint = Frivilligt: tryck på ett svar.
    .choice-waiting = Jag fick vänta för länge
    .choice-not-explained = Saker förklarades inte tydligt
    .choice-unfriendly = Personalen var inte vänlig
    .choice-not-solved = Mitt ärende blev inte löst
    .choice-documents = Problem med dokument eller blanketter
    .choice-other = Något annat
pleased = Vad tyckte du bäst om?
    .hint = Frivilligt: tryck på ett svar.
    .choice-quick = Det gick snabbt
    .choice-clear = Saker förklarades tydligt
    .choice-friendly = Personalen var vänlig
    .choice-solved = Mitt ärende blev löst
    .choice-other = Något annat
