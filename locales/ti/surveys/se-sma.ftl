# DRAFT translation by machine, needs native review

survey-title = ብዛዕባ ደወልኩም

section-call = ናይ ሎሚ ደወልኩም

good-service = ጽቡቕ ኣገልግሎት ዓማዊል ረኺብኩም ዲኹም?
reasonable-time = ኣብ ምኽንያታዊ ግዜ መልሲ ረኺብኩም ዲኹም?
query-resolved = ሕቶኹም ተፈቲሑ ድዩ?
