# DRAFT translation by machine, needs native review

survey-title = ህይወትኩም ኣብቲ ማእከል

section-home = ክፍልኹምን ሽቓቕን
section-food = መግቢ
section-adults = ዝሕግዙኹም ዓበይቲ
section-safety = ድሕንነት
section-feelings = ከመይ ይስምዓኩም
section-overall = ኩሉ ብሓባር
section-about-you = ብዛዕባኹም

room = ክፍልኹም ከመይ ረኺብኩምዎ?
room-problem = እንታይ እዩ ጽቡቕ ዘይኮነ?
    .hint = ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .choice-too-many-people = ብዙሓት ሰባት
    .choice-noisy = ብዙሕ ድምጺ
    .choice-cold-or-hot = ኣዝዩ ዝሑል ወይ ኣዝዩ ውዑይ
    .choice-broken = ዝተሰብሩ ነገራት ኣለዉ
    .choice-other = ካልእ ነገር

bathroom = ሽቓቕን ሻወርን ከመይ ረኺብኩሞም?
bathroom-problem = እንታይ እዩ ጽቡቕ ዘይኮነ?
    .hint = ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .choice-dirty = ረሳሕ እዩ
    .choice-no-hot-water = ውዑይ ማይ የለን
    .choice-no-privacy = ካልኦት ክርእዩኒ ይኽእሉ
    .choice-broken = ዝተሰብሩ ነገራት ኣለዉ
    .choice-other = ካልእ ነገር

food = መግቢ ከመይ ረኺብኩምዎ?
food-problem = እንታይ እዩ ጽቡቕ ዘይኮነ?
    .hint = ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .choice-taste = ጥዑም ኣይኮነን
    .choice-not-enough = መግቢ ኣይኣክልን
    .choice-not-my-food = ክበልዖ ኣይክእልን (ብሰንኪ ሃይማኖት ወይ ጥዕና)
    .choice-always-the-same = ኩሉ ግዜ ሓደ ዓይነት እዩ
    .choice-other = ካልእ ነገር

adults-help = ኣብዚ ዘለዉ ዓበይቲ ብጽቡቕ ይሕግዙኹም ድዮም?
    .hint = ሰራሕተኛታት፣ ሞግዚትኩም፣ ማሕበራዊ ሰራሕተኛኹም።
adults-problem = እንታይ እዩ ጽቡቕ ዘይኮነ?
    .hint = ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .choice-not-listened = ኣይሰምዑንን
    .choice-no-time = ንዓይ ግዜ የብሎምን
    .choice-not-understood = ኣይንረዳዳእን
    .choice-unfair = ፍትሓውያን ኣይኮኑን
    .choice-other = ካልእ ነገር

safe = ኣብዚ ውሑስነት ይስምዓኩም ድዩ?
safe-problem = እንታይ እዩ ውሑስነት ከይስምዓኩም ዝገብር?
    .hint = ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .choice-fights = ባእሲ
    .choice-bullying = ካልኦት የሳቕዩኒ
    .choice-theft = ንብረተይ ይስረቕ
    .choice-at-night = ብለይቲ
    .choice-other = ካልእ ነገር

feel = ኣብዚ ከመይ ይስምዓኩም?
feel-problem = እንታይ እዩ ሕማቕ ስምዒት ዝህበኩም?
    .hint = ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .choice-worried = ብዙሕ እጭነቕ
    .choice-bored = ዝገብሮ ነገር የለን
    .choice-lonely = ጽምዋ ይስምዓኒ
    .choice-miss-family = ስድራይ ይናፍቑኒ
    .choice-sick = ሕማም ወይ ቃንዛ ይስምዓኒ
    .choice-other = ካልእ ነገር

life-here = ኣብቲ ማእከል ህይወትኩም ከመይ እዩ?
comment = ካልእ ክትነግሩና እትደልዩዎ ነገር ኣሎ ድዩ?
    .hint = ስምኩም ኣይትጽሓፉ።

age = ዕድሜኹም ክንደይ እዩ?
