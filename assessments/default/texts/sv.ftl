# Avenir – Swedish texts. Status: drafted, needs review by a native speaker.
# Keys follow fixed patterns (see docs/authoring.md); `avenir lint` lists missing and unused ones.

## Interface

ui-title = Funderar du på att återvända hem? Se vilken hjälp som finns
ui-listen = Lyssna
ui-no-voice = Den här telefonen har ingen röst för { $language } som fungerar utan internet. Därför kan texten inte läsas upp.
ui-exit-page = Lämna sidan
ui-exit-hint = Eller tryck på Shift 3 gånger. Dina svar raderas.
ui-exit-press-two = Shift: tryck 2 gånger till för att lämna sidan.
ui-exit-press-one = Shift: tryck 1 gång till för att lämna sidan.
ui-language = Språk
ui-draft-translation = Den här översättningen är ett utkast: ingen med svenska som modersmål har granskat den ännu.
ui-language-failed = Det här språket kunde inte laddas. Texten visas på engelska.
ui-loading = Laddar…
ui-host-failed = Den här självbedömningen kunde inte starta i den här webbläsaren. Försök med en annan webbläsare, eller fråga en rådgivare.
ui-host-noscript = Den här självbedömningen behöver JavaScript. Inget du skriver lämnar din enhet.
ui-host-embed-failed = Självbedömningen kan inte starta på den här sidan.
ui-host-embed-open = Öppna självbedömningen på en egen sida
ui-continue = Fortsätt
ui-back = Föregående
ui-progress = Fråga { $n } av { $total }
ui-progress-follow-up = Följdfråga till fråga { $n } av { $total }
ui-choose-country = Välj ett land
ui-choose-an-answer = Välj ett svar, eller ”Jag vill inte svara”.
ui-enter-a-number = Skriv ett heltal från { $min } till { $max }.
ui-error-summary = Det finns ett problem
ui-why-we-ask = Varför vi frågar
ui-privacy-note = Dina svar stannar på den här telefonen. Inget skickas, och inget sparas om du inte själv väljer det.
ui-start-title = Funderar du på att återvända till ditt land?
ui-start-what = Svara på några frågor. Det tar några minuter. Du får se vilka program för återvändande du kanske kan använda, vad du kanske vill ha hjälp med och vem du kan kontakta, också för oberoende juridisk rådgivning om alla dina möjligheter.
ui-start-private = Dina svar stannar på den här telefonen. Inget skickas, och inget sparas om du inte själv väljer det. Du behöver inget konto, och ingen följer vad du gör.
ui-start-check = Alla kan kontrollera detta: när sidan har laddats fungerar den även när internet är avstängt.
ui-start-indicative = Resultatet är bara vägledande. Det hjälper dig att förbereda ett samtal med en rådgivare och bestämmer ingenting. Det är alltid du själv som bestämmer om du vill återvända.
ui-start = Börja
ui-results-title = Dina vägledande resultat
ui-review-title = Kontrollera dina svar
ui-see-results = Se dina resultat
ui-indicative = Resultatet är bara vägledande. Det hjälper dig att förbereda ett samtal med en rådgivare, men det ersätter inte samtalet. Det är alltid du som bestämmer.
ui-indicative-short = Bara vägledande. Du bestämmer.
ui-checked-on = Reglerna kontrollerades senast { $date }.
ui-content-version = Innehållsversion { $version }
ui-programmes = Program som du kanske kan använda
ui-no-programmes = Inget program passar dina svar. En rådgivare kan berätta om andra möjligheter.
ui-programmes-for-return = Program bara för personer som återvänder till vissa länder: { $count }. Berätta vilket land du skulle återvända till, så ser du om något av dem passar dig.
ui-likely = Troligt
ui-possibly = Kanske
ui-not-likely = Inte troligt
ui-runs = Vem som driver det
ui-offers = Vad det ger
ui-how = Hur du når det
ui-why-result = Varför
ui-reason-met = Stämmer:
ui-reason-unmet = Stämmer inte:
ui-reason-unknown = Inte känt ännu:
ui-settle = Det här svaret skulle avgöra det:
ui-ask-counsellor = En rådgivare kan svara på det.
ui-change-answer = Ändra ditt svar
ui-source = Källa
ui-sources-checked = Källor, kontrollerade { $date }:
ui-page-published = sida från { $date }
ui-page-updated = sidan uppdaterad { $date }
ui-page-undated = sidan har inget datum
ui-page-checked = kontrollerad { $date }
ui-likely-no-right = Uppfyller troligen de publicerade villkoren; det finns ingen rätt till det
ui-no-right = Det finns ingen rätt till det: myndigheten avgör varje fall för sig.
ui-contact-phone-national = Inom landet:
ui-needs = Vad du kanske vill ha hjälp med
ui-no-needs = Dina svar visade inget behov av hjälp. Du kan ändå fråga en rådgivare om vad som helst.
ui-urgency-immediate = Brådskande
ui-urgency-before-departure = Innan du reser
ui-urgency-after-arrival = När du har kommit fram
ui-contacts = Vem du kan kontakta
ui-next-step = Ditt nästa steg
ui-next-urgent = Ring dem först: de hjälper med ”{ $need }”, som är brådskande enligt dina svar.
ui-next-programme = De kan berätta om ”{ $programme }”, som dina svar tyder på att du kanske kan använda.
ui-next-legal = Gratis, oberoende juridisk rådgivning om alla dina möjligheter, innan du bestämmer något.
ui-not-likely-group = Program som troligen inte passar dig, och varför
ui-sources = Källor och när de kontrollerades
ui-contact-more = Öppettider, språk och mer
ui-need-advice = Det här kan du göra
ui-need-advice-more = Det här kan du göra, och fler kontakter
ui-number-above = numret står ovan, under ”Ditt nästa steg”
ui-contact-legal = Oberoende juridisk rådgivning
ui-contact-emergency = Nödnummer och stödlinjer
ui-from-site = Tillagd av organisationen som äger webbplatsen du är på.
ui-contact-helps-with = Kan hjälpa med:
ui-contact-phone = Telefon
ui-contact-email = E-post
ui-contact-website = Webbplats
ui-contact-address = Adress
ui-contact-hours = Öppettider
ui-contact-hours-always = Öppet dygnet runt, alla dagar
ui-contact-languages = Språk
ui-contact-serves = Område
ui-change-answers = Ändra dina svar
ui-start-again = Börja om
ui-content-error = Frågorna kunde inte laddas. Försök igen senare, eller fråga en rådgivare.
ui-save = Spara mina svar på den här telefonen
ui-save-hint = Bara om ingen annan använder telefonen. Dina svar sparas på den här telefonen och skickas aldrig.
ui-saved = Dina svar är sparade på den här telefonen, och ingen annanstans.
ui-save-failed = Den här webbläsaren tillåter inte att något sparas. Dina svar finns kvar bara tills du stänger sidan.
ui-delete-everything = Radera allt
ui-delete-hint = Raderar dina svar och allt annat som frågorna har sparat på den här telefonen.
ui-deleted = Allt har raderats från den här telefonen.
ui-resume-found = Dina svar från förra gången är sparade på den här telefonen.
ui-resume = Fortsätt där du slutade
ui-show-code = Visa mina svar för en rådgivare
ui-code-warning = Den som ser den här koden eller QR-bilden kan läsa dina svar med det här verktyget. Visa den bara för en rådgivare som du litar på.
ui-code-choice = Du kan låta bli att ta med dina svar på personliga frågor. Rådgivaren ser då ”Inte delat” för dem.
ui-code-which = Vilka svar som inte tas med
ui-code-all = Visa en kod med alla mina svar
ui-code-without = Visa en kod utan mina personliga svar
ui-code-note = Visa koden för en rådgivare. Den innehåller dina svar. Den skickas inte någonstans.
ui-code-note-without = Visa koden för en rådgivare. Den innehåller dina svar, utom svaren på personliga frågor. Den skickas inte någonstans.
ui-for-counsellors = För rådgivare
ui-counsellor-title = Rådgivarvy
ui-code-label = Kod från personens telefon
ui-code-read = Läs koden
ui-code-check = Kontrollera koden: ett tecken är fel eller saknas.
ui-code-other-version = Koden gjordes med andra frågor. Svaren nedan är en gissning: kontrollera varje svar med personen.
ui-code-unsupported = Koden gjordes med en annan version av Avenir och kan inte läsas här.
ui-code-not-a-code = Det här är inte en kod från de här frågorna. Kontrollera vad du skrev.
ui-code-cleared = Svaren från den förra koden har tagits bort.
ui-answers = Svar
ui-not-asked = Inte ställd, på grund av ett tidigare svar.
ui-from-answer = Från svaret på:
ui-not-answered = Inte besvarad
ui-not-shared = Inte delat
ui-notes = Anteckningar
ui-desk-page-title = Avenir – rådgivarvy: första mötet
ui-desk-new-person = Ny person
ui-desk-start = Läs koden från personens telefon, eller fyll i svaren tillsammans med personen. Programmen och de öppna punkterna visas vid det första svaret.
ui-desk-open = Öppna punkter
ui-desk-open-none = Inget är öppet: alla frågor som spelar roll har ett svar.
ui-desk-settles = Skulle avgöra: { $programmes }
ui-desk-to-check = Att kontrollera med personen (ingen fråga avgör det)
ui-desk-programme = Program
ui-desk-result = Resultat
ui-desk-change = Ändra
ui-desk-notes-hint = Finns bara på den här skärmen: sparas aldrig, läggs aldrig i en kod och skickas aldrig. Skrivs ut med sammanfattningen.
ui-desk-vulnerabilities = Observerad sårbarhet
ui-desk-family = Familjens sammansättning och barnens åldrar
ui-desk-consent = Vad personen har samtyckt till
ui-desk-handback = Ge personen en ny kod med de här svaren
ui-desk-summaries = Sammanfattningar att skriva ut
ui-desk-print = Vad som ska skrivas ut
ui-desk-print-record = Mötesanteckning: svar, resultat och anteckningar
ui-desk-print-referral = Sammanfattning för remiss till en återintegreringspartner
ui-desk-print-takehome = Sammanfattning för personen att ta med sig, på två språk
ui-desk-print-button = Skriv ut
ui-desk-chosen = Valt program
ui-desk-none-chosen = Inte valt ännu
ui-desk-person-language = Personens språk
ui-desk-organisation = Organisation
ui-desk-date = Datum för mötet
ui-desk-referral-title = Sammanfattning för remiss
ui-desk-return-country = Land för återvändandet
ui-desk-partner = Återintegreringspartner i landet för återvändandet
ui-desk-no-partner = Verktyget känner inte till någon för det här landet: fråga programmet.
ui-desk-support = Typ av stöd
ui-desk-needs = Behov som har identifierats
ui-desk-referral-consent = Jag samtycker till att den här sammanfattningen lämnas till programmet och till återintegreringspartnern som nämns ovan, bara för min remiss.
ui-desk-signature-person = Personens underskrift och datum
ui-desk-signature-counsellor = Rådgivarens underskrift
ui-desk-takehome-title = Sammanfattning av vårt möte
ui-qr-label = QR-kod med dina svar
ui-qr-note = En rådgivare kan skanna den här fyrkanten med en kamera, eller skriva in bokstäverna och siffrorna nedan.
ui-scan = Skanna QR-koden med kameran
ui-scan-stop = Stäng av kameran
ui-scan-hint = Rikta kameran mot den fyrkantiga koden på personens telefon. Inget spelas in eller skickas.
ui-scan-photo = Eller läs koden från ett foto
ui-scan-failed = Kameran kunde inte användas. Skriv in koden, eller välj ett foto av den.
ui-scan-none = Ingen kod hittades på bilden. Försök igen, eller skriv in koden.

## Groups of questions (headings in the counsellor's view)
group-situation = Var du är och vart du skulle resa
group-documents = Dokument och familj
group-health = Hälsa och välmående
group-support = Stöd efter återvändandet, och pengar
group-safety = Säkerhet

## Shared options

option-yes = Ja
option-no = Nej
option-dont-know = Jag vet inte
option-prefer-not-to-say = Jag vill inte svara

## Questions

question-stay_country = I vilket land bor du nu?
option-stay_country-other = Ett annat land

question-return_country = Vilket land funderar du på att återvända till?
option-return_country-other = Ett annat land utanför Europeiska unionen
option-return_country-eu = Ett land i Europeiska unionen

question-residence = Vilken är din situation i landet där du bor nu?
question-residence-why = Programmen är öppna för personer i vissa situationer, men inte i andra. Ditt svar avgör bara vilka program som visas, och det stannar på den här telefonen.
option-residence-asylum_pending = Jag har sökt asyl och väntar på beslut
option-residence-asylum_refused = Min asylansökan fick avslag, eller jag tog tillbaka den
option-residence-no_permit = Jag har aldrig sökt asyl och har inget uppehållstillstånd
option-residence-protection = Jag har flyktingstatus, eller ett annat tillstånd för skydd eller av humanitära skäl
option-residence-protection_ended = Min skyddsstatus eller mitt uppehållstillstånd har återkallats eller inte förlängts
option-residence-permit = Jag har ett annat uppehållstillstånd, till exempel för arbete, studier eller familj
option-residence-eu_citizen = Jag är medborgare i ett land i Europeiska unionen

question-own_means = Skulle du kunna betala resan hem med dina egna pengar?
question-own_means-why = Vissa program är bara för personer som inte själva kan betala resan. Ditt svar stannar på den här telefonen.
question-under_18 = Är du under 18 år?
question-under_18-why = Unga under 18 år kan få egen hjälp, till exempel stödlinjer för barn. Ditt svar stannar på den här telefonen.

question-travel_document = Har du ett giltigt pass eller en annan resehandling?

question-children = Hur många barn under 18 år skulle återvända med dig?
question-children-hint = Skriv 0 om inga barn skulle återvända med dig.

question-health = Har du en sjukdom eller ett hälsoproblem som behöver behandling eller medicin regelbundet?
question-health-why = Så att vi kan visa dig hjälp att fortsätta din behandling efter att du har återvänt. Ditt svar stannar på den här telefonen.

question-medicine = Har du tillräckligt med medicin för resan och för de första veckorna efter att du har kommit fram?

question-wellbeing = Vill du prata med någon om hur du mår? Till exempel stress, oro, nedstämdhet eller svårt att sova.
question-wellbeing-why = Många känner så när de funderar på att återvända. Det kan hjälpa att prata med någon, här och efter att du har återvänt. Ditt svar stannar på den här telefonen.

question-help_after_return = Vill du ha hjälp med något av detta efter att du har återvänt?
question-help_after_return-hint = Du kan välja mer än ett.
option-help_after_return-housing = En plats att bo på
option-help_after_return-work = Arbete, inkomst eller utbildning
option-help_after_return-none = Nej, inte nu

question-debts = Har du skulder som oroar dig, här eller i ditt land?
question-debts-why = Många som återvänder har skulder. Skulder kan göra en ny start svårare, och det finns rådgivning om det. Ditt svar stannar på den här telefonen.

question-fear_of_return = Är du rädd för vad som kan hända dig om du återvänder?
question-fear_of_return-why = Om du är rädd för att återvända kan du ha rätt till skydd, och en jurist kan berätta om alla dina möjligheter. Ditt svar stannar på den här telefonen.

question-exploitation = Har någon tagit dina dokument, eller tvingat dig att arbeta eller göra saker som du inte ville göra?
question-exploitation-why = Det kan vara tecken på utnyttjande eller människohandel. Om det händer dig finns det hjälp, och den ges i förtroende. Ditt svar stannar på den här telefonen.

## Programmes: Belgium

programme-fedasil_avr = Program för frivilligt återvändande (Fedasil)
programme-fedasil_avr-runs = Fedasil, den belgiska federala myndigheten för mottagande av asylsökande. IOM ordnar resan.
programme-fedasil_avr-offers = Din resa ordnas och betalas: biljetten, och transport till flygplatsen eller stationen. Du får din resehandling på ditt lands konsulat, och kostnaden betalas tillbaka när du reser. Ditt lands myndigheter får inte veta något innan du kommer fram. En återetableringspremie kan betalas kontant när du reser. Beloppen som publicerades i januari 2022 var 350 euro per vuxen och 175 euro per barn för ett land vars medborgare behöver visum, och 50 euro per vuxen och 25 euro per barn för ett land utan visumkrav, för Kosovo, eller för en EU-medborgare som återvänder hem. De kan ha ändrats sedan dess: en rådgivare kan säga vilka belopp som gäller i dag. Ministern har också tagit bort premien för personer som återvänder till Moldavien (meddelat i januari 2026).
programme-fedasil_avr-how = Prata med ett återvändandekontor hos Fedasil (i Bryssel, Gent, Antwerpen, Charleroi eller Liège) eller hos en partnerorganisation, eller med din socialarbetare, eller ring Fedasils gratisnummer. Att återvända är ditt eget beslut: du kan ändra dig, även efter att du har ansökt.

criterion-fedasil_avr-in_belgium-met = Du bor i Belgien, där programmet finns.
criterion-fedasil_avr-in_belgium-unmet = Programmet är för personer som bor i Belgien.
criterion-fedasil_avr-in_belgium-not-answered = Dina svar säger inte i vilket land du bor. Programmet är för personer som bor i Belgien.
criterion-fedasil_avr-no_residence_permit-met = Det är för personer utan uppehållstillstånd i Belgien: personer som väntar på beslut om asyl, personer som har fått avslag, personer som aldrig har sökt, personer vars tillstånd har gått ut, och medborgare i EU-länder som gick med från 2004.
criterion-fedasil_avr-no_residence_permit-unmet = Det är för personer utan uppehållstillstånd i Belgien, och för medborgare i EU-länder som gick med från 2004, inte i de 15 äldre. Om du har uppehållstillstånd kan en rådgivare berätta om andra möjligheter.
criterion-fedasil_avr-no_residence_permit-unknown = Det är för personer utan uppehållstillstånd i Belgien, och för medborgare i EU-länder som gick med från 2004, inte i de 15 äldre.
criterion-fedasil_avr-no_residence_permit-not-answered = Dina svar säger inte vilken din situation är. Det är för personer utan uppehållstillstånd i Belgien, och för medborgare i EU-länder som gick med från 2004, inte i de 15 äldre.
criterion-fedasil_avr-no_residence_permit-dont-know = Du svarade ”Jag vet inte” på en fråga som det här beror på. Det är för personer utan uppehållstillstånd i Belgien, och för medborgare i EU-länder som gick med från 2004, inte i de 15 äldre. En rådgivare kan hjälpa dig att ta reda på det.

programme-fedasil_reintegration = Stöd till återintegrering efter ett återvändande med Fedasil
programme-fedasil_reintegration-runs = Fedasil, med sina partner IOM och Caritas International i landet man återvänder till.
programme-fedasil_reintegration-offers = Materiell hjälp, aldrig kontanter, i upp till 12 månader efter att du har återvänt: till exempel för att starta ett litet företag, hyra eller reparera en bostad, söka arbete eller betala vårdkostnader. En partnerorganisation följer dig under det året.
programme-fedasil_reintegration-how = Fråga din rådgivare för återvändande. Rådgivaren ser på ditt land, din situation och dina behov, och Fedasil bestämmer: alla som återvänder får inte det här stödet.

criterion-fedasil_reintegration-in_belgium-met = Du bor i Belgien, där det här stödet ges.
criterion-fedasil_reintegration-in_belgium-unmet = Stödet är för personer som återvänder från Belgien.
criterion-fedasil_reintegration-in_belgium-not-answered = Dina svar säger inte i vilket land du bor. Stödet är för personer som återvänder från Belgien.
criterion-fedasil_reintegration-returns_with_fedasil-met = Det är för personer som återvänder med Fedasils program för frivilligt återvändande, som är öppet för personer utan uppehållstillstånd.
criterion-fedasil_reintegration-returns_with_fedasil-unmet = Det är för personer som återvänder med Fedasils program för frivilligt återvändande, som är för personer utan uppehållstillstånd.
criterion-fedasil_reintegration-returns_with_fedasil-not-answered = Dina svar säger inte vilken din situation är. Det är för personer som återvänder med Fedasils program för frivilligt återvändande, som är för personer utan uppehållstillstånd.
criterion-fedasil_reintegration-returns_with_fedasil-dont-know = Du svarade ”Jag vet inte” om din situation. Det är för personer som återvänder med Fedasils program för frivilligt återvändande, som är för personer utan uppehållstillstånd. En rådgivare kan hjälpa dig att ta reda på det.
criterion-fedasil_reintegration-visa_required_country-met = Grundstödet är för personer från länder vars medborgare behöver visum för att resa till Belgien, som ditt (Fedasils regler från januari 2022).
criterion-fedasil_reintegration-visa_required_country-unmet = Grundstödet är för länder vars medborgare behöver visum för att resa till Belgien, inte för EU-medborgare (Fedasils regler från januari 2022). För ett land utan visumkrav kan Fedasil göra ett undantag för en person i en sårbar situation, till exempel på grund av allvarlig sjukdom, barn eller tecken på utnyttjande. Dina svar visade inget sådant skäl; en rådgivare kan berätta mer.
criterion-fedasil_reintegration-visa_required_country-unknown = Grundstödet är för länder vars medborgare behöver visum för att resa till Belgien (Fedasils regler från januari 2022). För andra länder kan Fedasil ge stöd som ett undantag, vid en sårbar situation som allvarlig sjukdom, barn, tecken på utnyttjande eller hur du mår. Bara Fedasil bestämmer: en rådgivare kan berätta mer.
criterion-fedasil_reintegration-visa_required_country-not-answered = Dina svar säger inte tillräckligt om landet du skulle återvända till, eller om din situation. Grundstödet är för länder vars medborgare behöver visum för att resa till Belgien (Fedasils regler från januari 2022). För andra länder kan Fedasil ge stöd som ett undantag, vid en sårbar situation som allvarlig sjukdom, barn, tecken på utnyttjande eller hur du mår. Bara Fedasil bestämmer: en rådgivare kan berätta mer.
criterion-fedasil_reintegration-visa_required_country-dont-know = Du svarade ”Jag vet inte” på en fråga som det här beror på. Grundstödet är för länder vars medborgare behöver visum för att resa till Belgien (Fedasils regler från januari 2022). För andra länder kan Fedasil ge stöd som ett undantag, vid en sårbar situation som allvarlig sjukdom, barn, tecken på utnyttjande eller hur du mår. Bara Fedasil bestämmer: en rådgivare kan berätta mer.
criterion-fedasil_reintegration-not_ended-met = Fedasil har inte avslutat det här stödet för ditt land.
criterion-fedasil_reintegration-not_ended-unmet = Ministern avslutade stödet till återintegrering för personer som återvänder till Brasilien (från 1 december 2025) och till Moldavien (Fedasil, februari 2026). En rådgivare kan bekräfta det.
criterion-fedasil_reintegration-not_ended-not-answered = Dina svar säger inte vilket land du skulle återvända till. Ministern avslutade stödet till återintegrering för personer som återvänder till Brasilien och till Moldavien (Fedasil, februari 2026).
criterion-fedasil_reintegration-not_ended-dont-know = Du svarade ”Jag vet inte” om landet du skulle återvända till. Ministern avslutade stödet till återintegrering för personer som återvänder till Brasilien och till Moldavien (Fedasil, februari 2026).

## Programmes: Germany

programme-reag_garp = Programmet för återvändande REAG/GARP
programme-reag_garp-runs = Tysklands förbundsregering och förbundsländerna, med pengar från EU. IOM ordnar resan.
programme-reag_garp-offers = Din resa ordnas och betalas, med transport till flygplatsen eller stationen. Beroende på din nationalitet kan du också få (belopp enligt programmets sidor, lästa i december 2026): resepengar på upp till 200 euro per person (100 euro under 18 år), mindre för vissa länder utan visumkrav som Albanien och Moldavien; medicinsk hjälp under resan, och upp till 2 000 euro för vårdkostnader under de första 3 månaderna efter att du har kommit fram; och ett engångsbidrag för att starta på nytt på upp till 1 000 euro per person (500 euro under 18 år), högst 4 000 euro per familj. Om du får detta, och hur mycket, bestäms i varje enskilt fall. Handläggningen tar oftast upp till 8 veckor, längre för vissa länder.
programme-reag_garp-how = Du kan bara ansöka genom ett rådgivningskontor för återvändande: rådgivningen är gratis och konfidentiell. För att resa behöver du en giltig resehandling och ett intyg för gränspassage från utlänningsmyndigheten (Ausländerbehörde). Om din asylansökan fortfarande är öppen, prata med en oberoende juridisk rådgivare innan du bestämmer något.

criterion-reag_garp-in_germany-met = Du bor i Tyskland, där programmet finns.
criterion-reag_garp-in_germany-unmet = Programmet är för personer som bor i Tyskland.
criterion-reag_garp-in_germany-not-answered = Dina svar säger inte i vilket land du bor. Programmet är för personer som bor i Tyskland.
criterion-reag_garp-cannot_pay-met = Det är för personer som inte själva kan betala resan.
criterion-reag_garp-cannot_pay-unmet = Det är för personer som inte själva kan betala resan. En rådgivare kan ändå ge dig råd.
criterion-reag_garp-cannot_pay-not-answered = Dina svar säger inte om du själv kan betala resan. Det är för personer som inte själva kan betala resan.
criterion-reag_garp-cannot_pay-dont-know = Du svarade ”Jag vet inte” om att betala resan själv. Det är för personer som inte själva kan betala den. En rådgivare kan titta på det med dig.
criterion-reag_garp-status-met = Det är för asylsökande, personer vars asylansökan har fått avslag, personer som måste lämna landet eller har en ”Duldung”, personer med flyktingstatus eller status av humanitära skäl, och offer för människohandel (informationsblad från mars 2023).
criterion-reag_garp-status-unmet = Det är för asylsökande, personer vars asylansökan har fått avslag, personer som måste lämna landet eller har en ”Duldung”, personer med flyktingstatus eller status av humanitära skäl, familjemedlemmar som har kommit efter till dem, och offer för människohandel (informationsblad från mars 2023). En rådgivare kan berätta om andra möjligheter.
criterion-reag_garp-status-unknown = Det är också för familjemedlemmar som har kommit efter till en person som kan använda det, och för offer för människohandel, även från EU-länder (informationsblad från mars 2023). En rådgivare kan säga om det gäller dig.
criterion-reag_garp-status-not-answered = Dina svar säger inte vilken din situation är. Det är för asylsökande, personer vars asylansökan har fått avslag, personer som måste lämna landet eller har en ”Duldung”, personer med flyktingstatus eller status av humanitära skäl, familjemedlemmar som har kommit efter till dem, och offer för människohandel (informationsblad från mars 2023).
criterion-reag_garp-status-dont-know = Du svarade ”Jag vet inte” om din situation. Det är för asylsökande, personer vars asylansökan har fått avslag, personer som måste lämna landet eller har en ”Duldung”, personer med flyktingstatus eller status av humanitära skäl, familjemedlemmar som har kommit efter till dem, och offer för människohandel (informationsblad från mars 2023). En rådgivare kan hjälpa dig att ta reda på vad som gäller för dig.
criterion-reag_garp-not_eu-met = Det är för personer från länder utanför Europeiska unionen som återvänder till ett land utanför den.
criterion-reag_garp-not_eu-unmet = Det är inte för EU-medborgare, och inte för ett återvändande till ett EU-land (informationsblad från mars 2023). Offer för människohandel är ett undantag.
criterion-reag_garp-not_eu-unknown = Det är inte för EU-medborgare, och inte för ett återvändande till ett EU-land, utom för offer för människohandel (informationsblad från mars 2023). En rådgivare kan berätta mer.
criterion-reag_garp-not_eu-not-answered = Dina svar säger inte om du är EU-medborgare, eller vilket land du skulle återvända till. Det är inte för EU-medborgare, och inte för ett återvändande till ett EU-land, utom för offer för människohandel (informationsblad från mars 2023).
criterion-reag_garp-not_eu-dont-know = Du svarade ”Jag vet inte” på en fråga som det här beror på. Det är inte för EU-medborgare, och inte för ett återvändande till ett EU-land, utom för offer för människohandel (informationsblad från mars 2023). En rådgivare kan berätta mer.
criterion-reag_garp-no_open_application-met = Om du har överklagat ett beslut, eller fortfarande kan överklaga, ber programmet dig att avstå från överklagandet. Få oberoende juridisk rådgivning innan du bestämmer dig.
criterion-reag_garp-no_open_application-unmet = Så länge din asylansökan är öppen kan du använda programmet bara om du tar tillbaka ansökan.
criterion-reag_garp-no_open_application-unknown = Så länge din asylansökan fortfarande är öppen kan du använda programmet bara om du tar tillbaka den eller avstår från ett överklagande. Du kanske inte kan söka igen. Prata med en oberoende juridisk rådgivare innan du bestämmer dig: kontaktuppgifterna finns nedan.
criterion-reag_garp-no_open_application-not-answered = Dina svar säger inte om din asylansökan fortfarande är öppen. Om den är det kan du använda programmet bara om du tar tillbaka den eller avstår från ett överklagande, och du kanske inte kan söka igen. Prata med en oberoende juridisk rådgivare innan du bestämmer dig.
criterion-reag_garp-no_open_application-dont-know = Du svarade ”Jag vet inte” om din situation. Om din asylansökan fortfarande är öppen kan du använda programmet bara om du tar tillbaka den eller avstår från ett överklagande, och du kanske inte kan söka igen. Prata med en oberoende juridisk rådgivare innan du bestämmer dig.

programme-starthilfe_plus = StarthilfePlus: extra stöd till återintegrering
programme-starthilfe_plus-runs = Förbundsmyndigheten för migration och flyktingar (BAMF). IOM ger hjälpen i landet man återvänder till.
programme-starthilfe_plus-offers = Extra hjälp utöver REAG/GARP, beroende på din nationalitet: ett andra bidrag för att starta på nytt, eller hjälp med bostad (regler som gäller från januari 2024). I länder där EU:s återintegreringsprogram finns är bidraget mindre, utom för personer i en sårbar situation eller med skyddsstatus. Beloppen bestäms i varje enskilt fall av förbundsmyndigheten. Det finns ingen laglig rätt till det.
programme-starthilfe_plus-how = Fråga ditt rådgivningskontor för återvändande när du ansöker om REAG/GARP.

criterion-starthilfe_plus-in_germany-met = Du bor i Tyskland, där programmet finns.
criterion-starthilfe_plus-in_germany-unmet = Programmet är för personer som bor i Tyskland.
criterion-starthilfe_plus-in_germany-not-answered = Dina svar säger inte i vilket land du bor. Programmet är för personer som bor i Tyskland.
criterion-starthilfe_plus-with_reag_garp-met = Det ges bara tillsammans med REAG/GARP, och dina svar passar REAG/GARP.
criterion-starthilfe_plus-with_reag_garp-unmet = Det ges bara tillsammans med REAG/GARP, och dina svar passar inte REAG/GARP.
criterion-starthilfe_plus-with_reag_garp-unknown = Det ges bara tillsammans med REAG/GARP. Det är ännu inte känt om REAG/GARP är öppet för dig.
criterion-starthilfe_plus-with_reag_garp-not-answered = Dina svar säger inte tillräckligt för att veta om REAG/GARP är öppet för dig. Den här hjälpen ges bara tillsammans med REAG/GARP.
criterion-starthilfe_plus-with_reag_garp-dont-know = Du svarade ”Jag vet inte” på en fråga som det här beror på. Den här hjälpen ges bara tillsammans med REAG/GARP, och det är ännu inte känt om REAG/GARP är öppet för dig.
criterion-starthilfe_plus-nationality-met = Personer från ditt land kan få en sorts sådan hjälp.
criterion-starthilfe_plus-nationality-unmet = Det är för personer från vissa länder utanför Europeiska unionen, inte för EU-medborgare.
criterion-starthilfe_plus-nationality-unknown = Hjälpen beror på din nationalitet. Listorna vi hittade (2024) är inte fullständiga: det finns också hjälp för personer som har haft en ”Duldung” länge, och turkiska medborgare får den bara efter mer än sex månader i Tyskland (sedan juli 2024). En rådgivare kan berätta mer.
criterion-starthilfe_plus-nationality-not-answered = Dina svar säger inte vilket land du skulle återvända till. Hjälpen beror på din nationalitet. Listorna vi hittade (2024) är inte fullständiga: det finns också hjälp för personer som har haft en ”Duldung” länge, och turkiska medborgare får den bara efter mer än sex månader i Tyskland (sedan juli 2024).
criterion-starthilfe_plus-nationality-dont-know = Du svarade ”Jag vet inte” om landet du skulle återvända till. Hjälpen beror på din nationalitet. Listorna vi hittade (2024) är inte fullständiga: det finns också hjälp för personer som har haft en ”Duldung” länge, och turkiska medborgare får den bara efter mer än sex månader i Tyskland (sedan juli 2024). En rådgivare kan berätta mer.

## Programmes: Denmark

programme-dk_repatriation = Stöd till repatriering (repatrieringslagen)
programme-dk_repatriation-runs = Din kommun beviljar stödet. Dansk Flygtningehjælp (DRC) ger rådgivningen.
programme-dk_repatriation-offers = Pengar för att etablera dig i ditt land, som betalas dels strax innan du reser, dels efter att du har kommit fram till ditt land (lag från april 2024), med ett belopp för varje barn. Hjälp att flytta dina saker, sjukförsäkring och medicin under en tid, och pengar till barnens skolgång. Beloppen ändras varje år. Stödet ges bara en gång. Vissa personer, till exempel flyktingar, har ångerrätt: de kan komma tillbaka till Danmark inom 12 månader och då betala tillbaka stödet. En rådgivare kan säga om du har den rätten.
programme-dk_repatriation-how = Skriv till Dansk Flygtningehjælp för att få rådgivning. Rådgivningen är gratis.

criterion-dk_repatriation-in_denmark-met = Du bor i Danmark, där det här stödet ges.
criterion-dk_repatriation-in_denmark-unmet = Stödet är för personer som bor i Danmark.
criterion-dk_repatriation-in_denmark-not-answered = Dina svar säger inte i vilket land du bor. Stödet är för personer som bor i Danmark.
criterion-dk_repatriation-status-met = Det är för flyktingar och personer med tillstånd av humanitära skäl.
criterion-dk_repatriation-status-unmet = Det är för flyktingar, personer med tillstånd av humanitära skäl och familjemedlemmar som har kommit efter till en flykting. Det är inte för asylsökande.
criterion-dk_repatriation-status-unknown = Det är för flyktingar, personer med tillstånd av humanitära skäl och familjemedlemmar som har kommit efter till en flykting. Reglerna gäller också personer vars tillstånd inte har förlängts eller har återkallats. En rådgivare kan säga om din situation räknas.
criterion-dk_repatriation-status-not-answered = Dina svar säger inte vilken din situation är. Det är för flyktingar, personer med tillstånd av humanitära skäl och familjemedlemmar som har kommit efter till en flykting. Reglerna gäller också personer vars tillstånd inte har förlängts eller har återkallats.
criterion-dk_repatriation-status-dont-know = Du svarade ”Jag vet inte” om din situation. Det är för flyktingar, personer med tillstånd av humanitära skäl och familjemedlemmar som har kommit efter till en flykting. Reglerna gäller också personer vars tillstånd inte har förlängts eller har återkallats. En rådgivare kan säga om din situation räknas.
criterion-dk_repatriation-not_eu-met = Det är för personer från länder utanför Europeiska unionen.
criterion-dk_repatriation-not_eu-unmet = Det är inte för medborgare i EU eller i ett nordiskt land.
criterion-dk_repatriation-not_eu-not-answered = Dina svar säger inte om du är EU-medborgare, eller vilket land du skulle återvända till. Det är inte för medborgare i EU eller i ett nordiskt land.
criterion-dk_repatriation-not_eu-dont-know = Du svarade ”Jag vet inte” på en fråga som det här beror på. Det är inte för medborgare i EU eller i ett nordiskt land.
criterion-dk_repatriation-own_means-met = Det är för personer som inte själva kan betala sitt återvändande.
criterion-dk_repatriation-own_means-unmet = Det är för personer som inte själva kan betala sitt återvändande.
criterion-dk_repatriation-own_means-not-answered = Dina svar säger inte om du själv kan betala ditt återvändande. Det är för personer som inte själva kan betala sitt återvändande.
criterion-dk_repatriation-own_means-dont-know = Du svarade ”Jag vet inte” om att betala ditt återvändande själv. Det är för personer som inte själva kan betala det. En rådgivare kan titta på det med dig.

programme-dk_return_support = Stöd till återvändande för personer vars asylansökan har fått avslag eller vars skydd har upphört
programme-dk_return_support-runs = Danska återvändandemyndigheten (Hjemrejsestyrelsen).
programme-dk_return_support-offers = Stöd på upp till 20 000 danska kronor om du deltar i planeringen av ditt återvändande, eller upp till 15 000 danska kronor om du deltar senare. Där det finns en återintegreringspartner i ditt land ges stödet som varor och tjänster, inte kontant.
programme-dk_return_support-how = Danska återvändandemyndigheten bestämmer. Dansk Flygtningehjælp ger gratis, konfidentiell rådgivning och för inte vidare det du berättar. Personer som har dömts för vissa allvarliga brott kan inte få det här stödet.

criterion-dk_return_support-in_denmark-met = Du bor i Danmark, där det här stödet ges.
criterion-dk_return_support-in_denmark-unmet = Stödet är för personer som bor i Danmark.
criterion-dk_return_support-in_denmark-not-answered = Dina svar säger inte i vilket land du bor. Stödet är för personer som bor i Danmark.
criterion-dk_return_support-refused_or_withdrawn-met = Det är för personer vars asylansökan har fått avslag eller som har tagit tillbaka den, och för personer vars skyddstillstånd har återkallats eller inte förlängts.
criterion-dk_return_support-refused_or_withdrawn-unmet = Det är för personer vars asylansökan har fått avslag eller som har tagit tillbaka den, och för personer vars skyddstillstånd har återkallats eller inte förlängts.
criterion-dk_return_support-refused_or_withdrawn-not-answered = Dina svar säger inte vilken din situation är. Det är för personer vars asylansökan har fått avslag eller som har tagit tillbaka den, och för personer vars skyddstillstånd har återkallats eller inte förlängts.
criterion-dk_return_support-refused_or_withdrawn-dont-know = Du svarade ”Jag vet inte” om din situation. Det är för personer vars asylansökan har fått avslag eller som har tagit tillbaka den, och för personer vars skyddstillstånd har återkallats eller inte förlängts. En rådgivare kan hjälpa dig att ta reda på det.

## Programmes: Bulgaria, Croatia, Slovenia

programme-bg_avrr = Stöd till frivilligt återvändande och återintegrering (IOM Bulgarien)
programme-bg_avrr-runs = IOM, Internationella organisationen för migration.
programme-bg_avrr-offers = Hjälp att återvända, och särskild hjälp för personer med medicinska behov, ensamstående föräldrar, ensamkommande barn och offer för människohandel. IOM hjälper bara personer att återvända dit där det bedöms vara säkert. Det kan bara användas en gång, bara om du ännu inte har fått ett beslut om utvisning eller avlägsnande, och du måste vara frisk nog att resa (sidan uppdaterad i mars 2023).
programme-bg_avrr-how = Kontakta IOM i Sofia. Ett frivilligt återvändande kan också startas genom inrikesministeriets migrationsdirektorat. Få juridisk rådgivning innan du tar tillbaka en asylansökan: du kan inte söka igen om inte något nytt händer.

criterion-bg_avrr-in_bulgaria-met = Du bor i Bulgarien, där programmet finns.
criterion-bg_avrr-in_bulgaria-unmet = Programmet är för personer som bor i Bulgarien.
criterion-bg_avrr-in_bulgaria-not-answered = Dina svar säger inte i vilket land du bor. Programmet är för personer som bor i Bulgarien.
criterion-bg_avrr-status-met = Det är för personer utan uppehållstillstånd, asylsökande och personer med skydd som inte längre vill stanna.
criterion-bg_avrr-status-unmet = Det är för personer utan uppehållstillstånd, asylsökande och personer med skydd. En rådgivare kan berätta om andra möjligheter.
criterion-bg_avrr-status-not-answered = Dina svar säger inte vilken din situation är. Det är för personer utan uppehållstillstånd, asylsökande och personer med skydd som inte längre vill stanna.
criterion-bg_avrr-status-dont-know = Du svarade ”Jag vet inte” om din situation. Det är för personer utan uppehållstillstånd, asylsökande och personer med skydd som inte längre vill stanna. En rådgivare kan hjälpa dig att ta reda på det.

programme-hr_avrr = AVRR.hr: stöd till frivilligt återvändande (IOM Kroatien)
programme-hr_avrr-runs = IOM, med pengar från EU genom Kroatiens inrikesministerium.
programme-hr_avrr-offers = En läkarundersökning, resan, lite pengar, och rådgivning före och efter att du har återvänt.
programme-hr_avrr-how = Kontakta AVRR.hr via webbplatsen. Om din asylansökan har fått avslag har du oftast 7 till 30 dagar på dig att lämna landet frivilligt: få råd tidigt.

criterion-hr_avrr-in_croatia-met = Du bor i Kroatien, där programmet finns.
criterion-hr_avrr-in_croatia-unmet = Programmet är för personer som bor i Kroatien.
criterion-hr_avrr-in_croatia-not-answered = Dina svar säger inte i vilket land du bor. Programmet är för personer som bor i Kroatien.
criterion-hr_avrr-third_country-met = Det är för personer från länder utanför Europeiska unionen.
criterion-hr_avrr-third_country-unmet = Det är för personer från länder utanför Europeiska unionen, inte för EU-medborgare.
criterion-hr_avrr-third_country-not-answered = Dina svar säger inte om du är EU-medborgare, eller vilket land du skulle återvända till. Det är för personer från länder utanför Europeiska unionen.
criterion-hr_avrr-third_country-dont-know = Du svarade ”Jag vet inte” på en fråga som det här beror på. Det är för personer från länder utanför Europeiska unionen.
criterion-hr_avrr-still_running-unknown = Projektsidan säger att projektet förlängdes till 31 december 2021. Vi har inte hittat om det finns i dag. IOM Kroatien kan svara på det.

programme-si_avrr = Stöd till frivilligt återvändande (IOM Slovenien)
programme-si_avrr-runs = IOM, tillsammans med Sloveniens polis, med pengar från EU.
programme-si_avrr-offers = Hjälp att återvända frivilligt till ditt land.
programme-si_avrr-how = Kontakta IOM Slovenien.

criterion-si_avrr-in_slovenia-met = Du bor i Slovenien, där programmet finns.
criterion-si_avrr-in_slovenia-unmet = Programmet är för personer som bor i Slovenien.
criterion-si_avrr-in_slovenia-not-answered = Dina svar säger inte i vilket land du bor. Programmet är för personer som bor i Slovenien.
criterion-si_avrr-who_can_apply-unknown = Vi hittade ingen offentlig information om vem som kan ansöka. IOM Slovenien kan svara på det.

## Programmes: EU

programme-eurp = EU:s återintegreringsprogram (EURP)
programme-eurp-runs = Frontex, Europeiska unionens gränsbyrå, med partnerorganisationer i länderna man återvänder till. Det hette tidigare Joint Reintegration Services (JRS).
programme-eurp-offers = Hjälp de första dagarna efter att du har kommit fram (upp till 14 arbetsdagar, enligt den tyska portalen för återvändande), till exempel hämtning på flygplatsen, transport vidare, en plats att bo på och extra medicinska behov. Sedan stöd i upp till 12 månader, som varor och tjänster snarare än kontanter: till exempel bostad, medicinsk hjälp, rådgivning om arbete, utbildning eller att starta ett företag.
programme-eurp-how = Du kan inte ansöka själv: myndigheterna i landet du lämnar registrerar dig, oftast genom din rådgivare för återvändande, några veckor innan du reser. Fråga din rådgivare för återvändande.

criterion-eurp-non_eu_country-met = Det är för personer från länder utanför Europeiska unionen.
criterion-eurp-non_eu_country-unmet = Det är för personer från länder utanför Europeiska unionen, så det gäller inte EU-medborgare eller ett återvändande till ett EU-land.
criterion-eurp-non_eu_country-not-answered = Dina svar säger inte om du är EU-medborgare, eller vilket land du skulle återvända till. Det är för personer från länder utanför Europeiska unionen.
criterion-eurp-non_eu_country-dont-know = Du svarade ”Jag vet inte” på en fråga som det här beror på. Det är för personer från länder utanför Europeiska unionen.
criterion-eurp-country_covered-met = Ditt land finns på listan över länder där programmet finns, som den publicerats för återvändande från Tyskland. För vissa länder gäller särskilda regler, som en rådgivare kan förklara.
criterion-eurp-country_covered-unmet = Programmet finns bara i vissa länder utanför Europeiska unionen (listan som publicerats för återvändande från Tyskland har 36, läst i december 2026), och landet du valde finns inte bland dem. En rådgivare kan bekräfta det.
criterion-eurp-country_covered-unknown = Programmet finns i 37 till 39 länder. Listan vi hittade är den som publicerats för återvändande från Tyskland, och den är inte fullständig för andra länder; från Tyskland kan turkiska medborgare som har stannat upp till sex månader inte få det. Bara en rådgivare kan säga det.
criterion-eurp-country_covered-not-answered = Dina svar säger inte vilket land du skulle återvända till, eller var du bor. Programmet finns i 37 till 39 länder. Listan vi hittade är den som publicerats för återvändande från Tyskland, och den är inte fullständig för andra länder; från Tyskland kan turkiska medborgare som har stannat upp till sex månader inte få det.
criterion-eurp-country_covered-dont-know = Du svarade ”Jag vet inte” om landet du skulle återvända till. Programmet finns i 37 till 39 länder. Listan vi hittade är den som publicerats för återvändande från Tyskland, och den är inte fullständig för andra länder; från Tyskland kan turkiska medborgare som har stannat upp till sex månader inte få det. En rådgivare kan berätta mer.
criterion-eurp-status-met = Det är för personer som väntar på beslut om asyl eller som inte längre har rätt att stanna.
criterion-eurp-status-unmet = Det är för personer som väntar på beslut om asyl eller som inte längre har rätt att stanna. Om du har uppehållstillstånd kan en rådgivare berätta om andra möjligheter.
criterion-eurp-status-unknown = Det är för personer som väntar på beslut om asyl eller som inte längre har rätt att stanna. I Tyskland kan det också följa efter ett återvändande med REAG/GARP: en rådgivare kan berätta mer.
criterion-eurp-status-not-answered = Dina svar säger inte vilken din situation är. Det är för personer som väntar på beslut om asyl eller som inte längre har rätt att stanna. I Tyskland kan det också följa efter ett återvändande med REAG/GARP: en rådgivare kan berätta mer.
criterion-eurp-status-dont-know = Du svarade ”Jag vet inte” om din situation. Det är för personer som väntar på beslut om asyl eller som inte längre har rätt att stanna. I Tyskland kan det också följa efter ett återvändande med REAG/GARP: en rådgivare kan berätta mer.
criterion-eurp-referral-met = I Tyskland registrerar förbundsmyndigheten för migration och flyktingar (BAMF) personer för programmet, genom rådgivningskontoren för återvändande.
criterion-eurp-referral-unmet = Myndigheterna i landet där du bor måste registrera dig.
criterion-eurp-referral-unknown = Myndigheterna i landet där du bor måste registrera dig. Vi hittade ingen offentlig källa som säger vilka länder utöver Tyskland som gör det.
criterion-eurp-referral-not-answered = Dina svar säger inte i vilket land du bor. Myndigheterna i landet där du bor måste registrera dig. Vi hittade ingen offentlig källa som säger vilka länder utöver Tyskland som gör det.

## Programmes: countries of return

programme-al_migration_counters = Migrationskontor för personer som återvänder (Albanien)
programme-al_migration_counters-runs = Den nationella myndigheten för sysselsättning och kompetens, på de regionala arbetsförmedlingarna, med stöd av IOM.
programme-al_migration_counters-offers = Råd, information och hänvisning för personer som återvänder till Albanien, och hjälp att hitta arbete.
programme-al_migration_counters-how = Fråga vid migrationskontoret (”Sportel Migracioni”) på arbetsförmedlingen i din region efter att du har återvänt.

criterion-al_migration_counters-returning_to_albania-met = Det är för personer som återvänder till Albanien.
criterion-al_migration_counters-returning_to_albania-unmet = Det är för personer som återvänder till Albanien.
criterion-al_migration_counters-returning_to_albania-not-answered = Dina svar säger inte vilket land du skulle återvända till. Det är för personer som återvänder till Albanien.
criterion-al_migration_counters-returning_to_albania-dont-know = Du svarade ”Jag vet inte” om landet du skulle återvända till. Det är för personer som återvänder till Albanien.

programme-xk_reintegration = Program för återintegrering av personer som har återvänt (Kosovo)
programme-xk_reintegration-runs = Kosovos inrikesministerium, tillsammans med kommunerna.
programme-xk_reintegration-offers = År 2017 gav programmet stöd och gratis medicin i ett år, och hjälp med bostad. Personer som återvände kunde registrera sig på ministeriets kontor på flygplatsen i Pristina.
programme-xk_reintegration-how = Fråga på ministeriets kontor på flygplatsen i Pristina när du kommer fram, eller fråga din rådgivare för återvändande innan du reser.

criterion-xk_reintegration-returning_to_kosovo-met = Det är för personer som återvänder till Kosovo.
criterion-xk_reintegration-returning_to_kosovo-unmet = Det är för personer som återvänder till Kosovo.
criterion-xk_reintegration-returning_to_kosovo-not-answered = Dina svar säger inte vilket land du skulle återvända till. Det är för personer som återvänder till Kosovo.
criterion-xk_reintegration-returning_to_kosovo-dont-know = Du svarade ”Jag vet inte” om landet du skulle återvända till. Det är för personer som återvänder till Kosovo.
criterion-xk_reintegration-current_rules-unknown = År 2017 var det för personer som hade lämnat Kosovo före 28 juli 2010. Vi hittade inte de regler som gäller nu. En rådgivare kan berätta mer.

programme-awo_kosovo = AWO:s rådgivningscenter i Prishtina
programme-awo_kosovo-runs = AWO Nürnberg, en tysk välfärdsorganisation.
programme-awo_kosovo-offers = Rådgivning för personer som återvänder frivilligt från Tyskland. Hjälp med skolbetyg och födelsebevis från Tyskland, mediciner, skolmaterial och reparationer av en bostad. Den hjälper också personer som inte kan få stöd från staten i Kosovo.
programme-awo_kosovo-how = Be ditt rådgivningskontor för återvändande i Tyskland att kontakta AWO innan du reser.

criterion-awo_kosovo-returning_to_kosovo-met = Det är för personer som återvänder till Kosovo.
criterion-awo_kosovo-returning_to_kosovo-unmet = Det är för personer som återvänder till Kosovo.
criterion-awo_kosovo-returning_to_kosovo-not-answered = Dina svar säger inte vilket land du skulle återvända till. Det är för personer som återvänder till Kosovo.
criterion-awo_kosovo-returning_to_kosovo-dont-know = Du svarade ”Jag vet inte” om landet du skulle återvända till. Det är för personer som återvänder till Kosovo.
criterion-awo_kosovo-from_germany-met = Det är för personer som återvänder från Tyskland.
criterion-awo_kosovo-from_germany-unmet = Det är för personer som återvänder från Tyskland.
criterion-awo_kosovo-from_germany-not-answered = Dina svar säger inte i vilket land du bor. Det är för personer som återvänder från Tyskland.

programme-md_reintegration = Nationellt program för återvändande och återintegrering (Moldavien)
programme-md_reintegration-runs = Moldaviens regering (program för 2023–2027). Byrån för diasporarelationer samordnar politiken för moldavier utomlands.
programme-md_reintegration-offers = Hjälp att hitta arbete, tillgång till vård, sociala tjänster och utbildning, och hjälp att starta ett företag.
programme-md_reintegration-how = Fråga din rådgivare för återvändande, eller byrån för diasporarelationer vid Moldaviens regering.

criterion-md_reintegration-returning_to_moldova-met = Det är för moldaviska medborgare som återvänder till Moldavien.
criterion-md_reintegration-returning_to_moldova-unmet = Det är för moldaviska medborgare som återvänder till Moldavien.
criterion-md_reintegration-returning_to_moldova-not-answered = Dina svar säger inte vilket land du skulle återvända till. Det är för moldaviska medborgare som återvänder till Moldavien.
criterion-md_reintegration-returning_to_moldova-dont-know = Du svarade ”Jag vet inte” om landet du skulle återvända till. Det är för moldaviska medborgare som återvänder till Moldavien.

## Needs

need-return_safety = Säkerhet i landet du skulle återvända till
need-return_safety-help = FN:s flyktingorgan (UNHCR) ber länder att inte skicka tillbaka människor till det här landet, eller till delar av det, eftersom det inte är säkert. Innan du bestämmer något, prata med en oberoende juridisk rådgivare om alla dina möjligheter, också om att stanna: kontaktuppgifterna finns nedan. Du kan ha rätt till skydd. Ingen kan tvinga dig att anmäla dig till ett frivilligt återvändande.
need-safety = Säkerhet och skydd
need-safety-help = Om du är rädd för att återvända, prata med en oberoende jurist innan du bestämmer dig: du kan ha rätt till skydd. Om någon kontrollerar dig, har tagit dina dokument eller tvingar dig att arbeta, kan specialiserade stödtjänster hjälpa dig, säkert och i förtroende. Om du är i fara nu, ring nödnumret.
need-health = Hälsa och fortsatt vård
need-health-help = Berätta för en rådgivare om din behandling innan du reser, så att din vård och din medicin kan fortsätta efter att du har kommit fram. Be din läkare om ett läkarintyg och om tillräckligt med medicin för resan. Om din medicin håller på att ta slut, gå till en läkare nu.
need-mental_health = Hur du mår: psykisk hälsa och stöd
need-mental_health-help = Det är vanligt att känna stress, oro, skam eller sorg när man funderar på att återvända. Du behöver inte klara det ensam. Fråga en rådgivare eller en läkare om att få prata med någon, innan du reser och efter att du har kommit fram. Om du tänker på att skada dig själv, ring nödnumret nu.
need-travel_documents = Resehandlingar
need-travel_documents-help = Din ambassad eller ditt konsulat kan ge dig ett pass eller en resehandling. En rådgivare för återvändande kan hjälpa dig med stegen, och vissa program betalar för det.
need-children = Barn och skola
need-children-help = Innan du reser, be skolan om dina barns skolbetyg och intyg, och ta med deras födelsebevis: skolorna kan fråga efter dem för att skriva in dina barn efter att ni har återvänt. Om ett barn är fött här, se till att födelsen är registrerad hos din ambassad eller ditt konsulat. Om dina barn inte talar språket i ditt land så bra, fråga om språkstöd i skolan.
need-debts = Skulder
need-debts-help = Berätta för en rådgivare om dina skulder innan du reser. Skulder kan göra en ny start svårare, och vissa personer blir pressade av dem de är skyldiga pengar. Om någon hotar dig på grund av en skuld är det också en fråga om säkerhet: prata med en rådgivare eller en jurist.
need-housing = En plats att bo på efter att du har återvänt
need-housing-help = Fråga en rådgivare innan du reser om hjälp med en plats att bo på när du kommer fram, och om hjälp att hyra eller reparera en bostad. Vissa program hjälper med detta.
need-income = Arbete och inkomst
need-income-help = Fråga en rådgivare om hjälp att hitta arbete, lära dig ett yrke eller starta ett litet företag efter att du har återvänt. Ta med dina examensbevis och intyg om arbete och utbildning.
need-country_information = Information om ditt land
need-country_information-help = Vi har ingen information om program just för det här landet. De allmänna programmen och kontakterna på den här sidan gäller ändå. En rådgivare kan söka mer information om ditt land innan du bestämmer dig.

## Contacts
contact-fedasil_return-about = Gratis, konfidentiell information om frivilligt återvändande, och hur du ansöker.
contact-caritas_international_be-about = En partner till Fedasil för stöd till återintegrering. Alla som funderar på att återvända kan kontakta dess team för återintegrering.
contact-brussels_bar_helpline-about = Första juridiska hjälp per telefon, oavsett din inkomst.
contact-brussels_legal_aid_office-about = I juli och augusti: måndag, onsdag och fredag, 09:00–11:00.
contact-payoke-about = Hjälp och skyddat boende för offer för människohandel, i förtroende. Öppet dygnet runt.
contact-emergency_be-about = Polis, ambulans och brandkår, i en nödsituation.
contact-returning_from_germany-about = Informationsportalen om frivilligt återvändande från Tyskland. Hitta ett gratis, konfidentiellt rådgivningskontor för återvändande nära dig, eller prata med en rådgivare från IOM i landet du återvänder till via WhatsApp, Viber, Facebook eller Skype.
contact-pro_asyl-about = Råd i juridiska och sociala frågor, och hjälp att hitta en lokal rådgivningsbyrå eller en advokat.
contact-fluechtlingsrat_bayern-about = Råd och information för flyktingar i Bayern.
contact-kok-about = Kan sätta dig i kontakt med en särskild rådgivningsbyrå för offer för människohandel i ditt förbundsland.
contact-emergency_de-about = Polis, ambulans och brandkår, i en nödsituation.
contact-drc_asylum-about = Gratis, oberoende rådgivning om asyl, dina möjligheter efter ett avslag, och återvändande. Det du säger förs inte vidare till myndigheterna.
contact-drc_repatriation-about = Gratis rådgivning om stöd till repatriering. Du kan skicka en förfrågan via e-post.
contact-dk_return_agency-about = Myndigheten som beslutar om stöd till återvändande för personer vars asylansökan har fått avslag eller har tagits tillbaka.
contact-cmm_dk-about = En stödlinje för offer för människohandel och för personer som är oroliga för det.
contact-emergency_dk-about = Polis, ambulans och brandkår, i en nödsituation.
contact-iom_bulgaria-about = Information om stöd till frivilligt återvändande från Bulgarien, och hur du ansöker.
contact-bg_legal_aid_hotline-about = Drivs av Nationella byrån för rättshjälp, ett oberoende statligt organ som staten betalar (inte en icke-statlig organisation): advokater ger gratis juridisk rådgivning per telefon i civilrättsliga, förvaltningsrättsliga och straffrättsliga frågor, på vardagar. Du betalar bara för samtalet.
contact-far_legal_aid-about = En icke-statlig stiftelse vars advokater ger gratis juridisk hjälp till människor som söker skydd, flyktingar och migranter. Du kan be om hjälp med ett formulär på dess webbplats RefugeeLight.
contact-bg_antitrafficking_commission-about = Det nationella organ som ordnar hjälp för offer för människohandel i Bulgarien.
contact-bg_trafficking_hotline-about = En gratis nationell stödlinje om människohandel.
contact-bg_childrens_helpline-about = En gratis stödlinje för barn och för personer som är oroliga för ett barn.
contact-emergency_bg-about = Polis, ambulans och brandkår, i en nödsituation.
contact-avrr_hr-about = Information om stöd till frivilligt återvändande från Kroatien, och hur du ansöker.
contact-croatian_law_centre-about = Juridisk information och rådgivning för asylsökande och personer med skydd, och gratis rättshjälp.
contact-zagreb_legal_clinic-about = Gratis juridisk rådgivning från juridiska fakultetens rättsklinik.
contact-petra_sos-about = En gratis SOS-linje för offer för människohandel.
contact-emergency_hr-about = Polis, ambulans och brandkår, i en nödsituation.
contact-iom_slovenia-about = Information om stöd till frivilligt återvändande från Slovenien.
contact-pic-about = Gratis juridisk hjälp om asyl och migration, också om förfaranden för återvändande. Även via WhatsApp och Viber.
contact-kljuc-about = Hjälp och rådgivning för offer för människohandel.
contact-emergency_si-about = Polis, ambulans och brandkår, i en nödsituation.
contact-albania_trafficking_helpline-about = En nationell stödlinje för offer för människohandel i Albanien.
contact-mary_ward_loreto-about = En organisation i Albanien som hjälper offer för människohandel.
contact-awo_prishtina-about = Rådgivning i Prishtina för personer som återvänder från Tyskland: dokument från Tyskland, mediciner, skolmaterial och reparationer av en bostad.
contact-mother_teresa_society-about = En organisation i Kosovo som har hjälpt personer som återvänt och familjer i nöd att bygga upp sina liv igen och få en inkomst.
contact-kosovo_antitrafficking-about = Det nationella kontor som samordnar hjälpen för offer för människohandel i Kosovo.
contact-la_strada_md-about = En stödlinje om människohandel och säker migration. Inom Moldavien är numret 0 800 77777 gratis.

## Contacts: names and the regions they serve (the organisation's own name stays as it writes it)

contact-fedasil_return-name = Fedasil – frivilligt återvändande
contact-caritas_international_be-name = Caritas International Belgium – team för återintegrering
contact-brussels_bar_helpline-name = Bryssels advokatsamfund – första juridiska hjälp (telefon)
contact-brussels_legal_aid_office-name = Bryssels advokatsamfunds byrå för rättshjälp (BJB/BAJ)
contact-payoke-name = Payoke – specialiserat center för offer för människohandel (Antwerpen)
contact-pag_asa-name = PAG-ASA – specialiserat center för offer för människohandel (Bryssel)
contact-emergency_be-name = Nödnummer
contact-returning_from_germany-name = ReturningfromGermany – rådgivning om återvändande och IOM Virtual Counselling
contact-pro_asyl-name = PRO ASYL – råd i enskilda fall
contact-fluechtlingsrat_bayern-name = Bayerischer Flüchtlingsrat (Bayerns flyktingråd)
contact-kok-name = KOK – tyskt nätverk av organisationer mot människohandel
contact-emergency_de-name = Nödnummer
contact-drc_asylum-name = Dansk Flygtningehjælp (DRC) – asylavdelningen
contact-drc_repatriation-name = Dansk Flygtningehjælp (DRC) – rådgivning om repatriering
contact-dk_return_agency-name = Danska återvändandemyndigheten (Hjemrejsestyrelsen)
contact-cmm_dk-name = Danskt center mot människohandel (CMM) – stödlinje
contact-emergency_dk-name = Nödnummer
contact-iom_bulgaria-name = IOM Bulgarien – stöd till frivilligt återvändande
contact-bg_legal_aid_hotline-name = Nationella byrån för rättshjälp – nationell rättshjälpslinje (Bulgarien)
contact-far_legal_aid-name = Stiftelsen för tillgång till rättigheter (FAR) – rättshjälp
contact-bg_antitrafficking_commission-name = Nationella kommissionen för bekämpning av människohandel (Bulgarien)
contact-bg_trafficking_hotline-name = Nationell stödlinje mot människohandel (A21, Bulgarien)
contact-bg_childrens_helpline-name = Nationell stödlinje för barn (Bulgarien)
contact-emergency_bg-name = Nödnummer
contact-avrr_hr-name = AVRR.hr – IOM:s stöd till frivilligt återvändande från Kroatien
contact-croatian_law_centre-name = Kroatiska rättscentret (Hrvatski pravni centar)
contact-zagreb_legal_clinic-name = Rättskliniken vid juridiska fakulteten, Zagrebs universitet
contact-petra_sos-name = PETRA-nätverket – SOS-linje (Kroatien)
contact-emergency_hr-name = Nödnummer
contact-iom_slovenia-name = IOM Slovenien
contact-pic-name = PIC – Rättscentret för skydd av mänskliga rättigheter och miljön
contact-kljuc-name = Društvo Ključ – center för kampen mot människohandel
contact-emergency_si-name = Nödnummer
contact-albania_trafficking_helpline-name = Nationell stödlinje mot människohandel (Albanien)
contact-mary_ward_loreto-name = Mary Ward Loreto Foundation (Albanien)
contact-awo_prishtina-name = AWO Nürnberg – rådgivningscenter i Prishtina
contact-mother_teresa_society-name = Moder Teresa-föreningen (Shoqata Nëna Tereze)
contact-kosovo_antitrafficking-name = Den nationella samordnarens kontor mot människohandel (Kosovo)
contact-la_strada_md-name = La Strada Moldova – stödlinje
contact-brussels_legal_aid_office-regions = Bryssel
contact-fluechtlingsrat_bayern-regions = Bayern
contact-zagreb_legal_clinic-regions = Zagreb
contact-awo_prishtina-regions = Prishtina
contact-mother_teresa_society-regions = Prishtina
