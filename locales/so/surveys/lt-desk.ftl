# DRAFT translation by machine, needs native review

survey-title = Sidee ahaa adeeggayagu?

section-desk = Adeegga miiskan

service = Sidee ahaa adeeggayagu maanta?
displeased = Maxaa khaldamay?
    .hint = Haddii aad rabto: mid taabo.
    .choice-waiting = Waqti dheer ayaan sugay
    .choice-not-explained = Waxyaabaha si cad looma sharxin
    .choice-unfriendly = Shaqaaluhu ma ahayn kuwo dabeecad wanaagsan
    .choice-not-solved = Arrinkaygii lama xallin
    .choice-documents = Dhibaatooyin dukumentiyada ama foomamka
    .choice-other = Wax kale
pleased = Maxaad ugu jeclaatay?
    .hint = Haddii aad rabto: mid taabo.
    .choice-quick = Way degdeg ahayd
    .choice-clear = Waxyaabaha si cad ayaa loo sharxay
    .choice-friendly = Shaqaaluhu waxay ahaayeen kuwo dabeecad wanaagsan
    .choice-solved = Arrinkaygii waa la xalliyay
    .choice-other = Wax kale
