# DRAFT translation by machine, needs native review

survey-title = ካብ Client Centre ዳግማይ ደወል

section-call-back = ናብ Client Centre ዝደወልኩምዎ ደወል

intro = ነዚ ዳግማይ ደወል ስለ ዝተሰማማዕኩም የመስግነኩም። ብዛዕባ ናብ Client Centre ዝደወልኩምዎ ደወል ሰለስተ ሓጸርቲ ሕቶታት ኣለዉና። መልስታትኩም ኣገልግሎትና ከነመሓይሽ ይሕግዙና፣ ኣብ ጉዳያት መንበሪኹም ድማ ዝኾነ ጽልዋ የብሎምን።
call-purpose = ደወልኩም ብዛዕባ እንታይ ነይሩ?
    .hint = ነቲ ሕቶታት ዝሓትት ሰራሕተኛ፦ እቲ ዝደወለ ሰብ ሓበሬታ ሓቲቱ ቆጸራ እውን እንተሓዘ፣ ክልቲኡ ምረጹ።
    .choice-information = ሓበሬታ ምሕታት
    .choice-appointment = ቆጸራ ምሓዝ
information-understandable = ካብቲ ሰራሕተኛ ኩሉ ሓበሬታ ብዝርዳእ መንገዲ ተዋሂቡኩም ድዩ?
appointment-correct = ቆጸራኹም ብግቡእ ተታሒዙ ድዩ?
helped-solve = እቲ ዝተዋህበኩም ሓበሬታ ኩነታትኩም ንምፍታሕ ሓጊዙኩም ድዩ?
use-again = ንመጻኢ ኣገልግሎታት Client Centre ክትጥቀሙ ዲኹም?
