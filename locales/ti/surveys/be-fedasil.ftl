# DRAFT translation by machine, needs native review

survey-title = ህይወትኩም ኣብቲ ማእከል

section-accommodation = ክፍልኹም፣ ሽቓቕን ሻወርን
section-food = መግቢ
section-supervision = ሓገዝ ሰራሕተኛታት
section-safety = ድሕንነት
section-well-being = ከመይ ይስምዓኩም
section-overall = ብሓፈሻ
section-about-you = ብዛዕባኹም (ግዴታ ኣይኮነን)

room-satisfied = ብክፍልኹም ዕጉባት ዲኹም?
room-reasons = ኣብ ክፍልኹም እንታይ ጸገም ኣሎ?
    .hint = ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .choice-crowded = ብዙሓት ሰባት ኣለዉ
    .choice-noisy = ብዙሕ ድምጺ ኣሎ
    .choice-cold-or-hot = ኣዝዩ ዝሑል ወይ ኣዝዩ ውዑይ
    .choice-no-privacy = ብሕትነት የለን
    .choice-broken = ዝተሰብሩ ነገራት ኣለዉ
    .choice-other = ካልእ ነገር

sanitary-satisfied = ብሽቓቕን ሻወርን ዕጉባት ዲኹም?
sanitary-reasons = ኣብ ሽቓቕን ሻወርን እንታይ ጸገም ኣሎ?
    .hint = ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .choice-not-clean = ጽሩይ ኣይኮነን
    .choice-too-few = ቁጽሮም ውሑድ እዩ
    .choice-no-hot-water = ውዑይ ማይ የለን
    .choice-no-privacy = ብሕትነት የለን
    .choice-broken = ዝተሰብሩ ነገራት ኣለዉ
    .choice-other = ካልእ ነገር

food-satisfied = ብመግቢ ዕጉባት ዲኹም?
food-reasons = ኣብቲ መግቢ እንታይ ጸገም ኣሎ?
    .hint = ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .choice-taste = ጣዕሙ
    .choice-quantity = መግቢ ኣይኣክልን
    .choice-not-halal-or-diet = ምስ ሃይማኖተይ ወይ ኣመጋግባይ ኣይሰማማዕን
    .choice-no-variety = ኩሉ ግዜ ሓደ ዓይነት እዩ
    .choice-meal-times = ሰዓታት መግቢ ኣይሰማማዓንን
    .choice-cannot-cook = ንርእሰይ መግቢ ከብስል ኣይክእልን
    .choice-other = ካልእ ነገር

supervision-satisfied = ብሓገዝ ሰራሕተኛታት ዕጉባት ዲኹም?
supervision-reasons = ኣብ ሓገዝ ሰራሕተኛታት እንታይ ጸገም ኣሎ?
    .hint = ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .choice-not-listened = ኣይሰምዑንን
    .choice-no-information = እኹል ሓበሬታ ኣይረክብን
    .choice-hard-to-reach = ንዓታቶም ምርካብ ከቢድ እዩ
    .choice-language = ኣይንረዳዳእን
    .choice-unfair = ብፍትሓዊ መንገዲ ኣይተሓዝኩን
    .choice-other = ካልእ ነገር

safety-satisfied = ኣብቲ ማእከል ውሑስነት ይስምዓኩም ድዩ?
safety-reasons = ስለምንታይ ውሑስነት ዘይስምዓኩም?
    .hint = ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .choice-conflicts = ባእሲ ወይ ምጉት
    .choice-theft = ነገራት ይስረቑ
    .choice-at-night = ብለይቲ
    .choice-no-lock = ክፍለይ ብመፍትሕ ኣይዕጾን
    .choice-harassment = ሰባት የሸግሩኒ ወይ የፈራርሑኒ
    .choice-other = ካልእ ነገር

well-being-satisfied = ኣብቲ ማእከል ጽቡቕ ይስምዓኩም ድዩ?
well-being-reasons = እንታይ እዩ ጽቡቕ ከይስምዓኩም ዝገብር?
    .hint = ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .choice-worry-procedure = ብዛዕባ መስርሕ ሕቶ ዑቕባይ ሻቕሎት
    .choice-boredom = ዝግበር ነገር የለን
    .choice-loneliness = ጽምዋ
    .choice-health = ጥዕናይ
    .choice-family = ካብ ስድራይ ምርሓቕ
    .choice-other = ካልእ ነገር

overall-rating = ነቲ ማእከል ብሓፈሻ ከመይ ትግምግምዎ?
    .low = ኣዝዩ ሕማቕ
    .high = ኣዝዩ ጽቡቕ
comment = ካልእ ክትነግሩና እትደልዩዎ ነገር ኣሎ ድዩ?
    .hint = በጃኹም ስምኩም ኣይትጽሓፉ።

age = ዕድሜኹም ክንደይ እዩ?
sex = ንስኹም…
nationality = ዜግነትኩም እንታይ እዩ?
stay = ኣብዚ ማእከል ክንደይ ግዜ ተቐሚጥኩም?
