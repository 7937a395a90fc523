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
ui-host-failed = This assessment could not start in this browser. Please try another browser, or ask a counsellor.
ui-host-noscript = This assessment needs JavaScript. Nothing you enter leaves your device.
ui-host-embed-failed = The self-assessment cannot start inside this page.
ui-host-embed-open = Open the self-assessment on a page of its own
ui-continue = Continue
ui-back = Back
ui-progress = Question { $n } of { $total }
ui-progress-follow-up = Follow-up to question { $n } of { $total }
ui-choose-country = Choose a country
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
ui-indicative-short = Indicative only. The decision is yours.
ui-checked-on = The rules were last checked on { $date }.
ui-content-version = Content version { $version }
ui-programmes = Programmes you may be able to use
ui-no-programmes = No programme matches your answers. A counsellor can tell you about other options.
ui-programmes-for-return = Programmes only for people returning to particular countries: { $count }. Tell us your country of return to see whether one fits you.
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
ui-page-published = page of { $date }
ui-page-updated = page updated { $date }
ui-page-undated = the page shows no date
ui-page-checked = checked { $date }
ui-likely-no-right = Likely to meet the published criteria; there is no right to it
ui-no-right = There is no right to it: the authority decides each case.
ui-contact-phone-national = From inside the country:
ui-needs = What you may want help with
ui-no-needs = Your answers did not show a need for help. You can still ask a counsellor about anything.
ui-urgency-immediate = Urgent
ui-urgency-before-departure = Before you leave
ui-urgency-after-arrival = After you arrive
ui-contacts = Who to contact
ui-next-step = Your next step
ui-next-urgent = Call them first: they help with “{ $need }”, which your answers show is urgent.
ui-next-programme = They can tell you about “{ $programme }”, which your answers suggest may be open to you.
ui-next-legal = Free, independent legal advice about all your options, before you decide anything.
ui-not-likely-group = Programmes that probably do not fit you, and why
ui-sources = Sources and when they were checked
ui-contact-more = Opening hours, languages and more
ui-need-advice = What you can do
ui-need-advice-more = What you can do, and more contacts
ui-number-above = number above, in “Your next step”
ui-contact-legal = Independent legal advice
ui-contact-emergency = Emergency and helpline
ui-from-site = Added by the organisation whose website you are on.
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
ui-show-code = Show my answers to a counsellor
ui-code-warning = Anyone who sees this code or its QR picture can read your answers with this tool. Show it only to a counsellor you trust.
ui-code-choice = You can leave out your answers to personal questions. The counsellor then sees “Not shared” for them.
ui-code-which = Which answers are left out
ui-code-all = Show a code with all my answers
ui-code-without = Show a code without my personal answers
ui-code-note = Show this code to a counsellor. It contains your answers; it is not sent anywhere.
ui-code-note-without = Show this code to a counsellor. It contains your answers, except those to personal questions; it is not sent anywhere.
ui-for-counsellors = For counsellors
ui-counsellor-title = Counsellor view
ui-code-label = Code from the person’s phone
ui-code-read = Read the code
ui-code-check = Check the code: a character is wrong or missing.
ui-code-other-version = This code was made with other questions. The answers below are a guess: check each one with the person.
ui-code-unsupported = This code was made by another version of Avenir and cannot be read here.
ui-code-not-a-code = This is not a code from this assessment. Check what you typed.
ui-code-cleared = The answers from the previous code were removed.
ui-answers = Answers
ui-not-asked = Not asked, because of an earlier answer.
ui-from-answer = From the answer to:
ui-not-answered = Not answered
ui-not-shared = Not shared
ui-notes = Notes
ui-desk-page-title = Avenir – counsellor view: first meeting
ui-desk-new-person = New person
ui-desk-start = Read the code from the person’s phone, or fill in the answers with the person. The programmes and the open points appear with the first answer.
ui-desk-open = Open points
ui-desk-open-none = Nothing is open: every question that matters has an answer.
ui-desk-settles = Would settle: { $programmes }
ui-desk-to-check = To check with the person (no question settles it)
ui-desk-programme = Programme
ui-desk-result = Result
ui-desk-change = Change
ui-desk-notes-hint = Kept on this screen only: never saved, never put in a code or sent. Printed with the summary.
ui-desk-vulnerabilities = Vulnerabilities observed
ui-desk-family = Family composition and children’s ages
ui-desk-consent = What the person consented to
ui-desk-handback = Give the person a new code of these answers
ui-desk-summaries = Summaries to print
ui-desk-print = What to print
ui-desk-print-record = Meeting record: answers, results and notes
ui-desk-print-referral = Referral summary for a reintegration partner
ui-desk-print-takehome = Take-home summary for the person, in two languages
ui-desk-print-button = Print
ui-desk-chosen = Programme chosen
ui-desk-none-chosen = Not chosen yet
ui-desk-person-language = The person’s language
ui-desk-organisation = Organisation
ui-desk-date = Date of the meeting
ui-desk-referral-title = Referral summary
ui-desk-return-country = Country of return
ui-desk-partner = Reintegration partner in the country of return
ui-desk-no-partner = None known to this tool for this country: ask the programme.
ui-desk-support = Type of support
ui-desk-needs = Needs identified
ui-desk-referral-consent = I agree that this summary is given to the programme and the reintegration partner named above, for my referral only.
ui-desk-signature-person = Signature of the person, and date
ui-desk-signature-counsellor = Signature of the counsellor
ui-desk-takehome-title = Summary of our meeting
ui-qr-label = QR code of your answers
ui-qr-note = A counsellor can scan this square with a camera, or type the letters and numbers below.
ui-scan = Scan the QR code with the camera
ui-scan-stop = Stop the camera
ui-scan-hint = Point the camera at the square code on the person’s phone. Nothing is recorded or sent.
ui-scan-photo = Or read the code from a photo
ui-scan-failed = The camera could not be used. Type the code, or choose a photo of it.
ui-scan-none = No code was found in this picture. Try again, or type the code.

## Groups of questions (headings in the counsellor's view)
group-situation = Where you are and where you would go
group-documents = Documents and family
group-health = Health and well-being
group-support = Support after return and money
group-safety = Safety

## Shared options

option-yes = Yes
option-no = No
option-dont-know = I don't know
option-prefer-not-to-say = I prefer not to say

## Questions

question-stay_country = Which country are you living in now?
option-stay_country-other = Another country

question-return_country = Which country are you thinking of returning to?
option-return_country-other = Another country outside the European Union
option-return_country-eu = A country in the European Union

question-residence = What is your situation in the country where you live now?
question-residence-why = Programmes are open to people in some situations and not others. Your answer only decides which programmes are shown, and it stays on this phone.
option-residence-asylum_pending = I applied for asylum and I am waiting for a decision
option-residence-asylum_refused = My asylum application was refused, or I withdrew it
option-residence-no_permit = I never applied for asylum and I have no residence permit
option-residence-protection = I have refugee status, or another protection or humanitarian permit
option-residence-protection_ended = My protection status or residence permit was withdrawn or not extended
option-residence-permit = I have another residence permit, for example for work, study or family
option-residence-eu_citizen = I am a citizen of a European Union country

question-own_means = Could you pay for the journey home with your own money?
question-own_means-why = Some programmes are only for people who cannot pay for the journey themselves. Your answer stays on this phone.
question-under_18 = Are you under 18?
question-under_18-why = Young people under 18 can get help of their own, such as helplines for children. Your answer stays on this phone.

question-travel_document = Do you have a valid passport or another travel document?

question-children = How many children under 18 would return with you?
question-children-hint = Write 0 if no children would return with you.

question-health = Do you have an illness or a health condition that needs treatment or regular medicine?
question-health-why = So that we can show you help to continue your treatment after you return. Your answer stays on this phone.

question-medicine = Do you have enough medicine for the journey and the first weeks after you arrive?

question-wellbeing = Would you like to talk to someone about how you feel? For example stress, worry, sadness or trouble sleeping.
question-wellbeing-why = Many people feel this way when they think about returning. Talking to someone can help, here and after you return. Your answer stays on this phone.

question-help_after_return = After you return, would you like help with any of these?
question-help_after_return-hint = You can choose more than one.
option-help_after_return-housing = A place to live
option-help_after_return-work = Work, income or training
option-help_after_return-none = No, not now

question-debts = Do you have debts that worry you, here or in your country?
question-debts-why = Many people who return have debts. Debts can make a new start harder, and there is advice for this. Your answer stays on this phone.

question-fear_of_return = Are you afraid of what could happen to you if you return?
question-fear_of_return-why = If you are afraid to return, you may have the right to protection, and a lawyer can tell you about every option. Your answer stays on this phone.

question-exploitation = Has someone taken your documents, or forced you to work or do things you did not want to do?
question-exploitation-why = These can be signs of exploitation or human trafficking. If this is happening to you, there are services that help, in confidence. Your answer stays on this phone.

## Programmes: Belgium
#
# Each criterion's reason has one text per case (docs/authoring.md, "Reasons"): -met and -unmet
# (the answers settle it), -unknown (the rule itself leaves it open, whatever is answered),
# -not-answered (a question it reads was skipped, answered "I prefer not to say", or not asked)
# and -dont-know (answered "I don't know"). A reason never claims an answer the person did not give.

programme-fedasil_avr = Voluntary return programme (Fedasil)
programme-fedasil_avr-runs = Fedasil, the Belgian federal agency for the reception of asylum seekers. IOM organises the journey.
programme-fedasil_avr-offers = Your journey is organised and paid: the ticket, and transport to the airport or station. You get your travel document at your consulate, and the cost is refunded when you leave. The authorities of your country are not told before you arrive. A reinstallation premium can be paid in cash when you leave. The amounts published in January 2022 were €350 per adult and €175 per child for a country whose citizens need a visa, and €50 per adult and €25 per child for a visa-free country, Kosovo, or an EU citizen returning home. They may have changed since: a counsellor can tell you today's amounts. The minister has also removed the premium for people returning to Moldova (announced in January 2026).
programme-fedasil_avr-how = Talk to a return desk of Fedasil (in Brussels, Ghent, Antwerp, Charleroi or Liège) or of a partner organisation, or to your social worker, or call Fedasil's free number. Returning is your own decision: you can change your mind, even after you apply.

criterion-fedasil_avr-in_belgium-met = You live in Belgium, where this programme runs.
criterion-fedasil_avr-in_belgium-unmet = This programme is for people who live in Belgium.
criterion-fedasil_avr-in_belgium-not-answered = Your answers do not say which country you live in. This programme is for people who live in Belgium.
criterion-fedasil_avr-no_residence_permit-met = It is for people without a residence permit in Belgium: people waiting for an asylum decision, people whose application was refused, people who never applied, people whose permit ended, and citizens of EU countries that joined from 2004.
criterion-fedasil_avr-no_residence_permit-unmet = It is for people without a residence permit in Belgium, and for citizens of EU countries that joined from 2004, not of the 15 older ones. With a residence permit, a counsellor can tell you about other options.
criterion-fedasil_avr-no_residence_permit-unknown = It is for people without a residence permit in Belgium, and for citizens of EU countries that joined from 2004, not of the 15 older ones.
criterion-fedasil_avr-no_residence_permit-not-answered = Your answers do not say what your situation is. It is for people without a residence permit in Belgium, and for citizens of EU countries that joined from 2004, not of the 15 older ones.
criterion-fedasil_avr-no_residence_permit-dont-know = You answered "I don't know" to a question this depends on. It is for people without a residence permit in Belgium, and for citizens of EU countries that joined from 2004, not of the 15 older ones. A counsellor can help you find out.

programme-fedasil_reintegration = Reintegration support after a return with Fedasil
programme-fedasil_reintegration-runs = Fedasil, with its partners IOM and Caritas International in the country of return.
programme-fedasil_reintegration-offers = Material help, never cash, for up to 12 months after you return: for example to start a small business, rent or repair a home, look for work, or pay medical costs. A partner organisation follows you during that year.
programme-fedasil_reintegration-how = Ask your return counsellor. The counsellor looks at your country, your situation and your needs, and Fedasil decides: not everyone who returns gets this support.

criterion-fedasil_reintegration-in_belgium-met = You live in Belgium, where this support is given.
criterion-fedasil_reintegration-in_belgium-unmet = This support is for people who return from Belgium.
criterion-fedasil_reintegration-in_belgium-not-answered = Your answers do not say which country you live in. This support is for people who return from Belgium.
criterion-fedasil_reintegration-returns_with_fedasil-met = It is for people who return with Fedasil's voluntary return programme, which is open to people without a residence permit.
criterion-fedasil_reintegration-returns_with_fedasil-unmet = It is for people who return with Fedasil's voluntary return programme, which is for people without a residence permit.
criterion-fedasil_reintegration-returns_with_fedasil-not-answered = Your answers do not say what your situation is. It is for people who return with Fedasil's voluntary return programme, which is for people without a residence permit.
criterion-fedasil_reintegration-returns_with_fedasil-dont-know = You answered "I don't know" about your situation. It is for people who return with Fedasil's voluntary return programme, which is for people without a residence permit. A counsellor can help you find out.
criterion-fedasil_reintegration-visa_required_country-met = The basic support is for people from countries whose citizens need a visa to travel to Belgium, like yours (Fedasil's rules of January 2022).
criterion-fedasil_reintegration-visa_required_country-unmet = The basic support is for countries whose citizens need a visa to travel to Belgium, not for EU citizens (Fedasil's rules of January 2022). For a visa-free country Fedasil can make an exception for a vulnerable person, for example because of serious illness, children or signs of exploitation. Your answers did not show such a reason; a counsellor can tell you more.
criterion-fedasil_reintegration-visa_required_country-unknown = The basic support is for countries whose citizens need a visa to travel to Belgium (Fedasil's rules of January 2022). For other countries Fedasil can give support as an exception, because of a vulnerable situation such as serious illness, children, signs of exploitation or how you feel. Only Fedasil decides: a counsellor can tell you.
criterion-fedasil_reintegration-visa_required_country-not-answered = Your answers do not say enough about the country you would return to, or about your situation. The basic support is for countries whose citizens need a visa to travel to Belgium (Fedasil's rules of January 2022). For other countries Fedasil can give support as an exception, because of a vulnerable situation such as serious illness, children, signs of exploitation or how you feel. Only Fedasil decides: a counsellor can tell you.
criterion-fedasil_reintegration-visa_required_country-dont-know = You answered "I don't know" to a question this depends on. The basic support is for countries whose citizens need a visa to travel to Belgium (Fedasil's rules of January 2022). For other countries Fedasil can give support as an exception, because of a vulnerable situation such as serious illness, children, signs of exploitation or how you feel. Only Fedasil decides: a counsellor can tell you.
criterion-fedasil_reintegration-not_ended-met = Fedasil has not ended this support for your country.
criterion-fedasil_reintegration-not_ended-unmet = The minister ended reintegration support for people returning to Brazil (from 1 December 2025) and to Moldova (Fedasil, February 2026). A counsellor can confirm this.
criterion-fedasil_reintegration-not_ended-not-answered = Your answers do not say which country you would return to. The minister ended reintegration support for people returning to Brazil and to Moldova (Fedasil, February 2026).
criterion-fedasil_reintegration-not_ended-dont-know = You answered "I don't know" about the country you would return to. The minister ended reintegration support for people returning to Brazil and to Moldova (Fedasil, February 2026).

## Programmes: Germany

programme-reag_garp = REAG/GARP return programme
programme-reag_garp-runs = The German federal government and the federal states, with EU funding. IOM organises the journey.
programme-reag_garp-offers = Your journey is organised and paid, with transport to the airport or station. Depending on your nationality you can also get (amounts on the programme's pages, read in December 2026): travel money of up to €200 per person (€100 under 18), less for some visa-free countries such as Albania and Moldova; medical help during the journey, and up to €2,000 for medical costs in the first 3 months after you arrive; and a one-off start-up payment of up to €1,000 per person (€500 under 18), at most €4,000 per family. Whether you get these, and how much, is decided for each case. Processing usually takes up to 8 weeks, longer for some countries.
programme-reag_garp-how = You apply only through a return counselling centre: counselling is free and confidential. To leave, you need a valid travel document and a border-crossing certificate from the immigration office (Ausländerbehörde). If your asylum application is still open, talk to an independent legal adviser before you decide anything.

criterion-reag_garp-in_germany-met = You live in Germany, where this programme runs.
criterion-reag_garp-in_germany-unmet = This programme is for people who live in Germany.
criterion-reag_garp-in_germany-not-answered = Your answers do not say which country you live in. This programme is for people who live in Germany.
criterion-reag_garp-cannot_pay-met = It is for people who cannot pay for the journey themselves.
criterion-reag_garp-cannot_pay-unmet = It is for people who cannot pay for the journey themselves. A counsellor can still give you advice.
criterion-reag_garp-cannot_pay-not-answered = Your answers do not say whether you can pay for the journey yourself. It is for people who cannot pay for the journey themselves.
criterion-reag_garp-cannot_pay-dont-know = You answered "I don't know" about paying for the journey yourself. It is for people who cannot pay for it themselves. A counsellor can look at it with you.
criterion-reag_garp-status-met = It is for asylum seekers, people whose asylum application was refused, people who must leave or have a "Duldung", people with refugee or humanitarian status, and victims of trafficking (information sheet of March 2023).
criterion-reag_garp-status-unmet = It is for asylum seekers, people whose asylum application was refused, people who must leave or have a "Duldung", people with refugee or humanitarian status, family members who joined them, and victims of trafficking (information sheet of March 2023). A counsellor can tell you about other options.
criterion-reag_garp-status-unknown = It is also for family members who joined a person who can use it, and for victims of trafficking, also from EU countries (information sheet of March 2023). A counsellor can tell you whether this is your case.
criterion-reag_garp-status-not-answered = Your answers do not say what your situation is. It is for asylum seekers, people whose asylum application was refused, people who must leave or have a "Duldung", people with refugee or humanitarian status, family members who joined them, and victims of trafficking (information sheet of March 2023).
criterion-reag_garp-status-dont-know = You answered "I don't know" about your situation. It is for asylum seekers, people whose asylum application was refused, people who must leave or have a "Duldung", people with refugee or humanitarian status, family members who joined them, and victims of trafficking (information sheet of March 2023). A counsellor can help you find out which applies to you.
criterion-reag_garp-not_eu-met = It is for people from countries outside the European Union who return to a country outside it.
criterion-reag_garp-not_eu-unmet = It is not for EU citizens, nor for a return to an EU country (information sheet of March 2023). Victims of trafficking are an exception.
criterion-reag_garp-not_eu-unknown = It is not for EU citizens, nor for a return to an EU country, except for victims of trafficking (information sheet of March 2023). A counsellor can tell you.
criterion-reag_garp-not_eu-not-answered = Your answers do not say whether you are an EU citizen, or which country you would return to. It is not for EU citizens, nor for a return to an EU country, except for victims of trafficking (information sheet of March 2023).
criterion-reag_garp-not_eu-dont-know = You answered "I don't know" to a question this depends on. It is not for EU citizens, nor for a return to an EU country, except for victims of trafficking (information sheet of March 2023). A counsellor can tell you.
criterion-reag_garp-no_open_application-met = If you have appealed a decision, or can still appeal, the programme asks you to give up the appeal. Get independent legal advice before you decide.
criterion-reag_garp-no_open_application-unmet = While your asylum application is open, you can use this programme only if you withdraw it.
criterion-reag_garp-no_open_application-unknown = While your asylum application is still open, you can use this programme only if you withdraw it or give up an appeal. You may not be able to apply again. Talk to an independent legal adviser before you decide: their contacts are below.
criterion-reag_garp-no_open_application-not-answered = Your answers do not say whether your asylum application is still open. If it is, you can use this programme only if you withdraw it or give up an appeal, and you may not be able to apply again. Talk to an independent legal adviser before you decide.
criterion-reag_garp-no_open_application-dont-know = You answered "I don't know" about your situation. If your asylum application is still open, you can use this programme only if you withdraw it or give up an appeal, and you may not be able to apply again. Talk to an independent legal adviser before you decide.

programme-starthilfe_plus = StarthilfePlus: extra reintegration support
programme-starthilfe_plus-runs = The Federal Office for Migration and Refugees (BAMF). IOM gives the help in the country of return.
programme-starthilfe_plus-offers = Extra help on top of REAG/GARP, depending on your nationality: a second start-up payment, or help with housing (rules valid from January 2024). In countries where the EU Reintegration Programme works, the payment is smaller, except for people in a vulnerable situation or with a protection status. The amounts are set case by case by the Federal Office. There is no legal right to it.
programme-starthilfe_plus-how = Ask your return counselling centre, when you apply for REAG/GARP.

criterion-starthilfe_plus-in_germany-met = You live in Germany, where this programme runs.
criterion-starthilfe_plus-in_germany-unmet = This programme is for people who live in Germany.
criterion-starthilfe_plus-in_germany-not-answered = Your answers do not say which country you live in. This programme is for people who live in Germany.
criterion-starthilfe_plus-with_reag_garp-met = It is given only together with REAG/GARP, and your answers fit REAG/GARP.
criterion-starthilfe_plus-with_reag_garp-unmet = It is given only together with REAG/GARP, and your answers do not fit REAG/GARP.
criterion-starthilfe_plus-with_reag_garp-unknown = It is given only together with REAG/GARP. Whether REAG/GARP is open to you is not known yet.
criterion-starthilfe_plus-with_reag_garp-not-answered = Your answers do not say enough to know whether REAG/GARP is open to you. This help is given only together with REAG/GARP.
criterion-starthilfe_plus-with_reag_garp-dont-know = You answered "I don't know" to a question this depends on. This help is given only together with REAG/GARP, and whether REAG/GARP is open to you is not known yet.
criterion-starthilfe_plus-nationality-met = People from your country can get one kind of this help.
criterion-starthilfe_plus-nationality-unmet = It is for people from some countries outside the European Union, not for EU citizens.
criterion-starthilfe_plus-nationality-unknown = The help depends on your nationality. The lists we found (2024) are not complete: there is also help for people who have had a "Duldung" for a long time, and Turkish nationals get it only after more than six months in Germany (since July 2024). A counsellor can tell you.
criterion-starthilfe_plus-nationality-not-answered = Your answers do not say which country you would return to. The help depends on your nationality. The lists we found (2024) are not complete: there is also help for people who have had a "Duldung" for a long time, and Turkish nationals get it only after more than six months in Germany (since July 2024).
criterion-starthilfe_plus-nationality-dont-know = You answered "I don't know" about the country you would return to. The help depends on your nationality. The lists we found (2024) are not complete: there is also help for people who have had a "Duldung" for a long time, and Turkish nationals get it only after more than six months in Germany (since July 2024). A counsellor can tell you.

## Programmes: Denmark

programme-dk_repatriation = Repatriation support (Repatriation Act)
programme-dk_repatriation-runs = Your municipality grants the support. The Danish Refugee Council (DRC) gives the counselling.
programme-dk_repatriation-offers = Money to settle in your country, paid partly just before you leave and partly after you arrive in your country (law of April 2024), with an amount for each child. Help to move your belongings, health insurance and medicine for a time, and money for children's schooling. The amounts change every year. Support is given only once. Some people, for example refugees, have a right of cancellation: they can come back to Denmark within 12 months and then repay the support. A counsellor can tell you whether you have it.
programme-dk_repatriation-how = Write to the Danish Refugee Council for counselling. The counselling is free.

criterion-dk_repatriation-in_denmark-met = You live in Denmark, where this support is given.
criterion-dk_repatriation-in_denmark-unmet = This support is for people who live in Denmark.
criterion-dk_repatriation-in_denmark-not-answered = Your answers do not say which country you live in. This support is for people who live in Denmark.
criterion-dk_repatriation-status-met = It is for refugees and people with a humanitarian permit.
criterion-dk_repatriation-status-unmet = It is for refugees, people with a humanitarian permit, and family members who joined a refugee. It is not for asylum seekers.
criterion-dk_repatriation-status-unknown = It is for refugees, people with a humanitarian permit, and family members who joined a refugee. The rules also look at people whose permit was not extended or was withdrawn. A counsellor can tell you if your situation counts.
criterion-dk_repatriation-status-not-answered = Your answers do not say what your situation is. It is for refugees, people with a humanitarian permit, and family members who joined a refugee. The rules also look at people whose permit was not extended or was withdrawn.
criterion-dk_repatriation-status-dont-know = You answered "I don't know" about your situation. It is for refugees, people with a humanitarian permit, and family members who joined a refugee. The rules also look at people whose permit was not extended or was withdrawn. A counsellor can tell you if your situation counts.
criterion-dk_repatriation-not_eu-met = It is for people from countries outside the European Union.
criterion-dk_repatriation-not_eu-unmet = It is not for citizens of the EU or of a Nordic country.
criterion-dk_repatriation-not_eu-not-answered = Your answers do not say whether you are an EU citizen, or which country you would return to. It is not for citizens of the EU or of a Nordic country.
criterion-dk_repatriation-not_eu-dont-know = You answered "I don't know" to a question this depends on. It is not for citizens of the EU or of a Nordic country.
criterion-dk_repatriation-own_means-met = It is for people who cannot pay for their return themselves.
criterion-dk_repatriation-own_means-unmet = It is for people who cannot pay for their return themselves.
criterion-dk_repatriation-own_means-not-answered = Your answers do not say whether you can pay for your return yourself. It is for people who cannot pay for their return themselves.
criterion-dk_repatriation-own_means-dont-know = You answered "I don't know" about paying for your return yourself. It is for people who cannot pay for it themselves. A counsellor can look at it with you.

programme-dk_return_support = Return support for people whose asylum application was refused or whose protection ended
programme-dk_return_support-runs = The Danish Return Agency (Hjemrejsestyrelsen).
programme-dk_return_support-offers = Support of up to DKK 20,000 if you take part in planning your return, or up to DKK 15,000 if you take part later. Where there is a reintegration partner in your country, the support is given as goods and services, not cash.
programme-dk_return_support-how = The Danish Return Agency decides. The Danish Refugee Council gives free, confidential advice and does not pass on what you tell it. People convicted of some serious crimes cannot get this support.

criterion-dk_return_support-in_denmark-met = You live in Denmark, where this support is given.
criterion-dk_return_support-in_denmark-unmet = This support is for people who live in Denmark.
criterion-dk_return_support-in_denmark-not-answered = Your answers do not say which country you live in. This support is for people who live in Denmark.
criterion-dk_return_support-refused_or_withdrawn-met = It is for people whose asylum application was refused or who withdrew it, and for people whose protection permit was withdrawn or not extended.
criterion-dk_return_support-refused_or_withdrawn-unmet = It is for people whose asylum application was refused or who withdrew it, and for people whose protection permit was withdrawn or not extended.
criterion-dk_return_support-refused_or_withdrawn-not-answered = Your answers do not say what your situation is. It is for people whose asylum application was refused or who withdrew it, and for people whose protection permit was withdrawn or not extended.
criterion-dk_return_support-refused_or_withdrawn-dont-know = You answered "I don't know" about your situation. It is for people whose asylum application was refused or who withdrew it, and for people whose protection permit was withdrawn or not extended. A counsellor can help you find out.

## Programmes: Bulgaria, Croatia, Slovenia

programme-bg_avrr = Assisted voluntary return and reintegration (IOM Bulgaria)
programme-bg_avrr-runs = IOM, the International Organization for Migration.
programme-bg_avrr-offers = Help to return, and special help for people with medical needs, single parents, unaccompanied children and victims of human trafficking. IOM helps people return only where it is judged safe. It can be used only once, only if you have not yet received an expulsion or removal order, and you must be fit to travel (page updated March 2023).
programme-bg_avrr-how = Contact IOM in Sofia. A voluntary return can also be started through the Migration Directorate of the Ministry of Interior. Before you withdraw an asylum application, get legal advice: you cannot apply again unless something new happens.

criterion-bg_avrr-in_bulgaria-met = You live in Bulgaria, where this programme runs.
criterion-bg_avrr-in_bulgaria-unmet = This programme is for people who live in Bulgaria.
criterion-bg_avrr-in_bulgaria-not-answered = Your answers do not say which country you live in. This programme is for people who live in Bulgaria.
criterion-bg_avrr-status-met = It is for people without a residence permit, asylum applicants, and people with protection who no longer want to stay.
criterion-bg_avrr-status-unmet = It is for people without a residence permit, asylum applicants, and people with protection. A counsellor can tell you about other options.
criterion-bg_avrr-status-not-answered = Your answers do not say what your situation is. It is for people without a residence permit, asylum applicants, and people with protection who no longer want to stay.
criterion-bg_avrr-status-dont-know = You answered "I don't know" about your situation. It is for people without a residence permit, asylum applicants, and people with protection who no longer want to stay. A counsellor can help you find out.

programme-hr_avrr = AVRR.hr: assisted voluntary return (IOM Croatia)
programme-hr_avrr-runs = IOM, with EU co-funding through the Croatian Ministry of the Interior.
programme-hr_avrr-offers = A medical check, the journey, some money, and counselling before and after you return.
programme-hr_avrr-how = Contact AVRR.hr through its website. If your asylum application was refused, you usually have 7 to 30 days to leave voluntarily: get advice early.

criterion-hr_avrr-in_croatia-met = You live in Croatia, where this programme runs.
criterion-hr_avrr-in_croatia-unmet = This programme is for people who live in Croatia.
criterion-hr_avrr-in_croatia-not-answered = Your answers do not say which country you live in. This programme is for people who live in Croatia.
criterion-hr_avrr-third_country-met = It is for people from countries outside the European Union.
criterion-hr_avrr-third_country-unmet = It is for people from countries outside the European Union, not for EU citizens.
criterion-hr_avrr-third_country-not-answered = Your answers do not say whether you are an EU citizen, or which country you would return to. It is for people from countries outside the European Union.
criterion-hr_avrr-third_country-dont-know = You answered "I don't know" to a question this depends on. It is for people from countries outside the European Union.
criterion-hr_avrr-still_running-unknown = The project page says the project was extended until 31 December 2021. We did not find whether it runs today. IOM Croatia can tell you.

programme-si_avrr = Assisted voluntary return (IOM Slovenia)
programme-si_avrr-runs = IOM, together with the Slovenian Police, with EU funding.
programme-si_avrr-offers = Help to return to your country voluntarily.
programme-si_avrr-how = Contact IOM Slovenia.

criterion-si_avrr-in_slovenia-met = You live in Slovenia, where this programme runs.
criterion-si_avrr-in_slovenia-unmet = This programme is for people who live in Slovenia.
criterion-si_avrr-in_slovenia-not-answered = Your answers do not say which country you live in. This programme is for people who live in Slovenia.
criterion-si_avrr-who_can_apply-unknown = We found no public information on who can apply. IOM Slovenia can tell you.

## Programmes: EU

programme-eurp = EU Reintegration Programme (EURP)
programme-eurp-runs = Frontex, the European Union's border agency, with partner organisations in the countries of return. It was called Joint Reintegration Services (JRS) before.
programme-eurp-offers = Help in the first days after you arrive (up to 14 working days, says the German return portal), such as pick-up at the airport, onward transport, a place to stay and extra medical needs. Then support for up to 12 months, given as goods and services rather than cash: for example housing, medical help, job counselling, education or starting a business.
programme-eurp-how = You cannot apply yourself: the authorities of the country you leave register you, usually through your return counsellor, some weeks before you leave. Ask your return counsellor.

criterion-eurp-non_eu_country-met = It is for people from countries outside the European Union.
criterion-eurp-non_eu_country-unmet = It is for people from countries outside the European Union, so it does not cover EU citizens or a return to an EU country.
criterion-eurp-non_eu_country-not-answered = Your answers do not say whether you are an EU citizen, or which country you would return to. It is for people from countries outside the European Union.
criterion-eurp-non_eu_country-dont-know = You answered "I don't know" to a question this depends on. It is for people from countries outside the European Union.
criterion-eurp-country_covered-met = Your country is on the list of countries where the programme works, as published for returns from Germany. For some countries special rules apply, which a counsellor can explain.
criterion-eurp-country_covered-unmet = The programme works only in some countries outside the European Union (the list published for returns from Germany has 36, read in December 2026), and the country you chose is not among them. A counsellor can confirm this.
criterion-eurp-country_covered-unknown = The programme works in 37 to 39 countries. The list we found is the one published for returns from Germany, which is not complete for other countries; from Germany, Turkish nationals who stayed up to six months cannot get it. Only a counsellor can say.
criterion-eurp-country_covered-not-answered = Your answers do not say which country you would return to, or where you live. The programme works in 37 to 39 countries. The list we found is the one published for returns from Germany, which is not complete for other countries; from Germany, Turkish nationals who stayed up to six months cannot get it.
criterion-eurp-country_covered-dont-know = You answered "I don't know" about the country you would return to. The programme works in 37 to 39 countries. The list we found is the one published for returns from Germany, which is not complete for other countries; from Germany, Turkish nationals who stayed up to six months cannot get it. A counsellor can tell you.
criterion-eurp-status-met = It is for people who are waiting for an asylum decision or who no longer have the right to stay.
criterion-eurp-status-unmet = It is for people who are waiting for an asylum decision or who no longer have the right to stay. With a residence permit, a counsellor can tell you about other options.
criterion-eurp-status-unknown = It is for people who are waiting for an asylum decision or who no longer have the right to stay. In Germany it can also follow a return with REAG/GARP: a counsellor can tell you.
criterion-eurp-status-not-answered = Your answers do not say what your situation is. It is for people who are waiting for an asylum decision or who no longer have the right to stay. In Germany it can also follow a return with REAG/GARP: a counsellor can tell you.
criterion-eurp-status-dont-know = You answered "I don't know" about your situation. It is for people who are waiting for an asylum decision or who no longer have the right to stay. In Germany it can also follow a return with REAG/GARP: a counsellor can tell you.
criterion-eurp-referral-met = In Germany, the Federal Office for Migration and Refugees (BAMF) registers people for this programme, through the return counselling centres.
criterion-eurp-referral-unmet = The authorities of the country you live in must register you.
criterion-eurp-referral-unknown = The authorities of the country you live in must register you. We found no public source saying which countries, other than Germany, do this.
criterion-eurp-referral-not-answered = Your answers do not say which country you live in. The authorities of the country you live in must register you. We found no public source saying which countries, other than Germany, do this.

## Programmes: countries of return

programme-al_migration_counters = Migration counters for returnees (Albania)
programme-al_migration_counters-runs = The National Agency for Employment and Skills, at regional employment offices, with support from IOM.
programme-al_migration_counters-offers = Advice, information and referral for people who return to Albania, and help to find work.
programme-al_migration_counters-how = Ask at the migration counter ("Sportel Migracioni") of the employment office in your region after you return.

criterion-al_migration_counters-returning_to_albania-met = It is for people who return to Albania.
criterion-al_migration_counters-returning_to_albania-unmet = It is for people who return to Albania.
criterion-al_migration_counters-returning_to_albania-not-answered = Your answers do not say which country you would return to. It is for people who return to Albania.
criterion-al_migration_counters-returning_to_albania-dont-know = You answered "I don't know" about the country you would return to. It is for people who return to Albania.

programme-xk_reintegration = Reintegration programme for repatriated persons (Kosovo)
programme-xk_reintegration-runs = The Ministry of Internal Affairs of Kosovo, with the municipalities.
programme-xk_reintegration-offers = In 2017 the programme gave support and free medicine for one year, and help with housing. Returnees could register at the ministry's office at Pristina airport.
programme-xk_reintegration-how = Ask at the ministry's office at Pristina airport when you arrive, or ask your return counsellor before you leave.

criterion-xk_reintegration-returning_to_kosovo-met = It is for people who return to Kosovo.
criterion-xk_reintegration-returning_to_kosovo-unmet = It is for people who return to Kosovo.
criterion-xk_reintegration-returning_to_kosovo-not-answered = Your answers do not say which country you would return to. It is for people who return to Kosovo.
criterion-xk_reintegration-returning_to_kosovo-dont-know = You answered "I don't know" about the country you would return to. It is for people who return to Kosovo.
criterion-xk_reintegration-current_rules-unknown = In 2017 it was for people who had left Kosovo before 28 July 2010. We did not find the current rules. A counsellor can tell you.

programme-awo_kosovo = AWO counselling centre in Prishtina
programme-awo_kosovo-runs = AWO Nuremberg, a German welfare organisation.
programme-awo_kosovo-offers = Counselling for people who return voluntarily from Germany. Help with school and birth certificates from Germany, medicines, school supplies and repairs to a home. It also helps people who cannot get state support in Kosovo.
programme-awo_kosovo-how = Ask your return counselling centre in Germany to contact AWO before you leave.

criterion-awo_kosovo-returning_to_kosovo-met = It is for people who return to Kosovo.
criterion-awo_kosovo-returning_to_kosovo-unmet = It is for people who return to Kosovo.
criterion-awo_kosovo-returning_to_kosovo-not-answered = Your answers do not say which country you would return to. It is for people who return to Kosovo.
criterion-awo_kosovo-returning_to_kosovo-dont-know = You answered "I don't know" about the country you would return to. It is for people who return to Kosovo.
criterion-awo_kosovo-from_germany-met = It is for people who return from Germany.
criterion-awo_kosovo-from_germany-unmet = It is for people who return from Germany.
criterion-awo_kosovo-from_germany-not-answered = Your answers do not say which country you live in. It is for people who return from Germany.

programme-md_reintegration = National programme for return and reintegration (Moldova)
programme-md_reintegration-runs = The Government of Moldova (programme for 2023–2027). The Bureau for Diaspora Relations coordinates policy for Moldovans abroad.
programme-md_reintegration-offers = Help to find work, access to medical, social and education services, and help to start a business.
programme-md_reintegration-how = Ask your return counsellor, or the Bureau for Diaspora Relations of the Government of Moldova.

criterion-md_reintegration-returning_to_moldova-met = It is for Moldovan citizens who return to Moldova.
criterion-md_reintegration-returning_to_moldova-unmet = It is for Moldovan citizens who return to Moldova.
criterion-md_reintegration-returning_to_moldova-not-answered = Your answers do not say which country you would return to. It is for Moldovan citizens who return to Moldova.
criterion-md_reintegration-returning_to_moldova-dont-know = You answered "I don't know" about the country you would return to. It is for Moldovan citizens who return to Moldova.

## Needs

need-return_safety = Safety in the country you would return to
need-return_safety-help = The UN Refugee Agency (UNHCR) asks countries not to send people back to this country, or to parts of it, because it is not safe. Before you decide anything, talk to an independent legal adviser about all your options, including staying: their contact is below. You may have the right to protection. Nobody can make you sign up for a voluntary return.
need-safety = Safety and protection
need-safety-help = If you are afraid to return, talk to an independent lawyer before you decide: you may have the right to protection. If someone controls you, has taken your documents or forces you to work, specialised services can help you, safely and in confidence. If you are in danger now, call the emergency number.
need-health = Health and continuity of care
need-health-help = Tell a counsellor about your treatment before you travel, so that your care and medicine can continue after you arrive. Ask your doctor for a medical report and for enough medicine for the journey. If you are running out of medicine, see a doctor now.
need-mental_health = How you feel: mental health and support
need-mental_health-help = Feeling stressed, worried, ashamed or sad is common when people think about returning. You do not have to face it alone. Ask a counsellor or a doctor about talking to someone, before you leave and after you arrive. If you think about hurting yourself, call the emergency number now.
need-travel_documents = Travel documents
need-travel_documents-help = Your embassy or consulate can give you a passport or travel document. A return counsellor can help you with the steps, and some programmes pay for it.
need-children = Children and school
need-children-help = Before you leave, ask the school for your children's school records and certificates, and bring their birth certificates: schools may ask for them to enrol your children after you return. If a child was born here, make sure the birth is registered with your embassy or consulate. If your children do not speak the language of your country well, ask about language support at school.
need-debts = Debts
need-debts-help = Tell a counsellor about your debts before you leave. Debts can make a new start harder, and some people are pressured by the people they owe. If someone threatens you because of a debt, this is a safety question too: talk to a counsellor or a lawyer.
need-housing = A place to live after you return
need-housing-help = Ask a counsellor before you leave about help with a place to stay when you arrive and with renting or repairing a home. Some programmes help with this.
need-income = Work and income
need-income-help = Ask a counsellor about help to find work, to learn a skill or to start a small business after you return. Bring your diplomas and certificates of work and training.
need-country_information = Information about your country
need-country_information-help = We have no information on programmes specific to this country. The general programmes and contacts on this page still apply. A counsellor can look for more information about your country before you decide.

## Contacts
contact-fedasil_return-about = Free, confidential information about voluntary return, and the way to apply.
contact-caritas_international_be-about = A partner of Fedasil for reintegration support. Anyone thinking about returning can contact its reintegration team.
contact-brussels_bar_helpline-about = First-line legal help by phone, whatever your income.
contact-brussels_legal_aid_office-about = In July and August: Mondays, Wednesdays and Fridays, 09:00–11:00.
contact-payoke-about = Help and shelter for victims of human trafficking, in confidence. Open day and night.
contact-emergency_be-about = Police, ambulance and fire brigade, in an emergency.
contact-returning_from_germany-about = The information portal on voluntary return from Germany. Find a free, confidential return counselling centre near you, or talk to an IOM counsellor in your country of return by WhatsApp, Viber, Facebook or Skype.
contact-pro_asyl-about = Advice on legal and social questions, and help to find a local advice centre or a lawyer.
contact-fluechtlingsrat_bayern-about = Advice and information for refugees in Bavaria.
contact-kok-about = Can put you in touch with a specialised counselling centre for victims of human trafficking in your federal state.
contact-emergency_de-about = Police, ambulance and fire brigade, in an emergency.
contact-drc_asylum-about = Free, independent advice about asylum, your options after a refusal, and return. What you say is not passed on to the authorities.
contact-drc_repatriation-about = Free counselling about repatriation support. You can send a request by e-mail.
contact-dk_return_agency-about = The authority that decides on return support for people whose asylum application was refused or withdrawn.
contact-cmm_dk-about = A hotline for victims of human trafficking and for people who are worried about it.
contact-emergency_dk-about = Police, ambulance and fire brigade, in an emergency.
contact-iom_bulgaria-about = Information about assisted voluntary return from Bulgaria, and the way to apply.
contact-bg_legal_aid_hotline-about = Run by the state's National Legal Aid Bureau, an independent state body paid for by the state (not a non-governmental organisation): lawyers give free legal advice by phone on civil, administrative and criminal matters, on weekdays. You pay only the cost of the call.
contact-far_legal_aid-about = A non-governmental foundation whose lawyers give free legal help to people seeking protection, refugees and migrants. You can ask for help with a form on its RefugeeLight website.
contact-bg_antitrafficking_commission-about = The national body that organises help for victims of human trafficking in Bulgaria.
contact-bg_trafficking_hotline-about = A free national hotline about human trafficking.
contact-bg_childrens_helpline-about = A free helpline for children and for people worried about a child.
contact-emergency_bg-about = Police, ambulance and fire brigade, in an emergency.
contact-avrr_hr-about = Information about assisted voluntary return from Croatia, and the way to apply.
contact-croatian_law_centre-about = Legal information and advice for asylum seekers and people with protection, and free legal aid.
contact-zagreb_legal_clinic-about = Free legal advice from the law faculty's legal clinic.
contact-petra_sos-about = A free SOS line for victims of human trafficking.
contact-emergency_hr-about = Police, ambulance and fire brigade, in an emergency.
contact-iom_slovenia-about = Information about assisted voluntary return from Slovenia.
contact-pic-about = Free legal help on asylum and migration, including return procedures. Also on WhatsApp and Viber.
contact-kljuc-about = Help and counselling for victims of human trafficking.
contact-emergency_si-about = Police, ambulance and fire brigade, in an emergency.
contact-albania_trafficking_helpline-about = A national helpline for victims of human trafficking in Albania.
contact-mary_ward_loreto-about = An organisation in Albania that helps victims of human trafficking.
contact-awo_prishtina-about = Counselling in Prishtina for people who return from Germany: documents from Germany, medicines, school supplies and repairs to a home.
contact-mother_teresa_society-about = An organisation in Kosovo that has helped returnees and families in need to rebuild their lives and earn an income.
contact-kosovo_antitrafficking-about = The national office that coordinates help for victims of human trafficking in Kosovo.
contact-la_strada_md-about = A hotline about human trafficking and safe migration. Inside Moldova the number 0 800 77777 is free.

## Contacts: names and the regions they serve (the organisation's own name stays as it writes it)

contact-fedasil_return-name = Fedasil – voluntary return
contact-caritas_international_be-name = Caritas International Belgium – reintegration team
contact-brussels_bar_helpline-name = Brussels Bar – first-line legal help (phone)
contact-brussels_legal_aid_office-name = Legal Aid Office of the Brussels Bar (BJB/BAJ)
contact-payoke-name = Payoke – specialised centre for victims of human trafficking (Antwerp)
contact-pag_asa-name = PAG-ASA – specialised centre for victims of human trafficking (Brussels)
contact-emergency_be-name = Emergency number
contact-returning_from_germany-name = ReturningfromGermany – return counselling and IOM Virtual Counselling
contact-pro_asyl-name = PRO ASYL – advice in individual cases
contact-fluechtlingsrat_bayern-name = Bayerischer Flüchtlingsrat (Bavarian Refugee Council)
contact-kok-name = KOK – German NGO network against trafficking in human beings
contact-emergency_de-name = Emergency number
contact-drc_asylum-name = Danish Refugee Council (DRC) – Asylum Department
contact-drc_repatriation-name = Danish Refugee Council (DRC) – repatriation counselling
contact-dk_return_agency-name = Danish Return Agency (Hjemrejsestyrelsen)
contact-cmm_dk-name = Danish Centre against Human Trafficking (CMM) – hotline
contact-emergency_dk-name = Emergency number
contact-iom_bulgaria-name = IOM Bulgaria – assisted voluntary return
contact-bg_legal_aid_hotline-name = National Legal Aid Bureau – national legal aid hotline (Bulgaria)
contact-far_legal_aid-name = Foundation for Access to Rights (FAR) – legal aid
contact-bg_antitrafficking_commission-name = National Commission for Combating Trafficking in Human Beings (Bulgaria)
contact-bg_trafficking_hotline-name = National anti-trafficking hotline (A21, Bulgaria)
contact-bg_childrens_helpline-name = National helpline for children (Bulgaria)
contact-emergency_bg-name = Emergency number
contact-avrr_hr-name = AVRR.hr – IOM assisted voluntary return from Croatia
contact-croatian_law_centre-name = Croatian Law Centre (Hrvatski pravni centar)
contact-zagreb_legal_clinic-name = Legal Clinic of the Faculty of Law, University of Zagreb
contact-petra_sos-name = PETRA Network – SOS line (Croatia)
contact-emergency_hr-name = Emergency number
contact-iom_slovenia-name = IOM Slovenia
contact-pic-name = PIC – Legal Centre for the Protection of Human Rights and the Environment
contact-kljuc-name = Društvo Ključ – Centre for the fight against trafficking in human beings
contact-emergency_si-name = Emergency number
contact-albania_trafficking_helpline-name = National anti-trafficking helpline (Albania)
contact-mary_ward_loreto-name = Mary Ward Loreto Foundation (Albania)
contact-awo_prishtina-name = AWO Nuremberg – counselling centre in Prishtina
contact-mother_teresa_society-name = Mother Teresa Society (Shoqata Nëna Tereze)
contact-kosovo_antitrafficking-name = Office of the National Anti-Trafficking Coordinator (Kosovo)
contact-la_strada_md-name = La Strada Moldova – hotline
contact-brussels_legal_aid_office-regions = Brussels
contact-fluechtlingsrat_bayern-regions = Bavaria
contact-zagreb_legal_clinic-regions = Zagreb
contact-awo_prishtina-regions = Prishtina
contact-mother_teresa_society-regions = Prishtina
