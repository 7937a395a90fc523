# Avenir – Norwegian (Bokmål) texts. Status: drafted, needs review by a native speaker.
# Keys follow fixed patterns (see docs/authoring.md); `avenir lint` lists missing and unused ones.

## Interface

ui-title = Tenker du på å reise tilbake til hjemlandet? Se hvilken hjelp som finnes
ui-listen = Lytt
ui-no-voice = Denne telefonen har ingen stemme for { $language } som virker uten internett. Derfor kan ikke teksten leses opp.
ui-exit-page = Forlat siden
ui-exit-hint = Eller trykk på Shift 3 ganger. Svarene dine blir slettet.
ui-exit-press-two = Shift: trykk 2 ganger til for å forlate siden.
ui-exit-press-one = Shift: trykk 1 gang til for å forlate siden.
ui-language = Språk
ui-draft-translation = Denne oversettelsen er et utkast: ingen med norsk som morsmål har kontrollert den ennå.
ui-language-failed = Dette språket kunne ikke lastes inn. Teksten vises på engelsk.
ui-loading = Laster inn …
ui-host-failed = Denne selvvurderingen kunne ikke starte i denne nettleseren. Prøv en annen nettleser, eller spør en rådgiver.
ui-host-noscript = Denne selvvurderingen trenger JavaScript. Ingenting du skriver forlater enheten din.
ui-host-embed-failed = Selvvurderingen kan ikke starte på denne siden.
ui-host-embed-open = Åpne selvvurderingen på en egen side
ui-continue = Fortsett
ui-back = Forrige
ui-progress = Spørsmål { $n } av { $total }
ui-progress-follow-up = Oppfølgingsspørsmål til spørsmål { $n } av { $total }
ui-choose-country = Velg et land
ui-choose-an-answer = Velg et svar, eller «Jeg vil ikke svare».
ui-enter-a-number = Skriv et helt tall fra { $min } til { $max }.
ui-error-summary = Det er et problem
ui-why-we-ask = Hvorfor vi spør
ui-privacy-note = Svarene dine blir på denne telefonen. Ingenting blir sendt, og ingenting blir lagret hvis du ikke selv velger det.
ui-start-title = Tenker du på å reise tilbake til landet ditt?
ui-start-what = Svar på noen spørsmål. Det tar noen minutter. Du får se hvilke returprogrammer du kanskje kan bruke, hva du kanskje vil ha hjelp med, og hvem du kan kontakte, også for uavhengig juridisk rådgivning om alle mulighetene dine.
ui-start-private = Svarene dine blir på denne telefonen. Ingenting blir sendt, og ingenting blir lagret hvis du ikke selv velger det. Du trenger ingen konto, og ingen følger med på hva du gjør.
ui-start-check = Alle kan sjekke dette: når siden er lastet inn, virker den også når internett er slått av.
ui-start-indicative = Resultatet er bare veiledende. Det hjelper deg å forberede en samtale med en rådgiver og bestemmer ingenting. Det er alltid du selv som bestemmer om du vil reise tilbake.
ui-start = Start
ui-results-title = Dine veiledende resultater
ui-review-title = Kontroller svarene dine
ui-see-results = Se resultatene dine
ui-indicative = Resultatet er bare veiledende. Det hjelper deg å forberede en samtale med en rådgiver, men det erstatter ikke samtalen. Det er alltid du som bestemmer.
ui-indicative-short = Bare veiledende. Du bestemmer.
ui-checked-on = Reglene ble sist kontrollert { $date }.
ui-content-version = Innholdsversjon { $version }
ui-programmes = Programmer du kanskje kan bruke
ui-no-programmes = Ingen programmer passer med svarene dine. En rådgiver kan fortelle deg om andre muligheter.
ui-programmes-for-return = Programmer bare for personer som vender tilbake til bestemte land: { $count }. Fortell oss hvilket land du vil vende tilbake til, så ser du om ett av dem passer for deg.
ui-likely = Sannsynlig
ui-possibly = Kanskje
ui-not-likely = Lite sannsynlig
ui-runs = Hvem som driver det
ui-offers = Hva det gir
ui-how = Hvordan du når det
ui-why-result = Hvorfor
ui-reason-met = Passer:
ui-reason-unmet = Passer ikke:
ui-reason-unknown = Ikke kjent ennå:
ui-settle = Dette svaret ville avgjort det:
ui-ask-counsellor = En rådgiver kan svare på det.
ui-change-answer = Endre svaret ditt
ui-source = Kilde
ui-sources-checked = Kilder, kontrollert { $date }:
ui-page-published = side fra { $date }
ui-page-updated = siden oppdatert { $date }
ui-page-undated = siden har ingen dato
ui-page-checked = kontrollert { $date }
ui-likely-no-right = Oppfyller sannsynligvis de publiserte vilkårene; du har ingen rett på det
ui-no-right = Du har ingen rett på det: myndigheten avgjør hver sak for seg.
ui-contact-phone-national = Innenlands:
ui-needs = Hva du kanskje vil ha hjelp med
ui-no-needs = Svarene dine viste ikke at du trenger hjelp. Du kan likevel spørre en rådgiver om hva som helst.
ui-urgency-immediate = Haster
ui-urgency-before-departure = Før du reiser
ui-urgency-after-arrival = Etter at du har kommet fram
ui-contacts = Hvem du kan kontakte
ui-next-step = Ditt neste steg
ui-next-urgent = Ring dem først: de hjelper med «{ $need }», som haster ifølge svarene dine.
ui-next-programme = De kan fortelle deg om «{ $programme }», som svarene dine tyder på at du kanskje kan bruke.
ui-next-legal = Gratis, uavhengig juridisk rådgivning om alle mulighetene dine, før du bestemmer noe.
ui-not-likely-group = Programmer som sannsynligvis ikke passer for deg, og hvorfor
ui-sources = Kilder og når de ble kontrollert
ui-contact-more = Åpningstider, språk og mer
ui-need-advice = Dette kan du gjøre
ui-need-advice-more = Dette kan du gjøre, og flere kontakter
ui-number-above = nummeret står ovenfor, under «Ditt neste steg»
ui-contact-legal = Uavhengig juridisk rådgivning
ui-contact-emergency = Nødnummer og hjelpetelefoner
ui-from-site = Lagt til av organisasjonen som eier nettstedet du er på.
ui-contact-helps-with = Kan hjelpe med:
ui-contact-phone = Telefon
ui-contact-email = E-post
ui-contact-website = Nettsted
ui-contact-address = Adresse
ui-contact-hours = Åpningstider
ui-contact-hours-always = Åpent døgnet rundt, alle dager
ui-contact-languages = Språk
ui-contact-serves = Område
ui-change-answers = Endre svarene dine
ui-start-again = Start på nytt
ui-content-error = Spørsmålene kunne ikke lastes inn. Prøv igjen senere, eller spør en rådgiver.
ui-save = Lagre svarene mine på denne telefonen
ui-save-hint = Bare hvis ingen andre bruker denne telefonen. Svarene dine blir lagret på denne telefonen og blir aldri sendt.
ui-saved = Svarene dine er lagret på denne telefonen, og ingen andre steder.
ui-save-failed = Denne nettleseren tillater ikke lagring. Svarene dine finnes bare til du lukker denne siden.
ui-delete-everything = Slett alt
ui-delete-hint = Sletter svarene dine og alt annet som spørsmålene har lagret på denne telefonen.
ui-deleted = Alt er slettet fra denne telefonen.
ui-resume-found = Svarene dine fra forrige gang er lagret på denne telefonen.
ui-resume = Fortsett der du slapp
ui-show-code = Vis svarene mine til en rådgiver
ui-code-warning = Alle som ser denne koden eller QR-bildet, kan lese svarene dine med dette verktøyet. Vis den bare til en rådgiver du stoler på.
ui-code-choice = Du kan la være å ta med svarene dine på personlige spørsmål. Rådgiveren ser da «Ikke delt» for dem.
ui-code-which = Hvilke svar som ikke tas med
ui-code-all = Vis en kode med alle svarene mine
ui-code-without = Vis en kode uten de personlige svarene mine
ui-code-note = Vis koden til en rådgiver. Den inneholder svarene dine. Den blir ikke sendt noe sted.
ui-code-note-without = Vis koden til en rådgiver. Den inneholder svarene dine, bortsett fra svarene på personlige spørsmål. Den blir ikke sendt noe sted.
ui-for-counsellors = For rådgivere
ui-counsellor-title = Rådgivervisning
ui-code-label = Kode fra personens telefon
ui-code-read = Les koden
ui-code-check = Kontroller koden: et tegn er feil eller mangler.
ui-code-other-version = Koden ble laget med andre spørsmål. Svarene nedenfor er en gjetning: kontroller hvert svar med personen.
ui-code-unsupported = Koden ble laget med en annen versjon av Avenir og kan ikke leses her.
ui-code-not-a-code = Dette er ikke en kode fra disse spørsmålene. Kontroller hva du skrev.
ui-code-cleared = Svarene fra den forrige koden er fjernet.
ui-answers = Svar
ui-not-asked = Ikke stilt, på grunn av et tidligere svar.
ui-from-answer = Fra svaret på:
ui-not-answered = Ikke besvart
ui-not-shared = Ikke delt
ui-notes = Notater
ui-desk-page-title = Avenir – rådgivervisning: første møte
ui-desk-new-person = Ny person
ui-desk-start = Les koden fra personens telefon, eller fyll ut svarene sammen med personen. Programmene og de åpne punktene vises ved det første svaret.
ui-desk-open = Åpne punkter
ui-desk-open-none = Ingenting er åpent: alle spørsmål som betyr noe, har et svar.
ui-desk-settles = Ville avgjort: { $programmes }
ui-desk-to-check = Må kontrolleres med personen (ingen spørsmål avgjør det)
ui-desk-programme = Program
ui-desk-result = Resultat
ui-desk-change = Endre
ui-desk-notes-hint = Finnes bare på denne skjermen: lagres aldri, legges aldri i en kode og sendes aldri. Skrives ut med sammendraget.
ui-desk-vulnerabilities = Observert sårbarhet
ui-desk-family = Familiens sammensetning og barnas alder
ui-desk-consent = Hva personen har samtykket til
ui-desk-handback = Gi personen en ny kode med disse svarene
ui-desk-summaries = Sammendrag til utskrift
ui-desk-print = Hva som skal skrives ut
ui-desk-print-record = Møtereferat: svar, resultater og notater
ui-desk-print-referral = Sammendrag for henvisning til en reintegreringspartner
ui-desk-print-takehome = Sammendrag som personen kan ta med seg, på to språk
ui-desk-print-button = Skriv ut
ui-desk-chosen = Valgt program
ui-desk-none-chosen = Ikke valgt ennå
ui-desk-person-language = Personens språk
ui-desk-organisation = Organisasjon
ui-desk-date = Dato for møtet
ui-desk-referral-title = Sammendrag for henvisning
ui-desk-return-country = Returland
ui-desk-partner = Reintegreringspartner i returlandet
ui-desk-no-partner = Verktøyet kjenner ikke til noen for dette landet: spør programmet.
ui-desk-support = Type støtte
ui-desk-needs = Behov som er funnet
ui-desk-referral-consent = Jeg samtykker i at dette sammendraget gis til programmet og til reintegreringspartneren som er nevnt ovenfor, bare for min henvisning.
ui-desk-signature-person = Personens underskrift og dato
ui-desk-signature-counsellor = Rådgiverens underskrift
ui-desk-takehome-title = Sammendrag av møtet vårt
ui-qr-label = QR-kode med svarene dine
ui-qr-note = En rådgiver kan skanne denne firkanten med et kamera, eller skrive inn bokstavene og tallene nedenfor.
ui-scan = Skann QR-koden med kameraet
ui-scan-stop = Slå av kameraet
ui-scan-hint = Rett kameraet mot den firkantede koden på personens telefon. Ingenting blir tatt opp eller sendt.
ui-scan-photo = Eller les koden fra et bilde
ui-scan-failed = Kameraet kunne ikke brukes. Skriv inn koden, eller velg et bilde av den.
ui-scan-none = Ingen kode ble funnet i dette bildet. Prøv igjen, eller skriv inn koden.

## Groups of questions (headings in the counsellor's view)
group-situation = Hvor du er, og hvor du ville reist
group-documents = Dokumenter og familie
group-health = Helse og trivsel
group-support = Støtte etter returen, og penger
group-safety = Sikkerhet

## Shared options

option-yes = Ja
option-no = Nei
option-dont-know = Jeg vet ikke
option-prefer-not-to-say = Jeg vil ikke svare

## Questions

question-stay_country = Hvilket land bor du i nå?
option-stay_country-other = Et annet land

question-return_country = Hvilket land tenker du på å reise tilbake til?
option-return_country-other = Et annet land utenfor Den europeiske union
option-return_country-eu = Et land i Den europeiske union

question-residence = Hva er situasjonen din i landet der du bor nå?
question-residence-why = Programmene er åpne for personer i noen situasjoner, men ikke i andre. Svaret ditt avgjør bare hvilke programmer som vises, og det blir på denne telefonen.
option-residence-asylum_pending = Jeg har søkt om asyl og venter på svar
option-residence-asylum_refused = Asylsøknaden min fikk avslag, eller jeg trakk den tilbake
option-residence-no_permit = Jeg har aldri søkt om asyl, og jeg har ingen oppholdstillatelse
option-residence-protection = Jeg har flyktningstatus, eller en annen tillatelse på grunn av beskyttelse eller humanitære grunner
option-residence-protection_ended = Beskyttelsen min eller oppholdstillatelsen min er trukket tilbake eller ikke forlenget
option-residence-permit = Jeg har en annen oppholdstillatelse, for eksempel for arbeid, studier eller familie
option-residence-eu_citizen = Jeg er statsborger i et land i Den europeiske union

question-own_means = Kunne du betalt reisen hjem med dine egne penger?
question-own_means-why = Noen programmer er bare for personer som ikke kan betale reisen selv. Svaret ditt blir på denne telefonen.
question-under_18 = Er du under 18 år?
question-under_18-why = Unge under 18 år kan få egen hjelp, for eksempel hjelpetelefoner for barn. Svaret ditt blir på denne telefonen.

question-travel_document = Har du et gyldig pass eller et annet reisedokument?

question-children = Hvor mange barn under 18 år ville reist tilbake sammen med deg?
question-children-hint = Skriv 0 hvis ingen barn ville reist tilbake sammen med deg.

question-health = Har du en sykdom eller en helsetilstand som trenger behandling eller faste medisiner?
question-health-why = Slik at vi kan vise deg hjelp til å fortsette behandlingen etter at du har reist tilbake. Svaret ditt blir på denne telefonen.

question-medicine = Har du nok medisiner til reisen og til de første ukene etter at du har kommet fram?

question-wellbeing = Vil du snakke med noen om hvordan du har det? For eksempel stress, bekymring, tristhet eller søvnproblemer.
question-wellbeing-why = Mange har det slik når de tenker på å reise tilbake. Det kan hjelpe å snakke med noen, her og etter at du har reist tilbake. Svaret ditt blir på denne telefonen.

question-help_after_return = Vil du ha hjelp med noe av dette etter at du har reist tilbake?
question-help_after_return-hint = Du kan velge mer enn ett.
option-help_after_return-housing = Et sted å bo
option-help_after_return-work = Arbeid, inntekt eller opplæring
option-help_after_return-none = Nei, ikke nå

question-debts = Har du gjeld som du er bekymret for, her eller i hjemlandet ditt?
question-debts-why = Mange som reiser tilbake, har gjeld. Gjeld kan gjøre en ny start vanskeligere, og det finnes råd om dette. Svaret ditt blir på denne telefonen.

question-fear_of_return = Er du redd for hva som kan skje med deg hvis du reiser tilbake?
question-fear_of_return-why = Hvis du er redd for å reise tilbake, kan du ha rett til beskyttelse, og en advokat kan fortelle deg om alle mulighetene. Svaret ditt blir på denne telefonen.

question-exploitation = Har noen tatt dokumentene dine, eller tvunget deg til å arbeide eller gjøre ting du ikke ville?
question-exploitation-why = Dette kan være tegn på utnyttelse eller menneskehandel. Hvis dette skjer med deg, finnes det hjelp, og den gis fortrolig. Svaret ditt blir på denne telefonen.

## Programmes: Belgium

programme-fedasil_avr = Program for frivillig retur (Fedasil)
programme-fedasil_avr-runs = Fedasil, det belgiske føderale organet for mottak av asylsøkere. IOM organiserer reisen.
programme-fedasil_avr-offers = Reisen din blir organisert og betalt: billetten, og transport til flyplassen eller stasjonen. Du får reisedokumentet ditt på konsulatet til landet ditt, og kostnaden blir betalt tilbake når du reiser. Myndighetene i landet ditt får ikke vite noe før du kommer fram. En premie for å etablere deg på nytt kan betales kontant når du reiser. Beløpene som ble publisert i januar 2022, var 350 euro per voksen og 175 euro per barn for et land der borgerne trenger visum, og 50 euro per voksen og 25 euro per barn for et land uten visumkrav, for Kosovo, eller for en EU-borger som reiser hjem. De kan ha endret seg siden: en rådgiver kan fortelle deg hvilke beløp som gjelder i dag. Ministeren har også fjernet premien for personer som reiser tilbake til Moldova (kunngjort i januar 2026).
programme-fedasil_avr-how = Snakk med et returkontor hos Fedasil (i Brussel, Gent, Antwerpen, Charleroi eller Liège) eller hos en partnerorganisasjon, eller med sosialarbeideren din, eller ring Fedasils gratisnummer. Å reise tilbake er din egen beslutning: du kan ombestemme deg, også etter at du har søkt.

criterion-fedasil_avr-in_belgium-met = Du bor i Belgia, der dette programmet finnes.
criterion-fedasil_avr-in_belgium-unmet = Dette programmet er for personer som bor i Belgia.
criterion-fedasil_avr-in_belgium-not-answered = Svarene dine sier ikke hvilket land du bor i. Dette programmet er for personer som bor i Belgia.
criterion-fedasil_avr-no_residence_permit-met = Det er for personer uten oppholdstillatelse i Belgia: personer som venter på svar på asylsøknaden, personer som har fått avslag, personer som aldri har søkt, personer som har mistet tillatelsen sin, og borgere av EU-land som ble med fra 2004.
criterion-fedasil_avr-no_residence_permit-unmet = Det er for personer uten oppholdstillatelse i Belgia, og for borgere av EU-land som ble med fra 2004, ikke av de 15 eldre. Hvis du har oppholdstillatelse, kan en rådgiver fortelle deg om andre muligheter.
criterion-fedasil_avr-no_residence_permit-unknown = Det er for personer uten oppholdstillatelse i Belgia, og for borgere av EU-land som ble med fra 2004, ikke av de 15 eldre.
criterion-fedasil_avr-no_residence_permit-not-answered = Svarene dine sier ikke hva situasjonen din er. Det er for personer uten oppholdstillatelse i Belgia, og for borgere av EU-land som ble med fra 2004, ikke av de 15 eldre.
criterion-fedasil_avr-no_residence_permit-dont-know = Du svarte «Jeg vet ikke» på et spørsmål som dette avhenger av. Det er for personer uten oppholdstillatelse i Belgia, og for borgere av EU-land som ble med fra 2004, ikke av de 15 eldre. En rådgiver kan hjelpe deg å finne ut av det.

programme-fedasil_reintegration = Støtte til reintegrering etter retur med Fedasil
programme-fedasil_reintegration-runs = Fedasil, med partnerne IOM og Caritas International i returlandet.
programme-fedasil_reintegration-offers = Materiell hjelp, aldri kontanter, i opptil 12 måneder etter at du har reist tilbake: for eksempel for å starte en liten bedrift, leie eller reparere en bolig, søke arbeid eller betale for helsehjelp. En partnerorganisasjon følger deg det året.
programme-fedasil_reintegration-how = Spør returrådgiveren din. Rådgiveren ser på landet ditt, situasjonen din og behovene dine, og Fedasil bestemmer: ikke alle som reiser tilbake, får denne støtten.

criterion-fedasil_reintegration-in_belgium-met = Du bor i Belgia, der denne støtten gis.
criterion-fedasil_reintegration-in_belgium-unmet = Denne støtten er for personer som reiser tilbake fra Belgia.
criterion-fedasil_reintegration-in_belgium-not-answered = Svarene dine sier ikke hvilket land du bor i. Denne støtten er for personer som reiser tilbake fra Belgia.
criterion-fedasil_reintegration-returns_with_fedasil-met = Det er for personer som reiser tilbake med Fedasils program for frivillig retur, som er åpent for personer uten oppholdstillatelse.
criterion-fedasil_reintegration-returns_with_fedasil-unmet = Det er for personer som reiser tilbake med Fedasils program for frivillig retur, som er for personer uten oppholdstillatelse.
criterion-fedasil_reintegration-returns_with_fedasil-not-answered = Svarene dine sier ikke hva situasjonen din er. Det er for personer som reiser tilbake med Fedasils program for frivillig retur, som er for personer uten oppholdstillatelse.
criterion-fedasil_reintegration-returns_with_fedasil-dont-know = Du svarte «Jeg vet ikke» om situasjonen din. Det er for personer som reiser tilbake med Fedasils program for frivillig retur, som er for personer uten oppholdstillatelse. En rådgiver kan hjelpe deg å finne ut av det.
criterion-fedasil_reintegration-visa_required_country-met = Grunnstøtten er for personer fra land der borgerne trenger visum for å reise til Belgia, slik som ditt (Fedasils regler fra januar 2022).
criterion-fedasil_reintegration-visa_required_country-unmet = Grunnstøtten er for land der borgerne trenger visum for å reise til Belgia, ikke for EU-borgere (Fedasils regler fra januar 2022). For et land uten visumkrav kan Fedasil gjøre et unntak for en person i en sårbar situasjon, for eksempel på grunn av alvorlig sykdom, barn eller tegn på utnyttelse. Svarene dine viste ingen slik grunn; en rådgiver kan fortelle deg mer.
criterion-fedasil_reintegration-visa_required_country-unknown = Grunnstøtten er for land der borgerne trenger visum for å reise til Belgia (Fedasils regler fra januar 2022). For andre land kan Fedasil gi støtte som et unntak, ved en sårbar situasjon som alvorlig sykdom, barn, tegn på utnyttelse eller hvordan du har det. Bare Fedasil bestemmer: en rådgiver kan fortelle deg mer.
criterion-fedasil_reintegration-visa_required_country-not-answered = Svarene dine sier ikke nok om landet du ville reist tilbake til, eller om situasjonen din. Grunnstøtten er for land der borgerne trenger visum for å reise til Belgia (Fedasils regler fra januar 2022). For andre land kan Fedasil gi støtte som et unntak, ved en sårbar situasjon som alvorlig sykdom, barn, tegn på utnyttelse eller hvordan du har det. Bare Fedasil bestemmer: en rådgiver kan fortelle deg mer.
criterion-fedasil_reintegration-visa_required_country-dont-know = Du svarte «Jeg vet ikke» på et spørsmål som dette avhenger av. Grunnstøtten er for land der borgerne trenger visum for å reise til Belgia (Fedasils regler fra januar 2022). For andre land kan Fedasil gi støtte som et unntak, ved en sårbar situasjon som alvorlig sykdom, barn, tegn på utnyttelse eller hvordan du har det. Bare Fedasil bestemmer: en rådgiver kan fortelle deg mer.
criterion-fedasil_reintegration-not_ended-met = Fedasil har ikke avsluttet denne støtten for landet ditt.
criterion-fedasil_reintegration-not_ended-unmet = Ministeren avsluttet støtten til reintegrering for personer som reiser tilbake til Brasil (fra 1. desember 2025) og til Moldova (Fedasil, februar 2026). En rådgiver kan bekrefte dette.
criterion-fedasil_reintegration-not_ended-not-answered = Svarene dine sier ikke hvilket land du ville reist tilbake til. Ministeren avsluttet støtten til reintegrering for personer som reiser tilbake til Brasil og til Moldova (Fedasil, februar 2026).
criterion-fedasil_reintegration-not_ended-dont-know = Du svarte «Jeg vet ikke» om landet du ville reist tilbake til. Ministeren avsluttet støtten til reintegrering for personer som reiser tilbake til Brasil og til Moldova (Fedasil, februar 2026).

## Programmes: Germany

programme-reag_garp = Returprogrammet REAG/GARP
programme-reag_garp-runs = Den tyske forbundsregjeringen og delstatene, med penger fra EU. IOM organiserer reisen.
programme-reag_garp-offers = Reisen din blir organisert og betalt, med transport til flyplassen eller stasjonen. Avhengig av statsborgerskapet ditt kan du også få (beløp fra programmets sider, lest i desember 2026): reisepenger på opptil 200 euro per person (100 euro under 18 år), mindre for noen land uten visumkrav, som Albania og Moldova; medisinsk hjelp under reisen, og opptil 2 000 euro til helsehjelp de første 3 månedene etter at du har kommet fram; og en engangsstøtte for å starte på nytt på opptil 1 000 euro per person (500 euro under 18 år), høyst 4 000 euro per familie. Om du får dette, og hvor mye, avgjøres i hver enkelt sak. Behandlingen tar vanligvis opptil 8 uker, lenger for noen land.
programme-reag_garp-how = Du kan bare søke gjennom et rådgivningskontor for retur: rådgivningen er gratis og fortrolig. For å reise trenger du et gyldig reisedokument og en grensepasseringsattest fra utlendingsmyndigheten (Ausländerbehörde). Hvis asylsøknaden din fortsatt er åpen, snakk med en uavhengig juridisk rådgiver før du bestemmer noe.

criterion-reag_garp-in_germany-met = Du bor i Tyskland, der dette programmet finnes.
criterion-reag_garp-in_germany-unmet = Dette programmet er for personer som bor i Tyskland.
criterion-reag_garp-in_germany-not-answered = Svarene dine sier ikke hvilket land du bor i. Dette programmet er for personer som bor i Tyskland.
criterion-reag_garp-cannot_pay-met = Det er for personer som ikke kan betale reisen selv.
criterion-reag_garp-cannot_pay-unmet = Det er for personer som ikke kan betale reisen selv. En rådgiver kan likevel gi deg råd.
criterion-reag_garp-cannot_pay-not-answered = Svarene dine sier ikke om du kan betale reisen selv. Det er for personer som ikke kan betale reisen selv.
criterion-reag_garp-cannot_pay-dont-know = Du svarte «Jeg vet ikke» om å betale reisen selv. Det er for personer som ikke kan betale den selv. En rådgiver kan se på det sammen med deg.
criterion-reag_garp-status-met = Det er for asylsøkere, personer som har fått avslag på asylsøknaden, personer som må forlate landet eller har en «Duldung», personer med flyktningstatus eller status på humanitært grunnlag, og ofre for menneskehandel (informasjonsark fra mars 2023).
criterion-reag_garp-status-unmet = Det er for asylsøkere, personer som har fått avslag på asylsøknaden, personer som må forlate landet eller har en «Duldung», personer med flyktningstatus eller status på humanitært grunnlag, familiemedlemmer som har kommet etter dem, og ofre for menneskehandel (informasjonsark fra mars 2023). En rådgiver kan fortelle deg om andre muligheter.
criterion-reag_garp-status-unknown = Det er også for familiemedlemmer som har kommet etter en person som kan bruke det, og for ofre for menneskehandel, også fra EU-land (informasjonsark fra mars 2023). En rådgiver kan si om dette gjelder deg.
criterion-reag_garp-status-not-answered = Svarene dine sier ikke hva situasjonen din er. Det er for asylsøkere, personer som har fått avslag på asylsøknaden, personer som må forlate landet eller har en «Duldung», personer med flyktningstatus eller status på humanitært grunnlag, familiemedlemmer som har kommet etter dem, og ofre for menneskehandel (informasjonsark fra mars 2023).
criterion-reag_garp-status-dont-know = Du svarte «Jeg vet ikke» om situasjonen din. Det er for asylsøkere, personer som har fått avslag på asylsøknaden, personer som må forlate landet eller har en «Duldung», personer med flyktningstatus eller status på humanitært grunnlag, familiemedlemmer som har kommet etter dem, og ofre for menneskehandel (informasjonsark fra mars 2023). En rådgiver kan hjelpe deg å finne ut hva som gjelder for deg.
criterion-reag_garp-not_eu-met = Det er for personer fra land utenfor Den europeiske union som reiser tilbake til et land utenfor den.
criterion-reag_garp-not_eu-unmet = Det er ikke for EU-borgere, og ikke for retur til et EU-land (informasjonsark fra mars 2023). Ofre for menneskehandel er et unntak.
criterion-reag_garp-not_eu-unknown = Det er ikke for EU-borgere, og ikke for retur til et EU-land, bortsett fra for ofre for menneskehandel (informasjonsark fra mars 2023). En rådgiver kan fortelle deg mer.
criterion-reag_garp-not_eu-not-answered = Svarene dine sier ikke om du er EU-borger, eller hvilket land du ville reist tilbake til. Det er ikke for EU-borgere, og ikke for retur til et EU-land, bortsett fra for ofre for menneskehandel (informasjonsark fra mars 2023).
criterion-reag_garp-not_eu-dont-know = Du svarte «Jeg vet ikke» på et spørsmål som dette avhenger av. Det er ikke for EU-borgere, og ikke for retur til et EU-land, bortsett fra for ofre for menneskehandel (informasjonsark fra mars 2023). En rådgiver kan fortelle deg mer.
criterion-reag_garp-no_open_application-met = Hvis du har klaget på et vedtak, eller fortsatt kan klage, ber programmet deg om å frafalle klagen. Få uavhengig juridisk rådgivning før du bestemmer deg.
criterion-reag_garp-no_open_application-unmet = Så lenge asylsøknaden din er åpen, kan du bare bruke dette programmet hvis du trekker den tilbake.
criterion-reag_garp-no_open_application-unknown = Så lenge asylsøknaden din fortsatt er åpen, kan du bare bruke dette programmet hvis du trekker den tilbake eller frafaller en klage. Du kan kanskje ikke søke igjen. Snakk med en uavhengig juridisk rådgiver før du bestemmer deg: kontaktinformasjonen står nedenfor.
criterion-reag_garp-no_open_application-not-answered = Svarene dine sier ikke om asylsøknaden din fortsatt er åpen. Hvis den er det, kan du bare bruke dette programmet hvis du trekker den tilbake eller frafaller en klage, og du kan kanskje ikke søke igjen. Snakk med en uavhengig juridisk rådgiver før du bestemmer deg.
criterion-reag_garp-no_open_application-dont-know = Du svarte «Jeg vet ikke» om situasjonen din. Hvis asylsøknaden din fortsatt er åpen, kan du bare bruke dette programmet hvis du trekker den tilbake eller frafaller en klage, og du kan kanskje ikke søke igjen. Snakk med en uavhengig juridisk rådgiver før du bestemmer deg.

programme-starthilfe_plus = StarthilfePlus: ekstra støtte til reintegrering
programme-starthilfe_plus-runs = Forbundskontoret for migrasjon og flyktninger (BAMF). IOM gir hjelpen i returlandet.
programme-starthilfe_plus-offers = Ekstra hjelp i tillegg til REAG/GARP, avhengig av statsborgerskapet ditt: en ny støtte for å starte på nytt, eller hjelp med bolig (regler som gjelder fra januar 2024). I land der EUs reintegreringsprogram finnes, er støtten mindre, bortsett fra for personer i en sårbar situasjon eller med beskyttelsesstatus. Beløpene fastsettes i hver enkelt sak av Forbundskontoret. Du har ingen lovfestet rett på det.
programme-starthilfe_plus-how = Spør rådgivningskontoret for retur når du søker om REAG/GARP.

criterion-starthilfe_plus-in_germany-met = Du bor i Tyskland, der dette programmet finnes.
criterion-starthilfe_plus-in_germany-unmet = Dette programmet er for personer som bor i Tyskland.
criterion-starthilfe_plus-in_germany-not-answered = Svarene dine sier ikke hvilket land du bor i. Dette programmet er for personer som bor i Tyskland.
criterion-starthilfe_plus-with_reag_garp-met = Det gis bare sammen med REAG/GARP, og svarene dine passer med REAG/GARP.
criterion-starthilfe_plus-with_reag_garp-unmet = Det gis bare sammen med REAG/GARP, og svarene dine passer ikke med REAG/GARP.
criterion-starthilfe_plus-with_reag_garp-unknown = Det gis bare sammen med REAG/GARP. Det er ikke kjent ennå om REAG/GARP er åpent for deg.
criterion-starthilfe_plus-with_reag_garp-not-answered = Svarene dine sier ikke nok til å vite om REAG/GARP er åpent for deg. Denne hjelpen gis bare sammen med REAG/GARP.
criterion-starthilfe_plus-with_reag_garp-dont-know = Du svarte «Jeg vet ikke» på et spørsmål som dette avhenger av. Denne hjelpen gis bare sammen med REAG/GARP, og det er ikke kjent ennå om REAG/GARP er åpent for deg.
criterion-starthilfe_plus-nationality-met = Personer fra landet ditt kan få én type av denne hjelpen.
criterion-starthilfe_plus-nationality-unmet = Det er for personer fra noen land utenfor Den europeiske union, ikke for EU-borgere.
criterion-starthilfe_plus-nationality-unknown = Hjelpen avhenger av statsborgerskapet ditt. Listene vi fant (2024), er ikke fullstendige: det finnes også hjelp for personer som har hatt en «Duldung» lenge, og tyrkiske borgere får den bare etter mer enn seks måneder i Tyskland (siden juli 2024). En rådgiver kan fortelle deg mer.
criterion-starthilfe_plus-nationality-not-answered = Svarene dine sier ikke hvilket land du ville reist tilbake til. Hjelpen avhenger av statsborgerskapet ditt. Listene vi fant (2024), er ikke fullstendige: det finnes også hjelp for personer som har hatt en «Duldung» lenge, og tyrkiske borgere får den bare etter mer enn seks måneder i Tyskland (siden juli 2024).
criterion-starthilfe_plus-nationality-dont-know = Du svarte «Jeg vet ikke» om landet du ville reist tilbake til. Hjelpen avhenger av statsborgerskapet ditt. Listene vi fant (2024), er ikke fullstendige: det finnes også hjelp for personer som har hatt en «Duldung» lenge, og tyrkiske borgere får den bare etter mer enn seks måneder i Tyskland (siden juli 2024). En rådgiver kan fortelle deg mer.

## Programmes: Denmark

programme-dk_repatriation = Støtte til repatriering (repatrieringsloven)
programme-dk_repatriation-runs = Kommunen din gir støtten. Dansk Flygtningehjælp (DRC) gir rådgivningen.
programme-dk_repatriation-offers = Penger til å etablere deg i landet ditt, som betales dels rett før du reiser og dels etter at du har kommet fram til landet ditt (lov fra april 2024), med et beløp for hvert barn. Hjelp til å flytte eiendelene dine, helseforsikring og medisiner i en periode, og penger til barnas skolegang. Beløpene endres hvert år. Støtten gis bare én gang. Noen, for eksempel flyktninger, har angrerett: de kan komme tilbake til Danmark innen 12 måneder og må da betale støtten tilbake. En rådgiver kan si om du har denne retten.
programme-dk_repatriation-how = Skriv til Dansk Flygtningehjælp for å få rådgivning. Rådgivningen er gratis.

criterion-dk_repatriation-in_denmark-met = Du bor i Danmark, der denne støtten gis.
criterion-dk_repatriation-in_denmark-unmet = Denne støtten er for personer som bor i Danmark.
criterion-dk_repatriation-in_denmark-not-answered = Svarene dine sier ikke hvilket land du bor i. Denne støtten er for personer som bor i Danmark.
criterion-dk_repatriation-status-met = Det er for flyktninger og personer med tillatelse på humanitært grunnlag.
criterion-dk_repatriation-status-unmet = Det er for flyktninger, personer med tillatelse på humanitært grunnlag og familiemedlemmer som har kommet etter en flyktning. Det er ikke for asylsøkere.
criterion-dk_repatriation-status-unknown = Det er for flyktninger, personer med tillatelse på humanitært grunnlag og familiemedlemmer som har kommet etter en flyktning. Reglene gjelder også personer som har fått tillatelsen sin trukket tilbake eller ikke forlenget. En rådgiver kan si om situasjonen din teller.
criterion-dk_repatriation-status-not-answered = Svarene dine sier ikke hva situasjonen din er. Det er for flyktninger, personer med tillatelse på humanitært grunnlag og familiemedlemmer som har kommet etter en flyktning. Reglene gjelder også personer som har fått tillatelsen sin trukket tilbake eller ikke forlenget.
criterion-dk_repatriation-status-dont-know = Du svarte «Jeg vet ikke» om situasjonen din. Det er for flyktninger, personer med tillatelse på humanitært grunnlag og familiemedlemmer som har kommet etter en flyktning. Reglene gjelder også personer som har fått tillatelsen sin trukket tilbake eller ikke forlenget. En rådgiver kan si om situasjonen din teller.
criterion-dk_repatriation-not_eu-met = Det er for personer fra land utenfor Den europeiske union.
criterion-dk_repatriation-not_eu-unmet = Det er ikke for borgere av EU eller av et nordisk land.
criterion-dk_repatriation-not_eu-not-answered = Svarene dine sier ikke om du er EU-borger, eller hvilket land du ville reist tilbake til. Det er ikke for borgere av EU eller av et nordisk land.
criterion-dk_repatriation-not_eu-dont-know = Du svarte «Jeg vet ikke» på et spørsmål som dette avhenger av. Det er ikke for borgere av EU eller av et nordisk land.
criterion-dk_repatriation-own_means-met = Det er for personer som ikke kan betale returen selv.
criterion-dk_repatriation-own_means-unmet = Det er for personer som ikke kan betale returen selv.
criterion-dk_repatriation-own_means-not-answered = Svarene dine sier ikke om du kan betale returen selv. Det er for personer som ikke kan betale returen selv.
criterion-dk_repatriation-own_means-dont-know = Du svarte «Jeg vet ikke» om å betale returen selv. Det er for personer som ikke kan betale den selv. En rådgiver kan se på det sammen med deg.

programme-dk_return_support = Returstøtte for personer som har fått avslag på asylsøknaden, eller som har mistet beskyttelsen
programme-dk_return_support-runs = Den danske returmyndigheten (Hjemrejsestyrelsen).
programme-dk_return_support-offers = Støtte på opptil 20 000 danske kroner hvis du deltar i planleggingen av returen din, eller opptil 15 000 danske kroner hvis du deltar senere. Der det finnes en reintegreringspartner i landet ditt, gis støtten som varer og tjenester, ikke kontanter.
programme-dk_return_support-how = Den danske returmyndigheten bestemmer. Dansk Flygtningehjælp gir gratis, fortrolig rådgivning og sender ikke videre det du forteller. Personer som er dømt for visse alvorlige forbrytelser, kan ikke få denne støtten.

criterion-dk_return_support-in_denmark-met = Du bor i Danmark, der denne støtten gis.
criterion-dk_return_support-in_denmark-unmet = Denne støtten er for personer som bor i Danmark.
criterion-dk_return_support-in_denmark-not-answered = Svarene dine sier ikke hvilket land du bor i. Denne støtten er for personer som bor i Danmark.
criterion-dk_return_support-refused_or_withdrawn-met = Det er for personer som har fått avslag på asylsøknaden eller har trukket den tilbake, og for personer som har fått beskyttelsestillatelsen trukket tilbake eller ikke forlenget.
criterion-dk_return_support-refused_or_withdrawn-unmet = Det er for personer som har fått avslag på asylsøknaden eller har trukket den tilbake, og for personer som har fått beskyttelsestillatelsen trukket tilbake eller ikke forlenget.
criterion-dk_return_support-refused_or_withdrawn-not-answered = Svarene dine sier ikke hva situasjonen din er. Det er for personer som har fått avslag på asylsøknaden eller har trukket den tilbake, og for personer som har fått beskyttelsestillatelsen trukket tilbake eller ikke forlenget.
criterion-dk_return_support-refused_or_withdrawn-dont-know = Du svarte «Jeg vet ikke» om situasjonen din. Det er for personer som har fått avslag på asylsøknaden eller har trukket den tilbake, og for personer som har fått beskyttelsestillatelsen trukket tilbake eller ikke forlenget. En rådgiver kan hjelpe deg å finne ut av det.

## Programmes: Bulgaria, Croatia, Slovenia

programme-bg_avrr = Assistert frivillig retur og reintegrering (IOM Bulgaria)
programme-bg_avrr-runs = IOM, Den internasjonale organisasjonen for migrasjon.
programme-bg_avrr-offers = Hjelp til å reise tilbake, og særskilt hjelp for personer med medisinske behov, aleneforeldre, enslige mindreårige og ofre for menneskehandel. IOM hjelper bare personer å reise tilbake dit der det blir vurdert som trygt. Det kan bare brukes én gang, bare hvis du ennå ikke har fått et vedtak om utvisning eller uttransportering, og du må være frisk nok til å reise (siden oppdatert i mars 2023).
programme-bg_avrr-how = Kontakt IOM i Sofia. En frivillig retur kan også startes gjennom migrasjonsdirektoratet i innenriksdepartementet. Få juridisk rådgivning før du trekker tilbake en asylsøknad: du kan ikke søke igjen med mindre noe nytt skjer.

criterion-bg_avrr-in_bulgaria-met = Du bor i Bulgaria, der dette programmet finnes.
criterion-bg_avrr-in_bulgaria-unmet = Dette programmet er for personer som bor i Bulgaria.
criterion-bg_avrr-in_bulgaria-not-answered = Svarene dine sier ikke hvilket land du bor i. Dette programmet er for personer som bor i Bulgaria.
criterion-bg_avrr-status-met = Det er for personer uten oppholdstillatelse, asylsøkere og personer med beskyttelse som ikke lenger vil bli.
criterion-bg_avrr-status-unmet = Det er for personer uten oppholdstillatelse, asylsøkere og personer med beskyttelse. En rådgiver kan fortelle deg om andre muligheter.
criterion-bg_avrr-status-not-answered = Svarene dine sier ikke hva situasjonen din er. Det er for personer uten oppholdstillatelse, asylsøkere og personer med beskyttelse som ikke lenger vil bli.
criterion-bg_avrr-status-dont-know = Du svarte «Jeg vet ikke» om situasjonen din. Det er for personer uten oppholdstillatelse, asylsøkere og personer med beskyttelse som ikke lenger vil bli. En rådgiver kan hjelpe deg å finne ut av det.

programme-hr_avrr = AVRR.hr: assistert frivillig retur (IOM Kroatia)
programme-hr_avrr-runs = IOM, med medfinansiering fra EU gjennom Kroatias innenriksdepartement.
programme-hr_avrr-offers = En legeundersøkelse, reisen, litt penger, og rådgivning før og etter at du har reist tilbake.
programme-hr_avrr-how = Kontakt AVRR.hr gjennom nettstedet. Hvis asylsøknaden din har fått avslag, har du vanligvis 7 til 30 dager på deg til å reise frivillig: få råd tidlig.

criterion-hr_avrr-in_croatia-met = Du bor i Kroatia, der dette programmet finnes.
criterion-hr_avrr-in_croatia-unmet = Dette programmet er for personer som bor i Kroatia.
criterion-hr_avrr-in_croatia-not-answered = Svarene dine sier ikke hvilket land du bor i. Dette programmet er for personer som bor i Kroatia.
criterion-hr_avrr-third_country-met = Det er for personer fra land utenfor Den europeiske union.
criterion-hr_avrr-third_country-unmet = Det er for personer fra land utenfor Den europeiske union, ikke for EU-borgere.
criterion-hr_avrr-third_country-not-answered = Svarene dine sier ikke om du er EU-borger, eller hvilket land du ville reist tilbake til. Det er for personer fra land utenfor Den europeiske union.
criterion-hr_avrr-third_country-dont-know = Du svarte «Jeg vet ikke» på et spørsmål som dette avhenger av. Det er for personer fra land utenfor Den europeiske union.
criterion-hr_avrr-still_running-unknown = Prosjektsiden sier at prosjektet ble forlenget til 31. desember 2021. Vi har ikke funnet ut om det finnes i dag. IOM Kroatia kan svare på det.

programme-si_avrr = Assistert frivillig retur (IOM Slovenia)
programme-si_avrr-runs = IOM, sammen med det slovenske politiet, med penger fra EU.
programme-si_avrr-offers = Hjelp til å reise frivillig tilbake til landet ditt.
programme-si_avrr-how = Kontakt IOM Slovenia.

criterion-si_avrr-in_slovenia-met = Du bor i Slovenia, der dette programmet finnes.
criterion-si_avrr-in_slovenia-unmet = Dette programmet er for personer som bor i Slovenia.
criterion-si_avrr-in_slovenia-not-answered = Svarene dine sier ikke hvilket land du bor i. Dette programmet er for personer som bor i Slovenia.
criterion-si_avrr-who_can_apply-unknown = Vi fant ingen offentlig informasjon om hvem som kan søke. IOM Slovenia kan svare på det.

## Programmes: EU

programme-eurp = EUs reintegreringsprogram (EURP)
programme-eurp-runs = Frontex, EUs grensebyrå, med partnerorganisasjoner i returlandene. Det het tidligere Joint Reintegration Services (JRS).
programme-eurp-offers = Hjelp de første dagene etter at du har kommet fram (opptil 14 arbeidsdager, ifølge den tyske returportalen), for eksempel henting på flyplassen, transport videre, et sted å bo og ekstra medisinske behov. Deretter støtte i opptil 12 måneder, som varer og tjenester heller enn kontanter: for eksempel bolig, medisinsk hjelp, rådgivning om arbeid, utdanning eller å starte en bedrift.
programme-eurp-how = Du kan ikke søke selv: myndighetene i landet du reiser fra, registrerer deg, vanligvis gjennom returrådgiveren din, noen uker før du reiser. Spør returrådgiveren din.

criterion-eurp-non_eu_country-met = Det er for personer fra land utenfor Den europeiske union.
criterion-eurp-non_eu_country-unmet = Det er for personer fra land utenfor Den europeiske union, så det gjelder ikke EU-borgere eller retur til et EU-land.
criterion-eurp-non_eu_country-not-answered = Svarene dine sier ikke om du er EU-borger, eller hvilket land du ville reist tilbake til. Det er for personer fra land utenfor Den europeiske union.
criterion-eurp-non_eu_country-dont-know = Du svarte «Jeg vet ikke» på et spørsmål som dette avhenger av. Det er for personer fra land utenfor Den europeiske union.
criterion-eurp-country_covered-met = Landet ditt står på listen over land der programmet finnes, slik den er publisert for retur fra Tyskland. For noen land gjelder særlige regler, som en rådgiver kan forklare.
criterion-eurp-country_covered-unmet = Programmet finnes bare i noen land utenfor Den europeiske union (listen som er publisert for retur fra Tyskland, har 36, lest i desember 2026), og landet du valgte, er ikke blant dem. En rådgiver kan bekrefte dette.
criterion-eurp-country_covered-unknown = Programmet finnes i 37 til 39 land. Listen vi fant, er den som er publisert for retur fra Tyskland, og den er ikke fullstendig for andre land; fra Tyskland kan tyrkiske borgere som har bodd der i opptil seks måneder, ikke få det. Bare en rådgiver kan si det.
criterion-eurp-country_covered-not-answered = Svarene dine sier ikke hvilket land du ville reist tilbake til, eller hvor du bor. Programmet finnes i 37 til 39 land. Listen vi fant, er den som er publisert for retur fra Tyskland, og den er ikke fullstendig for andre land; fra Tyskland kan tyrkiske borgere som har bodd der i opptil seks måneder, ikke få det.
criterion-eurp-country_covered-dont-know = Du svarte «Jeg vet ikke» om landet du ville reist tilbake til. Programmet finnes i 37 til 39 land. Listen vi fant, er den som er publisert for retur fra Tyskland, og den er ikke fullstendig for andre land; fra Tyskland kan tyrkiske borgere som har bodd der i opptil seks måneder, ikke få det. En rådgiver kan fortelle deg mer.
criterion-eurp-status-met = Det er for personer som venter på svar på asylsøknaden, eller som ikke lenger har rett til å bli.
criterion-eurp-status-unmet = Det er for personer som venter på svar på asylsøknaden, eller som ikke lenger har rett til å bli. Hvis du har oppholdstillatelse, kan en rådgiver fortelle deg om andre muligheter.
criterion-eurp-status-unknown = Det er for personer som venter på svar på asylsøknaden, eller som ikke lenger har rett til å bli. I Tyskland kan det også komme etter en retur med REAG/GARP: en rådgiver kan fortelle deg mer.
criterion-eurp-status-not-answered = Svarene dine sier ikke hva situasjonen din er. Det er for personer som venter på svar på asylsøknaden, eller som ikke lenger har rett til å bli. I Tyskland kan det også komme etter en retur med REAG/GARP: en rådgiver kan fortelle deg mer.
criterion-eurp-status-dont-know = Du svarte «Jeg vet ikke» om situasjonen din. Det er for personer som venter på svar på asylsøknaden, eller som ikke lenger har rett til å bli. I Tyskland kan det også komme etter en retur med REAG/GARP: en rådgiver kan fortelle deg mer.
criterion-eurp-referral-met = I Tyskland registrerer Forbundskontoret for migrasjon og flyktninger (BAMF) personer til dette programmet, gjennom rådgivningskontorene for retur.
criterion-eurp-referral-unmet = Myndighetene i landet der du bor, må registrere deg.
criterion-eurp-referral-unknown = Myndighetene i landet der du bor, må registrere deg. Vi fant ingen offentlig kilde som sier hvilke land utenom Tyskland som gjør dette.
criterion-eurp-referral-not-answered = Svarene dine sier ikke hvilket land du bor i. Myndighetene i landet der du bor, må registrere deg. Vi fant ingen offentlig kilde som sier hvilke land utenom Tyskland som gjør dette.

## Programmes: countries of return

programme-al_migration_counters = Migrasjonskontorer for personer som vender tilbake (Albania)
programme-al_migration_counters-runs = Det nasjonale byrået for sysselsetting og kompetanse, ved de regionale arbeidskontorene, med støtte fra IOM.
programme-al_migration_counters-offers = Råd, informasjon og henvisning for personer som reiser tilbake til Albania, og hjelp til å finne arbeid.
programme-al_migration_counters-how = Spør ved migrasjonskontoret («Sportel Migracioni») på arbeidskontoret i regionen din etter at du har reist tilbake.

criterion-al_migration_counters-returning_to_albania-met = Det er for personer som reiser tilbake til Albania.
criterion-al_migration_counters-returning_to_albania-unmet = Det er for personer som reiser tilbake til Albania.
criterion-al_migration_counters-returning_to_albania-not-answered = Svarene dine sier ikke hvilket land du ville reist tilbake til. Det er for personer som reiser tilbake til Albania.
criterion-al_migration_counters-returning_to_albania-dont-know = Du svarte «Jeg vet ikke» om landet du ville reist tilbake til. Det er for personer som reiser tilbake til Albania.

programme-xk_reintegration = Program for reintegrering av personer som har kommet tilbake (Kosovo)
programme-xk_reintegration-runs = Kosovos innenriksdepartement, sammen med kommunene.
programme-xk_reintegration-offers = I 2017 ga programmet støtte og gratis medisiner i ett år, og hjelp med bolig. De som kom tilbake, kunne registrere seg på departementets kontor på flyplassen i Pristina.
programme-xk_reintegration-how = Spør på departementets kontor på flyplassen i Pristina når du kommer fram, eller spør returrådgiveren din før du reiser.

criterion-xk_reintegration-returning_to_kosovo-met = Det er for personer som reiser tilbake til Kosovo.
criterion-xk_reintegration-returning_to_kosovo-unmet = Det er for personer som reiser tilbake til Kosovo.
criterion-xk_reintegration-returning_to_kosovo-not-answered = Svarene dine sier ikke hvilket land du ville reist tilbake til. Det er for personer som reiser tilbake til Kosovo.
criterion-xk_reintegration-returning_to_kosovo-dont-know = Du svarte «Jeg vet ikke» om landet du ville reist tilbake til. Det er for personer som reiser tilbake til Kosovo.
criterion-xk_reintegration-current_rules-unknown = I 2017 var det for personer som hadde forlatt Kosovo før 28. juli 2010. Vi fant ikke reglene som gjelder nå. En rådgiver kan fortelle deg mer.

programme-awo_kosovo = AWOs rådgivningssenter i Prishtina
programme-awo_kosovo-runs = AWO Nürnberg, en tysk velferdsorganisasjon.
programme-awo_kosovo-offers = Rådgivning for personer som reiser frivillig tilbake fra Tyskland. Hjelp med skolebevis og fødselsattester fra Tyskland, medisiner, skolemateriell og reparasjoner av en bolig. Den hjelper også personer som ikke kan få støtte fra staten i Kosovo.
programme-awo_kosovo-how = Be rådgivningskontoret for retur i Tyskland om å kontakte AWO før du reiser.

criterion-awo_kosovo-returning_to_kosovo-met = Det er for personer som reiser tilbake til Kosovo.
criterion-awo_kosovo-returning_to_kosovo-unmet = Det er for personer som reiser tilbake til Kosovo.
criterion-awo_kosovo-returning_to_kosovo-not-answered = Svarene dine sier ikke hvilket land du ville reist tilbake til. Det er for personer som reiser tilbake til Kosovo.
criterion-awo_kosovo-returning_to_kosovo-dont-know = Du svarte «Jeg vet ikke» om landet du ville reist tilbake til. Det er for personer som reiser tilbake til Kosovo.
criterion-awo_kosovo-from_germany-met = Det er for personer som reiser tilbake fra Tyskland.
criterion-awo_kosovo-from_germany-unmet = Det er for personer som reiser tilbake fra Tyskland.
criterion-awo_kosovo-from_germany-not-answered = Svarene dine sier ikke hvilket land du bor i. Det er for personer som reiser tilbake fra Tyskland.

programme-md_reintegration = Nasjonalt program for retur og reintegrering (Moldova)
programme-md_reintegration-runs = Moldovas regjering (program for 2023–2027). Byrået for diasporarelasjoner samordner politikken for moldovere i utlandet.
programme-md_reintegration-offers = Hjelp til å finne arbeid, tilgang til helsetjenester, sosiale tjenester og utdanning, og hjelp til å starte en bedrift.
programme-md_reintegration-how = Spør returrådgiveren din, eller Byrået for diasporarelasjoner i Moldovas regjering.

criterion-md_reintegration-returning_to_moldova-met = Det er for moldovske borgere som reiser tilbake til Moldova.
criterion-md_reintegration-returning_to_moldova-unmet = Det er for moldovske borgere som reiser tilbake til Moldova.
criterion-md_reintegration-returning_to_moldova-not-answered = Svarene dine sier ikke hvilket land du ville reist tilbake til. Det er for moldovske borgere som reiser tilbake til Moldova.
criterion-md_reintegration-returning_to_moldova-dont-know = Du svarte «Jeg vet ikke» om landet du ville reist tilbake til. Det er for moldovske borgere som reiser tilbake til Moldova.

## Needs

need-return_safety = Sikkerhet i landet du ville reist tilbake til
need-return_safety-help = FNs høykommissær for flyktninger (UNHCR) ber land om ikke å sende mennesker tilbake til dette landet, eller til deler av det, fordi det ikke er trygt. Før du bestemmer noe, snakk med en uavhengig juridisk rådgiver om alle mulighetene dine, også om å bli: kontaktinformasjonen står nedenfor. Du kan ha rett til beskyttelse. Ingen kan tvinge deg til å melde deg på en frivillig retur.
need-safety = Sikkerhet og beskyttelse
need-safety-help = Hvis du er redd for å reise tilbake, snakk med en uavhengig advokat før du bestemmer deg: du kan ha rett til beskyttelse. Hvis noen kontrollerer deg, har tatt dokumentene dine eller tvinger deg til å arbeide, kan spesialiserte tjenester hjelpe deg, trygt og fortrolig. Hvis du er i fare nå, ring nødnummeret.
need-health = Helse og videre behandling
need-health-help = Fortell en rådgiver om behandlingen din før du reiser, slik at behandlingen og medisinene dine kan fortsette etter at du har kommet fram. Be legen din om en legeerklæring og om nok medisiner til reisen. Hvis medisinene dine holder på å ta slutt, gå til en lege nå.
need-mental_health = Hvordan du har det: psykisk helse og støtte
need-mental_health-help = Det er vanlig å føle stress, bekymring, skam eller tristhet når man tenker på å reise tilbake. Du trenger ikke å stå alene i det. Spør en rådgiver eller en lege om å få snakke med noen, før du reiser og etter at du har kommet fram. Hvis du tenker på å skade deg selv, ring nødnummeret nå.
need-travel_documents = Reisedokumenter
need-travel_documents-help = Ambassaden eller konsulatet ditt kan gi deg et pass eller et reisedokument. En returrådgiver kan hjelpe deg med stegene, og noen programmer betaler for det.
need-children = Barn og skole
need-children-help = Før du reiser, be skolen om barnas vitnemål og attester, og ta med fødselsattestene deres: skolene kan spørre etter dem for å skrive inn barna dine etter at dere har reist tilbake. Hvis et barn er født her, sørg for at fødselen er registrert hos ambassaden eller konsulatet ditt. Hvis barna dine ikke snakker språket i landet ditt godt, spør om språkstøtte på skolen.
need-debts = Gjeld
need-debts-help = Fortell en rådgiver om gjelden din før du reiser. Gjeld kan gjøre en ny start vanskeligere, og noen blir presset av dem de skylder penger. Hvis noen truer deg på grunn av gjeld, er dette også et spørsmål om sikkerhet: snakk med en rådgiver eller en advokat.
need-housing = Et sted å bo etter at du har reist tilbake
need-housing-help = Spør en rådgiver før du reiser om hjelp til et sted å bo når du kommer fram, og om hjelp til å leie eller reparere en bolig. Noen programmer hjelper med dette.
need-income = Arbeid og inntekt
need-income-help = Spør en rådgiver om hjelp til å finne arbeid, lære et yrke eller starte en liten bedrift etter at du har reist tilbake. Ta med vitnemål og attester fra arbeid og opplæring.
need-country_information = Informasjon om landet ditt
need-country_information-help = Vi har ingen informasjon om programmer bare for dette landet. De generelle programmene og kontaktene på denne siden gjelder likevel. En rådgiver kan finne mer informasjon om landet ditt før du bestemmer deg.

## Contacts
contact-fedasil_return-about = Gratis, fortrolig informasjon om frivillig retur, og om hvordan du søker.
contact-caritas_international_be-about = En partner for Fedasil for støtte til reintegrering. Alle som tenker på å reise tilbake, kan kontakte reintegreringsteamet.
contact-brussels_bar_helpline-about = Første juridiske hjelp på telefon, uansett inntekt.
contact-brussels_legal_aid_office-about = I juli og august: mandag, onsdag og fredag, 09:00–11:00.
contact-payoke-about = Hjelp og trygt bosted for ofre for menneskehandel, fortrolig. Åpent døgnet rundt.
contact-emergency_be-about = Politi, ambulanse og brannvesen, i en nødsituasjon.
contact-returning_from_germany-about = Informasjonsportalen om frivillig retur fra Tyskland. Finn et gratis, fortrolig rådgivningskontor for retur nær deg, eller snakk med en rådgiver fra IOM i returlandet ditt via WhatsApp, Viber, Facebook eller Skype.
contact-pro_asyl-about = Råd om juridiske og sosiale spørsmål, og hjelp til å finne et lokalt rådgivningskontor eller en advokat.
contact-fluechtlingsrat_bayern-about = Råd og informasjon for flyktninger i Bayern.
contact-kok-about = Kan sette deg i kontakt med et spesialisert rådgivningskontor for ofre for menneskehandel i delstaten din.
contact-emergency_de-about = Politi, ambulanse og brannvesen, i en nødsituasjon.
contact-drc_asylum-about = Gratis, uavhengig rådgivning om asyl, mulighetene dine etter et avslag, og retur. Det du sier, blir ikke sendt videre til myndighetene.
contact-drc_repatriation-about = Gratis rådgivning om støtte til repatriering. Du kan sende en forespørsel på e-post.
contact-dk_return_agency-about = Myndigheten som avgjør returstøtte for personer som har fått avslag på asylsøknaden eller har trukket den tilbake.
contact-cmm_dk-about = En hjelpetelefon for ofre for menneskehandel og for personer som er bekymret for det.
contact-emergency_dk-about = Politi, ambulanse og brannvesen, i en nødsituasjon.
contact-iom_bulgaria-about = Informasjon om assistert frivillig retur fra Bulgaria, og om hvordan du søker.
contact-bg_legal_aid_hotline-about = Drives av Nasjonalt byrå for rettshjelp, et uavhengig statlig organ som staten betaler for (ikke en ikke-statlig organisasjon): advokater gir gratis juridiske råd på telefon om sivile, forvaltningsrettslige og strafferettslige spørsmål, på hverdager. Du betaler bare for samtalen.
contact-far_legal_aid-about = En ikke-statlig stiftelse der advokatene gir gratis juridisk hjelp til mennesker som søker beskyttelse, flyktninger og migranter. Du kan be om hjelp med et skjema på nettstedet RefugeeLight.
contact-bg_antitrafficking_commission-about = Det nasjonale organet som organiserer hjelp til ofre for menneskehandel i Bulgaria.
contact-bg_trafficking_hotline-about = En gratis nasjonal hjelpetelefon om menneskehandel.
contact-bg_childrens_helpline-about = En gratis hjelpetelefon for barn og for personer som er bekymret for et barn.
contact-emergency_bg-about = Politi, ambulanse og brannvesen, i en nødsituasjon.
contact-avrr_hr-about = Informasjon om assistert frivillig retur fra Kroatia, og om hvordan du søker.
contact-croatian_law_centre-about = Juridisk informasjon og rådgivning for asylsøkere og personer med beskyttelse, og gratis rettshjelp.
contact-zagreb_legal_clinic-about = Gratis juridisk rådgivning fra jussklinikken ved det juridiske fakultetet.
contact-petra_sos-about = En gratis SOS-linje for ofre for menneskehandel.
contact-emergency_hr-about = Politi, ambulanse og brannvesen, i en nødsituasjon.
contact-iom_slovenia-about = Informasjon om assistert frivillig retur fra Slovenia.
contact-pic-about = Gratis juridisk hjelp om asyl og migrasjon, også om returprosesser. Også på WhatsApp og Viber.
contact-kljuc-about = Hjelp og rådgivning for ofre for menneskehandel.
contact-emergency_si-about = Politi, ambulanse og brannvesen, i en nødsituasjon.
contact-albania_trafficking_helpline-about = En nasjonal hjelpetelefon for ofre for menneskehandel i Albania.
contact-mary_ward_loreto-about = En organisasjon i Albania som hjelper ofre for menneskehandel.
contact-awo_prishtina-about = Rådgivning i Prishtina for personer som reiser tilbake fra Tyskland: dokumenter fra Tyskland, medisiner, skolemateriell og reparasjoner av en bolig.
contact-mother_teresa_society-about = En organisasjon i Kosovo som har hjulpet personer som har vendt tilbake, og familier i nød, med å bygge opp livet igjen og få en inntekt.
contact-kosovo_antitrafficking-about = Det nasjonale kontoret som samordner hjelpen til ofre for menneskehandel i Kosovo.
contact-la_strada_md-about = En hjelpetelefon om menneskehandel og trygg migrasjon. Innenfor Moldova er nummeret 0 800 77777 gratis.

## Contacts: names and the regions they serve (the organisation's own name stays as it writes it)

contact-fedasil_return-name = Fedasil – frivillig retur
contact-caritas_international_be-name = Caritas International Belgium – reintegreringsteam
contact-brussels_bar_helpline-name = Advokatforeningen i Brussel – første juridiske hjelp (telefon)
contact-brussels_legal_aid_office-name = Rettshjelpskontoret til advokatforeningen i Brussel (BJB/BAJ)
contact-payoke-name = Payoke – spesialisert senter for ofre for menneskehandel (Antwerpen)
contact-pag_asa-name = PAG-ASA – spesialisert senter for ofre for menneskehandel (Brussel)
contact-emergency_be-name = Nødnummer
contact-returning_from_germany-name = ReturningfromGermany – returrådgivning og IOM Virtual Counselling
contact-pro_asyl-name = PRO ASYL – råd i enkeltsaker
contact-fluechtlingsrat_bayern-name = Bayerischer Flüchtlingsrat (Bayerns flyktningråd)
contact-kok-name = KOK – tysk nettverk av organisasjoner mot menneskehandel
contact-emergency_de-name = Nødnummer
contact-drc_asylum-name = Dansk Flygtningehjælp (DRC) – asylavdelingen
contact-drc_repatriation-name = Dansk Flygtningehjælp (DRC) – rådgivning om repatriering
contact-dk_return_agency-name = Den danske returmyndigheten (Hjemrejsestyrelsen)
contact-cmm_dk-name = Dansk senter mot menneskehandel (CMM) – hjelpetelefon
contact-emergency_dk-name = Nødnummer
contact-iom_bulgaria-name = IOM Bulgaria – assistert frivillig retur
contact-bg_legal_aid_hotline-name = Nasjonalt byrå for rettshjelp – nasjonal rettshjelpslinje (Bulgaria)
contact-far_legal_aid-name = Stiftelsen for tilgang til rettigheter (FAR) – rettshjelp
contact-bg_antitrafficking_commission-name = Den nasjonale kommisjonen for bekjempelse av menneskehandel (Bulgaria)
contact-bg_trafficking_hotline-name = Nasjonal hjelpetelefon mot menneskehandel (A21, Bulgaria)
contact-bg_childrens_helpline-name = Nasjonal hjelpetelefon for barn (Bulgaria)
contact-emergency_bg-name = Nødnummer
contact-avrr_hr-name = AVRR.hr – IOMs assisterte frivillige retur fra Kroatia
contact-croatian_law_centre-name = Kroatisk juridisk senter (Hrvatski pravni centar)
contact-zagreb_legal_clinic-name = Jussklinikken ved Det juridiske fakultet, Universitetet i Zagreb
contact-petra_sos-name = PETRA-nettverket – SOS-linje (Kroatia)
contact-emergency_hr-name = Nødnummer
contact-iom_slovenia-name = IOM Slovenia
contact-pic-name = PIC – Juridisk senter for vern av menneskerettigheter og miljø
contact-kljuc-name = Društvo Ključ – senter for kampen mot menneskehandel
contact-emergency_si-name = Nødnummer
contact-albania_trafficking_helpline-name = Nasjonal hjelpetelefon mot menneskehandel (Albania)
contact-mary_ward_loreto-name = Mary Ward Loreto Foundation (Albania)
contact-awo_prishtina-name = AWO Nürnberg – rådgivningssenter i Prishtina
contact-mother_teresa_society-name = Mor Teresa-foreningen (Shoqata Nëna Tereze)
contact-kosovo_antitrafficking-name = Kontoret til den nasjonale koordinatoren mot menneskehandel (Kosovo)
contact-la_strada_md-name = La Strada Moldova – hjelpetelefon
contact-brussels_legal_aid_office-regions = Brussel
contact-fluechtlingsrat_bayern-regions = Bayern
contact-zagreb_legal_clinic-regions = Zagreb
contact-awo_prishtina-regions = Prishtina
contact-mother_teresa_society-regions = Prishtina
