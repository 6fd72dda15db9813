# Ce que répond le serveur quand il refuse une action : chaque message dit quoi faire. `{ $field }` est l’un
# des noms field-* ci-dessous, tel que le formulaire l’affiche.

error-sign-in-required = Veuillez d’abord vous connecter.
error-password-change-required = Votre mot de passe a été réinitialisé : choisissez-en d’abord un nouveau sur la page de votre compte.
error-forbidden = Votre compte n’est pas autorisé à effectuer cette action.
error-not-found = Introuvable : { $what }.
error-invalid = { $field } : { $message }
error-wrong-credentials = Nom d’utilisateur ou mot de passe incorrect.
error-too-many-attempts = Trop de tentatives. Réessayez dans { $count } s.
error-busy = Le serveur est occupé. Veuillez réessayer dans { $count } s.
error-internal = Une erreur s’est produite sur le serveur. Veuillez réessayer.
error-request = Le formulaire n’a pas pu être lu : { $message }
error-shown = { $message }

field-account = Compte
field-action = Action
field-answer = Réponse
field-backup = Sauvegarde
field-code = Code d’invitation
field-cohort = Cohorte
field-comment = Commentaire
field-confirm = Confirmation
field-content = Contenu
field-copy-db = Copie
field-country-code = Pays
field-csv = Fichier CSV
field-current-password = Mot de passe actuel
field-database-url = URL de la base de données
field-days = Jours
field-decision = Décision
field-display-name = Nom affiché
field-ends-on = Fin le
field-from = Du
field-hint = Indice
field-id = Leçon
field-instructor = Formateur
field-item = Leçon ou atelier
field-language = Langue
field-manager = Responsable
field-max-uses = Utilisations
field-module = Module
field-name = Nom
field-chosen-password = Nouveau mot de passe
field-opens-on = Ouverture le
field-program = Programme
field-role = Rôle
field-starts-on = Début le
field-to = Au

missing-account = compte { $name }
missing-cohort = cohorte { $id }
missing-export = export `{ $name }` ; les exports disponibles sont { $list }
missing-file = fichier `{ $name }`
missing-lab = atelier `{ $id }`
missing-lab-files = fichiers de `{ $id }`
missing-lesson = leçon `{ $id }`
missing-module = module `{ $id }`
missing-programme = programme { $id }
missing-question = question `{ $id }`
missing-trainee = stagiaire { $id } dans cette cohorte
missing-track = parcours `{ $id }`

invalid-lab-completion = un atelier se termine en répondant à ses questions
invalid-answer-too-long = la réponse doit faire moins de 4 000 caractères
invalid-already-solved = vous avez déjà trouvé la bonne réponse à cette question
invalid-no-attempts = il ne reste aucune tentative pour cette question
invalid-hint-closed = cette question est close : les indices ne servent que tant que vous pouvez encore répondre
invalid-no-other-hint = il n’y a pas d’autre indice pour cette question
invalid-return-needs-comment = indiquez ce que le stagiaire doit améliorer avant de lui renvoyer sa réponse
invalid-comment-too-long = le commentaire doit faire moins de 2 000 caractères
invalid-not-awaiting-review = cette réponse n’attend pas de relecture (quelqu’un l’a peut-être déjà relue)
invalid-not-cohort-module = `{ $id }` n’est pas un module suivi par cette cohorte
invalid-no-such-account = il n’existe aucun compte `{ $name }`
invalid-not-trainee-account = `{ $name }` n’est pas un compte de stagiaire ; un formateur rejoint une cohorte depuis les paramètres de celle-ci
invalid-in-cohort-already = `{ $name }` fait déjà partie de cette cohorte
invalid-archived-target = cette cohorte est archivée ; choisissez-en une qui est ouverte
invalid-same-programme = choisissez une autre cohorte du même programme
invalid-not-cohort-item = `{ $id }` ne fait pas partie du cursus de cette cohorte
invalid-unknown-action = `{ $name }` n’est pas une action du journal
invalid-invite-unusable = ce code d’invitation n’est pas valide, a expiré ou a atteint son nombre d’utilisations ; demandez-en un nouveau à votre formateur
invalid-username-taken = `{ $name }` est déjà pris ; choisissez-en un autre
invalid-database-url = `{ $name }:` n’est pas une base de données prise en charge par Kujenga : utilisez sqlite://FILE ou postgres://...
invalid-backup-postgres = sous PostgreSQL, faites la sauvegarde avec `pg_dump --format=custom` (voir le README)
invalid-programme-name-taken = un programme nommé `{ $name }` existe déjà
invalid-cohort-name-taken = une cohorte nommée `{ $name }` existe déjà
invalid-invite-days = une invitation est valable de 1 à 365 jours
invalid-invite-uses = autorisez de 1 à 1 000 utilisations
invalid-no-such-invite = ce code d’invitation n’existe pas
invalid-invite-revoked = ce code est déjà révoqué
invalid-retention-days = conservez au moins 30 jours d’historique
invalid-cohort-archived = cette cohorte est archivée et en lecture seule ; un administrateur peut la réactiver
invalid-opens-on = ce module s’ouvre à votre cohorte le { $day }
invalid-prerequisites = terminez d’abord { $titles }
invalid-username-length = utilisez de 3 à 40 caractères
invalid-username-characters = utilisez uniquement des lettres a-z, des chiffres, des points, des traits d’union et des tirets bas
invalid-display-name = indiquez un nom de 1 à 80 caractères
invalid-email = `{ $name }` n’est pas une adresse e-mail
invalid-organisation = utilisez au plus 120 caractères
invalid-country = `{ $name }` n’est pas un code de pays à deux lettres ; utilisez les codes ISO 3166, par exemple KE, GH ou LK
invalid-job = `{ $name }` ne fait pas partie des valeurs possibles : { $list }
invalid-gender = `{ $name }` ne fait pas partie des valeurs possibles : female, male, other ou vide
invalid-password-short = utilisez au moins { $count } caractères (une courte phrase est facile à retenir)
invalid-password-long = utilisez au plus { $count } caractères
invalid-password-guessable = ce mot de passe est facile à deviner. { $advice }
invalid-password-guessable-why = Ajoutez un ou deux mots que personne ne devinerait.
invalid-csv-quote = ligne { $line } : un champ entre guillemets n’est jamais refermé ; ajoutez le " fermant
invalid-csv-empty = le fichier est vide ; sa première ligne doit nommer les colonnes : { $list }
invalid-csv-nothing = il n’y a rien à importer ; collez le fichier et prévisualisez-le d’abord
invalid-csv-problems = { $count ->
    [one] { $count } problème subsiste ; corrigez-le et prévisualisez de nouveau. Rien n’a été importé.
   *[other] { $count } problèmes subsistent ; corrigez-les et prévisualisez de nouveau. Rien n’a été importé.
}
invalid-not-current-password = ce n’est pas votre mot de passe actuel
invalid-own-disable = vous ne pouvez pas désactiver votre propre compte ; demandez à un autre administrateur
invalid-own-role = vous ne pouvez pas changer le rôle de votre propre compte ; demandez à un autre administrateur
invalid-own-erase = vous ne pouvez pas effacer votre propre compte ; demandez à un autre administrateur
invalid-last-admin = c’est le dernier administrateur actif ; nommez d’abord un autre administrateur
invalid-language = choisissez parmi : { $list }
invalid-role = `{ $name }` n’est pas un rôle ; utilisez trainee, instructor, manager ou admin
invalid-choose-role = choisissez Stagiaire, Formateur, Responsable de programme ou Administrateur
invalid-choose-cohort = choisissez une cohorte dans la liste
invalid-programme-name = donnez au programme un nom de 1 à 100 caractères
invalid-cohort-name = donnez à la cohorte un nom de 1 à 100 caractères
invalid-needs-role = choisissez un compte qui a le rôle { $role }
invalid-programme-archived = ce programme est archivé et en lecture seule ; rétablissez-le d’abord
invalid-not-manager = ce compte n’est pas responsable de ce programme
invalid-trainee-of-cohort = ce compte est stagiaire de cette cohorte
invalid-cohort-dates = la cohorte doit se terminer le jour de son début ou plus tard
invalid-not-content = `{ $id }` n’est ni un parcours ni un module du cursus
invalid-choose-programme = choisissez un programme existant
invalid-decision = choisissez d’accepter ou de renvoyer la réponse
invalid-erase-confirm = cochez la case : un compte effacé ne peut pas être rétabli
invalid-empty = ce champ est vide
invalid-copy-engines = copy-db copie une base SQLite (--from sqlite://...) dans PostgreSQL (--to postgres://...)
invalid-copy-target-not-empty = { $count ->
    [one] la cible n’est pas vide ({ $name } contient { $count } ligne) : copiez vers une nouvelle base, avant qu’aucun nœud n’ait démarré dessus
   *[other] la cible n’est pas vide ({ $name } contient { $count } lignes) : copiez vers une nouvelle base, avant qu’aucun nœud n’ait démarré dessus
}

import-field-count = { $count ->
    [one] ligne { $line } : { $count } champ, alors que la première ligne nomme { $columns } colonnes
   *[other] ligne { $line } : { $count } champs, alors que la première ligne nomme { $columns } colonnes
}
import-line-field = ligne { $line } : { $field } : { $message }
import-unknown-column = ligne 1 : colonne inconnue `{ $name }` ; les colonnes possibles sont : { $list }
import-needs-columns = ligne 1 : les colonnes doivent comprendre `name`, ainsi que `username` ou `email`
import-too-many-rows = le fichier compte { $count } lignes ; importez-en au plus { $max } à la fois
import-username-twice = ligne { $line } : le nom d’utilisateur `{ $name }` apparaît deux fois dans le fichier
import-username-taken = ligne { $line } : le nom d’utilisateur `{ $name }` est déjà pris ; donnez-en un autre à cette personne dans une colonne `username`

answer-empty = saisissez une réponse : { $form }
answer-not-number = `{ $given }` n’est pas un nombre ; saisissez des chiffres, par exemple 7,5
answer-not-hex = `{ $given }` n’est pas un nombre hexadécimal ; saisissez par exemple 0x1F ou 31
answer-not-address = `{ $given }` n’est ni une adresse IP ni un réseau ; saisissez par exemple 203.0.113.7 ou 198.51.100.0/24
answer-digest-characters = une empreinte { $algorithm } ne contient que les caractères 0-9 et a-f
answer-digest-length = une empreinte { $algorithm } compte { $count } caractères hexadécimaux ; vous en avez saisi { $given }
answer-not-date = `{ $given }` n’est pas une date ; écrivez-la au format YYYY-MM-DD, par exemple 2026-05-13
answer-not-timestamp = `{ $given }` n’est pas une heure ; écrivez-la au format YYYY-MM-DD HH:MM:SS en UTC, par exemple 2026-03-14 09:21:07
answer-not-article = `{ $given }` n’est pas une référence d’article ; écrivez par exemple Art 18(1)(b), ou P2 Art 7 pour le deuxième Protocole additionnel
answer-no-articles = saisissez au moins un article, par exemple Art 2, Art 11
answer-letters = saisissez chaque lettre de A à { $last } une seule fois, dans l’ordre, par exemple C, A, B
answer-not-choice = choisissez l’une des options proposées

# Pourquoi un mot de passe est facile à deviner (d’après l’estimateur zxcvbn), et que faire à la place.
password-advice = { $warning } { $suggestion }
password-warning-straight-rows-of-keys-are-easy-to-guess = Les rangées de touches du clavier sont faciles à deviner.
password-warning-short-keyboard-patterns-are-easy-to-guess = Les motifs de clavier courts sont faciles à deviner.
password-warning-repeats-like-aaa-are-easy-to-guess = Les répétitions comme « aaa » sont faciles à deviner.
password-warning-repeats-like-abc-abc-are-only-slightly-harder-to-guess = Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
password-warning-this-is-a-top-10-password = Ce mot de passe fait partie des 10 plus courants.
password-warning-this-is-a-top100-password = Ce mot de passe fait partie des 100 plus courants.
password-warning-this-is-a-common-password = Ce mot de passe est très courant.
password-warning-this-is-similar-to-a-commonly-used-password = Ce mot de passe ressemble à un mot de passe très répandu.
password-warning-sequences-like-abc-are-easy-to-guess = Les suites comme abc ou 6543 sont faciles à deviner.
password-warning-recent-years-are-easy-to-guess = Les années récentes sont faciles à deviner.
password-warning-a-word-by-itself-is-easy-to-guess = Un mot seul est facile à deviner.
password-warning-dates-are-often-easy-to-guess = Les dates sont souvent faciles à deviner.
password-warning-names-and-surnames-by-themselves-are-easy-to-guess = Un prénom ou un nom de famille seul est facile à deviner.
password-warning-common-names-and-surnames-are-easy-to-guess = Les prénoms et noms de famille courants sont faciles à deviner.
password-suggestion-use-a-few-words-avoid-common-phrases = Utilisez plusieurs mots, en évitant les expressions courantes.
password-suggestion-no-need-for-symbols-digits-or-uppercase-letters = Inutile d’ajouter des symboles, des chiffres ou des majuscules.
password-suggestion-add-another-word-or-two = Ajoutez un ou deux mots. Les mots peu courants sont préférables.
password-suggestion-capitalization-doesnt-help-very-much = Les majuscules n’aident pas beaucoup.
password-suggestion-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = Un mot de passe tout en majuscules est presque aussi facile à deviner que tout en minuscules.
password-suggestion-reversed-words-arent-much-harder-to-guess = Les mots écrits à l’envers ne sont guère plus difficiles à deviner.
password-suggestion-predictable-substitutions-dont-help-very-much = Les substitutions prévisibles, comme « @ » à la place de « a », n’aident pas beaucoup.
password-suggestion-use-a-longer-keyboard-pattern-with-more-turns = Utilisez un motif de clavier plus long, avec davantage de changements de direction.
password-suggestion-avoid-repeated-words-and-characters = Évitez les mots et les caractères répétés.
password-suggestion-avoid-sequences = Évitez les suites.
password-suggestion-avoid-recent-years = Évitez les années récentes.
password-suggestion-avoid-years-that-are-associated-with-you = Évitez les années qui ont un lien avec vous.
password-suggestion-avoid-dates-and-years-that-are-associated-with-you = Évitez les dates et les années qui ont un lien avec vous.

answer-uncheckable = cette question ne peut pas être vérifiée ; prévenez votre formateur
field-reason = Motif
field-track = Parcours
field-credential = Attestation
missing-credential = l’attestation `{ $id }`
invalid-credential-reason = indiquez un motif de 1 à 500 caractères
invalid-credential-held = ce stagiaire détient déjà l’attestation de ce parcours
invalid-credential-revoked = cette attestation est déjà révoquée
