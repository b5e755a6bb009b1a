# DRAFT translation by machine, needs native review

survey-title = ኣገልግሎትና ከመይ ነይሩ?

section-desk = ኣገልግሎት ኣብዚ መቐበሊ

service = ሎሚ ኣገልግሎትና ከመይ ነይሩ?
displeased = እንታይ ተጋግዩ?
    .hint = ግዴታ ኣይኮነን፦ ሓደ ጠውቑ።
    .choice-waiting = ነዊሕ ተጸበኹ
    .choice-not-explained = ነገራት ብንጹር ኣይተገለጹን
    .choice-unfriendly = ሰራሕተኛታት ሕያዋት ኣይነበሩን
    .choice-not-solved = ጉዳየይ ኣይተፈትሐን
    .choice-documents = ጸገማት ምስ ሰነዳት ወይ ቅጥዕታት
    .choice-other = ካልእ ነገር
pleased = እንታይ ብዝያዳ ፈቲኹም?
    .hint = ግዴታ ኣይኮነን፦ ሓደ ጠውቑ።
    .choice-quick = ቅልጡፍ ነይሩ
    .choice-clear = ነገራት ብንጹር ተገሊጾም
    .choice-friendly = ሰራሕተኛታት ሕያዋት ነይሮም
    .choice-solved = ጉዳየይ ተፈቲሑ
    .choice-other = ካልእ ነገር
