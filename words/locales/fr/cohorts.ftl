# Pages des formateurs et des responsables : la liste des cohortes, la page d’une cohorte (grille
# des stagiaires, membres, calendrier, importation, paramètres, archivage), le dossier d’un
# stagiaire et la file de relecture.

cohorts-trainees = { $count ->
    [one] { $count } stagiaire
   *[other] { $count } stagiaires
}

cohorts-settings = Paramètres de la cohorte
cohorts-name = Nom
cohorts-starts-on = Début le
cohorts-ends-on = Fin le
cohorts-save-settings = Enregistrer les paramètres

cohorts-dates-range = du { $start } au { $end }
cohorts-dates-from = à partir du { $start }
cohorts-dates-until = jusqu’au { $end }
cohorts-dates-none = aucune date définie
cohorts-whole-curriculum = l’ensemble du cursus
cohorts-none = aucun
cohorts-about = Programme : { $programme } · { $dates } · suit { $content } · formateurs : { $instructors }

cohorts-cohort-title = Cohorte
cohorts-previous = ← Précédent
cohorts-next = Suivant →
cohorts-pages = Pages
cohorts-archived-note = Cette cohorte est archivée : elle est en lecture seule et reste comptée dans les chiffres de son programme.
cohorts-sort-filter = Trier et filtrer
cohorts-find = Rechercher
cohorts-find-placeholder = nom, organisation, pays
cohorts-sort = Trier
cohorts-by-name = par nom
cohorts-by-progress = par progression
cohorts-by-activity = par dernière activité
cohorts-module = Module
cohorts-all-modules = tous les modules
cohorts-show = Afficher
cohorts-page-of = page { $page } sur { $pages }
cohorts-download-csv = Télécharger la grille en CSV
cohorts-col-trainee = Stagiaire
cohorts-col-done = Terminé
cohorts-column-lesson = Leçon { $number } : { $title }
cohorts-column-lab = Atelier { $number } : { $title }
cohorts-invite-codes = Codes d’invitation de cette cohorte

cohorts-enrol-title = Ajouter un stagiaire qui a déjà un compte
cohorts-enrol-add = Ajouter à cette cohorte

cohorts-withdrawn-title = Retirés
cohorts-withdrawn-note = Leurs travaux sont conservés ; ils ne comptent plus parmi les inscrits.
cohorts-withdrawn-on = { $name } ({ $username }), retrait le { $day }
cohorts-enrol-again = Réinscrire

cohorts-schedule-title = Calendrier
cohorts-schedule-note = Un module daté s’ouvre aux stagiaires de cette cohorte ce jour-là ; un module sans date est ouvert dès le début.
cohorts-opens-on = Ouverture le
cohorts-module-opens-on = Date d’ouverture de { $module }
cohorts-save = Enregistrer

cohorts-archive-title = Archivage
cohorts-archive-note = Une cohorte archivée est en lecture seule : aucune modification, aucune invitation, aucune importation. Ses stagiaires continuent d’apprendre et ses chiffres restent dans le tableau de bord du programme.
cohorts-archive = Archiver la cohorte
cohorts-unarchive = Réactiver la cohorte

cohorts-import-title = Importer des stagiaires depuis un fichier CSV
cohorts-import-preview = Aperçu : { $rows }, { $problems }
cohorts-import-rows = { $count ->
    [one] { $count } ligne prête
   *[other] { $count } lignes prêtes
}
cohorts-import-problems = { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}
cohorts-import-blocked = Rien n’est importé tant qu’une ligne présente un problème. Corrigez le fichier et prévisualisez-le de nouveau.
cohorts-line = Ligne
cohorts-country = Pays
cohorts-job = Fonction
cohorts-import-passwords-note = L’importation crée les comptes et télécharge un fichier de leurs mots de passe initiaux. Remettez à chaque stagiaire le sien : les mots de passe ne sont pas conservés et ne sont affichés nulle part ailleurs.
cohorts-import-button = { $count ->
    [one] Importer { $count } stagiaire et télécharger son mot de passe
   *[other] Importer { $count } stagiaires et télécharger leurs mots de passe
}
cohorts-cancel = Annuler
cohorts-import-help = Collez le contenu du fichier. Sa première ligne nomme les colonnes : name, username, email, organisation, country, role, gender (name, ainsi que username ou email, sont obligatoires ; country est un code à deux lettres, comme KE).
cohorts-csv = CSV
cohorts-preview = Prévisualiser

cohorts-trainee-title = Stagiaire
cohorts-not-given = non renseigné
cohorts-temporary-password = Mot de passe temporaire, valable jusqu’à sa première utilisation :
cohorts-temporary-password-give = Remettez-le au stagiaire en privé ; il choisira le sien à sa prochaine connexion.
cohorts-manage = Gestion
cohorts-reset-password = Réinitialiser le mot de passe
cohorts-move-to = Transférer vers
cohorts-move = Transférer
cohorts-withdraw = Retirer de la cohorte
cohorts-withdraw-note = Les travaux d’un stagiaire retiré sont conservés ; il ne compte plus parmi les inscrits.
cohorts-last-active = Dernière activité
cohorts-never = jamais
cohorts-progress = Progression
cohorts-lesson-or-lab = Leçon ou atelier
cohorts-finished = Terminé le
cohorts-score = Score
cohorts-prerequisites = Prérequis
cohorts-waive = L’autoriser à le suivre maintenant
cohorts-not-done-yet = non terminés
cohorts-submissions = Soumissions
cohorts-when-utc = Date (UTC)
cohorts-question = Question
cohorts-answer = Réponse
cohorts-verdict = Résultat
cohorts-verdict-correct = correcte
cohorts-verdict-wrong = incorrecte
cohorts-verdict-review = à relire

reviews-title = Réponses à relire
reviews-empty = Aucune réponse n’attend de relecture.
reviews-sent = Envoyée le { $when } UTC
reviews-comment = Commentaire pour le stagiaire
reviews-accept = Accepter
reviews-return = Renvoyer avec un commentaire
