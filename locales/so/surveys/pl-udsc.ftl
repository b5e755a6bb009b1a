# DRAFT translation by machine, needs native review

survey-title = Fikraddaada ku saabsan xarunta dadka ajnabiga ah

section-centre = Nolosha xarunta

accommodation = Sidee u qiimaynaysaa hoyga xarunta?
    .hint = Marka la barbardhigo wixii aad filaysay.
food = Sidee u qiimaynaysaa cuntada?
    .hint = Marka la barbardhigo wixii aad filaysay.
medical-care = Sidee u qiimaynaysaa daryeelka caafimaadka?
    .hint = Marka la barbardhigo wixii aad filaysay.
staff-assistance = Sidee u qiimaynaysaa caawimaadda shaqaalaha Xafiiska Ajaanibta?
    .hint = Marka la barbardhigo wixii aad filaysay.
security = Sidee u qiimaynaysaa ammaanka xarunta?
    .hint = Inta aad ammaan dareemayso, marka la barbardhigo wixii aad filaysay.
