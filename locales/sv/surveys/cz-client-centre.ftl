# DRAFT translation by machine, needs native review

survey-title = Kundcentret ringer upp dig

section-call-back = Ditt samtal till Kundcentret

intro = Tack för att du ville att vi ringer upp dig. Vi har tre korta frågor om ditt samtal till Kundcentret. Dina svar hjälper oss att göra vår service bättre. De påverkar inte dina ärenden om uppehållstillstånd.
call-purpose = Vad handlade ditt samtal om?
    .hint = Till medarbetaren som ställer frågorna: välj båda om personen som ringde frågade om information och bokade en tid.
    .choice-information = Fråga om information
    .choice-appointment = Boka en tid
information-understandable = Gav personen som svarade dig all information på ett sätt som du kunde förstå?
appointment-correct = Blev tiden rätt bokad?
helped-solve = Hjälpte informationen dig att lösa din situation?
use-again = Kommer du att använda Kundcentrets tjänster i framtiden?
