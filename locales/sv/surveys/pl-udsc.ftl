# DRAFT translation by machine, needs native review

survey-title = Din åsikt om förläggningen för utlänningar

section-centre = Livet på förläggningen

accommodation = Vad tycker du om boendet på förläggningen?
    .hint = Jämfört med vad du förväntade dig.
food = Vad tycker du om maten?
    .hint = Jämfört med vad du förväntade dig.
medical-care = Vad tycker du om sjukvården?
    .hint = Jämfört med vad du förväntade dig.
staff-assistance = Vad tycker du om hjälpen från myndighetens personal?
    .hint = Jämfört med vad du förväntade dig.
security = Vad tycker du om säkerheten på förläggningen?
    .hint = Hur trygg du känner dig, jämfört med vad du förväntade dig.
