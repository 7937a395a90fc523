# Avenir – French texts. Status: drafted, needs review by a native speaker.
# Keys follow fixed patterns (see docs/authoring.md); `avenir lint` lists missing and unused ones.

## Interface

ui-title = Vous pensez à rentrer dans votre pays ? Découvrez quelles aides existent
ui-listen = Écouter
ui-no-voice = Ce téléphone n'a pas de voix pour la langue { $language } qui fonctionne sans internet : ce texte ne peut donc pas être lu à voix haute.
ui-exit-page = Quitter cette page
ui-exit-hint = Ou appuyez 3 fois sur la touche Shift. Vos réponses sont effacées.
ui-exit-press-two = Shift : appuyez encore 2 fois pour quitter.
ui-exit-press-one = Shift : appuyez encore 1 fois pour quitter.
ui-language = Langue
ui-draft-translation = Cette traduction est provisoire : une personne de langue maternelle française ne l'a pas encore vérifiée.
ui-language-failed = Cette langue n'a pas pu être chargée. Le texte est affiché en anglais.
ui-loading = Chargement…
ui-continue = Continuer
ui-back = Précédent
ui-progress = Question { $n } sur { $total }
ui-choose-an-answer = Choisissez une réponse, ou « Je préfère ne pas répondre ».
ui-enter-a-number = Écrivez un nombre entier de { $min } à { $max }.
ui-error-summary = Il y a un problème
ui-why-we-ask = Pourquoi nous posons cette question
ui-privacy-note = Vos réponses restent sur ce téléphone. Rien n'est envoyé, et rien n'est enregistré, sauf si vous le choisissez.
ui-start-title = Vous pensez à rentrer dans votre pays ?
ui-start-what = Répondez à quelques questions. Cela prend quelques minutes. Vous verrez à quels programmes de retour vous pourriez avoir accès, pour quels sujets vous pourriez vouloir de l'aide, et qui contacter, y compris pour un conseil juridique indépendant sur toutes vos possibilités.
ui-start-private = Vos réponses restent sur ce téléphone. Rien n'est envoyé, et rien n'est enregistré, sauf si vous le choisissez. Il n'y a pas de compte et pas de traçage.
ui-start-check = Tout le monde peut le vérifier : une fois cette page chargée, elle continue de fonctionner même avec internet coupé.
ui-start-indicative = Le résultat est indicatif. Il vous aide à préparer un entretien avec un conseiller et ne décide de rien. Le retour est toujours votre propre décision.
ui-start = Commencer
ui-results-title = Vos résultats indicatifs
ui-review-title = Vérifiez vos réponses
ui-see-results = Voir vos résultats
ui-indicative = Ce résultat est seulement indicatif. Il vous aide à préparer un entretien avec un conseiller, mais ne le remplace pas. La décision vous appartient toujours.
ui-checked-on = Les règles ont été vérifiées pour la dernière fois le { $date }.
ui-content-version = Version du contenu { $version }
ui-programmes = Programmes auxquels vous pourriez avoir accès
ui-no-programmes = Aucun programme ne correspond à vos réponses. Un conseiller peut vous parler d'autres possibilités.
ui-likely = Probable
ui-possibly = Possible
ui-not-likely = Peu probable
ui-runs = Qui s'en occupe
ui-offers = Ce qu'il offre
ui-how = Comment y accéder
ui-why-result = Pourquoi
ui-reason-met = Correspond :
ui-reason-unmet = Ne correspond pas :
ui-reason-unknown = Pas encore connu :
ui-settle = Cette réponse permettrait de trancher :
ui-ask-counsellor = Un conseiller peut vous le dire.
ui-change-answer = Modifier votre réponse
ui-source = Source
ui-sources-checked = Sources, vérifiées le { $date } :
ui-needs = Les sujets pour lesquels vous pourriez vouloir de l'aide
ui-no-needs = Vos réponses ne montrent pas de besoin d'aide. Vous pouvez quand même poser toutes vos questions à un conseiller.
ui-urgency-immediate = Urgent
ui-urgency-before-departure = Avant votre départ
ui-urgency-after-arrival = Après votre arrivée
ui-contacts = Qui contacter
ui-contact-legal = Conseil juridique indépendant
ui-contact-emergency = Urgences et lignes d'aide
ui-contact-helps-with = Peut vous aider pour :
ui-contact-phone = Téléphone
ui-contact-email = E-mail
ui-contact-website = Site web
ui-contact-address = Adresse
ui-contact-hours = Heures d'ouverture
ui-contact-hours-always = Ouvert jour et nuit, tous les jours
ui-contact-languages = Langues
ui-contact-serves = Zone desservie
ui-change-answers = Modifier vos réponses
ui-start-again = Recommencer
ui-content-error = Ce questionnaire n'a pas pu être chargé. Réessayez plus tard, ou demandez à un conseiller.
ui-save = Enregistrer mes réponses sur ce téléphone
ui-save-hint = Seulement si personne d'autre n'utilise ce téléphone. Vos réponses sont gardées sur ce téléphone et ne sont jamais envoyées.
ui-saved = Vos réponses sont enregistrées sur ce téléphone, et nulle part ailleurs.
ui-save-failed = Ce navigateur ne permet pas d'enregistrer. Vos réponses sont gardées seulement jusqu'à ce que vous fermiez cette page.
ui-delete-everything = Tout effacer
ui-delete-hint = Efface vos réponses et tout ce que ce questionnaire garde sur ce téléphone.
ui-deleted = Tout a été effacé de ce téléphone.
ui-resume-found = Vos réponses de la dernière fois sont enregistrées sur ce téléphone.
ui-resume = Reprendre là où vous en étiez

## Shared options

option-yes = Oui
option-no = Non
option-dont-know = Je ne sais pas
option-prefer-not-to-say = Je préfère ne pas répondre

## Questions

question-stay_country = Dans quel pays vivez-vous maintenant ?
option-stay_country-other = Un autre pays

question-return_country = Dans quel pays pensez-vous retourner ?
option-return_country-other = Un autre pays, hors de l'Union européenne
option-return_country-eu = Un pays de l'Union européenne

question-residence = Quelle est votre situation dans le pays où vous vivez maintenant ?
question-residence-why = Les programmes sont ouverts aux personnes dans certaines situations, pas dans d'autres. Votre réponse sert seulement à choisir les programmes affichés, et elle reste sur ce téléphone.
option-residence-asylum_pending = J'ai fait une demande de protection internationale (asile) et j'attends une décision
option-residence-no_permit = Je n'ai jamais demandé de protection internationale (asile) et je n'ai pas de titre de séjour
question-travel_document = Avez-vous un passeport valide ou un autre document de voyage ?

question-children = Combien d'enfants de moins de 18 ans rentreraient avec vous ?
question-children-hint = Écrivez 0 si aucun enfant ne rentrerait avec vous.

question-health = Avez-vous une maladie ou un problème de santé qui demande un traitement ou des médicaments réguliers ?
question-health-why = Pour pouvoir vous montrer l'aide qui existe pour continuer votre traitement après votre retour. Votre réponse reste sur ce téléphone.

question-medicine = Avez-vous assez de médicaments pour le voyage et pour les premières semaines après votre arrivée ?

question-fear_of_return = Avez-vous peur de ce qui pourrait vous arriver si vous rentrez ?
question-fear_of_return-why = Si vous avez peur de rentrer, vous avez peut-être droit à une protection, et un avocat peut vous expliquer toutes les possibilités. Votre réponse reste sur ce téléphone.

question-exploitation = Est-ce que quelqu'un a pris vos documents, ou vous a forcé(e) à travailler ou à faire des choses que vous ne vouliez pas faire ?
question-exploitation-why = Cela peut être un signe d'exploitation ou de traite des êtres humains. Si cela vous arrive, des services peuvent vous aider, en toute confidentialité. Votre réponse reste sur ce téléphone.

## Programmes

programme-fedasil_avr = Programme de retour volontaire (Fedasil)
programme-fedasil_avr-runs = Fedasil, l'agence fédérale belge pour l'accueil des demandeurs d'asile. L'OIM (IOM) organise le voyage.
criterion-fedasil_avr-in_belgium-met = Vous vivez en Belgique, où ce programme existe.
criterion-fedasil_avr-in_belgium-unmet = Ce programme est destiné aux personnes qui vivent en Belgique.
criterion-fedasil_avr-in_belgium-unknown = Ce programme est destiné aux personnes qui vivent en Belgique.
criterion-fedasil_avr-no_residence_permit-met = Il est destiné aux personnes sans titre de séjour en Belgique : les personnes qui attendent une décision sur leur demande de protection internationale, les personnes dont la demande a été refusée, et celles qui n'ont jamais fait de demande.
criterion-fedasil_avr-no_residence_permit-unmet = Il est destiné aux personnes sans titre de séjour en Belgique. Si vous avez un titre de séjour, un conseiller peut vous parler d'autres possibilités.
criterion-fedasil_avr-no_residence_permit-unknown = Il est destiné aux personnes sans titre de séjour en Belgique.

programme-eurp = Programme de réintégration de l'UE (EURP)
programme-eurp-runs = Frontex, l'agence de l'Union européenne chargée des frontières, avec des organisations partenaires dans les pays de retour. Ce programme s'appelait avant Joint Reintegration Services (JRS).
programme-eurp-how = Vous ne pouvez pas faire la demande vous-même : les autorités du pays que vous quittez vous inscrivent, en général par l'intermédiaire de votre conseiller en retour, quelques semaines avant votre départ. Demandez à votre conseiller en retour.

criterion-eurp-non_eu_country-met = Il est destiné aux personnes originaires de pays hors de l'Union européenne.
criterion-eurp-non_eu_country-unmet = Il est destiné aux personnes originaires de pays hors de l'Union européenne : il ne couvre donc pas un retour vers un pays de l'UE.
criterion-eurp-non_eu_country-unknown = Il est destiné aux personnes originaires de pays hors de l'Union européenne.
criterion-eurp-country_covered-met = Votre pays figure sur la liste des pays où le programme fonctionne, telle que publiée pour les retours depuis l'Allemagne. Pour certains pays, des règles particulières s'appliquent ; un conseiller peut vous les expliquer.
criterion-eurp-country_covered-unmet = Le programme fonctionne seulement dans certains pays hors de l'Union européenne.
criterion-eurp-country_covered-unknown = Le programme fonctionne dans environ 39 pays. Votre pays ne figure pas sur la liste que nous avons trouvée (publiée pour les retours depuis l'Allemagne) : seul un conseiller peut vous le dire.
criterion-eurp-status-met = Il est destiné aux personnes qui attendent une décision sur leur demande de protection internationale, ou qui n'ont plus le droit de rester.
criterion-eurp-status-unmet = Il est destiné aux personnes qui attendent une décision sur leur demande de protection internationale, ou qui n'ont plus le droit de rester. Si vous avez un titre de séjour, un conseiller peut vous parler d'autres possibilités.
criterion-eurp-status-unknown = Il est destiné aux personnes qui attendent une décision sur leur demande de protection internationale, ou qui n'ont plus le droit de rester.
## Needs

need-safety = Sécurité et protection
need-safety-help = Si vous avez peur de rentrer, parlez à un avocat indépendant avant de décider : vous avez peut-être droit à une protection. Si quelqu'un vous contrôle, a pris vos documents ou vous force à travailler, des services spécialisés peuvent vous aider, en sécurité et en toute confidentialité. Si vous êtes en danger maintenant, appelez le numéro d'urgence.
need-health = Santé et continuité des soins
need-health-help = Parlez de votre traitement à un conseiller avant de partir, pour que vos soins et vos médicaments puissent continuer après votre arrivée. Demandez à votre médecin un rapport médical et assez de médicaments pour le voyage. S'il ne vous reste presque plus de médicaments, allez voir un médecin dès maintenant.
need-travel_documents = Documents de voyage
need-travel_documents-help = Votre ambassade ou votre consulat peut vous donner un passeport ou un document de voyage. Un conseiller en retour peut vous aider dans les démarches, et certains programmes paient les frais.
need-children = Enfants et école
## Contacts

contact-fedasil_return-about = Informations gratuites et confidentielles sur le retour volontaire, et sur la manière d'en faire la demande.
contact-caritas_international_be-about = Un partenaire de Fedasil pour l'aide à la réintégration. Toute personne qui pense à rentrer peut contacter son équipe réintégration.
contact-brussels_bar_helpline-about = Aide juridique de première ligne par téléphone, quels que soient vos revenus.
contact-brussels_legal_aid_office-about = Aide juridique de première ligne sur place. Les personnes qui ont de faibles revenus peuvent y obtenir un avocat gratuit.
contact-emergency_be-about = Police, ambulance et pompiers, en cas d'urgence.
contact-albania_trafficking_helpline-about = Une ligne d'aide nationale pour les victimes de traite des êtres humains en Albanie.
contact-mary_ward_loreto-about = Une organisation en Albanie qui aide les victimes de traite des êtres humains.
