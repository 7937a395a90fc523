# Avenir – Romanian texts. Status: drafted, needs review by a native speaker.
# Keys follow fixed patterns (see docs/authoring.md); `avenir lint` lists missing and unused ones.

## Interface

ui-title = Vă gândiți să vă întoarceți acasă? Aflați ce ajutor există
ui-listen = Ascultați
ui-no-voice = Acest telefon nu are o voce pentru { $language } care să funcționeze fără internet, așa că acest text nu poate fi citit cu voce tare.
ui-exit-page = Ieșiți de pe această pagină
ui-exit-hint = Sau apăsați tasta Shift de 3 ori. Răspunsurile dumneavoastră vor fi șterse.
ui-exit-press-two = Shift: apăsați încă de 2 ori pentru a ieși.
ui-exit-press-one = Shift: apăsați încă 1 dată pentru a ieși.
ui-language = Limba
ui-draft-translation = Această traducere este o ciornă: nu a fost încă verificată de un vorbitor nativ.
ui-language-failed = Această limbă nu a putut fi încărcată. Textul este afișat în engleză.
ui-loading = Se încarcă…
ui-continue = Continuați
ui-back = Înapoi
ui-progress = Întrebarea { $n } din { $total }
ui-choose-an-answer = Alegeți un răspuns sau „Prefer să nu răspund”.
ui-enter-a-number = Introduceți un număr întreg de la { $min } la { $max }.
ui-error-summary = A apărut o problemă
ui-why-we-ask = De ce întrebăm acest lucru
ui-privacy-note = Răspunsurile dumneavoastră rămân pe acest telefon. Nimic nu este trimis și nimic nu este salvat, decât dacă alegeți să salvați.
ui-start-title = Vă gândiți să vă întoarceți în țara dumneavoastră?
ui-start-what = Răspundeți la câteva întrebări. Durează câteva minute. Veți vedea de ce programe de întoarcere ați putea beneficia, la ce ați putea avea nevoie de ajutor și pe cine puteți contacta, inclusiv pentru consiliere juridică independentă despre toate opțiunile dumneavoastră.
ui-start-private = Răspunsurile dumneavoastră rămân pe acest telefon. Nimic nu este trimis și nimic nu este salvat, decât dacă alegeți să salvați. Nu există niciun cont și nicio urmărire.
ui-start-check = Oricine poate verifica acest lucru: după ce această pagină s-a încărcat, ea continuă să funcționeze și cu internetul oprit.
ui-start-indicative = Rezultatul este orientativ. Vă ajută să vă pregătiți pentru o discuție cu un consilier și nu decide nimic. Întoarcerea este întotdeauna decizia dumneavoastră.
ui-start = Începeți
ui-results-title = Rezultatele dumneavoastră orientative
ui-review-title = Verificați răspunsurile
ui-see-results = Vedeți rezultatele
ui-indicative = Acest rezultat este doar orientativ. Vă ajută să vă pregătiți pentru o discuție cu un consilier, dar nu o înlocuiește. Decizia vă aparține întotdeauna.
ui-checked-on = Regulile au fost verificate ultima dată pe { $date }.
ui-content-version = Versiunea conținutului { $version }
ui-programmes = Programe de care ați putea beneficia
ui-no-programmes = Niciun program nu corespunde răspunsurilor dumneavoastră. Un consilier vă poate spune despre alte opțiuni.
ui-likely = Probabil
ui-possibly = Posibil
ui-not-likely = Puțin probabil
ui-runs = Cine îl administrează
ui-offers = Ce oferă
ui-how = Cum îl puteți accesa
ui-why-result = De ce
ui-reason-met = Se potrivește:
ui-reason-unmet = Nu se potrivește:
ui-reason-unknown = Încă nu se știe:
ui-settle = Acest răspuns ar lămuri lucrurile:
ui-ask-counsellor = Un consilier vă poate spune.
ui-change-answer = Schimbați răspunsul
ui-source = Sursa
ui-sources-checked = Surse, verificate pe { $date }:
ui-needs = La ce ați putea avea nevoie de ajutor
ui-no-needs = Din răspunsurile dumneavoastră nu reiese că aveți nevoie de ajutor. Puteți totuși să întrebați un consilier despre orice.
ui-urgency-immediate = Urgent
ui-urgency-before-departure = Înainte de plecare
ui-urgency-after-arrival = După sosire
ui-contacts = Pe cine puteți contacta
ui-contact-legal = Consiliere juridică independentă
ui-contact-emergency = Urgențe și linii de asistență
ui-contact-helps-with = Vă poate ajuta cu:
ui-contact-phone = Telefon
ui-contact-email = E-mail
ui-contact-website = Site web
ui-contact-address = Adresă
ui-contact-hours = Program
ui-contact-hours-always = Deschis zi și noapte, în fiecare zi
ui-contact-languages = Limbi
ui-contact-serves = Zona deservită
ui-change-answers = Schimbați răspunsurile
ui-start-again = Începeți din nou
ui-content-error = Această evaluare nu a putut fi încărcată. Vă rugăm să încercați din nou mai târziu sau să întrebați un consilier.
ui-save = Salvați răspunsurile pe acest telefon
ui-save-hint = Doar dacă nimeni altcineva nu folosește acest telefon. Răspunsurile dumneavoastră sunt păstrate pe acest telefon și nu sunt trimise niciodată.
ui-saved = Răspunsurile dumneavoastră sunt salvate pe acest telefon, și nicăieri altundeva.
ui-save-failed = Acest browser nu permite salvarea. Răspunsurile dumneavoastră sunt păstrate doar până când închideți această pagină.
ui-delete-everything = Ștergeți tot
ui-delete-hint = Șterge răspunsurile dumneavoastră și tot ce păstrează această evaluare pe acest telefon.
ui-deleted = Totul a fost șters de pe acest telefon.
ui-resume-found = Răspunsurile dumneavoastră de data trecută sunt salvate pe acest telefon.
ui-resume = Continuați de unde ați rămas

## Shared options

option-yes = Da
option-no = Nu
option-dont-know = Nu știu
option-prefer-not-to-say = Prefer să nu răspund

## Questions

question-stay_country = În ce țară locuiți acum?
option-stay_country-other = Altă țară

question-return_country = În ce țară vă gândiți să vă întoarceți?
option-return_country-other = Altă țară din afara Uniunii Europene
option-return_country-eu = O țară din Uniunea Europeană

question-residence = Care este situația dumneavoastră în țara în care locuiți acum?
question-residence-why = Programele sunt deschise persoanelor aflate în anumite situații, dar nu și în altele. Răspunsul dumneavoastră decide doar ce programe vă sunt afișate și rămâne pe acest telefon.
option-residence-asylum_pending = Am cerut azil și aștept o decizie
option-residence-no_permit = Nu am cerut niciodată azil și nu am permis de ședere
question-travel_document = Aveți un pașaport valabil sau un alt document de călătorie?

question-children = Câți copii sub 18 ani s-ar întoarce împreună cu dumneavoastră?
question-children-hint = Scrieți 0 dacă niciun copil nu s-ar întoarce cu dumneavoastră.

question-health = Aveți o boală sau o problemă de sănătate care necesită tratament sau medicamente luate regulat?
question-health-why = Pentru a vă putea arăta ce ajutor există ca să vă continuați tratamentul după întoarcere. Răspunsul dumneavoastră rămâne pe acest telefon.

question-medicine = Aveți destule medicamente pentru călătorie și pentru primele săptămâni după sosire?

question-fear_of_return = Vă este frică de ce vi s-ar putea întâmpla dacă vă întoarceți?
question-fear_of_return-why = Dacă vă este frică să vă întoarceți, este posibil să aveți dreptul la protecție, iar un avocat vă poate spune care sunt toate opțiunile. Răspunsul dumneavoastră rămâne pe acest telefon.

question-exploitation = V-a luat cineva actele sau v-a obligat să lucrați ori să faceți lucruri pe care nu voiați să le faceți?
question-exploitation-why = Acestea pot fi semne de exploatare sau de trafic de persoane. Dacă vi se întâmplă acest lucru, există servicii care ajută, în mod confidențial. Răspunsul dumneavoastră rămâne pe acest telefon.

## Programmes

programme-fedasil_avr = Programul de întoarcere voluntară (Fedasil)
programme-fedasil_avr-runs = Fedasil, agenția federală belgiană pentru primirea solicitanților de azil. IOM organizează călătoria.
criterion-fedasil_avr-in_belgium-met = Locuiți în Belgia, unde se desfășoară acest program.
criterion-fedasil_avr-in_belgium-unmet = Acest program este pentru persoanele care locuiesc în Belgia.
criterion-fedasil_avr-in_belgium-unknown = Acest program este pentru persoanele care locuiesc în Belgia.
criterion-fedasil_avr-no_residence_permit-met = Este pentru persoanele fără permis de ședere în Belgia: persoanele care așteaptă o decizie privind azilul, persoanele a căror cerere a fost respinsă și persoanele care nu au depus niciodată o cerere.
criterion-fedasil_avr-no_residence_permit-unmet = Este pentru persoanele fără permis de ședere în Belgia. Dacă aveți permis de ședere, un consilier vă poate spune despre alte opțiuni.
criterion-fedasil_avr-no_residence_permit-unknown = Este pentru persoanele fără permis de ședere în Belgia.

programme-eurp = Programul UE de reintegrare (EURP)
programme-eurp-runs = Frontex, agenția Uniunii Europene pentru frontiere, împreună cu organizații partenere din țările de întoarcere. Înainte se numea Joint Reintegration Services (JRS).
programme-eurp-how = Nu vă puteți înscrie direct: autoritățile țării pe care o părăsiți vă înscriu, de obicei prin consilierul dumneavoastră pentru întoarcere, cu câteva săptămâni înainte de plecare. Întrebați-vă consilierul pentru întoarcere.

criterion-eurp-non_eu_country-met = Este pentru persoanele din țări din afara Uniunii Europene.
criterion-eurp-non_eu_country-unmet = Este pentru persoanele din țări din afara Uniunii Europene, deci nu acoperă o întoarcere într-o țară din UE.
criterion-eurp-non_eu_country-unknown = Este pentru persoanele din țări din afara Uniunii Europene.
criterion-eurp-country_covered-met = Țara dumneavoastră se află pe lista țărilor în care funcționează programul, așa cum a fost publicată pentru întoarcerile din Germania. Pentru unele țări se aplică reguli speciale, pe care vi le poate explica un consilier.
criterion-eurp-country_covered-unmet = Programul funcționează doar în unele țări din afara Uniunii Europene.
criterion-eurp-country_covered-unknown = Programul funcționează în aproximativ 39 de țări. Țara dumneavoastră nu se află pe lista pe care am găsit-o (publicată pentru întoarcerile din Germania), așa că doar un consilier vă poate spune.
criterion-eurp-status-met = Este pentru persoanele care așteaptă o decizie privind azilul sau care nu mai au drept de ședere.
criterion-eurp-status-unmet = Este pentru persoanele care așteaptă o decizie privind azilul sau care nu mai au drept de ședere. Dacă aveți permis de ședere, un consilier vă poate spune despre alte opțiuni.
criterion-eurp-status-unknown = Este pentru persoanele care așteaptă o decizie privind azilul sau care nu mai au drept de ședere.
## Needs

need-safety = Siguranță și protecție
need-safety-help = Dacă vă este frică să vă întoarceți, vorbiți cu un avocat independent înainte de a lua o decizie: este posibil să aveți dreptul la protecție. Dacă cineva vă controlează, v-a luat actele sau vă obligă să lucrați, servicii specializate vă pot ajuta, în siguranță și confidențial. Dacă sunteți în pericol acum, sunați la numărul de urgență.
need-health = Sănătate și continuitatea îngrijirii
need-health-help = Spuneți-i unui consilier despre tratamentul dumneavoastră înainte de călătorie, pentru ca îngrijirea și medicamentele să poată continua după sosire. Cereți-i medicului un raport medical și destule medicamente pentru călătorie. Dacă vi se termină medicamentele, mergeți la un medic chiar acum.
need-travel_documents = Documente de călătorie
need-travel_documents-help = Ambasada sau consulatul țării dumneavoastră vă poate elibera un pașaport sau un document de călătorie. Un consilier pentru întoarcere vă poate ajuta cu pașii necesari, iar unele programe plătesc costul.
need-children = Copiii și școala
## Contacts

contact-fedasil_return-about = Informații gratuite și confidențiale despre întoarcerea voluntară și despre cum puteți depune cererea.
contact-caritas_international_be-about = Partener al Fedasil pentru sprijinul de reintegrare. Oricine se gândește să se întoarcă poate contacta echipa sa de reintegrare.
contact-brussels_bar_helpline-about = Asistență juridică de primă linie prin telefon, indiferent de venitul dumneavoastră.
contact-brussels_legal_aid_office-about = Asistență juridică de primă linie, în persoană. Persoanele cu venituri mici pot obține aici un avocat gratuit.
contact-emergency_be-about = Poliția, ambulanța și pompierii, în caz de urgență.
contact-albania_trafficking_helpline-about = O linie telefonică națională de asistență pentru victimele traficului de persoane din Albania.
contact-mary_ward_loreto-about = O organizație din Albania care ajută victimele traficului de persoane.
