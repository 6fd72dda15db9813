# Pages des responsables et des administrateurs : la liste des programmes, la mise en place des
# programmes et des cohortes, et le tableau de bord d'un programme.

programs-none = Aucun programme pour l'instant.
programs-programme = Programme
programs-trainees = Stagiaires
programs-managers = Responsables
programs-new-programme = Nouveau programme
programs-name = Nom
programs-manager = Responsable
programs-later = (plus tard)
programs-create-programme = Créer le programme
programs-managers-note = Un responsable retiré conserve son compte et ne voit plus le programme.
programs-add-manager = Ajouter le responsable
programs-remove-manager = Retirer le responsable
programs-archive-title = Archiver un programme
programs-archive-note = Un programme archivé et ses cohortes sont en lecture seule, et restent comptés dans le tableau de bord.
programs-archive = Archiver
programs-bring-back = Rétablir
programs-rename-title = Renommer un programme
programs-new-name = Nouveau nom
programs-rename = Renommer
programs-new-cohort = Nouvelle cohorte
programs-starts-on = Début le
programs-ends-on = Fin le
programs-create-cohort = Créer la cohorte
programs-add-instructor-title = Ajouter un formateur à une cohorte
programs-cohort = Cohorte
programs-add-instructor = Ajouter le formateur
programs-curriculum = Programme d'études (aucune case cochée : tout)

programs-dashboard-title = Tableau de bord
programs-as-of = Chiffres au { $time } UTC.
programs-filters = Filtres
programs-country = Pays
programs-all = Tous
programs-apply = Appliquer
programs-clear = Réinitialiser
programs-headline-enrolled = { $count ->
    [one] inscrit
   *[other] inscrits
}
programs-headline-active = { $count ->
    [one] actif ces 14 derniers jours
   *[other] actifs ces 14 derniers jours
}
programs-headline-completion = d'achèvement
programs-headline-lab-score = score moyen aux ateliers
programs-csv = Télécharger en CSV
programs-weeks-title = Achèvements par semaine
programs-completion-title = Achèvement par parcours et par module
programs-track-or-module = Parcours ou module
programs-learners = Apprenants
programs-finished = Ont terminé
programs-completion = Achèvement
programs-funnel-title = Entonnoir des modules
programs-labs-title = Ateliers
programs-average-score = Score moyen
programs-exports = Exports CSV : { $tables }.
programs-by-cohort = Par cohorte
programs-by-organisation = Par organisation
programs-by-country = Par pays
programs-by-gender = Par genre
programs-enrolled = Inscrits
programs-active = Actifs (14 jours)
programs-lab-score = Score aux ateliers

programs-weeks-summary = Achèvements par semaine du { $from } au { $to } : { $counts }.
programs-week-bar = { $count ->
    [one] Semaine du { $week } : { $count } achèvement
   *[other] Semaine du { $week } : { $count } achèvements
}
programs-numbers = Les chiffres
programs-week-starting = Semaine commençant le
programs-completions = Achèvements
programs-cumulative = Cumul
programs-funnel-summary = Apprenants ayant terminé chaque module. { $steps }
programs-funnel-bar = { $count ->
    [one] { $module } : { $count } apprenant l'a terminé
   *[other] { $module } : { $count } apprenants l'ont terminé
}
