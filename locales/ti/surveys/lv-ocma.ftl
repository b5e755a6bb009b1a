# DRAFT translation by machine, needs native review

survey-title = መጽናዕቲ ዕግበት ዓማዊል

section-quality = ኣገልግሎት ብሓፈሻ
section-importance = ንዓኹም ኣዝዩ ኣገዳሲ ዝኾነ
section-aspects = ክፋላት ኣገልግሎት
section-specialist = ክኢላ ኣገልግሎት ዓማዊል
section-comments = ርእይቶኹም

overall-quality = ብሓፈሻ፣ ብቕዓት እቲ ዝረኸብኩምዎ ኣገልግሎት ከመይ ትግምግምዎ?
    .low = ኣዝዩ ሕማቕ
    .high = ብሉጽ

aspect-importance = ነዚኦም ከም ኣገዳስነቶም ንዓኹም ስርዑዎም፣ እቲ ኣዝዩ ኣገዳሲ ቀዳማይ።
    .choice-waiting-time = ሓጺር ግዜ ምጽባይ
    .choice-information = ንጹርን ምሉእን ሓበሬታ
    .choice-booking = ቀሊል ምሓዝ ቆጸራ
    .choice-opening-hours = ዝሰማማዕ ሰዓታት ስራሕ
    .choice-specialist = ብቑዕን ትሑትን ክኢላ

rate-waiting-time = ግዜ ምጽባይ ከመይ ትግምግምዎ?
    .low = ኣዝዩ ሕማቕ
    .high = ብሉጽ
rate-information = ዝረኸብኩምዎ ሓበሬታ ከመይ ትግምግምዎ?
    .hint = ንጹርን ምሉእን ነይሩ ድዩ?
    .low = ኣዝዩ ሕማቕ
    .high = ብሉጽ
rate-booking = ምሓዝ ቆጸራ ከመይ ትግምግምዎ?
    .low = ኣዝዩ ሕማቕ
    .high = ብሉጽ
rate-opening-hours = ሰዓታት ስራሕ ከመይ ትግምግምዎ?
    .low = ኣዝዩ ሕማቕ
    .high = ብሉጽ

specialist-work = ስራሕ እቲ ዘገልገለኩም ክኢላ ከመይ ትግምግምዎ?
    .low = ኣዝዩ ሕማቕ
    .high = ብሉጽ
specialist-competence = ፍልጠትን ብቕዓትን እቲ ክኢላ ከመይ ትግምግምዎ?
    .low = ኣዝዩ ሕማቕ
    .high = ብሉጽ
specialist-attitude = ኣተሓሕዛ እቲ ክኢላ ንዓኹም ከመይ ትግምግምዎ?
    .hint = ትሑታት፣ ኣኽበርትን ሓገዝትን ነይሮም ድዮም?
    .low = ኣዝዩ ሕማቕ
    .high = ብሉጽ

comment = ካልእ ክትነግሩና እትደልዩዎ ነገር ወይ ለበዋ ኣሎ ድዩ?
    .hint = በጃኹም ስምኩም ወይ ውልቃዊ ኮድኩም ኣይትጽሓፉ።
