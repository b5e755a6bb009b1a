# DRAFT translation by machine, needs native review

survey-title = መጽናዕቲ ዕግበት ዓማዊል

section-service = ኣገልግሎትና
section-feedback = ርእይቶኹም

overall = ብሓፈሻ፣ ብኣገልግሎት ቤት ጽሕፈት ኢሚግሬሽን ፊንላንድ (Migri) ክንደይ ዕጉባት ኢኹም?
    .low = ፈጺሙ ዘየዕግብ
    .high = ኣዝዩ ዘዕግብ
information = ዘድልየኩም ሓበሬታ ምርካብን ምርዳእን ክንደይ ቀሊል ነይሩ?
    .low = ኣዝዩ ከቢድ
    .high = ኣዝዩ ቀሊል
customer-service = ብዝረኸብኩምዎ ምኽርን ኣገልግሎት ዓማዊልን ክንደይ ዕጉባት ኢኹም?
    .low = ፈጺሙ ዘየዕግብ
    .high = ኣዝዩ ዘዕግብ
ease = ሕቶኹም ምቕራብ ወይ ጉዳይኩም ምፍጻም ክንደይ ቀሊል ነይሩ?
    .low = ኣዝዩ ከቢድ
    .high = ኣዝዩ ቀሊል
waiting-time = ብዝተጸበኹምዎ ግዜ ክንደይ ዕጉባት ኢኹም?
    .hint = ንቆጸራ፣ ኣብ ቤት ጽሕፈት ኣገልግሎት ወይ ብተሌፎን።
    .low = ፈጺሙ ዘየዕግብ
    .high = ኣዝዩ ዘዕግብ
feedback = እንታይ ከነመሓይሽ ይግብኣና? ጽቡቕ ዝኸደ ነገር እውን ክትነግሩና ትኽእሉ ኢኹም።
    .hint = መልስታትኩም ኣብ ዝኾነ ውሳኔ ብዛዕባ ሕቶኹም ጽልዋ የብሎምን። በጃኹም ስምኩም ኣይትጽሓፉ።
