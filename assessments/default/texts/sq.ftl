# Avenir – Albanian texts. Status: drafted, needs review by a native speaker.
# Keys follow fixed patterns (see docs/authoring.md); `avenir lint` lists missing and unused ones.

## Interface

ui-title = Po mendoni të ktheheni në vendin tuaj? Shihni çfarë ndihme ka
ui-listen = Dëgjoni
ui-no-voice = Ky telefon nuk ka zë për { $language } që funksionon pa internet, prandaj ky tekst nuk mund të lexohet me zë.
ui-exit-page = Dilni nga kjo faqe
ui-exit-hint = Ose shtypni Shift 3 herë. Përgjigjet tuaja do të fshihen.
ui-exit-press-two = Shift: shtypeni edhe 2 herë për të dalë.
ui-exit-press-one = Shift: shtypeni edhe 1 herë për të dalë.
ui-language = Gjuha
ui-draft-translation = Ky përkthim është paraprak: ende nuk e ka kontrolluar një person me shqipen si gjuhë amtare.
ui-language-failed = Kjo gjuhë nuk mund të ngarkohej. Teksti shfaqet në anglisht.
ui-loading = Duke u ngarkuar…
ui-continue = Vazhdo
ui-back = Prapa
ui-progress = Pyetja { $n } nga { $total }
ui-choose-an-answer = Zgjidhni një përgjigje, ose “Preferoj të mos përgjigjem”.
ui-enter-a-number = Shkruani një numër të plotë nga { $min } deri në { $max }.
ui-error-summary = Ka një problem
ui-why-we-ask = Pse e pyesim këtë
ui-privacy-note = Përgjigjet tuaja mbeten në këtë telefon. Asgjë nuk dërgohet dhe asgjë nuk ruhet, përveç nëse e zgjidhni ju vetë.
ui-start-title = Po mendoni të ktheheni në vendin tuaj?
ui-start-what = Përgjigjuni disa pyetjeve. Kjo zgjat pak minuta. Do të shihni cilat programe kthimi mund të përdorni, për çfarë mund të keni nevojë për ndihmë dhe kë të kontaktoni, duke përfshirë këshillimin ligjor të pavarur për të gjitha mundësitë tuaja.
ui-start-private = Përgjigjet tuaja mbeten në këtë telefon. Asgjë nuk dërgohet dhe asgjë nuk ruhet, përveç nëse e zgjidhni ju vetë. Nuk ka llogari dhe nuk ka gjurmim.
ui-start-check = Këtë mund ta kontrollojë kushdo: pasi të jetë ngarkuar kjo faqe, ajo vazhdon të funksionojë edhe kur interneti është i fikur.
ui-start-indicative = Rezultati është orientues. Ju ndihmon të përgatiteni për një bisedë me një këshilltar dhe nuk vendos asgjë. Kthimi është gjithmonë vendimi juaj.
ui-start = Filloni
ui-results-title = Rezultatet tuaja orientuese
ui-review-title = Kontrolloni përgjigjet tuaja
ui-see-results = Shikoni rezultatet
ui-indicative = Ky rezultat është vetëm orientues. Ju ndihmon të përgatiteni për një bisedë me një këshilltar, por nuk e zëvendëson atë. Vendimi është gjithmonë i juaji.
ui-checked-on = Rregullat janë kontrolluar për herë të fundit më { $date }.
ui-content-version = Versioni i përmbajtjes { $version }
ui-programmes = Programe që mund të përdorni
ui-no-programmes = Asnjë program nuk përputhet me përgjigjet tuaja. Një këshilltar mund t’ju tregojë për mundësi të tjera.
ui-likely = Ka gjasa
ui-possibly = Ndoshta
ui-not-likely = Ka pak gjasa
ui-runs = Kush e drejton
ui-offers = Çfarë ofron
ui-how = Ku të drejtoheni
ui-why-result = Pse
ui-reason-met = Përputhet:
ui-reason-unmet = Nuk përputhet:
ui-reason-unknown = Ende nuk dihet:
ui-settle = Kjo përgjigje do ta sqaronte:
ui-ask-counsellor = Një këshilltar mund t’ju tregojë.
ui-change-answer = Ndryshoni përgjigjen
ui-source = Burimi
ui-sources-checked = Burimet, të kontrolluara më { $date }:
ui-needs = Për çfarë mund të keni nevojë për ndihmë
ui-no-needs = Nga përgjigjet tuaja nuk duket se keni nevojë për ndihmë. Megjithatë, mund të pyesni një këshilltar për çdo gjë.
ui-urgency-immediate = Urgjente
ui-urgency-before-departure = Para se të nisheni
ui-urgency-after-arrival = Pasi të arrini
ui-contacts = Kë të kontaktoni
ui-contact-legal = Këshillim ligjor i pavarur
ui-contact-emergency = Urgjenca dhe linja ndihme
ui-contact-helps-with = Mund të ndihmojë me:
ui-contact-phone = Telefoni
ui-contact-email = E-mail
ui-contact-website = Faqja e internetit
ui-contact-address = Adresa
ui-contact-hours = Orari
ui-contact-hours-always = Hapur ditë e natë, çdo ditë
ui-contact-languages = Gjuhët
ui-contact-serves = Zona që mbulon
ui-change-answers = Ndryshoni përgjigjet
ui-start-again = Filloni nga e para
ui-content-error = Ky vlerësim nuk mund të ngarkohej. Ju lutemi provoni përsëri më vonë, ose pyesni një këshilltar.
ui-save = Ruani përgjigjet në këtë telefon
ui-save-hint = Vetëm nëse askush tjetër nuk e përdor këtë telefon. Përgjigjet tuaja ruhen në këtë telefon dhe nuk dërgohen kurrë.
ui-saved = Përgjigjet tuaja janë ruajtur në këtë telefon, dhe askund tjetër.
ui-save-failed = Ky shfletues nuk lejon ruajtjen. Përgjigjet tuaja mbahen vetëm derisa ta mbyllni këtë faqe.
ui-delete-everything = Fshini gjithçka
ui-delete-hint = Fshin përgjigjet tuaja dhe gjithçka që ky vlerësim mban në këtë telefon.
ui-deleted = Gjithçka u fshi nga ky telefon.
ui-resume-found = Përgjigjet tuaja të herës së kaluar janë ruajtur në këtë telefon.
ui-resume = Vazhdoni nga aty ku e latë

## Shared options

option-yes = Po
option-no = Jo
option-dont-know = Nuk e di
option-prefer-not-to-say = Preferoj të mos përgjigjem

## Questions

question-stay_country = Në cilin vend jetoni tani?
option-stay_country-other = Një vend tjetër

question-return_country = Në cilin vend po mendoni të ktheheni?
option-return_country-other = Një vend tjetër jashtë Bashkimit Evropian
option-return_country-eu = Një vend i Bashkimit Evropian

question-residence = Cila është situata juaj në vendin ku jetoni tani?
question-residence-why = Programet janë të hapura për njerëz në disa situata, por jo në të tjera. Përgjigjja juaj vendos vetëm se cilat programe shfaqen, dhe mbetet në këtë telefon.
option-residence-asylum_pending = Kam kërkuar azil dhe po pres një vendim
option-residence-no_permit = Nuk kam kërkuar kurrë azil dhe nuk kam leje qëndrimi
question-travel_document = A keni pasaportë të vlefshme ose një dokument tjetër udhëtimi?

question-children = Sa fëmijë nën 18 vjeç do të ktheheshin me ju?
question-children-hint = Shkruani 0 nëse asnjë fëmijë nuk do të kthehej me ju.

question-health = A keni ndonjë sëmundje ose problem shëndetësor që ka nevojë për trajtim ose për ilaçe të rregullta?
question-health-why = Që t’ju tregojmë ndihmën për ta vazhduar trajtimin pasi të ktheheni. Përgjigjja juaj mbetet në këtë telefon.

question-medicine = A keni mjaftueshëm ilaçe për udhëtimin dhe për javët e para pasi të arrini?

question-fear_of_return = A keni frikë nga ajo që mund t’ju ndodhë nëse ktheheni?
question-fear_of_return-why = Nëse keni frikë të ktheheni, mund të keni të drejtë për mbrojtje, dhe një avokat mund t’ju tregojë për të gjitha mundësitë. Përgjigjja juaj mbetet në këtë telefon.

question-exploitation = A jua ka marrë dikush dokumentet, ose ju ka detyruar të punoni apo të bëni gjëra që nuk donit t’i bënit?
question-exploitation-why = Këto mund të jenë shenja shfrytëzimi ose trafikimi të qenieve njerëzore. Nëse kjo po ju ndodh, ka shërbime që ndihmojnë, në mënyrë konfidenciale. Përgjigjja juaj mbetet në këtë telefon.

## Programmes

programme-fedasil_avr = Programi i kthimit vullnetar (Fedasil)
programme-fedasil_avr-runs = Fedasil, agjencia federale belge për pritjen e azilkërkuesve. IOM organizon udhëtimin.
criterion-fedasil_avr-in_belgium-met = Ju jetoni në Belgjikë, ku zbatohet ky program.
criterion-fedasil_avr-in_belgium-unmet = Ky program është për njerëzit që jetojnë në Belgjikë.
criterion-fedasil_avr-in_belgium-unknown = Ky program është për njerëzit që jetojnë në Belgjikë.
criterion-fedasil_avr-no_residence_permit-met = Është për njerëzit pa leje qëndrimi në Belgjikë: njerëzit që presin një vendim për azilin, njerëzit kërkesa e të cilëve është refuzuar, dhe njerëzit që nuk kanë aplikuar kurrë.
criterion-fedasil_avr-no_residence_permit-unmet = Është për njerëzit pa leje qëndrimi në Belgjikë. Nëse keni leje qëndrimi, një këshilltar mund t’ju tregojë për mundësi të tjera.
criterion-fedasil_avr-no_residence_permit-unknown = Është për njerëzit pa leje qëndrimi në Belgjikë.

programme-eurp = Programi i BE-së për Riintegrim (EURP)
programme-eurp-runs = Frontex, agjencia e Bashkimit Evropian për kufijtë, me organizata partnere në vendet e kthimit. Më parë quhej Joint Reintegration Services (JRS).
programme-eurp-how = Nuk mund të aplikoni vetë: autoritetet e vendit që lini ju regjistrojnë, zakonisht përmes këshilltarit tuaj për kthimin, disa javë para se të niseni. Pyesni këshilltarin tuaj për kthimin.

criterion-eurp-non_eu_country-met = Është për njerëzit nga vende jashtë Bashkimit Evropian.
criterion-eurp-non_eu_country-unmet = Është për njerëzit nga vende jashtë Bashkimit Evropian, prandaj nuk mbulon kthimin në një vend të BE-së.
criterion-eurp-non_eu_country-unknown = Është për njerëzit nga vende jashtë Bashkimit Evropian.
criterion-eurp-country_covered-met = Vendi juaj është në listën e vendeve ku punon programi, siç është publikuar për kthimet nga Gjermania. Për disa vende vlejnë rregulla të veçanta, që një këshilltar mund t’jua shpjegojë.
criterion-eurp-country_covered-unmet = Programi punon vetëm në disa vende jashtë Bashkimit Evropian.
criterion-eurp-country_covered-unknown = Programi punon në rreth 39 vende. Vendi juaj nuk është në listën që gjetëm (të publikuar për kthimet nga Gjermania), prandaj vetëm një këshilltar mund t’jua thotë.
criterion-eurp-status-met = Është për njerëzit që presin një vendim për azilin ose që nuk kanë më të drejtë të qëndrojnë.
criterion-eurp-status-unmet = Është për njerëzit që presin një vendim për azilin ose që nuk kanë më të drejtë të qëndrojnë. Nëse keni leje qëndrimi, një këshilltar mund t’ju tregojë për mundësi të tjera.
criterion-eurp-status-unknown = Është për njerëzit që presin një vendim për azilin ose që nuk kanë më të drejtë të qëndrojnë.
## Needs

need-safety = Siguria dhe mbrojtja
need-safety-help = Nëse keni frikë të ktheheni, flisni me një avokat të pavarur para se të vendosni: mund të keni të drejtë për mbrojtje. Nëse dikush ju kontrollon, jua ka marrë dokumentet ose ju detyron të punoni, shërbime të specializuara mund t’ju ndihmojnë, në mënyrë të sigurt dhe konfidenciale. Nëse jeni në rrezik tani, telefononi numrin e urgjencës.
need-health = Shëndeti dhe vazhdimi i kujdesit
need-health-help = Tregojini një këshilltari për trajtimin tuaj para se të udhëtoni, që kujdesi dhe ilaçet tuaja të vazhdojnë pasi të arrini. Kërkojini mjekut tuaj një raport mjekësor dhe ilaçe të mjaftueshme për udhëtimin. Nëse po ju mbarojnë ilaçet, shkoni te mjeku që tani.
need-travel_documents = Dokumentet e udhëtimit
need-travel_documents-help = Ambasada ose konsullata juaj mund t’ju japë pasaportë ose dokument udhëtimi. Një këshilltar për kthimin mund t’ju ndihmojë me hapat, dhe disa programe i paguajnë shpenzimet.
need-children = Fëmijët dhe shkolla
## Contacts

contact-fedasil_return-about = Informacion falas dhe konfidencial për kthimin vullnetar, dhe si të aplikoni.
contact-caritas_international_be-about = Partner i Fedasil për mbështetjen e riintegrimit. Kushdo që po mendon të kthehet mund të kontaktojë ekipin e saj për riintegrim.
contact-brussels_bar_helpline-about = Ndihmë ligjore fillestare me telefon, pavarësisht nga të ardhurat tuaja.
contact-brussels_legal_aid_office-about = Ndihmë ligjore fillestare, ballë për ballë. Personat me të ardhura të ulëta mund të marrin këtu një avokat falas.
contact-emergency_be-about = Policia, ambulanca dhe zjarrfikësit, në rast urgjence.
contact-albania_trafficking_helpline-about = Linjë kombëtare ndihme për viktimat e trafikimit të qenieve njerëzore në Shqipëri.
contact-mary_ward_loreto-about = Një organizatë në Shqipëri që ndihmon viktimat e trafikimit të qenieve njerëzore.
