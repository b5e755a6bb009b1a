# DRAFT translation by machine, needs native review

survey-title = ርእይቶኹም ብዛዕባ ማእከል ወጻእተኛታት

section-centre = ህይወት ኣብቲ ማእከል

accommodation = ኣብቲ ማእከል ዘሎ መንበሪ ከመይ ትግምግምዎ?
    .hint = ምስቲ ዝተጸበኹምዎ ብምንጻር።
food = መግቢ ከመይ ትግምግምዎ?
    .hint = ምስቲ ዝተጸበኹምዎ ብምንጻር።
medical-care = ክንክን ጥዕና ከመይ ትግምግምዎ?
    .hint = ምስቲ ዝተጸበኹምዎ ብምንጻር።
staff-assistance = ሓገዝ ሰራሕተኛታት ቤት ጽሕፈት ወጻእተኛታት ከመይ ትግምግምዎ?
    .hint = ምስቲ ዝተጸበኹምዎ ብምንጻር።
security = ኣብቲ ማእከል ዘሎ ድሕንነት ከመይ ትግምግምዎ?
    .hint = ክንደይ ውሑስነት ከም ዝስምዓኩም፣ ምስቲ ዝተጸበኹምዎ ብምንጻር።
