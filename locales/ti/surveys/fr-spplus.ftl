# DRAFT translation by machine, needs native review

survey-title = ምስ ህዝባዊ ኣገልግሎታት ዘጋጠመኩም ኣካፍሉና

section-experience = ተሞክሮኹም
section-score = ሓፈሻዊ ገምጋምኩም

opinion = ብዛዕባ ተሞክሮኹም እንታይ ርእይቶ ኣለኩም?
experience = እንታይ ከም ዘጋጠመ ንገሩና።
    .hint = እንታይ የድልየኩም ነይሩ፣ እንታይ ጽቡቕ ወይ ሕማቕ ከይዱ፣ እንታይከ ክመሓየሽ ይኽእል ነይሩ? እንተወሓደ 100 ፊደላት ጽሓፉ። ኣስማት ወይ ቁጽሪ ፋይል ኣይትጽሓፉ።
elipa-score = ካብ 0 ክሳብ 10፣ ምምሕዳር ንጉዳይኩም ብዝሓዘሉ መንገዲ ክንደይ ዕጉባት ኢኹም?
    .hint = ንኣብነት ፍቓድ መንበሪኹም ኣብ ፕረፈክቱር።
    .low = ፈጺሙ ዘየዕግብ
    .high = ምሉእ ብምሉእ ዘዕግብ
