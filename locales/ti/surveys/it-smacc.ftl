# DRAFT translation by machine, needs native review

survey-title = ኣብ ማእከል ምቕባል ዘለኩም ተሞክሮ

section-intro = ቅድሚ ምጅማርና
section-living = ኣብቲ ማእከል ምንባር
section-care = ጥዕና
section-support = ሓገዝን ሓበሬታን
section-notes = ርእይቶታት

how-to-answer = ንነፍሲ ወከፍ ኣገልግሎት፣ ብጽቡቕ ይሰርሕ እንተሎ፣ ብኸፊል ጥራይ እንተሰሪሑ፣ ወይ ከቢድ ጸገማት እንተለዉ ንገሩ። እቲ ማእከል ሓደ ኣገልግሎት እንተዘይሂቡ፣ ሕለፍዎ።
    .hint = ሕቶታት ምስ ባህላዊ ኣሰናባዲ ብሓባር ከተንብብዎም ትኽእሉ ኢኹም።

accommodation = ክፍልኹምን እቲ ህንጻን
    .hint = ቦታ፣ ዓራታት፣ መሞቒ፣ ጽገና።
cleaning = ጽሬት ክፍልታት፣ ሽቓቕን ሻወርን
personal-items = ክዳውንቲ፣ ኣንሶላታት ዓራትን ናይ ጽሬት ኣቑሑን
    .hint = ትቕበልዎም ዲኹም፣ እኹላትከ ድዮም?
food = መግቢ
    .hint = ብዝሒ፣ ብቕዓት፣ ሃይማኖትኩም ወይ ጥዕናኹም ዘኽብር መግቢ።
medical-care = ክንክን ጥዕና
    .hint = ምርኣይ ሓኪም፣ መድሃኒት፣ ካብ ማእከል ወጻኢ ሓኪም ንምርኣይ ሓገዝ።
psychological-support = ስነ-ኣእምሮኣዊ ደገፍ
    .hint = ጽቡቕ ኣብ ዘይስምዓኩም ወይ ኣብ እትጭነቑሉ እዋን እትዛረብዎ ሰብ።
mediation = ሓገዝ ባህላዊ ኣሰናባዲ ወይ ተርጓሚ
legal-aid = ሕጋዊ ሓበሬታን ምኽርን
    .hint = ብዛዕባ ሕቶ ዑቕባኹምን መሰላትኩምን።
italian-course = ትምህርቲ ቋንቋ ጣልያን
information = ሓበሬታ ብዛዕባ ሕግታት እቲ ማእከል፣ መሰላትኩምን ኣገልግሎታትን
notes = ክትውስኹዎ እትደልዩ ካልእ ነገር ኣሎ ድዩ?
    .hint = ብዛዕባ ዝኾነ ኣገልግሎት፣ ጽቡቕ ይኹን ሕማቕ፣ ክትጽሕፉ ትኽእሉ ኢኹም። በጃኹም ስምኩም ኣይትጽሓፉ።
