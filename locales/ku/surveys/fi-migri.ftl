# DRAFT translation by machine, needs native review

survey-title = Anketa razîbûna xerîdaran

section-service = Xizmeta me
section-feedback = Nêrîna we

overall = Bi giştî, hûn çiqas ji xizmeta Dezgeha Koçberiyê ya Fînlandiyayê (Migri) razî ne?
    .low = Pir nerazî
    .high = Pir razî
information = Dîtin û fêmkirina agahiyên ku we hewce dikirin çiqas hêsan bû?
    .low = Pir zehmet
    .high = Pir hêsan
customer-service = Hûn çiqas ji şîret û xizmeta xerîdaran a ku we wergirt razî ne?
    .low = Pir nerazî
    .high = Pir razî
ease = Dayîna serlêdana we an birêvebirina karê we çiqas hêsan bû?
    .low = Pir zehmet
    .high = Pir hêsan
waiting-time = Hûn çiqas ji wê dema ku hûn li bendê man razî ne?
    .hint = Ji bo randevûyê, li cihê xizmetê an li ser telefonê.
    .low = Pir nerazî
    .high = Pir razî
feedback = Divê em çi baştir bikin? Hûn dikarin ji me re bibêjin ka çi baş çû jî.
    .hint = Bersivên we bandorê li tu biryarekê li ser serlêdana we nakin. Ji kerema xwe navê xwe nenivîsin.
