# Avenir – English texts. Status: complete (source language).
# Keys follow fixed patterns (see docs/authoring.md); `avenir lint` lists missing and unused ones.

## Interface

ui-title = Thinking about returning home? Find out what help there is
ui-listen = Listen
ui-no-voice = This phone has no voice for { $language } that works without the internet, so this text cannot be read aloud.
ui-exit-page = Exit this page
ui-exit-hint = Or press Shift 3 times. Your answers are deleted.
ui-exit-press-two = Shift, press 2 more times to exit.
ui-exit-press-one = Shift, press 1 more time to exit.
ui-language = Language
ui-draft-translation = This translation is a draft: a native speaker has not checked it yet.
ui-language-failed = This language could not be loaded. The text is shown in English.
ui-loading = Loading…
ui-continue = Continue
ui-back = Back
ui-progress = Question { $n } of { $total }
ui-choose-an-answer = Choose an answer, or “I prefer not to say”.
ui-enter-a-number = Enter a whole number from { $min } to { $max }.
ui-error-summary = There is a problem
ui-why-we-ask = Why we ask this
ui-privacy-note = Your answers stay on this phone. Nothing is sent, and nothing is saved unless you choose to.
ui-start-title = Thinking about returning to your country?
ui-start-what = Answer a few questions. It takes a few minutes. You will see which return programmes you may be able to use, what you may want help with, and whom to contact, including independent legal advice about all your options.
ui-start-private = Your answers stay on this phone. Nothing is sent, and nothing is saved unless you choose to. There is no account and no tracking.
ui-start-check = Anyone can check this: once this page has loaded, it keeps working with the internet switched off.
ui-start-indicative = The result is indicative. It helps you prepare a talk with a counsellor and decides nothing. Returning is always your own decision.
ui-start = Start
ui-results-title = Your indicative results
ui-review-title = Check your answers
ui-see-results = See your results
ui-indicative = This result is indicative only. It helps you prepare a conversation with a counsellor, and does not replace one. The decision is always yours.
ui-checked-on = The rules were last checked on { $date }.
ui-content-version = Content version { $version }
ui-programmes = Programmes you may be able to use
ui-no-programmes = No programme matches your answers. A counsellor can tell you about other options.
ui-likely = Likely
ui-possibly = Possibly
ui-not-likely = Not likely
ui-runs = Who runs it
ui-offers = What it offers
ui-how = How to reach it
ui-why-result = Why
ui-reason-met = Fits:
ui-reason-unmet = Does not fit:
ui-reason-unknown = Not known yet:
ui-settle = This answer would settle it:
ui-ask-counsellor = A counsellor can tell you.
ui-change-answer = Change your answer
ui-source = Source
ui-sources-checked = Sources, checked on { $date }:
ui-needs = What you may want help with
ui-no-needs = Your answers did not show a need for help. You can still ask a counsellor about anything.
ui-urgency-immediate = Urgent
ui-urgency-before-departure = Before you leave
ui-urgency-after-arrival = After you arrive
ui-contacts = Who to contact
ui-contact-legal = Independent legal advice
ui-contact-emergency = Emergency and helpline
ui-contact-helps-with = Can help with:
ui-contact-phone = Phone
ui-contact-email = E-mail
ui-contact-website = Website
ui-contact-address = Address
ui-contact-hours = Opening hours
ui-contact-hours-always = Open day and night, every day
ui-contact-languages = Languages
ui-contact-serves = Serves
ui-change-answers = Change your answers
ui-start-again = Start again
ui-content-error = This assessment could not be loaded. Please try again later, or ask a counsellor.
ui-save = Save my answers on this phone
ui-save-hint = Only if no one else uses this phone. Your answers are kept on this phone and are never sent.
ui-saved = Your answers are saved on this phone, and nowhere else.
ui-save-failed = This browser does not allow saving. Your answers are kept only until you close this page.
ui-delete-everything = Delete everything
ui-delete-hint = Deletes your answers and everything this assessment keeps on this phone.
ui-deleted = Everything was deleted from this phone.
ui-resume-found = Your answers from last time are saved on this phone.
ui-resume = Continue where you left off

## Shared options

option-yes = Yes
option-no = No
option-dont-know = I don't know
option-prefer-not-to-say = I prefer not to say

## Questions

question-stay_country = Which country are you living in now?
option-stay_country-BE = Belgium
option-stay_country-other = Another country

question-return_country = Which country are you thinking of returning to?
option-return_country-other = Another country outside the European Union
option-return_country-eu = A country in the European Union

question-residence = What is your situation in the country where you live now?
question-residence-why = Programmes are open to people in some situations and not others. Your answer only decides which programmes are shown, and it stays on this phone.
option-residence-asylum_pending = I applied for asylum and I am waiting for a decision
option-residence-asylum_refused = My asylum application was refused
option-residence-no_permit = I never applied for asylum and I have no residence permit
option-residence-permit = I have a residence permit

question-travel_document = Do you have a valid passport or another travel document?

question-children = How many children under 18 would return with you?
question-children-hint = Write 0 if no children would return with you.

question-health = Do you have an illness or a health condition that needs treatment or regular medicine?
question-health-why = So that we can show you help to continue your treatment after you return. Your answer stays on this phone.

question-medicine = Do you have enough medicine for the journey and the first weeks after you arrive?

question-fear_of_return = Are you afraid of what could happen to you if you return?
question-fear_of_return-why = If you are afraid to return, you may have the right to protection, and a lawyer can tell you about every option. Your answer stays on this phone.

question-exploitation = Has someone taken your documents, or forced you to work or do things you did not want to do?
question-exploitation-why = These can be signs of exploitation or human trafficking. If this is happening to you, there are services that help, in confidence. Your answer stays on this phone.

## Programmes

programme-fedasil_avr = Voluntary return programme (Fedasil)
programme-fedasil_avr-runs = Fedasil, the Belgian federal agency for the reception of asylum seekers. IOM organises the journey.
programme-fedasil_avr-offers = Your journey is organised and paid: the ticket, and transport to the airport or station. You get your travel document at your consulate, and the cost is refunded when you leave. A reinstallation premium is paid in cash when you leave: €350 per adult and €175 per child if your country needs a visa for Belgium; €50 per adult and €25 per child for countries without a visa, for Kosovo and for EU citizens (amounts published for departures from 1 January 2022). Some people can also get reintegration support, such as help with housing, work, a small business or medical costs, for up to 12 months after return; a return counsellor assesses this.
programme-fedasil_avr-how = Talk to a return desk of Fedasil or of a partner organisation, or to your social worker, or call Fedasil's free number. Returning is your own decision: you can change your mind, even after you apply.

criterion-fedasil_avr-in_belgium-met = You live in Belgium, where this programme runs.
criterion-fedasil_avr-in_belgium-unmet = This programme is for people who live in Belgium.
criterion-fedasil_avr-in_belgium-unknown = This programme is for people who live in Belgium.
criterion-fedasil_avr-no_residence_permit-met = It is for people without a residence permit in Belgium: people waiting for an asylum decision, people whose application was refused, and people who never applied.
criterion-fedasil_avr-no_residence_permit-unmet = It is for people without a residence permit in Belgium. With a residence permit, a counsellor can tell you about other options.
criterion-fedasil_avr-no_residence_permit-unknown = It is for people without a residence permit in Belgium.

programme-eurp = EU Reintegration Programme (EURP)
programme-eurp-runs = Frontex, the European Union's border agency, with partner organisations in the countries of return. It was called Joint Reintegration Services (JRS) before.
programme-eurp-offers = Help in the first days after you arrive, such as pick-up at the airport, onward transport, a place to stay and extra medical needs. Then support for up to 12 months, given as goods and services rather than cash: for example housing, medical help, job counselling, education or starting a business.
programme-eurp-how = You cannot apply yourself: the authorities of the country you leave register you, usually through your return counsellor, some weeks before you leave. Ask your return counsellor.

criterion-eurp-non_eu_country-met = It is for people from countries outside the European Union.
criterion-eurp-non_eu_country-unmet = It is for people from countries outside the European Union, so it does not cover a return to an EU country.
criterion-eurp-non_eu_country-unknown = It is for people from countries outside the European Union.
criterion-eurp-country_covered-met = Your country is on the list of countries where the programme works, as published for returns from Germany. For some countries special rules apply, which a counsellor can explain.
criterion-eurp-country_covered-unmet = The programme works only in some countries outside the European Union.
criterion-eurp-country_covered-unknown = The programme works in about 39 countries. Your country is not on the list we found (published for returns from Germany), so only a counsellor can say.
criterion-eurp-status-met = It is for people who are waiting for an asylum decision or who no longer have the right to stay.
criterion-eurp-status-unmet = It is for people who are waiting for an asylum decision or who no longer have the right to stay. With a residence permit, a counsellor can tell you about other options.
criterion-eurp-status-unknown = It is for people who are waiting for an asylum decision or who no longer have the right to stay.
criterion-eurp-referral-unknown = The authorities of the country you live in must register you. We found no public source saying which countries, Belgium included, do this.

## Needs

need-safety = Safety and protection
need-safety-help = If you are afraid to return, talk to an independent lawyer before you decide: you may have the right to protection. If someone controls you, has taken your documents or forces you to work, specialised services can help you, safely and in confidence. If you are in danger now, call the emergency number.
need-health = Health and continuity of care
need-health-help = Tell a counsellor about your treatment before you travel, so that your care and medicine can continue after you arrive. Ask your doctor for a medical report and for enough medicine for the journey. If you are running out of medicine, see a doctor now.
need-travel_documents = Travel documents
need-travel_documents-help = Your embassy or consulate can give you a passport or travel document. A return counsellor can help you with the steps, and some programmes pay for it.
need-children = Children and school
need-children-help = Before you leave, ask the school for your children's school records and certificates, and bring their birth certificates: schools may ask for them to enrol your children after you return.

## Contacts

contact-fedasil_return-about = Free, confidential information about voluntary return, and the way to apply.
contact-caritas_international_be-about = A partner of Fedasil for reintegration support. Anyone thinking about returning can contact its reintegration team.
contact-brussels_bar_helpline-about = First-line legal help by phone, whatever your income.
contact-brussels_legal_aid_office-about = First-line legal help in person. People with a low income can get a free lawyer here.
contact-payoke-about = Help and shelter for victims of human trafficking, in confidence.
contact-emergency_be-about = Police, ambulance and fire brigade, in an emergency.
contact-albania_trafficking_helpline-about = A national helpline for victims of human trafficking in Albania.
contact-mary_ward_loreto-about = An organisation in Albania that helps victims of human trafficking.
