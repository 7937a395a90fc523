# Avenir – Croatian texts. Status: drafted, needs review by a native speaker.
# Keys follow fixed patterns (see docs/authoring.md); `avenir lint` lists missing and unused ones.

## Interface

ui-title = Razmišljate li o povratku kući? Saznajte koja pomoć postoji
ui-listen = Poslušajte
ui-no-voice = Ovaj telefon nema glas za jezik „{ $language }“ koji radi bez interneta, pa se ovaj tekst ne može pročitati naglas.
ui-exit-page = Izađite s ove stranice
ui-exit-hint = Ili 3 puta pritisnite tipku Shift. Vaši se odgovori brišu.
ui-exit-press-two = Shift: pritisnite još 2 puta za izlaz.
ui-exit-press-one = Shift: pritisnite još 1 put za izlaz.
ui-language = Jezik
ui-draft-translation = Ovaj je prijevod nacrt: izvorni govornik hrvatskoga još ga nije provjerio.
ui-language-failed = Ovaj se jezik nije mogao učitati. Tekst je prikazan na engleskom.
ui-loading = Učitavanje…
ui-host-failed = Ova samoprocjena nije se mogla pokrenuti u ovom pregledniku. Pokušajte s drugim preglednikom ili pitajte savjetnika.
ui-host-noscript = Za ovu samoprocjenu potreban je JavaScript. Ništa što unesete ne napušta Vaš uređaj.
ui-host-embed-failed = Samoprocjena se ne može pokrenuti unutar ove stranice.
ui-host-embed-open = Otvorite samoprocjenu na zasebnoj stranici
ui-continue = Nastavite
ui-back = Natrag
ui-progress = Pitanje { $n } od { $total }
ui-progress-follow-up = Dodatno pitanje uz pitanje { $n } od { $total }
ui-choose-country = Odaberite državu
ui-choose-an-answer = Odaberite odgovor ili „Ne želim reći“.
ui-enter-a-number = Upišite cijeli broj od { $min } do { $max }.
ui-error-summary = Postoji problem
ui-why-we-ask = Zašto to pitamo
ui-privacy-note = Vaši odgovori ostaju na ovom telefonu. Ništa se ne šalje i ništa se ne sprema, osim ako Vi to odaberete.
ui-start-title = Razmišljate li o povratku u svoju zemlju?
ui-start-what = Odgovorite na nekoliko pitanja. To traje nekoliko minuta. Vidjet ćete koje programe povratka možda možete koristiti, u čemu biste možda željeli pomoć i kome se možete obratiti, uključujući neovisni pravni savjet o svim Vašim mogućnostima.
ui-start-private = Vaši odgovori ostaju na ovom telefonu. Ništa se ne šalje i ništa se ne sprema, osim ako Vi to odaberete. Nema korisničkog računa i nema praćenja.
ui-start-check = Svatko to može provjeriti: kad se ova stranica učita, radi i dalje i kad je internet isključen.
ui-start-indicative = Rezultat je samo okviran. Pomaže Vam da se pripremite za razgovor sa savjetnikom i ništa ne odlučuje. Povratak je uvijek Vaša odluka.
ui-start = Počnite
ui-results-title = Vaši okvirni rezultati
ui-review-title = Provjerite svoje odgovore
ui-see-results = Pogledajte rezultate
ui-indicative = Ovaj je rezultat samo okviran. Pomaže Vam da se pripremite za razgovor sa savjetnikom, ali ga ne zamjenjuje. Odluka je uvijek Vaša.
ui-indicative-short = Samo okvirno. Odluka je Vaša.
ui-checked-on = Pravila su posljednji put provjerena { $date }.
ui-content-version = Verzija sadržaja { $version }
ui-programmes = Programi koje možda možete koristiti
ui-no-programmes = Nijedan program ne odgovara Vašim odgovorima. Savjetnik Vam može reći koje druge mogućnosti postoje.
ui-programmes-for-return = Programi samo za osobe koje se vraćaju u određene zemlje: { $count }. Navedite zemlju povratka da biste vidjeli odgovara li Vam neki od njih.
ui-likely = Vjerojatno
ui-possibly = Možda
ui-not-likely = Malo vjerojatno
ui-runs = Tko ga provodi
ui-offers = Što nudi
ui-how = Kako se javiti
ui-why-result = Zašto
ui-reason-met = Odgovara:
ui-reason-unmet = Ne odgovara:
ui-reason-unknown = Još nije poznato:
ui-settle = Ovaj bi odgovor to razjasnio:
ui-ask-counsellor = Savjetnik Vam to može reći.
ui-change-answer = Promijenite odgovor
ui-source = Izvor
ui-sources-checked = Izvori, provjereni { $date }:
ui-needs = U čemu biste možda željeli pomoć
ui-no-needs = Iz Vaših odgovora ne vidi se da Vam treba pomoć. Savjetnika ipak možete pitati bilo što.
ui-urgency-immediate = Hitno
ui-urgency-before-departure = Prije odlaska
ui-urgency-after-arrival = Nakon dolaska
ui-contacts = Kome se obratiti
ui-next-step = Vaš sljedeći korak
ui-next-urgent = Najprije nazovite njih: pomažu oko „{ $need }”, što je prema vašim odgovorima hitno.
ui-next-programme = Mogu vam reći više o „{ $programme }”, što bi vam prema vašim odgovorima moglo biti dostupno.
ui-next-legal = Besplatni, neovisni pravni savjet o svim vašim mogućnostima, prije nego što bilo što odlučite.
ui-not-likely-group = Programi koji vam vjerojatno ne odgovaraju, i zašto
ui-sources = Izvori i kada su provjereni
ui-contact-more = Radno vrijeme, jezici i više
ui-need-advice = Što možete učiniti
ui-need-advice-more = Što možete učiniti i drugi kontakti
ui-number-above = broj je gore, u „Vaš sljedeći korak”
ui-contact-legal = Neovisni pravni savjet
ui-contact-emergency = Hitni slučajevi i linije za pomoć
ui-from-site = Dodala organizacija čiju web-stranicu upravo posjećujete.
ui-contact-helps-with = Može pomoći oko:
ui-contact-phone = Telefon
ui-contact-email = E-pošta
ui-contact-website = Mrežna stranica
ui-contact-address = Adresa
ui-contact-hours = Radno vrijeme
ui-contact-hours-always = Otvoreno danju i noću, svaki dan
ui-contact-languages = Jezici
ui-contact-serves = Područje rada
ui-change-answers = Promijenite odgovore
ui-start-again = Počnite ispočetka
ui-content-error = Ova se procjena nije mogla učitati. Pokušajte ponovno kasnije ili pitajte savjetnika.
ui-save = Spremite svoje odgovore na ovom telefonu
ui-save-hint = Samo ako nitko drugi ne koristi ovaj telefon. Vaši se odgovori čuvaju na ovom telefonu i nikada se ne šalju.
ui-saved = Vaši su odgovori spremljeni na ovom telefonu i nigdje drugdje.
ui-save-failed = Ovaj preglednik ne dopušta spremanje. Vaši se odgovori čuvaju samo dok ne zatvorite ovu stranicu.
ui-delete-everything = Izbrišite sve
ui-delete-hint = Briše Vaše odgovore i sve što ova procjena čuva na ovom telefonu.
ui-deleted = Sve je izbrisano s ovog telefona.
ui-resume-found = Vaši odgovori od prošlog puta spremljeni su na ovom telefonu.
ui-resume = Nastavite gdje ste stali
ui-show-code = Pokažite svoje odgovore savjetniku
ui-code-warning = Svatko tko vidi ovaj kôd ili njegovu QR sliku može ovim alatom pročitati Vaše odgovore. Pokažite ga samo savjetniku kojem vjerujete.
ui-code-choice = Možete izostaviti svoje odgovore na osobna pitanja. Savjetnik tada uz njih vidi „Nije podijeljeno“.
ui-code-which = Koji se odgovori izostavljaju
ui-code-all = Pokažite kôd sa svim svojim odgovorima
ui-code-without = Pokažite kôd bez svojih osobnih odgovora
ui-code-note = Pokažite ovaj kôd savjetniku. U njemu su Vaši odgovori; ne šalje se nikamo.
ui-code-note-without = Pokažite ovaj kôd savjetniku. U njemu su Vaši odgovori, osim onih na osobna pitanja; ne šalje se nikamo.
ui-for-counsellors = Za savjetnike
ui-counsellor-title = Prikaz za savjetnike
ui-code-label = Kôd s telefona osobe
ui-code-read = Pročitajte kôd
ui-code-check = Provjerite kôd: neki znak je pogrešan ili nedostaje.
ui-code-other-version = Ovaj je kôd napravljen s drugim pitanjima. Odgovori u nastavku samo su pretpostavka: provjerite svaki s osobom.
ui-code-unsupported = Ovaj je kôd napravila druga verzija Avenira i ovdje se ne može pročitati.
ui-code-not-a-code = Ovo nije kôd iz ove procjene. Provjerite što ste upisali.
ui-code-cleared = Odgovori iz prethodnog kôda su uklonjeni.
ui-answers = Odgovori
ui-not-asked = Pitanje nije postavljeno zbog jednog ranijeg odgovora.
ui-from-answer = Iz odgovora na pitanje:
ui-not-answered = Bez odgovora
ui-not-shared = Nije podijeljeno
ui-notes = Bilješke
ui-desk-page-title = Avenir – prikaz za savjetnike: prvi razgovor
ui-desk-new-person = Nova osoba
ui-desk-start = Učitajte kôd s telefona osobe ili ispunite odgovore zajedno s osobom. Programi i otvorena pitanja pojavljuju se s prvim odgovorom.
ui-desk-open = Otvorena pitanja
ui-desk-open-none = Ništa nije otvoreno: svako važno pitanje ima odgovor.
ui-desk-settles = Razjasnilo bi: { $programmes }
ui-desk-to-check = Provjeriti s osobom (nijedno pitanje to ne razjašnjava)
ui-desk-programme = Program
ui-desk-result = Rezultat
ui-desk-change = Promijenite
ui-desk-notes-hint = Čuva se samo na ovom zaslonu: nikad se ne sprema, ne stavlja u kôd niti šalje. Ispisuje se sa sažetkom.
ui-desk-vulnerabilities = Uočene ranjivosti
ui-desk-family = Sastav obitelji i dob djece
ui-desk-consent = Na što je osoba pristala
ui-desk-handback = Dajte osobi novi kod ovih odgovora
ui-desk-summaries = Sažeci za ispis
ui-desk-print = Što ispisati?
ui-desk-print-record = Zapisnik razgovora: odgovori, rezultati i bilješke
ui-desk-print-referral = Uputnica partneru za reintegraciju
ui-desk-print-takehome = Sažetak za osobu, na dva jezika
ui-desk-print-button = Ispiši
ui-desk-chosen = Odabrani program
ui-desk-none-chosen = Još nije odabran
ui-desk-person-language = Jezik osobe
ui-desk-organisation = Organizacija
ui-desk-date = Datum razgovora
ui-desk-referral-title = Uputnica
ui-desk-return-country = Zemlja povratka
ui-desk-partner = Partner za reintegraciju u zemlji povratka
ui-desk-no-partner = Ovaj alat ne poznaje nijednog za ovu zemlju: pitajte program.
ui-desk-support = Vrsta pomoći
ui-desk-needs = Utvrđene potrebe
ui-desk-referral-consent = Slažem se da se ovaj sažetak preda programu i gore navedenom partneru za reintegraciju, samo radi mog upućivanja.
ui-desk-signature-person = Potpis osobe i datum
ui-desk-signature-counsellor = Potpis savjetnika ili savjetnice
ui-desk-takehome-title = Sažetak našeg razgovora
ui-qr-label = QR kôd Vaših odgovora
ui-qr-note = Savjetnik može skenirati ovaj kvadrat kamerom ili upisati slova i brojeve ispod.
ui-scan = Skenirajte QR kôd kamerom
ui-scan-stop = Zaustavite kameru
ui-scan-hint = Usmjerite kameru prema kvadratnom kodu na telefonu osobe. Ništa se ne snima i ništa se ne šalje.
ui-scan-photo = Ili pročitajte kôd s fotografije
ui-scan-failed = Kamera se nije mogla koristiti. Upišite kôd ili odaberite njegovu fotografiju.
ui-scan-none = Na ovoj slici nije pronađen kôd. Pokušajte ponovno ili upišite kôd.

## Groups of questions (headings in the counsellor's view)
group-situation = Gdje ste sada i kamo biste otišli
group-documents = Dokumenti i obitelj
group-health = Zdravlje i dobrobit
group-support = Podrška nakon povratka i novac
group-safety = Sigurnost

## Shared options

option-yes = Da
option-no = Ne
option-dont-know = Ne znam
option-prefer-not-to-say = Ne želim reći

## Questions

question-stay_country = U kojoj zemlji sada živite?
option-stay_country-other = Druga zemlja

question-return_country = U koju se zemlju razmišljate vratiti?
option-return_country-other = Druga zemlja izvan Europske unije
option-return_country-eu = Zemlja u Europskoj uniji

question-residence = Kakva je Vaša situacija u zemlji u kojoj sada živite?
question-residence-why = Programi su otvoreni za ljude u nekim situacijama, a u drugima nisu. Vaš odgovor samo određuje koji će se programi prikazati i ostaje na ovom telefonu.
option-residence-asylum_pending = Čekam odluku o svom zahtjevu za azil
option-residence-asylum_refused = Moj zahtjev za azil je odbijen ili sam ga povukao/la
option-residence-no_permit = Nikada nisam tražio/la azil i nemam dozvolu boravka
option-residence-protection = Imam status izbjeglice ili neku drugu zaštitu ili dozvolu iz humanitarnih razloga
option-residence-permit = Imam neku drugu dozvolu boravka, na primjer zbog rada, studija ili obitelji

question-own_means = Biste li mogli platiti put kući vlastitim novcem?
question-own_means-why = Neki su programi samo za ljude koji ne mogu sami platiti put. Vaš odgovor ostaje na ovom telefonu.

question-travel_document = Imate li valjanu putovnicu ili neku drugu putnu ispravu?

question-children = Koliko bi se djece mlađe od 18 godina vratilo s Vama?
question-children-hint = Upišite 0 ako se s Vama ne bi vratilo nijedno dijete.

question-health = Imate li bolest ili zdravstveno stanje koje treba liječiti ili za koje redovito uzimate lijekove?
question-health-why = Da bismo Vam mogli pokazati pomoć za nastavak liječenja nakon povratka. Vaš odgovor ostaje na ovom telefonu.

question-medicine = Imate li dovoljno lijekova za put i za prve tjedne nakon dolaska?

question-wellbeing = Želite li s nekim razgovarati o tome kako se osjećate? Na primjer o stresu, brigama, tuzi ili problemima sa spavanjem.
question-wellbeing-why = Mnogi se ljudi tako osjećaju kad razmišljaju o povratku. Razgovor s nekim može pomoći, ovdje i nakon povratka. Vaš odgovor ostaje na ovom telefonu.

question-help_after_return = Biste li nakon povratka željeli pomoć s nečim od ovoga?
question-help_after_return-hint = Možete odabrati više odgovora.
option-help_after_return-housing = Mjesto za stanovanje
option-help_after_return-work = Posao, prihod ili osposobljavanje
option-help_after_return-none = Ne, ne sada

question-debts = Imate li dugove koji Vas brinu, ovdje ili u svojoj zemlji?
question-debts-why = Mnogi ljudi koji se vraćaju imaju dugove. Dugovi mogu otežati novi početak, a za to postoji savjetovanje. Vaš odgovor ostaje na ovom telefonu.

question-fear_of_return = Bojite li se onoga što bi Vam se moglo dogoditi ako se vratite?
question-fear_of_return-why = Ako se bojite vratiti, možda imate pravo na zaštitu, a odvjetnik Vam može objasniti sve mogućnosti. Vaš odgovor ostaje na ovom telefonu.

question-exploitation = Je li Vam netko uzeo dokumente ili Vas prisilio da radite ili činite stvari koje niste htjeli?
question-exploitation-why = To mogu biti znakovi iskorištavanja ili trgovanja ljudima. Ako Vam se to događa, postoje službe koje pomažu, a razgovor s njima je povjerljiv. Vaš odgovor ostaje na ovom telefonu.

## Programmes: Belgium

programme-fedasil_avr = Program dobrovoljnog povratka (Fedasil)
programme-fedasil_avr-runs = Fedasil, belgijska savezna agencija za prihvat tražitelja azila. IOM organizira putovanje.
programme-fedasil_avr-how = Obratite se uredu za povratak agencije Fedasil (u Bruxellesu, Gentu, Antwerpenu, Charleroiju ili Liègeu) ili partnerske organizacije, svom socijalnom radniku, ili nazovite besplatni broj agencije Fedasil. Povratak je Vaša odluka: možete se predomisliti, čak i nakon što se prijavite.

criterion-fedasil_avr-in_belgium-met = Živite u Belgiji, gdje se ovaj program provodi.
criterion-fedasil_avr-in_belgium-unmet = Ovaj je program za ljude koji žive u Belgiji.
criterion-fedasil_avr-in_belgium-not-answered = Vaši odgovori ne govore u kojoj zemlji živite. Ovaj je program za ljude koji žive u Belgiji.

programme-fedasil_reintegration = Podrška za reintegraciju nakon povratka uz pomoć agencije Fedasil
programme-fedasil_reintegration-runs = Fedasil, sa svojim partnerima IOM-om i Caritas Internationalom u zemlji povratka.
programme-fedasil_reintegration-offers = Materijalna pomoć, nikada u gotovini, do 12 mjeseci nakon povratka: na primjer za pokretanje malog posla, najam ili popravak doma, traženje posla ili plaćanje troškova liječenja. Partnerska organizacija prati Vas tijekom te godine.

criterion-fedasil_reintegration-in_belgium-met = Živite u Belgiji, gdje se ova podrška daje.
criterion-fedasil_reintegration-in_belgium-unmet = Ova je podrška za ljude koji se vraćaju iz Belgije.
criterion-fedasil_reintegration-in_belgium-not-answered = Vaši odgovori ne govore u kojoj zemlji živite. Ova je podrška za ljude koji se vraćaju iz Belgije.
criterion-fedasil_reintegration-returns_with_fedasil-met = Namijenjena je ljudima koji se vraćaju kroz program dobrovoljnog povratka agencije Fedasil, koji je otvoren za ljude bez dozvole boravka.
criterion-fedasil_reintegration-returns_with_fedasil-unmet = Namijenjena je ljudima koji se vraćaju kroz program dobrovoljnog povratka agencije Fedasil, koji je namijenjen ljudima bez dozvole boravka.
criterion-fedasil_reintegration-returns_with_fedasil-not-answered = Vaši odgovori ne govore kakva je Vaša situacija. Namijenjena je ljudima koji se vraćaju kroz program dobrovoljnog povratka agencije Fedasil, koji je namijenjen ljudima bez dozvole boravka.
criterion-fedasil_reintegration-returns_with_fedasil-dont-know = Za svoju situaciju odgovorili ste „Ne znam”. Namijenjena je ljudima koji se vraćaju kroz program dobrovoljnog povratka agencije Fedasil, koji je namijenjen ljudima bez dozvole boravka.

## Programmes: Germany

programme-reag_garp = Program povratka REAG/GARP
programme-reag_garp-runs = Njemačka savezna vlada i savezne zemlje, uz financiranje EU-a. IOM organizira putovanje.

criterion-reag_garp-in_germany-met = Živite u Njemačkoj, gdje se ovaj program provodi.
criterion-reag_garp-in_germany-unmet = Ovaj je program za ljude koji žive u Njemačkoj.
criterion-reag_garp-in_germany-not-answered = Vaši odgovori ne govore u kojoj zemlji živite. Ovaj je program za ljude koji žive u Njemačkoj.
criterion-reag_garp-cannot_pay-met = Namijenjen je ljudima koji ne mogu sami platiti put.
criterion-reag_garp-cannot_pay-unmet = Namijenjen je ljudima koji ne mogu sami platiti put. Savjetnik Vam ipak može dati savjet.
criterion-reag_garp-cannot_pay-not-answered = Vaši odgovori ne govore možete li sami platiti putovanje. Namijenjen je ljudima koji ne mogu sami platiti put.
criterion-reag_garp-cannot_pay-dont-know = Za plaćanje putovanja vlastitim novcem odgovorili ste „Ne znam”. Namijenjen je ljudima koji ne mogu sami platiti put.

programme-starthilfe_plus = StarthilfePlus: dodatna podrška za reintegraciju
programme-starthilfe_plus-runs = Savezni ured za migracije i izbjeglice (BAMF). IOM pruža pomoć u zemlji povratka.
programme-starthilfe_plus-how = Pitajte svoje savjetovalište za povratak kad se prijavljujete za REAG/GARP.

criterion-starthilfe_plus-in_germany-met = Živite u Njemačkoj, gdje se ovaj program provodi.
criterion-starthilfe_plus-in_germany-unmet = Ovaj je program za ljude koji žive u Njemačkoj.
criterion-starthilfe_plus-in_germany-not-answered = Vaši odgovori ne govore u kojoj zemlji živite. Ovaj je program za ljude koji žive u Njemačkoj.
criterion-starthilfe_plus-with_reag_garp-met = Daje se samo zajedno s programom REAG/GARP, a Vaši odgovori odgovaraju programu REAG/GARP.
criterion-starthilfe_plus-with_reag_garp-unmet = Daje se samo zajedno s programom REAG/GARP, a Vaši odgovori ne odgovaraju programu REAG/GARP.
criterion-starthilfe_plus-with_reag_garp-unknown = Daje se samo zajedno s programom REAG/GARP. Još nije poznato je li Vam program REAG/GARP dostupan.
criterion-starthilfe_plus-with_reag_garp-not-answered = Vaši odgovori nisu dovoljni da se zna je li Vam REAG/GARP otvoren. Daje se samo zajedno s programom REAG/GARP. Još nije poznato je li Vam program REAG/GARP dostupan.
criterion-starthilfe_plus-with_reag_garp-dont-know = Na pitanje o kojem to ovisi odgovorili ste „Ne znam”. Daje se samo zajedno s programom REAG/GARP. Još nije poznato je li Vam program REAG/GARP dostupan.
criterion-starthilfe_plus-nationality-met = Ljudi iz Vaše zemlje mogu dobiti jednu vrstu ove pomoći.
criterion-starthilfe_plus-nationality-unknown = Pomoć ovisi o vašem državljanstvu. Popisi koje smo pronašli (2024.) nisu potpuni: postoji i pomoć za osobe koje su dugo imale „Duldung”, a turski je državljani dobivaju tek nakon više od šest mjeseci u Njemačkoj (od srpnja 2024.). Savjetnik vam to može reći.
criterion-starthilfe_plus-nationality-not-answered = Vaši odgovori ne govore u koju biste se zemlju vratili. Pomoć ovisi o vašem državljanstvu. Popisi koje smo pronašli (2024.) nisu potpuni: postoji i pomoć za osobe koje su dugo imale „Duldung”, a turski je državljani dobivaju tek nakon više od šest mjeseci u Njemačkoj (od srpnja 2024.). Savjetnik vam to može reći.
criterion-starthilfe_plus-nationality-dont-know = Za zemlju u koju biste se vratili odgovorili ste „Ne znam”. Pomoć ovisi o vašem državljanstvu. Popisi koje smo pronašli (2024.) nisu potpuni: postoji i pomoć za osobe koje su dugo imale „Duldung”, a turski je državljani dobivaju tek nakon više od šest mjeseci u Njemačkoj (od srpnja 2024.). Savjetnik vam to može reći.

## Programmes: Denmark

programme-dk_repatriation = Podrška za repatrijaciju (Zakon o repatrijaciji)
programme-dk_repatriation-runs = Podršku odobrava Vaša općina. Danski savjet za izbjeglice (DRC) pruža savjetovanje.
programme-dk_repatriation-how = Pišite Danskom savjetu za izbjeglice i zatražite savjetovanje. Savjetovanje je besplatno.

criterion-dk_repatriation-in_denmark-met = Živite u Danskoj, gdje se ova podrška daje.
criterion-dk_repatriation-in_denmark-unmet = Ova je podrška za ljude koji žive u Danskoj.
criterion-dk_repatriation-in_denmark-not-answered = Vaši odgovori ne govore u kojoj zemlji živite. Ova je podrška za ljude koji žive u Danskoj.
criterion-dk_repatriation-status-met = Namijenjena je izbjeglicama i ljudima s humanitarnom dozvolom.
criterion-dk_repatriation-status-unmet = Namijenjena je izbjeglicama, ljudima s humanitarnom dozvolom i članovima obitelji koji su došli k izbjeglici. Nije namijenjena tražiteljima azila.
criterion-dk_repatriation-not_eu-met = Namijenjena je ljudima iz zemalja izvan Europske unije.
criterion-dk_repatriation-not_eu-unmet = Nije namijenjena građanima EU-a ni nordijskih zemalja.
criterion-dk_repatriation-not_eu-not-answered = Vaši odgovori ne govore imate li državljanstvo zemlje EU-a ni u koju biste se zemlju vratili. Nije namijenjena građanima EU-a ni nordijskih zemalja.
criterion-dk_repatriation-not_eu-dont-know = Na pitanje o kojem to ovisi odgovorili ste „Ne znam”. Nije namijenjena građanima EU-a ni nordijskih zemalja.
criterion-dk_repatriation-own_means-met = Namijenjena je ljudima koji ne mogu sami platiti svoj povratak.
criterion-dk_repatriation-own_means-unmet = Namijenjena je ljudima koji ne mogu sami platiti svoj povratak.
criterion-dk_repatriation-own_means-not-answered = Vaši odgovori ne govore možete li sami platiti putovanje. Namijenjena je ljudima koji ne mogu sami platiti svoj povratak.
criterion-dk_repatriation-own_means-dont-know = Za plaćanje putovanja vlastitim novcem odgovorili ste „Ne znam”. Namijenjena je ljudima koji ne mogu sami platiti svoj povratak.

programme-dk_return_support-runs = Danska agencija za povratak (Hjemrejsestyrelsen).
programme-dk_return_support-offers = Podrška do 20.000 DKK (danskih kruna) ako sudjelujete u planiranju svog povratka ili do 15.000 DKK ako se uključite kasnije. Ako u Vašoj zemlji postoji partner za reintegraciju, podrška se daje u obliku robe i usluga, a ne u gotovini.
programme-dk_return_support-how = Odluku donosi Danska agencija za povratak. Danski savjet za izbjeglice daje besplatne, povjerljive savjete i ne prenosi dalje ono što mu kažete. Ljudi osuđeni za neka teška kaznena djela ne mogu dobiti ovu podršku.

criterion-dk_return_support-in_denmark-met = Živite u Danskoj, gdje se ova podrška daje.
criterion-dk_return_support-in_denmark-unmet = Ova je podrška za ljude koji žive u Danskoj.
criterion-dk_return_support-in_denmark-not-answered = Vaši odgovori ne govore u kojoj zemlji živite. Ova je podrška za ljude koji žive u Danskoj.

## Programmes: Bulgaria, Croatia, Slovenia

programme-bg_avrr = Potpomognuti dobrovoljni povratak i reintegracija (IOM Bugarska)
programme-bg_avrr-runs = IOM, Međunarodna organizacija za migracije.
programme-bg_avrr-how = Obratite se IOM-u u Sofiji. Dobrovoljni povratak može se pokrenuti i preko Uprave za migracije Ministarstva unutarnjih poslova. Prije nego što povučete zahtjev za azil, potražite pravni savjet: ne možete ga ponovno podnijeti, osim ako se dogodi nešto novo.

criterion-bg_avrr-in_bulgaria-met = Živite u Bugarskoj, gdje se ovaj program provodi.
criterion-bg_avrr-in_bulgaria-unmet = Ovaj je program za ljude koji žive u Bugarskoj.
criterion-bg_avrr-in_bulgaria-not-answered = Vaši odgovori ne govore u kojoj zemlji živite. Ovaj je program za ljude koji žive u Bugarskoj.
criterion-bg_avrr-status-met = Namijenjen je ljudima bez dozvole boravka, tražiteljima azila i ljudima sa zaštitom koji više ne žele ostati.
criterion-bg_avrr-status-unmet = Namijenjen je ljudima bez dozvole boravka, tražiteljima azila i ljudima sa zaštitom. Savjetnik Vam može reći koje druge mogućnosti postoje.
criterion-bg_avrr-status-not-answered = Vaši odgovori ne govore kakva je Vaša situacija. Namijenjen je ljudima bez dozvole boravka, tražiteljima azila i ljudima sa zaštitom koji više ne žele ostati.
criterion-bg_avrr-status-dont-know = Za svoju situaciju odgovorili ste „Ne znam”. Namijenjen je ljudima bez dozvole boravka, tražiteljima azila i ljudima sa zaštitom koji više ne žele ostati.

programme-hr_avrr = AVRR.hr: potpomognuti dobrovoljni povratak (IOM Hrvatska)
programme-hr_avrr-runs = IOM, uz sufinanciranje EU-a preko hrvatskog Ministarstva unutarnjih poslova.
programme-hr_avrr-offers = Liječnički pregled, putovanje, nešto novca i savjetovanje prije i nakon povratka.
programme-hr_avrr-how = Javite se programu AVRR.hr preko njegove mrežne stranice. Ako je Vaš zahtjev za azil odbijen, obično imate 7 do 30 dana da dobrovoljno odete: potražite savjet na vrijeme.

criterion-hr_avrr-in_croatia-met = Živite u Hrvatskoj, gdje se ovaj program provodi.
criterion-hr_avrr-in_croatia-unmet = Ovaj je program za ljude koji žive u Hrvatskoj.
criterion-hr_avrr-in_croatia-not-answered = Vaši odgovori ne govore u kojoj zemlji živite. Ovaj je program za ljude koji žive u Hrvatskoj.
criterion-hr_avrr-third_country-met = Namijenjen je ljudima iz zemalja izvan Europske unije.
criterion-hr_avrr-third_country-not-answered = Vaši odgovori ne govore imate li državljanstvo zemlje EU-a ni u koju biste se zemlju vratili. Namijenjen je ljudima iz zemalja izvan Europske unije.
criterion-hr_avrr-third_country-dont-know = Na pitanje o kojem to ovisi odgovorili ste „Ne znam”. Namijenjen je ljudima iz zemalja izvan Europske unije.

programme-si_avrr = Potpomognuti dobrovoljni povratak (IOM Slovenija)
programme-si_avrr-runs = IOM, zajedno sa slovenskom policijom, uz financiranje EU-a.
programme-si_avrr-offers = Pomoć da se dobrovoljno vratite u svoju zemlju.
programme-si_avrr-how = Obratite se IOM-u u Sloveniji.

criterion-si_avrr-in_slovenia-met = Živite u Sloveniji, gdje se ovaj program provodi.
criterion-si_avrr-in_slovenia-unmet = Ovaj je program za ljude koji žive u Sloveniji.
criterion-si_avrr-in_slovenia-not-answered = Vaši odgovori ne govore u kojoj zemlji živite. Ovaj je program za ljude koji žive u Sloveniji.
criterion-si_avrr-who_can_apply-unknown = Nismo pronašli javne informacije o tome tko se može prijaviti. IOM u Sloveniji Vam to može reći.

## Programmes: EU

programme-eurp = Program reintegracije EU-a (EURP)
programme-eurp-runs = Frontex, agencija Europske unije za granice, s partnerskim organizacijama u zemljama povratka. Prije se zvao Joint Reintegration Services (JRS).
programme-eurp-offers = Pomoć u prvim danima nakon dolaska (do 14 radnih dana, prema njemačkom portalu za povratak), na primjer doček u zračnoj luci, daljnji prijevoz, mjesto za boravak i dodatne medicinske potrebe. Zatim podrška do 12 mjeseci, u obliku robe i usluga, a ne u gotovini: na primjer stanovanje, medicinska pomoć, savjetovanje o zapošljavanju, obrazovanje ili pokretanje posla.
programme-eurp-how = Ne možete se prijaviti sami: prijavljuju Vas vlasti zemlje koju napuštate, obično preko Vašeg savjetnika za povratak, nekoliko tjedana prije odlaska. Pitajte svog savjetnika za povratak.

criterion-eurp-non_eu_country-met = Namijenjen je ljudima iz zemalja izvan Europske unije.
criterion-eurp-non_eu_country-not-answered = Vaši odgovori ne govore imate li državljanstvo zemlje EU-a ni u koju biste se zemlju vratili. Namijenjen je ljudima iz zemalja izvan Europske unije.
criterion-eurp-non_eu_country-dont-know = Na pitanje o kojem to ovisi odgovorili ste „Ne znam”. Namijenjen je ljudima iz zemalja izvan Europske unije.
criterion-eurp-country_covered-met = Vaša je zemlja na popisu zemalja u kojima program radi, kako je objavljen za povratke iz Njemačke. Za neke zemlje vrijede posebna pravila, koja Vam savjetnik može objasniti.
criterion-eurp-status-met = Namijenjen je ljudima koji čekaju odluku o azilu ili koji više nemaju pravo ostati.
criterion-eurp-status-unmet = Namijenjen je ljudima koji čekaju odluku o azilu ili koji više nemaju pravo ostati. Ako imate dozvolu boravka, savjetnik Vam može reći koje druge mogućnosti postoje.
criterion-eurp-referral-met = U Njemačkoj ljude za ovaj program prijavljuje Savezni ured za migracije i izbjeglice (BAMF), preko savjetovališta za povratak.
criterion-eurp-referral-unmet = Moraju Vas prijaviti vlasti zemlje u kojoj živite.
criterion-eurp-referral-unknown = Moraju Vas prijaviti vlasti zemlje u kojoj živite. Nismo pronašli javni izvor koji kaže koje to zemlje osim Njemačke rade.
criterion-eurp-referral-not-answered = Vaši odgovori ne govore u kojoj zemlji živite. Moraju Vas prijaviti vlasti zemlje u kojoj živite. Nismo pronašli javni izvor koji kaže koje to zemlje osim Njemačke rade.

## Programmes: countries of return

programme-al_migration_counters = Migracijski šalteri za povratnike (Albanija)
programme-al_migration_counters-runs = Nacionalna agencija za zapošljavanje i vještine, u regionalnim uredima za zapošljavanje, uz podršku IOM-a.
programme-al_migration_counters-offers = Savjeti, informacije i upućivanje za ljude koji se vraćaju u Albaniju te pomoć pri traženju posla.
programme-al_migration_counters-how = Nakon povratka pitajte na migracijskom šalteru („Sportel Migracioni“) ureda za zapošljavanje u svojoj regiji.

criterion-al_migration_counters-returning_to_albania-met = Namijenjen je ljudima koji se vraćaju u Albaniju.
criterion-al_migration_counters-returning_to_albania-unmet = Namijenjen je ljudima koji se vraćaju u Albaniju.
criterion-al_migration_counters-returning_to_albania-not-answered = Vaši odgovori ne govore u koju biste se zemlju vratili. Namijenjen je ljudima koji se vraćaju u Albaniju.
criterion-al_migration_counters-returning_to_albania-dont-know = Za zemlju u koju biste se vratili odgovorili ste „Ne znam”. Namijenjen je ljudima koji se vraćaju u Albaniju.

programme-xk_reintegration = Program reintegracije repatriranih osoba (Kosovo)
programme-xk_reintegration-runs = Ministarstvo unutarnjih poslova Kosova, zajedno s općinama.
programme-xk_reintegration-offers = Godine 2017. program je davao podršku i besplatne lijekove tijekom jedne godine te pomoć oko stanovanja. Povratnici su se mogli registrirati u uredu ministarstva u zračnoj luci u Prištini.
programme-xk_reintegration-how = Kad stignete, pitajte u uredu ministarstva u zračnoj luci u Prištini ili prije odlaska pitajte svog savjetnika za povratak.

criterion-xk_reintegration-returning_to_kosovo-met = Namijenjen je ljudima koji se vraćaju na Kosovo.
criterion-xk_reintegration-returning_to_kosovo-unmet = Namijenjen je ljudima koji se vraćaju na Kosovo.
criterion-xk_reintegration-returning_to_kosovo-not-answered = Vaši odgovori ne govore u koju biste se zemlju vratili. Namijenjen je ljudima koji se vraćaju na Kosovo.
criterion-xk_reintegration-returning_to_kosovo-dont-know = Za zemlju u koju biste se vratili odgovorili ste „Ne znam”. Namijenjen je ljudima koji se vraćaju na Kosovo.
criterion-xk_reintegration-current_rules-unknown = Godine 2017. bio je namijenjen ljudima koji su otišli s Kosova prije 28. srpnja 2010. Nismo pronašli sadašnja pravila. Savjetnik Vam to može reći.

programme-awo_kosovo = Savjetovalište AWO u Prištini
programme-awo_kosovo-runs = AWO Nürnberg, njemačka organizacija socijalne skrbi.
programme-awo_kosovo-offers = Savjetovanje za ljude koji se dobrovoljno vraćaju iz Njemačke. Pomoć oko školskih svjedodžbi i rodnih listova iz Njemačke, lijekova, školskog pribora i popravka doma. Pomaže i ljudima koji na Kosovu ne mogu dobiti državnu podršku.
programme-awo_kosovo-how = Prije odlaska zamolite svoje savjetovalište za povratak u Njemačkoj da se javi AWO-u.

criterion-awo_kosovo-returning_to_kosovo-met = Namijenjen je ljudima koji se vraćaju na Kosovo.
criterion-awo_kosovo-returning_to_kosovo-unmet = Namijenjen je ljudima koji se vraćaju na Kosovo.
criterion-awo_kosovo-returning_to_kosovo-not-answered = Vaši odgovori ne govore u koju biste se zemlju vratili. Namijenjen je ljudima koji se vraćaju na Kosovo.
criterion-awo_kosovo-returning_to_kosovo-dont-know = Za zemlju u koju biste se vratili odgovorili ste „Ne znam”. Namijenjen je ljudima koji se vraćaju na Kosovo.
criterion-awo_kosovo-from_germany-met = Namijenjen je ljudima koji se vraćaju iz Njemačke.
criterion-awo_kosovo-from_germany-unmet = Namijenjen je ljudima koji se vraćaju iz Njemačke.
criterion-awo_kosovo-from_germany-not-answered = Vaši odgovori ne govore u kojoj zemlji živite. Namijenjen je ljudima koji se vraćaju iz Njemačke.

programme-md_reintegration = Nacionalni program za povratak i reintegraciju (Moldova)
programme-md_reintegration-runs = Vlada Moldove (program za razdoblje 2023.–2027.). Ured za odnose s dijasporom koordinira politiku prema moldavskim građanima u inozemstvu.
programme-md_reintegration-offers = Pomoć pri traženju posla, pristup zdravstvenim, socijalnim i obrazovnim uslugama te pomoć pri pokretanju posla.
programme-md_reintegration-how = Pitajte svog savjetnika za povratak ili Ured za odnose s dijasporom Vlade Moldove.

criterion-md_reintegration-returning_to_moldova-met = Namijenjen je moldavskim državljanima koji se vraćaju u Moldovu.
criterion-md_reintegration-returning_to_moldova-unmet = Namijenjen je moldavskim državljanima koji se vraćaju u Moldovu.
criterion-md_reintegration-returning_to_moldova-not-answered = Vaši odgovori ne govore u koju biste se zemlju vratili. Namijenjen je moldavskim državljanima koji se vraćaju u Moldovu.
criterion-md_reintegration-returning_to_moldova-dont-know = Za zemlju u koju biste se vratili odgovorili ste „Ne znam”. Namijenjen je moldavskim državljanima koji se vraćaju u Moldovu.

## Needs

need-return_safety = Sigurnost u zemlji u koju biste se vratili
need-return_safety-help = Agencija UN-a za izbjeglice (UNHCR) traži od država da nikoga ne vraćaju u ovu zemlju ili u njezine dijelove jer nije sigurna. Prije nego što bilo što odlučite, razgovarajte s neovisnim pravnim savjetnikom o svim svojim mogućnostima, uključujući ostanak: kontakt je u nastavku. Možda imate pravo na zaštitu. Nitko Vas ne može prisiliti da se prijavite za dobrovoljni povratak.
need-safety = Sigurnost i zaštita
need-safety-help = Ako se bojite vratiti, razgovarajte s neovisnim odvjetnikom prije nego što odlučite: možda imate pravo na zaštitu. Ako Vas netko kontrolira, uzeo Vam je dokumente ili Vas prisiljava na rad, specijalizirane službe mogu Vam pomoći, sigurno i povjerljivo. Ako ste sada u opasnosti, nazovite broj za hitne slučajeve.
need-health = Zdravlje i nastavak liječenja
need-health-help = Prije putovanja recite savjetniku kako se liječite, da bi se Vaše liječenje i lijekovi mogli nastaviti nakon dolaska. Zatražite od svog liječnika medicinsko izvješće i dovoljno lijekova za put. Ako Vam ponestaje lijekova, odmah se javite liječniku.
need-mental_health = Kako se osjećate: mentalno zdravlje i podrška
need-mental_health-help = Stres, briga, sram ili tuga česti su kad ljudi razmišljaju o povratku. Ne morate se s tim nositi sami. Pitajte savjetnika ili liječnika o razgovoru s nekim, prije odlaska i nakon dolaska. Ako razmišljate o tome da se ozlijedite, odmah nazovite broj za hitne slučajeve.
need-travel_documents = Putne isprave
need-travel_documents-help = Vaše veleposlanstvo ili konzulat može Vam izdati putovnicu ili putnu ispravu. Savjetnik za povratak može Vam pomoći s koracima, a neki programi to plaćaju.
need-children = Djeca i škola
need-children-help = Prije odlaska zatražite od škole školsku dokumentaciju i svjedodžbe svoje djece i ponesite njihove rodne listove: škole ih mogu tražiti za upis djece nakon povratka. Ako je dijete rođeno ovdje, provjerite je li rođenje upisano u Vašem veleposlanstvu ili konzulatu. Ako Vaša djeca ne govore dobro jezik Vaše zemlje, pitajte za jezičnu podršku u školi.
need-debts = Dugovi
need-debts-help = Prije odlaska recite savjetniku o svojim dugovima. Dugovi mogu otežati novi početak, a na neke ljude vrše pritisak oni kojima duguju. Ako Vam netko prijeti zbog duga, to je i pitanje sigurnosti: razgovarajte sa savjetnikom ili odvjetnikom.
need-housing = Mjesto za stanovanje nakon povratka
need-housing-help = Prije odlaska pitajte savjetnika za pomoć oko smještaja kad stignete te oko najma ili popravka doma. Neki programi pomažu u tome.
need-income = Posao i prihod
need-income-help = Pitajte savjetnika za pomoć pri traženju posla, učenju neke vještine ili pokretanju malog posla nakon povratka. Ponesite svoje diplome te potvrde o radu i osposobljavanju.

## Contacts
contact-fedasil_return-about = Besplatne, povjerljive informacije o dobrovoljnom povratku i o tome kako se prijaviti.
contact-caritas_international_be-about = Partner agencije Fedasil za podršku pri reintegraciji. Svatko tko razmišlja o povratku može se obratiti njegovu timu za reintegraciju.
contact-brussels_bar_helpline-about = Primarna pravna pomoć telefonom, bez obzira na Vaš prihod.
contact-brussels_legal_aid_office-about = U srpnju i kolovozu: ponedjeljkom, srijedom i petkom, 09:00–11:00.
contact-payoke-about = Pomoć i sklonište za žrtve trgovanja ljudima, povjerljivo. Otvoreno danju i noću.
contact-emergency_be-about = Policija, hitna pomoć i vatrogasci, u hitnom slučaju.
contact-returning_from_germany-about = Informacijski portal o dobrovoljnom povratku iz Njemačke. Pronađite besplatno, povjerljivo savjetovalište za povratak u svojoj blizini ili razgovarajte sa savjetnikom IOM-a u svojoj zemlji povratka preko WhatsAppa, Vibera, Facebooka ili Skypea.
contact-pro_asyl-about = Savjeti o pravnim i socijalnim pitanjima te pomoć u pronalaženju lokalnog savjetovališta ili odvjetnika.
contact-fluechtlingsrat_bayern-about = Savjeti i informacije za izbjeglice u Bavarskoj.
contact-kok-about = Može Vas povezati sa specijaliziranim savjetovalištem za žrtve trgovanja ljudima u Vašoj saveznoj zemlji.
contact-emergency_de-about = Policija, hitna pomoć i vatrogasci, u hitnom slučaju.
contact-drc_asylum-about = Besplatni, neovisni savjeti o azilu, o Vašim mogućnostima nakon odbijanja i o povratku. Ono što kažete ne prenosi se vlastima.
contact-drc_repatriation-about = Besplatno savjetovanje o podršci za repatrijaciju. Upit možete poslati e-poštom.
contact-dk_return_agency-about = Tijelo koje odlučuje o podršci za povratak ljudima čiji je zahtjev za azil odbijen ili povučen.
contact-cmm_dk-about = Dežurna linija za žrtve trgovanja ljudima i za ljude koje to brine.
contact-emergency_dk-about = Policija, hitna pomoć i vatrogasci, u hitnom slučaju.
contact-iom_bulgaria-about = Informacije o potpomognutom dobrovoljnom povratku iz Bugarske i o tome kako se prijaviti.
contact-bg_legal_aid_hotline-about = Vodi je Nacionalni ured za pravnu pomoć, neovisno državno tijelo koje financira država (nije nevladina organizacija): odvjetnici radnim danom besplatno savjetuju telefonom o građanskim, upravnim i kaznenim pitanjima. Plaćate samo cijenu poziva.
contact-far_legal_aid-about = Nevladina zaklada čiji odvjetnici besplatno pravno pomažu osobama koje traže zaštitu, izbjeglicama i migrantima. Pomoć možete zatražiti obrascem na njezinoj stranici RefugeeLight.
contact-bg_antitrafficking_commission-about = Nacionalno tijelo koje organizira pomoć žrtvama trgovanja ljudima u Bugarskoj.
contact-bg_trafficking_hotline-about = Besplatna nacionalna dežurna linija o trgovanju ljudima.
contact-bg_childrens_helpline-about = Besplatna linija za pomoć djeci i ljudima koji su zabrinuti za neko dijete.
contact-emergency_bg-about = Policija, hitna pomoć i vatrogasci, u hitnom slučaju.
contact-avrr_hr-about = Informacije o potpomognutom dobrovoljnom povratku iz Hrvatske i o tome kako se prijaviti.
contact-croatian_law_centre-about = Pravne informacije i savjeti za tražitelje azila i ljude sa zaštitom te besplatna pravna pomoć.
contact-zagreb_legal_clinic-about = Besplatni pravni savjeti pravne klinike Pravnog fakulteta.
contact-petra_sos-about = Besplatna SOS linija za žrtve trgovanja ljudima.
contact-emergency_hr-about = Policija, hitna pomoć i vatrogasci, u hitnom slučaju.
contact-iom_slovenia-about = Informacije o potpomognutom dobrovoljnom povratku iz Slovenije.
contact-pic-about = Besplatna pravna pomoć u pitanjima azila i migracija, uključujući postupke povratka. Dostupno i preko WhatsAppa i Vibera.
contact-kljuc-about = Pomoć i savjetovanje za žrtve trgovanja ljudima.
contact-emergency_si-about = Policija, hitna pomoć i vatrogasci, u hitnom slučaju.
contact-albania_trafficking_helpline-about = Nacionalna linija za pomoć žrtvama trgovanja ljudima u Albaniji.
contact-mary_ward_loreto-about = Organizacija u Albaniji koja pomaže žrtvama trgovanja ljudima.
contact-awo_prishtina-about = Savjetovanje u Prištini za ljude koji se vraćaju iz Njemačke: dokumenti iz Njemačke, lijekovi, školski pribor i popravci doma.
contact-mother_teresa_society-about = Organizacija na Kosovu koja je pomagala povratnicima i obiteljima u potrebi da ponovno izgrade život i zarađuju za život.
contact-kosovo_antitrafficking-about = Nacionalni ured koji koordinira pomoć žrtvama trgovanja ljudima na Kosovu.
contact-la_strada_md-about = Dežurna linija o trgovanju ljudima i sigurnoj migraciji. Unutar Moldove broj 0 800 77777 je besplatan.

## Added in December 2026 (draft: needs review by a native speaker)

ui-page-published = stranica od { $date }
ui-page-updated = stranica ažurirana { $date }
ui-page-undated = stranica ne navodi datum
ui-page-checked = provjereno { $date }
ui-likely-no-right = Vjerojatno ispunjavate objavljene kriterije; na to nemate pravo
ui-no-right = Na to nemate pravo: tijelo odlučuje u svakom pojedinom slučaju.
ui-contact-phone-national = Iz same zemlje:
option-residence-protection_ended = Moj status zaštite ili dozvola boravka oduzeti su ili nisu produljeni
option-residence-eu_citizen = Državljanin sam jedne zemlje Europske unije
question-under_18 = Jeste li mlađi od 18 godina?
question-under_18-why = Mladi ispod 18 godina mogu dobiti posebnu pomoć, na primjer telefone za djecu. Vaš odgovor ostaje na ovom telefonu.
criterion-fedasil_reintegration-not_ended-met = Fedasil nije ukinuo ovu potporu za vašu zemlju.
criterion-fedasil_reintegration-not_ended-unmet = Ministar je ukinuo potporu za reintegraciju za one koji se vraćaju u Brazil (od 1. prosinca 2025.) i u Moldovu (Fedasil, veljača 2026.). Savjetnik to može potvrditi.
criterion-fedasil_reintegration-not_ended-not-answered = Vaši odgovori ne govore u koju biste se zemlju vratili. Ministar je ukinuo potporu za reintegraciju za one koji se vraćaju u Brazil i Moldovu (Fedasil, veljača 2026.).
criterion-fedasil_reintegration-not_ended-dont-know = Za zemlju u koju biste se vratili odgovorili ste „Ne znam”. Ministar je ukinuo potporu za reintegraciju za one koji se vraćaju u Brazil i Moldovu (Fedasil, veljača 2026.).
criterion-reag_garp-no_open_application-met = Ako ste uložili žalbu na odluku ili je još možete uložiti, program traži da od nje odustanete. Prije odluke potražite neovisni pravni savjet.
criterion-reag_garp-no_open_application-unmet = Dok je vaš zahtjev za azil u postupku, ovaj program možete koristiti samo ako ga povučete.
criterion-reag_garp-no_open_application-unknown = Dok je vaš zahtjev za azil još u postupku, ovaj program možete koristiti samo ako ga povučete ili odustanete od žalbe. Možda nećete moći ponovno podnijeti zahtjev. Prvo razgovarajte s neovisnim pravnim savjetnikom: kontakti su niže.
criterion-reag_garp-no_open_application-not-answered = Vaši odgovori ne govore je li Vaš zahtjev za azil još otvoren. Ako ste uložili žalbu na odluku ili je još možete uložiti, program traži da od nje odustanete. Prije odluke potražite neovisni pravni savjet.
criterion-reag_garp-no_open_application-dont-know = Za svoju situaciju odgovorili ste „Ne znam”. Ako ste uložili žalbu na odluku ili je još možete uložiti, program traži da od nje odustanete. Prije odluke potražite neovisni pravni savjet.
criterion-hr_avrr-still_running-unknown = Prema stranici projekta, projekt je produljen do 31. prosinca 2021. Nismo pronašli provodi li se danas. IOM Hrvatska vam to može reći.
need-country_information = Informacije o vašoj zemlji
need-country_information-help = Nemamo informacije o programima posebno za ovu zemlju. Opći programi i kontakti na ovoj stranici i dalje vrijede. Savjetnik može potražiti više informacija o vašoj zemlji prije nego što odlučite.

## Corrected in December 2026 (version 2026.12.0; draft: needs review by a native speaker)

programme-fedasil_avr-offers = Vaše putovanje organizira se i plaća: karta i prijevoz do zračne luke ili kolodvora. Putnu ispravu dobivate u svom konzulatu, a trošak vam se vraća pri odlasku. Vlasti vaše zemlje ne obavještavaju se prije vašeg dolaska. Pri odlasku može se isplatiti gotovinska premija za ponovno nastanjivanje. Iznosi objavljeni u siječnju 2022. bili su 350 € po odrasloj osobi i 175 € po djetetu za zemlju čiji državljani trebaju vizu, te 50 € po odrasloj osobi i 25 € po djetetu za zemlju bez vize, Kosovo ili državljane EU-a koji se vraćaju kući. Od tada su se mogli promijeniti: savjetnik vam može reći današnje iznose. Ministar je ukinuo i premiju za one koji se vraćaju u Moldovu (objavljeno u siječnju 2026.).
criterion-fedasil_avr-no_residence_permit-met = Namijenjen je osobama bez dozvole boravka u Belgiji: onima koji čekaju odluku o azilu, kojima je zahtjev odbijen, koji nikad nisu podnijeli zahtjev ili kojima je dozvola istekla, te državljanima zemalja koje su ušle u EU od 2004.
criterion-fedasil_avr-no_residence_permit-unmet = Namijenjen je osobama bez dozvole boravka u Belgiji i državljanima zemalja koje su ušle u EU od 2004., ne 15 starijih. S dozvolom boravka savjetnik vam može reći druge mogućnosti.
criterion-fedasil_avr-no_residence_permit-unknown = Namijenjen je osobama bez dozvole boravka u Belgiji i državljanima zemalja koje su ušle u EU od 2004., ne 15 starijih.
criterion-fedasil_avr-no_residence_permit-not-answered = Vaši odgovori ne govore kakva je Vaša situacija. Namijenjen je osobama bez dozvole boravka u Belgiji i državljanima zemalja koje su ušle u EU od 2004., ne 15 starijih.
criterion-fedasil_avr-no_residence_permit-dont-know = Na pitanje o kojem to ovisi odgovorili ste „Ne znam”. Namijenjen je osobama bez dozvole boravka u Belgiji i državljanima zemalja koje su ušle u EU od 2004., ne 15 starijih.
programme-fedasil_reintegration-how = Pitajte svog savjetnika za povratak. On gleda vašu zemlju, situaciju i potrebe, a odlučuje Fedasil: ne dobivaju svi koji se vraćaju ovu potporu.
criterion-fedasil_reintegration-visa_required_country-met = Osnovna potpora namijenjena je osobama iz zemalja čiji državljani trebaju vizu za Belgiju, kao što je vaša (pravila Fedasila iz siječnja 2022.).
criterion-fedasil_reintegration-visa_required_country-unmet = Osnovna potpora namijenjena je zemljama čiji državljani trebaju vizu za Belgiju, ne državljanima EU-a (pravila Fedasila iz siječnja 2022.). Za zemlju bez vize Fedasil može napraviti iznimku za ranjivu osobu, npr. zbog teške bolesti, djece ili znakova iskorištavanja. Vaši odgovori ne pokazuju takav razlog; savjetnik vam može reći više.
criterion-fedasil_reintegration-visa_required_country-unknown = Osnovna potpora namijenjena je zemljama čiji državljani trebaju vizu za Belgiju (pravila Fedasila iz siječnja 2022.). Za druge zemlje Fedasil može iznimno dati potporu zbog ranjive situacije, kao što su teška bolest, djeca, znakovi iskorištavanja ili kako se osjećate. Odlučuje samo Fedasil: savjetnik vam može reći.
criterion-fedasil_reintegration-visa_required_country-not-answered = Vaši odgovori ne govore dovoljno o zemlji u koju biste se vratili ili o Vašoj situaciji. Osnovna potpora namijenjena je zemljama čiji državljani trebaju vizu za Belgiju (pravila Fedasila iz siječnja 2022.). Za druge zemlje Fedasil može iznimno dati potporu zbog ranjive situacije, kao što su teška bolest, djeca, znakovi iskorištavanja ili kako se osjećate. Odlučuje samo Fedasil: savjetnik vam može reći.
criterion-fedasil_reintegration-visa_required_country-dont-know = Na pitanje o kojem to ovisi odgovorili ste „Ne znam”. Osnovna potpora namijenjena je zemljama čiji državljani trebaju vizu za Belgiju (pravila Fedasila iz siječnja 2022.). Za druge zemlje Fedasil može iznimno dati potporu zbog ranjive situacije, kao što su teška bolest, djeca, znakovi iskorištavanja ili kako se osjećate. Odlučuje samo Fedasil: savjetnik vam može reći.
programme-reag_garp-offers = Vaše putovanje organizira se i plaća, s prijevozom do zračne luke ili kolodvora. Ovisno o državljanstvu možete dobiti i (iznosi sa stranica programa, pročitano u prosincu 2026.): putni novac do 200 € po osobi (100 € do 18 godina), manje za neke zemlje bez vize poput Albanije i Moldove; medicinsku pomoć tijekom putovanja i do 2.000 € za medicinske troškove u prva 3 mjeseca nakon dolaska; te jednokratnu početnu pomoć do 1.000 € po osobi (500 € do 18 godina), najviše 4.000 € po obitelji. Hoćete li to dobiti i koliko, odlučuje se za svaki slučaj. Obrada obično traje do 8 tjedana, za neke zemlje dulje.
programme-reag_garp-how = Zahtjev podnosite samo preko savjetovališta za povratak: savjetovanje je besplatno i povjerljivo. Za odlazak trebate valjanu putnu ispravu i potvrdu o prelasku granice od ureda za strance (Ausländerbehörde). Ako je vaš zahtjev za azil još u postupku, razgovarajte s neovisnim pravnim savjetnikom prije nego što bilo što odlučite.
criterion-reag_garp-status-met = Namijenjen je tražiteljima azila, osobama kojima je zahtjev za azil odbijen, osobama koje moraju otići ili imaju „Duldung”, osobama sa statusom izbjeglice ili humanitarnim statusom te žrtvama trgovanja ljudima (informativni list iz ožujka 2023.).
criterion-reag_garp-status-unmet = Namijenjen je tražiteljima azila, osobama kojima je zahtjev za azil odbijen, osobama koje moraju otići ili imaju „Duldung”, osobama sa statusom izbjeglice ili humanitarnim statusom, članovima obitelji koji su im se pridružili te žrtvama trgovanja ljudima (informativni list iz ožujka 2023.). Savjetnik vam može reći druge mogućnosti.
criterion-reag_garp-status-unknown = Namijenjen je i članovima obitelji koji su se pridružili osobi koja ga može koristiti te žrtvama trgovanja ljudima, i iz zemalja EU-a (informativni list iz ožujka 2023.). Savjetnik vam može reći je li to vaš slučaj.
criterion-reag_garp-status-not-answered = Vaši odgovori ne govore kakva je Vaša situacija. Namijenjen je tražiteljima azila, osobama kojima je zahtjev za azil odbijen, osobama koje moraju otići ili imaju „Duldung”, osobama sa statusom izbjeglice ili humanitarnim statusom te žrtvama trgovanja ljudima (informativni list iz ožujka 2023.).
criterion-reag_garp-status-dont-know = Za svoju situaciju odgovorili ste „Ne znam”. Namijenjen je tražiteljima azila, osobama kojima je zahtjev za azil odbijen, osobama koje moraju otići ili imaju „Duldung”, osobama sa statusom izbjeglice ili humanitarnim statusom te žrtvama trgovanja ljudima (informativni list iz ožujka 2023.).
criterion-reag_garp-not_eu-met = Namijenjen je osobama iz zemalja izvan Europske unije koje se vraćaju u zemlju izvan EU-a.
criterion-reag_garp-not_eu-unmet = Nije namijenjen državljanima EU-a ni povratku u zemlju EU-a (informativni list iz ožujka 2023.). Iznimka su žrtve trgovanja ljudima.
criterion-reag_garp-not_eu-unknown = Nije namijenjen državljanima EU-a ni povratku u zemlju EU-a, osim žrtvama trgovanja ljudima (informativni list iz ožujka 2023.). Savjetnik vam može reći.
criterion-reag_garp-not_eu-not-answered = Vaši odgovori ne govore imate li državljanstvo zemlje EU-a ni u koju biste se zemlju vratili. Nije namijenjen državljanima EU-a ni povratku u zemlju EU-a, osim žrtvama trgovanja ljudima (informativni list iz ožujka 2023.). Savjetnik vam može reći.
criterion-reag_garp-not_eu-dont-know = Na pitanje o kojem to ovisi odgovorili ste „Ne znam”. Nije namijenjen državljanima EU-a ni povratku u zemlju EU-a, osim žrtvama trgovanja ljudima (informativni list iz ožujka 2023.). Savjetnik vam može reći.
programme-starthilfe_plus-offers = Dodatna pomoć uz REAG/GARP, ovisno o državljanstvu: druga početna pomoć ili pomoć za stanovanje (pravila od siječnja 2024.). U zemljama u kojima djeluje Program reintegracije EU-a isplata je manja, osim za osobe u ranjivoj situaciji ili sa statusom zaštite. Iznose za svaki slučaj određuje Savezni ured. Na to nemate pravo.
criterion-starthilfe_plus-nationality-unmet = Namijenjen je osobama iz nekih zemalja izvan Europske unije, ne državljanima EU-a.
programme-dk_repatriation-offers = Novac za nastanjivanje u vašoj zemlji, isplaćen dijelom neposredno prije odlaska, a dijelom nakon dolaska u vašu zemlju (zakon iz travnja 2024.), s iznosom za svako dijete. Pomoć za preseljenje stvari, zdravstveno osiguranje i lijekovi neko vrijeme te novac za školovanje djece. Iznosi se mijenjaju svake godine. Potpora se daje samo jednom. Neke osobe, npr. izbjeglice, imaju pravo odustanka: mogu se vratiti u Dansku u roku od 12 mjeseci i tada vraćaju potporu. Savjetnik vam može reći imate li ga.
criterion-dk_repatriation-status-unknown = Namijenjena je izbjeglicama, osobama s humanitarnom dozvolom i članovima obitelji koji su se pridružili izbjeglici. Pravila obuhvaćaju i osobe kojima dozvola nije produljena ili je oduzeta. Savjetnik vam može reći računa li se vaša situacija.
criterion-dk_repatriation-status-not-answered = Vaši odgovori ne govore kakva je Vaša situacija. Namijenjena je izbjeglicama, osobama s humanitarnom dozvolom i članovima obitelji koji su se pridružili izbjeglici. Pravila obuhvaćaju i osobe kojima dozvola nije produljena ili je oduzeta. Savjetnik vam može reći računa li se vaša situacija.
criterion-dk_repatriation-status-dont-know = Za svoju situaciju odgovorili ste „Ne znam”. Namijenjena je izbjeglicama, osobama s humanitarnom dozvolom i članovima obitelji koji su se pridružili izbjeglici. Pravila obuhvaćaju i osobe kojima dozvola nije produljena ili je oduzeta. Savjetnik vam može reći računa li se vaša situacija.
programme-dk_return_support = Potpora za povratak osobama kojima je zahtjev za azil odbijen ili kojima je zaštita prestala
criterion-dk_return_support-refused_or_withdrawn-met = Namijenjena je osobama kojima je zahtjev za azil odbijen ili koje su ga povukle te osobama kojima je dozvola zaštite oduzeta ili nije produljena.
criterion-dk_return_support-refused_or_withdrawn-unmet = Namijenjena je osobama kojima je zahtjev za azil odbijen ili koje su ga povukle te osobama kojima je dozvola zaštite oduzeta ili nije produljena.
criterion-dk_return_support-refused_or_withdrawn-not-answered = Vaši odgovori ne govore kakva je Vaša situacija. Namijenjena je osobama kojima je zahtjev za azil odbijen ili koje su ga povukle te osobama kojima je dozvola zaštite oduzeta ili nije produljena.
criterion-dk_return_support-refused_or_withdrawn-dont-know = Za svoju situaciju odgovorili ste „Ne znam”. Namijenjena je osobama kojima je zahtjev za azil odbijen ili koje su ga povukle te osobama kojima je dozvola zaštite oduzeta ili nije produljena.
programme-bg_avrr-offers = Pomoć pri povratku i posebna pomoć osobama s medicinskim potrebama, samohranim roditeljima, djeci bez pratnje i žrtvama trgovanja ljudima. IOM pomaže povratak samo ondje gdje se procijeni da je siguran. Može se koristiti samo jednom, samo ako još niste dobili nalog za protjerivanje ili udaljavanje, i morate biti sposobni za putovanje (stranica ažurirana u ožujku 2023.).
criterion-hr_avrr-third_country-unmet = Namijenjen je osobama iz zemalja izvan Europske unije, ne državljanima EU-a.
criterion-eurp-country_covered-unmet = Program djeluje samo u zemljama s popisa objavljenog za povratak iz Njemačke (36 zemalja, pročitano u prosincu 2026.), a vaše nema na njemu. Savjetnik to može potvrditi.
criterion-eurp-country_covered-unknown = Program djeluje u 37 do 39 zemalja. Popis koji smo pronašli objavljen je za povratak iz Njemačke i za druge zemlje nije potpun; iz Njemačke ga ne mogu dobiti turski državljani koji su ondje boravili do šest mjeseci. To vam može reći samo savjetnik.
criterion-eurp-country_covered-not-answered = Vaši odgovori ne govore u koju biste se zemlju vratili ni gdje živite. Program djeluje u 37 do 39 zemalja. Popis koji smo pronašli objavljen je za povratak iz Njemačke i za druge zemlje nije potpun; iz Njemačke ga ne mogu dobiti turski državljani koji su ondje boravili do šest mjeseci. To vam može reći samo savjetnik.
criterion-eurp-country_covered-dont-know = Za zemlju u koju biste se vratili odgovorili ste „Ne znam”. Program djeluje u 37 do 39 zemalja. Popis koji smo pronašli objavljen je za povratak iz Njemačke i za druge zemlje nije potpun; iz Njemačke ga ne mogu dobiti turski državljani koji su ondje boravili do šest mjeseci. To vam može reći samo savjetnik.
criterion-eurp-non_eu_country-unmet = Namijenjen je osobama iz zemalja izvan Europske unije, pa ne obuhvaća državljane EU-a ni povratak u zemlju EU-a.
criterion-eurp-status-unknown = Namijenjen je osobama koje čekaju odluku o azilu ili više nemaju pravo boravka. U Njemačkoj može uslijediti i nakon povratka s REAG/GARP-om: savjetnik vam može reći.
criterion-eurp-status-not-answered = Vaši odgovori ne govore kakva je Vaša situacija. Namijenjen je osobama koje čekaju odluku o azilu ili više nemaju pravo boravka. U Njemačkoj može uslijediti i nakon povratka s REAG/GARP-om: savjetnik vam može reći.
criterion-eurp-status-dont-know = Za svoju situaciju odgovorili ste „Ne znam”. Namijenjen je osobama koje čekaju odluku o azilu ili više nemaju pravo boravka. U Njemačkoj može uslijediti i nakon povratka s REAG/GARP-om: savjetnik vam može reći.

## Contacts: names and the regions they serve (the organisation's own name stays as it writes it)

contact-fedasil_return-name = Fedasil – dobrovoljni povratak
contact-caritas_international_be-name = Caritas International Belgija – tim za reintegraciju
contact-brussels_bar_helpline-name = Odvjetnička komora Bruxellesa – primarna pravna pomoć (telefonom)
contact-brussels_legal_aid_office-name = Ured za pravnu pomoć Odvjetničke komore Bruxellesa (BJB/BAJ)
contact-payoke-name = Payoke – specijalizirani centar za žrtve trgovanja ljudima (Antwerpen)
contact-pag_asa-name = PAG-ASA – specijalizirani centar za žrtve trgovanja ljudima (Bruxelles)
contact-emergency_be-name = Broj za hitne slučajeve
contact-returning_from_germany-name = ReturningfromGermany – savjetovanje o povratku i virtualno savjetovanje IOM-a
contact-pro_asyl-name = PRO ASYL – savjetovanje u pojedinačnim slučajevima
contact-fluechtlingsrat_bayern-name = Bayerischer Flüchtlingsrat (Bavarsko vijeće za izbjeglice)
contact-kok-name = KOK – njemačka mreža nevladinih organizacija protiv trgovanja ljudima
contact-emergency_de-name = Broj za hitne slučajeve
contact-drc_asylum-name = Danski savjet za izbjeglice (DRC) – Odjel za azil
contact-drc_repatriation-name = Danski savjet za izbjeglice (DRC) – savjetovanje o repatrijaciji
contact-dk_return_agency-name = Danska agencija za povratak (Hjemrejsestyrelsen)
contact-cmm_dk-name = Danski centar protiv trgovanja ljudima (CMM) – telefonska linija
contact-emergency_dk-name = Broj za hitne slučajeve
contact-iom_bulgaria-name = IOM Bugarska – potpomognuti dobrovoljni povratak
contact-bg_legal_aid_hotline-name = Nacionalni ured za pravnu pomoć – nacionalna linija za pravnu pomoć (Bugarska)
contact-far_legal_aid-name = Zaklada za pristup pravima (FAR) – pravna pomoć
contact-bg_antitrafficking_commission-name = Nacionalno povjerenstvo za suzbijanje trgovanja ljudima (Bugarska)
contact-bg_trafficking_hotline-name = Nacionalna linija protiv trgovanja ljudima (A21, Bugarska)
contact-bg_childrens_helpline-name = Nacionalna linija za pomoć djeci (Bugarska)
contact-emergency_bg-name = Broj za hitne slučajeve
contact-avrr_hr-name = AVRR.hr – potpomognuti dobrovoljni povratak s IOM-om iz Hrvatske
contact-croatian_law_centre-name = Hrvatski pravni centar
contact-zagreb_legal_clinic-name = Pravna klinika Pravnog fakulteta Sveučilišta u Zagrebu
contact-petra_sos-name = Mreža PETRA – SOS linija (Hrvatska)
contact-emergency_hr-name = Broj za hitne slučajeve
contact-iom_slovenia-name = IOM Slovenija
contact-pic-name = PIC – Pravni centar za zaštitu ljudskih prava i okoliša
contact-kljuc-name = Društvo Ključ – centar za borbu protiv trgovanja ljudima
contact-emergency_si-name = Broj za hitne slučajeve
contact-albania_trafficking_helpline-name = Nacionalna linija protiv trgovanja ljudima (Albanija)
contact-mary_ward_loreto-name = Zaklada Mary Ward Loreto (Albanija)
contact-awo_prishtina-name = AWO Nürnberg – savjetovalište u Prištini
contact-mother_teresa_society-name = Društvo Majka Tereza (Shoqata Nëna Tereze)
contact-kosovo_antitrafficking-name = Ured nacionalnog koordinatora za suzbijanje trgovanja ljudima (Kosovo)
contact-la_strada_md-name = La Strada Moldova – telefonska linija
contact-brussels_legal_aid_office-regions = Bruxelles
contact-fluechtlingsrat_bayern-regions = Bavarska
contact-zagreb_legal_clinic-regions = Zagreb
contact-awo_prishtina-regions = Priština
contact-mother_teresa_society-regions = Priština
