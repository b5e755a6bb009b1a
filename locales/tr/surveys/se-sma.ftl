# DRAFT translation by machine, needs native review

survey-title = Aramanız hakkında

section-call = Bugünkü aramanız

good-service = İyi bir müşteri hizmeti aldınız mı?
reasonable-time = Makul bir sürede cevap aldınız mı?
query-resolved = Talebiniz çözüldü mü?
