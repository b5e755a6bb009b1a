# DRAFT translation by machine, needs native review

survey-title = Yabancılar merkezi hakkındaki görüşünüz

section-centre = Merkezde yaşam

accommodation = Merkezdeki konaklamayı nasıl değerlendiriyorsunuz?
    .hint = Beklediğinizle karşılaştırın.
food = Yemeği nasıl değerlendiriyorsunuz?
    .hint = Beklediğinizle karşılaştırın.
medical-care = Sağlık hizmetini nasıl değerlendiriyorsunuz?
    .hint = Beklediğinizle karşılaştırın.
staff-assistance = Yabancılar Dairesi çalışanlarının yardımını nasıl değerlendiriyorsunuz?
    .hint = Beklediğinizle karşılaştırın.
security = Merkezdeki güvenliği nasıl değerlendiriyorsunuz?
    .hint = Kendinizi ne kadar güvende hissettiğinizi beklediğinizle karşılaştırın.
