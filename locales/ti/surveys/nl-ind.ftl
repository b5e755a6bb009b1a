# DRAFT translation by machine, needs native review

survey-title = ከመይ ገይርና?

section-measures = ርክብኩም ምስ IND
section-information = ሓበሬታና
section-remarks = ርእይቶኹም

kto = ብሓፈሻ፣ ሎሚ ብ IND ክንደይ ዕጉባት ኢኹም?
    .low = ፈጺሙ ዘየዕግብ
    .high = ኣዝዩ ዘዕግብ
ces = ዘድልየኩም ምፍጻም ክንደይ ቀሊል ነይሩ?
    .low = ኣዝዩ ከቢድ
    .high = ኣዝዩ ቀሊል
goal = ዝመጻእኩምሉ ጉዳይ ክትፍጽሙ ክኢልኩም ዲኹም?

thumbs = እቲ ዝረኸብኩምዎ ሓበሬታ ጠቓሚ ነይሩ ድዩ?
thumbs-down-reason = ኣብቲ ሓበሬታ እንታይ ጸገም ነይሩ?
    .choice-not-found = ዝደልዮ ዝነበርኩ ኣይረኸብኩን
    .choice-unclear = ንምርዳእ ከቢድ ነይሩ
    .choice-incomplete = ዝጎደለ ነገር ነይሩ
    .choice-not-correct = ቅኑዕ ወይ ሓድሽ ኣይነበረን
    .choice-other = ካልእ ነገር
thumbs-down-detail = ተወሳኺ ክትነግሩና ትኽእሉ ዲኹም?
    .hint = ግዴታ ኣይኮነን። በጃኹም ስምኩም ወይ V-ቁጽሪኹም ኣይትጽሓፉ።

remark-category = ርእይቶ ክትህቡ ትደልዩ ዲኹም? ብዛዕባ እንታይ እዩ?
    .hint = ግዴታ ኣይኮነን።
    .choice-technical-failure = ሓደ ነገር ኣይሰርሐን (ቴክኒካዊ ጸገም)
    .choice-remark = ርእይቶ
    .choice-tip = ንምምሕያሽ ዝሕግዝ ሓሳብ
    .choice-other = ካልእ ነገር
remark = ርእይቶኹም
    .hint = በጃኹም ስምኩም ወይ V-ቁጽሪኹም ኣይትጽሓፉ።
