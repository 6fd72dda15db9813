# Les mots que rencontre chaque visiteur et apprenant : l’en-tête et le pied de page, la connexion et l’inscription,
# le catalogue, les parcours, les modules, les leçons et les ateliers, le glossaire.

brand-tagline = Kujenga — formation ouverte au service des capacités nationales en cybersécurité
nav-account = Compte
nav-catalog = Catalogue
nav-cohorts = Cohortes
nav-reviews = Corrections
nav-invites = Invitations
nav-programmes = Programmes
nav-accounts = Comptes
nav-audit = Audit
nav-record = Mon dossier
nav-language = Langue
nav-breadcrumb = Fil d’Ariane
nav-pager = Précédent et suivant
sign-in = Se connecter
sign-out = Se déconnecter
role-trainee = Stagiaire
role-instructor = Formateur
role-manager = Responsable de programme
role-admin = Administrateur

sign-in-title = Connexion
field-username = Nom d’utilisateur
field-password = Mot de passe
sign-in-new-trainee = Nouveau stagiaire avec un code d’invitation ?
sign-in-create-account = Créez votre compte

join-title = Rejoindre une cohorte
join-intro = Votre formateur vous remet un code d’invitation. Il rattache votre nouveau compte à sa cohorte.
field-invite-code = Code d’invitation
field-your-name = Votre nom
field-new-password = Mot de passe (au moins { $count } caractères)
join-create = Créer le compte
profile-legend = Votre activité (facultatif : votre programme s’en sert pour ses statistiques, jamais nominativement)
field-email = Adresse e-mail
field-organisation = Organisation
field-country = Pays (code à deux lettres, par exemple KE, GH ou LK)
field-job = Votre fonction
field-gender = Genre
not-given = (non renseigné)

not-found-title = Page introuvable
not-found-go = Aller au catalogue

catalog-title = Catalogue
catalog-start-here = Commencez ici : { $title }
catalog-continue = Reprenez où vous en étiez : { $title }
catalog-intro = Trois parcours pour les équipes nationales de cybersécurité, les policiers, les procureurs, les juges et les analystes en investigation numérique.
catalog-sign-in-to-record = pour enregistrer votre progression et faire les ateliers.
catalog-your-cohort = Le cursus de votre cohorte
catalog-also = Également sur Kujenga
track-modules = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
progress-done = Terminé : { $done } sur { $total } ({ $percent } %)

track-title = Parcours
track-glossary-link = Glossaire de ce parcours
module-title = Module
kind-lesson = Leçon
kind-lab = Atelier
item-minutes = { $count ->
    [one] { $count } min
   *[other] { $count } min
}
item-done = ✓ terminé
item-opens = disponible le { $day }
item-after = après { $titles }
trainer-notes = Notes pour les formateurs
trainer-notes-who = Visible uniquement par les formateurs et les administrateurs.
glossary-title = Glossaire
glossary-of = Glossaire : { $title }

item-about-minutes = { $count ->
    [one] environ { $count } minute
   *[other] environ { $count } minutes
}
item-objectives = Ce que vous saurez faire
item-sources = Sources
item-sign-in-to-record = pour enregistrer votre progression.
item-score = Score : { $score }
item-finished = terminé ✓
item-next = Suivant :
item-files = Vos fichiers
item-files-yours = Ces fichiers ont été générés pour vous ; les autres apprenants en ont d’autres. Vérifiez chaque téléchargement à l’aide de son empreinte SHA-256.
item-file-bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}
item-sign-in-for-files = pour obtenir vos propres fichiers pour cet atelier.
item-questions-lab = Questions
item-questions-lesson = Vérifiez vos connaissances
item-sign-in-to-answer = pour répondre.
lock-opens-on = Ce module sera ouvert à votre cohorte le { $day }. Vous pouvez le lire dès maintenant ; vos réponses compteront à partir de cette date.
lock-finish-first = Terminez d’abord :
lock-waiver = Votre formateur peut aussi vous autoriser à le suivre dès maintenant.
translation-missing = Cette page n’est pas encore traduite dans votre langue ; la voici en anglais.
translation-outdated = Cette traduction correspond à une version antérieure de la page anglaise.
glossary-source = Source : { $source }
