# Avenir – Dutch texts. Status: drafted, needs review by a native speaker.
# Keys follow fixed patterns (see docs/authoring.md); `avenir lint` lists missing and unused ones.

## Interface

ui-title = Denkt u erover om terug te keren naar uw land? Bekijk welke hulp er is
ui-listen = Beluisteren
ui-no-voice = Deze telefoon heeft geen stem voor de taal { $language } die zonder internet werkt. Daarom kan deze tekst niet voorgelezen worden.
ui-exit-page = Deze pagina verlaten
ui-exit-hint = Of druk 3 keer op Shift. Uw antwoorden worden gewist.
ui-exit-press-two = Shift: druk nog 2 keer om de pagina te verlaten.
ui-exit-press-one = Shift: druk nog 1 keer om de pagina te verlaten.
ui-language = Taal
ui-draft-translation = Deze vertaling is een ontwerp: iemand met Nederlands als moedertaal heeft ze nog niet nagekeken.
ui-language-failed = Deze taal kon niet geladen worden. De tekst wordt in het Engels getoond.
ui-loading = Laden…
ui-continue = Verder
ui-back = Vorige
ui-progress = Vraag { $n } van { $total }
ui-choose-an-answer = Kies een antwoord, of “Ik antwoord liever niet”.
ui-enter-a-number = Vul een geheel getal in van { $min } tot { $max }.
ui-error-summary = Er is een probleem
ui-why-we-ask = Waarom we dit vragen
ui-privacy-note = Uw antwoorden blijven op deze telefoon. Er wordt niets verstuurd, en er wordt niets bewaard, tenzij u dat zelf kiest.
ui-start-title = Denkt u erover om terug te keren naar uw land?
ui-start-what = Beantwoord enkele vragen. Dat duurt een paar minuten. U ziet welke terugkeerprogramma's u misschien kunt gebruiken, waarvoor u misschien hulp wilt, en met wie u contact kunt opnemen, ook voor onafhankelijk juridisch advies over al uw mogelijkheden.
ui-start-private = Uw antwoorden blijven op deze telefoon. Er wordt niets verstuurd, en er wordt niets bewaard, tenzij u dat zelf kiest. Er is geen account en u wordt niet gevolgd.
ui-start-check = Iedereen kan dit nakijken: zodra deze pagina geladen is, blijft ze werken, ook als het internet uitgeschakeld is.
ui-start-indicative = Het resultaat is een indicatie. Het helpt u om een gesprek met een begeleider voor te bereiden en beslist niets. Terugkeren is altijd uw eigen beslissing.
ui-start = Beginnen
ui-results-title = Uw resultaten, ter indicatie
ui-review-title = Controleer uw antwoorden
ui-see-results = Bekijk uw resultaten
ui-indicative = Dit resultaat is alleen een indicatie. Het helpt u om een gesprek met een begeleider voor te bereiden, maar het vervangt dat gesprek niet. U beslist altijd zelf.
ui-checked-on = De regels werden het laatst nagekeken op { $date }.
ui-content-version = Inhoudsversie { $version }
ui-programmes = Programma's die u misschien kunt gebruiken
ui-no-programmes = Geen enkel programma past bij uw antwoorden. Een begeleider kan u vertellen welke andere mogelijkheden er zijn.
ui-likely = Waarschijnlijk
ui-possibly = Misschien
ui-not-likely = Niet waarschijnlijk
ui-runs = Wie organiseert het
ui-offers = Wat het biedt
ui-how = Hoe u er terechtkunt
ui-why-result = Waarom
ui-reason-met = Past:
ui-reason-unmet = Past niet:
ui-reason-unknown = Nog niet bekend:
ui-settle = Dit antwoord zou het duidelijk maken:
ui-ask-counsellor = Een begeleider kan het u zeggen.
ui-change-answer = Uw antwoord wijzigen
ui-source = Bron
ui-sources-checked = Bronnen, nagekeken op { $date }:
ui-needs = Waarvoor u misschien hulp wilt
ui-no-needs = Uit uw antwoorden blijkt niet dat u hulp nodig hebt. U kunt een begeleider toch altijd iets vragen.
ui-urgency-immediate = Dringend
ui-urgency-before-departure = Voor uw vertrek
ui-urgency-after-arrival = Na uw aankomst
ui-contacts = Met wie u contact kunt opnemen
ui-contact-legal = Onafhankelijk juridisch advies
ui-contact-emergency = Noodhulp en hulplijnen
ui-contact-helps-with = Kan helpen bij:
ui-contact-phone = Telefoon
ui-contact-email = E-mail
ui-contact-website = Website
ui-contact-address = Adres
ui-contact-hours = Openingsuren
ui-contact-hours-always = Dag en nacht open, elke dag
ui-contact-languages = Talen
ui-contact-serves = Werkgebied
ui-change-answers = Uw antwoorden wijzigen
ui-start-again = Opnieuw beginnen
ui-content-error = Deze vragenlijst kon niet geladen worden. Probeer het later opnieuw, of vraag het aan een begeleider.
ui-save = Mijn antwoorden op deze telefoon bewaren
ui-save-hint = Alleen als niemand anders deze telefoon gebruikt. Uw antwoorden worden op deze telefoon bewaard en nooit verstuurd.
ui-saved = Uw antwoorden zijn op deze telefoon bewaard, en nergens anders.
ui-save-failed = Deze browser laat niet toe dat u iets bewaart. Uw antwoorden blijven alleen tot u deze pagina sluit.
ui-delete-everything = Alles wissen
ui-delete-hint = Wist uw antwoorden en alles wat deze vragenlijst op deze telefoon bewaart.
ui-deleted = Alles is van deze telefoon gewist.
ui-resume-found = Uw antwoorden van de vorige keer zijn op deze telefoon bewaard.
ui-resume = Verdergaan waar u gebleven was

## Shared options

option-yes = Ja
option-no = Nee
option-dont-know = Ik weet het niet
option-prefer-not-to-say = Ik antwoord liever niet

## Questions

question-stay_country = In welk land woont u nu?
option-stay_country-other = Een ander land

question-return_country = Naar welk land denkt u terug te keren?
option-return_country-other = Een ander land, buiten de Europese Unie
option-return_country-eu = Een land van de Europese Unie

question-residence = Wat is uw situatie in het land waar u nu woont?
question-residence-why = Programma's staan open voor mensen in sommige situaties, en niet in andere. Uw antwoord bepaalt alleen welke programma's u ziet, en het blijft op deze telefoon.
option-residence-asylum_pending = Ik heb een verzoek om internationale bescherming (asiel) ingediend en wacht op een beslissing
option-residence-no_permit = Ik heb nooit internationale bescherming (asiel) gevraagd en ik heb geen verblijfsvergunning
question-travel_document = Hebt u een geldig paspoort of een ander reisdocument?

question-children = Hoeveel kinderen jonger dan 18 jaar zouden met u mee terugkeren?
question-children-hint = Vul 0 in als er geen kinderen met u mee terugkeren.

question-health = Hebt u een ziekte of een gezondheidsprobleem waarvoor u een behandeling of geregeld medicijnen nodig hebt?
question-health-why = Zo kunnen we u tonen welke hulp er is om uw behandeling na uw terugkeer verder te zetten. Uw antwoord blijft op deze telefoon.

question-medicine = Hebt u genoeg medicijnen voor de reis en voor de eerste weken na uw aankomst?

question-fear_of_return = Bent u bang voor wat er met u kan gebeuren als u terugkeert?
question-fear_of_return-why = Als u bang bent om terug te keren, hebt u misschien recht op bescherming, en een advocaat kan u alle mogelijkheden uitleggen. Uw antwoord blijft op deze telefoon.

question-exploitation = Heeft iemand uw documenten afgenomen, of u gedwongen om te werken of dingen te doen die u niet wilde doen?
question-exploitation-why = Dit kunnen tekenen zijn van uitbuiting of mensenhandel. Als dit u overkomt, zijn er diensten die u vertrouwelijk helpen. Uw antwoord blijft op deze telefoon.

## Programmes

programme-fedasil_avr = Programma voor vrijwillige terugkeer (Fedasil)
programme-fedasil_avr-runs = Fedasil, het Belgische federale agentschap voor de opvang van asielzoekers. IOM organiseert de reis.
criterion-fedasil_avr-in_belgium-met = U woont in België, waar dit programma bestaat.
criterion-fedasil_avr-in_belgium-unmet = Dit programma is voor mensen die in België wonen.
criterion-fedasil_avr-in_belgium-unknown = Dit programma is voor mensen die in België wonen.
criterion-fedasil_avr-no_residence_permit-met = Het is voor mensen zonder verblijfsvergunning in België: mensen die wachten op een beslissing over hun verzoek om internationale bescherming, mensen van wie het verzoek werd geweigerd, en mensen die nooit een verzoek hebben ingediend.
criterion-fedasil_avr-no_residence_permit-unmet = Het is voor mensen zonder verblijfsvergunning in België. Als u een verblijfsvergunning hebt, kan een begeleider u vertellen welke andere mogelijkheden er zijn.
criterion-fedasil_avr-no_residence_permit-unknown = Het is voor mensen zonder verblijfsvergunning in België.

programme-eurp = Re-integratieprogramma van de EU (EURP)
programme-eurp-runs = Frontex, het grensagentschap van de Europese Unie, samen met partnerorganisaties in de landen van terugkeer. Het programma heette vroeger Joint Reintegration Services (JRS).
programme-eurp-how = U kunt zich niet zelf aanmelden: de overheid van het land dat u verlaat, schrijft u in, meestal via uw terugkeerbegeleider, enkele weken voor uw vertrek. Vraag het aan uw terugkeerbegeleider.

criterion-eurp-non_eu_country-met = Het is voor mensen uit landen buiten de Europese Unie.
criterion-eurp-non_eu_country-unmet = Het is voor mensen uit landen buiten de Europese Unie. Een terugkeer naar een EU-land valt er dus niet onder.
criterion-eurp-non_eu_country-unknown = Het is voor mensen uit landen buiten de Europese Unie.
criterion-eurp-country_covered-met = Uw land staat op de lijst van landen waar het programma werkt, zoals gepubliceerd voor terugkeer vanuit Duitsland. Voor sommige landen gelden bijzondere regels; een begeleider kan die uitleggen.
criterion-eurp-country_covered-unmet = Het programma werkt alleen in sommige landen buiten de Europese Unie.
criterion-eurp-country_covered-unknown = Het programma werkt in ongeveer 39 landen. Uw land staat niet op de lijst die we vonden (gepubliceerd voor terugkeer vanuit Duitsland), dus alleen een begeleider kan het zeggen.
criterion-eurp-status-met = Het is voor mensen die wachten op een beslissing over hun verzoek om internationale bescherming, of die geen recht meer hebben om te blijven.
criterion-eurp-status-unmet = Het is voor mensen die wachten op een beslissing over hun verzoek om internationale bescherming, of die geen recht meer hebben om te blijven. Als u een verblijfsvergunning hebt, kan een begeleider u vertellen welke andere mogelijkheden er zijn.
criterion-eurp-status-unknown = Het is voor mensen die wachten op een beslissing over hun verzoek om internationale bescherming, of die geen recht meer hebben om te blijven.
## Needs

need-safety = Veiligheid en bescherming
need-safety-help = Als u bang bent om terug te keren, praat dan met een onafhankelijke advocaat voor u beslist: u hebt misschien recht op bescherming. Als iemand u controleert, uw documenten heeft afgenomen of u dwingt om te werken, kunnen gespecialiseerde diensten u helpen, veilig en vertrouwelijk. Als u nu in gevaar bent, bel dan het noodnummer.
need-health = Gezondheid en doorlopende zorg
need-health-help = Vertel een begeleider over uw behandeling voor u vertrekt, zodat uw zorg en medicijnen na uw aankomst kunnen doorlopen. Vraag uw arts om een medisch verslag en om genoeg medicijnen voor de reis. Als uw medicijnen bijna op zijn, ga dan nu naar een arts.
need-travel_documents = Reisdocumenten
need-travel_documents-help = Uw ambassade of consulaat kan u een paspoort of reisdocument geven. Een terugkeerbegeleider kan u helpen met de stappen, en sommige programma's betalen de kosten.
need-children = Kinderen en school
## Contacts

contact-fedasil_return-about = Gratis en vertrouwelijke informatie over vrijwillige terugkeer, en over hoe u die kunt aanvragen.
contact-caritas_international_be-about = Een partner van Fedasil voor re-integratiesteun. Iedereen die erover denkt om terug te keren, kan contact opnemen met het re-integratieteam.
contact-brussels_bar_helpline-about = Juridische eerstelijnsbijstand per telefoon, wat uw inkomen ook is.
contact-brussels_legal_aid_office-about = Juridische eerstelijnsbijstand ter plaatse. Mensen met een laag inkomen kunnen hier een gratis advocaat krijgen.
contact-emergency_be-about = Politie, ambulance en brandweer, in noodgevallen.
contact-albania_trafficking_helpline-about = Een nationale hulplijn voor slachtoffers van mensenhandel in Albanië.
contact-mary_ward_loreto-about = Een organisatie in Albanië die slachtoffers van mensenhandel helpt.
