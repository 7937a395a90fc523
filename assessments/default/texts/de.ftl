# Avenir – German texts. Status: drafted, needs review by a native speaker.
# Keys follow fixed patterns (see docs/authoring.md); `avenir lint` lists missing and unused ones.

## Interface

ui-title = Denken Sie über eine Rückkehr nach? Hier finden Sie, welche Hilfe es gibt
ui-listen = Anhören
ui-no-voice = Auf diesem Handy gibt es keine Stimme für { $language }, die ohne Internet funktioniert. Deshalb kann dieser Text nicht vorgelesen werden.
ui-exit-page = Diese Seite verlassen
ui-exit-hint = Oder drücken Sie 3-mal die Shift-Taste. Ihre Antworten werden gelöscht.
ui-exit-press-two = Shift: Noch 2-mal drücken, um die Seite zu verlassen.
ui-exit-press-one = Shift: Noch 1-mal drücken, um die Seite zu verlassen.
ui-language = Sprache
ui-draft-translation = Diese Übersetzung ist ein Entwurf: Eine Person mit Deutsch als Muttersprache hat sie noch nicht geprüft.
ui-language-failed = Diese Sprache konnte nicht geladen werden. Der Text wird auf Englisch angezeigt.
ui-loading = Wird geladen…
ui-continue = Weiter
ui-back = Zurück
ui-progress = Frage { $n } von { $total }
ui-choose-an-answer = Wählen Sie eine Antwort oder „Ich möchte das nicht sagen“.
ui-enter-a-number = Geben Sie eine ganze Zahl von { $min } bis { $max } ein.
ui-error-summary = Es gibt ein Problem
ui-why-we-ask = Warum wir das fragen
ui-privacy-note = Ihre Antworten bleiben auf diesem Handy. Nichts wird gesendet, und nichts wird gespeichert, wenn Sie es nicht selbst wollen.
ui-start-title = Denken Sie über eine Rückkehr in Ihr Land nach?
ui-start-what = Beantworten Sie ein paar Fragen. Das dauert einige Minuten. Sie sehen dann, welche Rückkehrprogramme Sie vielleicht nutzen können, wobei Sie vielleicht Hilfe möchten und an wen Sie sich wenden können, auch für eine unabhängige Rechtsberatung zu allen Ihren Möglichkeiten.
ui-start-private = Ihre Antworten bleiben auf diesem Handy. Nichts wird gesendet, und nichts wird gespeichert, wenn Sie es nicht selbst wollen. Es gibt kein Benutzerkonto und kein Tracking.
ui-start-check = Alle können das prüfen: Wenn diese Seite einmal geladen ist, funktioniert sie weiter, auch wenn das Internet ausgeschaltet ist.
ui-start-indicative = Das Ergebnis dient zur Orientierung. Es hilft Ihnen, ein Gespräch mit einer Beratungsstelle vorzubereiten, und entscheidet nichts. Die Rückkehr ist immer Ihre eigene Entscheidung.
ui-start = Starten
ui-results-title = Ihre Ergebnisse zur Orientierung
ui-review-title = Ihre Antworten prüfen
ui-see-results = Ergebnisse ansehen
ui-indicative = Dieses Ergebnis dient nur zur Orientierung. Es hilft Ihnen, ein Gespräch mit einer Beratungsstelle vorzubereiten. Es ersetzt dieses Gespräch nicht. Sie entscheiden immer selbst.
ui-checked-on = Die Regeln wurden zuletzt am { $date } geprüft.
ui-content-version = Inhaltsversion { $version }
ui-programmes = Programme, die Sie vielleicht nutzen können
ui-no-programmes = Kein Programm passt zu Ihren Antworten. Eine Beratungsstelle kann Ihnen andere Möglichkeiten erklären.
ui-likely = Wahrscheinlich
ui-possibly = Vielleicht
ui-not-likely = Eher nicht
ui-runs = Wer es durchführt
ui-offers = Was es bietet
ui-how = Wie Sie es erreichen
ui-why-result = Warum
ui-reason-met = Passt:
ui-reason-unmet = Passt nicht:
ui-reason-unknown = Noch nicht bekannt:
ui-settle = Diese Antwort würde es klären:
ui-ask-counsellor = Eine Beratungsstelle kann es Ihnen sagen.
ui-change-answer = Antwort ändern
ui-source = Quelle
ui-sources-checked = Quellen, geprüft am { $date }:
ui-needs = Wobei Sie vielleicht Hilfe möchten
ui-no-needs = Ihre Antworten zeigen keinen Bedarf an Hilfe. Sie können eine Beratungsstelle trotzdem alles fragen.
ui-urgency-immediate = Dringend
ui-urgency-before-departure = Vor der Abreise
ui-urgency-after-arrival = Nach der Ankunft
ui-contacts = An wen Sie sich wenden können
ui-contact-legal = Unabhängige Rechtsberatung
ui-contact-emergency = Notruf und Hilfetelefon
ui-contact-helps-with = Kann helfen bei:
ui-contact-phone = Telefon
ui-contact-email = E-Mail
ui-contact-website = Website
ui-contact-address = Adresse
ui-contact-hours = Öffnungszeiten
ui-contact-hours-always = Jeden Tag geöffnet, Tag und Nacht
ui-contact-languages = Sprachen
ui-contact-serves = Zuständig für
ui-change-answers = Antworten ändern
ui-start-again = Neu beginnen
ui-content-error = Dieser Fragebogen konnte nicht geladen werden. Bitte versuchen Sie es später noch einmal oder fragen Sie eine Beratungsstelle.
ui-save = Meine Antworten auf diesem Handy speichern
ui-save-hint = Nur wenn niemand sonst dieses Handy benutzt. Ihre Antworten werden auf diesem Handy gespeichert und nie gesendet.
ui-saved = Ihre Antworten sind auf diesem Handy gespeichert, und nirgendwo sonst.
ui-save-failed = Dieser Browser erlaubt kein Speichern. Ihre Antworten bleiben nur so lange, bis Sie diese Seite schließen.
ui-delete-everything = Alles löschen
ui-delete-hint = Löscht Ihre Antworten und alles, was dieser Fragebogen auf diesem Handy speichert.
ui-deleted = Alles wurde von diesem Handy gelöscht.
ui-resume-found = Ihre Antworten vom letzten Mal sind auf diesem Handy gespeichert.
ui-resume = Dort weitermachen, wo Sie aufgehört haben

## Shared options

option-yes = Ja
option-no = Nein
option-dont-know = Ich weiß es nicht
option-prefer-not-to-say = Ich möchte das nicht sagen

## Questions

question-stay_country = In welchem Land leben Sie jetzt?
option-stay_country-other = Ein anderes Land

question-return_country = In welches Land würden Sie vielleicht zurückkehren?
option-return_country-other = Ein anderes Land außerhalb der Europäischen Union
option-return_country-eu = Ein Land in der Europäischen Union

question-residence = Wie ist Ihre Situation in dem Land, in dem Sie jetzt leben?
question-residence-why = Manche Programme sind nur für Menschen in bestimmten Situationen. Ihre Antwort entscheidet nur, welche Programme angezeigt werden. Sie bleibt auf diesem Handy.
option-residence-asylum_pending = Ich habe einen Asylantrag gestellt und warte auf die Entscheidung
option-residence-no_permit = Ich habe nie einen Asylantrag gestellt und habe keine Aufenthaltserlaubnis
question-travel_document = Haben Sie einen gültigen Reisepass oder ein anderes Reisedokument?

question-children = Wie viele Kinder unter 18 Jahren würden mit Ihnen zurückkehren?
question-children-hint = Schreiben Sie 0, wenn keine Kinder mit Ihnen zurückkehren würden.

question-health = Haben Sie eine Krankheit oder ein gesundheitliches Problem, das behandelt werden muss oder für das Sie regelmäßig Medikamente brauchen?
question-health-why = Damit wir Ihnen Hilfe zeigen können, mit der Ihre Behandlung nach der Rückkehr weitergehen kann. Ihre Antwort bleibt auf diesem Handy.

question-medicine = Haben Sie genug Medikamente für die Reise und für die ersten Wochen nach der Ankunft?

question-fear_of_return = Haben Sie Angst vor dem, was Ihnen bei einer Rückkehr passieren könnte?
question-fear_of_return-why = Wenn Sie Angst vor einer Rückkehr haben, haben Sie vielleicht ein Recht auf Schutz. Eine Anwältin oder ein Anwalt kann Ihnen alle Möglichkeiten erklären. Ihre Antwort bleibt auf diesem Handy.

question-exploitation = Hat jemand Ihnen Ihre Dokumente weggenommen oder Sie gezwungen, zu arbeiten oder Dinge zu tun, die Sie nicht wollten?
question-exploitation-why = Das können Zeichen von Ausbeutung oder Menschenhandel sein. Wenn Ihnen das passiert, gibt es Stellen, die Ihnen helfen, vertraulich. Ihre Antwort bleibt auf diesem Handy.

## Programmes

programme-fedasil_avr = Programm für freiwillige Rückkehr (Fedasil)
programme-fedasil_avr-runs = Fedasil, die belgische Bundesagentur für die Aufnahme von Asylsuchenden. IOM organisiert die Reise.
criterion-fedasil_avr-in_belgium-met = Sie leben in Belgien. Dort gibt es dieses Programm.
criterion-fedasil_avr-in_belgium-unmet = Dieses Programm ist für Menschen, die in Belgien leben.
criterion-fedasil_avr-in_belgium-unknown = Dieses Programm ist für Menschen, die in Belgien leben.
criterion-fedasil_avr-no_residence_permit-met = Es ist für Menschen ohne Aufenthaltserlaubnis in Belgien: Menschen, die auf die Entscheidung über ihren Asylantrag warten, Menschen, deren Asylantrag abgelehnt wurde, und Menschen, die nie einen Antrag gestellt haben.
criterion-fedasil_avr-no_residence_permit-unmet = Es ist für Menschen ohne Aufenthaltserlaubnis in Belgien. Wenn Sie eine Aufenthaltserlaubnis haben, kann Ihnen eine Beratungsstelle andere Möglichkeiten erklären.
criterion-fedasil_avr-no_residence_permit-unknown = Es ist für Menschen ohne Aufenthaltserlaubnis in Belgien.

programme-eurp = EU-Reintegrationsprogramm (EURP)
programme-eurp-runs = Frontex, die Grenzschutzagentur der Europäischen Union, zusammen mit Partnerorganisationen in den Rückkehrländern. Früher hieß das Programm Joint Reintegration Services (JRS).
programme-eurp-how = Sie können sich nicht selbst anmelden: Die Behörden des Landes, das Sie verlassen, melden Sie an, meist über Ihre Rückkehrberatung, einige Wochen vor der Abreise. Fragen Sie Ihre Rückkehrberatung.

criterion-eurp-non_eu_country-met = Es ist für Menschen aus Ländern außerhalb der Europäischen Union.
criterion-eurp-non_eu_country-unmet = Es ist für Menschen aus Ländern außerhalb der Europäischen Union. Deshalb gilt es nicht für eine Rückkehr in ein EU-Land.
criterion-eurp-non_eu_country-unknown = Es ist für Menschen aus Ländern außerhalb der Europäischen Union.
criterion-eurp-country_covered-met = Ihr Land steht auf der Liste der Länder, in denen das Programm arbeitet (veröffentlicht für Rückkehrende aus Deutschland). Für manche Länder gelten besondere Regeln. Eine Beratungsstelle kann sie Ihnen erklären.
criterion-eurp-country_covered-unmet = Das Programm arbeitet nur in einigen Ländern außerhalb der Europäischen Union.
criterion-eurp-country_covered-unknown = Das Programm arbeitet in etwa 39 Ländern. Ihr Land steht nicht auf der Liste, die wir gefunden haben (veröffentlicht für Rückkehrende aus Deutschland). Deshalb kann nur eine Beratungsstelle es Ihnen sagen.
criterion-eurp-status-met = Es ist für Menschen, die auf die Entscheidung über ihren Asylantrag warten oder die kein Recht mehr haben zu bleiben.
criterion-eurp-status-unmet = Es ist für Menschen, die auf die Entscheidung über ihren Asylantrag warten oder die kein Recht mehr haben zu bleiben. Wenn Sie eine Aufenthaltserlaubnis haben, kann Ihnen eine Beratungsstelle andere Möglichkeiten erklären.
criterion-eurp-status-unknown = Es ist für Menschen, die auf die Entscheidung über ihren Asylantrag warten oder die kein Recht mehr haben zu bleiben.
## Needs

need-safety = Sicherheit und Schutz
need-safety-help = Wenn Sie Angst vor einer Rückkehr haben, sprechen Sie mit einer unabhängigen Anwältin oder einem unabhängigen Anwalt, bevor Sie entscheiden: Sie haben vielleicht ein Recht auf Schutz. Wenn jemand Sie kontrolliert, Ihre Dokumente weggenommen hat oder Sie zur Arbeit zwingt, können Fachstellen Ihnen helfen, sicher und vertraulich. Wenn Sie jetzt in Gefahr sind, rufen Sie den Notruf an.
need-health = Gesundheit und weitere Behandlung
need-health-help = Erzählen Sie einer Beratungsstelle vor der Reise von Ihrer Behandlung. So können Ihre Behandlung und Ihre Medikamente nach der Ankunft weitergehen. Bitten Sie Ihre Ärztin oder Ihren Arzt um einen ärztlichen Bericht und um genug Medikamente für die Reise. Wenn Ihre Medikamente bald zu Ende sind, gehen Sie jetzt zu einer Ärztin oder einem Arzt.
need-travel_documents = Reisedokumente
need-travel_documents-help = Ihre Botschaft oder Ihr Konsulat kann Ihnen einen Reisepass oder ein Reisedokument ausstellen. Eine Rückkehrberatung kann Ihnen bei den Schritten helfen. Manche Programme bezahlen die Kosten.
need-children = Kinder und Schule
## Contacts

contact-fedasil_return-about = Kostenlose, vertrauliche Informationen über die freiwillige Rückkehr und darüber, wie Sie einen Antrag stellen.
contact-caritas_international_be-about = Eine Partnerorganisation von Fedasil für Hilfe bei der Reintegration. Alle, die über eine Rückkehr nachdenken, können sich an ihr Reintegrationsteam wenden.
contact-brussels_bar_helpline-about = Erste rechtliche Beratung am Telefon, egal wie hoch Ihr Einkommen ist.
contact-brussels_legal_aid_office-about = Erste rechtliche Beratung vor Ort. Menschen mit wenig Einkommen können hier kostenlos eine Anwältin oder einen Anwalt bekommen.
contact-emergency_be-about = Polizei, Rettungsdienst und Feuerwehr im Notfall.
contact-albania_trafficking_helpline-about = Ein nationales Hilfetelefon für Opfer von Menschenhandel in Albanien.
contact-mary_ward_loreto-about = Eine Organisation in Albanien, die Opfern von Menschenhandel hilft.
