# Les pages sur les personnes : l’annuaire des comptes et la page d’un compte, les codes
# d’invitation (admin.rs) ; le compte de chacun (account.rs) ; le dossier d’un apprenant
# (record.rs) ; le journal d’audit (audit.rs).

## L’annuaire des comptes

admin-find-label = Rechercher des comptes
admin-find = Rechercher
admin-find-placeholder = nom, nom d’utilisateur, organisation
admin-role = Rôle
admin-cohort = Cohorte
admin-any = indifférent
admin-show = Afficher
admin-count = { $count ->
    [one] { $count } compte · page { $page } sur { $pages }
   *[other] { $count } comptes · page { $page } sur { $pages }
}
admin-name = Nom
admin-last-active = Dernière activité
admin-status = Statut
admin-never = jamais
admin-active = actif
admin-disabled = désactivé
admin-pages = Pages
admin-previous = ← Précédent
admin-next = Suivant →
admin-add-title = Ajouter un compte
admin-add = Ajouter le compte

## La page d’un compte, pour les administrateurs

admin-account-title = Compte
admin-created = Création
admin-country = Pays
admin-none = aucune
admin-not-given = non renseigné
admin-temporary = Mot de passe temporaire, valable jusqu’à sa première utilisation :
admin-temporary-give = Remettez-le à la personne en privé. Elle choisira le sien à sa prochaine connexion.
admin-temporary-waiting = Un mot de passe temporaire attend d’être changé.
admin-reset = Réinitialiser le mot de passe
admin-reset-note = Une réinitialisation met fin aux sessions de la personne et lui attribue un mot de passe temporaire, affiché ici.
admin-access = Accès
admin-enable = Activer le compte
admin-disable = Désactiver le compte
admin-change-role = Changer le rôle
admin-erase-title = Effacement
admin-erase-note = L’effacement supprime définitivement le nom, le nom d’utilisateur, l’adresse e-mail et les réponses écrites de la personne. Ses scores restent dans les chiffres du programme, sans nom.
admin-erase-confirm = J’ai reçu la demande de la personne d’effacer son compte
admin-erase = Effacer le compte

## Les codes d’invitation

admin-invites-title = Codes d’invitation
admin-invites-intro-opens = Le stagiaire ouvre
admin-invites-intro-types = et saisit le code pour créer un compte dans la cohorte.
admin-invites-trainees = { $count ->
    [one] { $count } stagiaire
   *[other] { $count } stagiaires
}
admin-invites-usage = utilisé { $uses } fois sur { $max } · valable jusqu’au { $day }
admin-invites-revoke = Révoquer
admin-invites-days = Validité (jours)
admin-invites-uses = Utilisations
admin-invites-new = Nouveau code d’invitation

## Le compte de chacun

account-title = Votre compte
account-signed-in-as = Connecté en tant que { $username } · { $role }
account-saved-password = Votre nouveau mot de passe est enregistré. Vos autres sessions sont fermées.
account-saved-details = Vos informations sont enregistrées.
account-reset = Votre mot de passe a été réinitialisé par votre formateur ou par un administrateur. Choisissez-en un nouveau pour continuer.
account-password-title = Changer votre mot de passe
account-current-password = Mot de passe actuel
account-new-password = { $count ->
    [one] Nouveau mot de passe (au moins { $count } caractère ; une courte phrase est facile à retenir)
   *[other] Nouveau mot de passe (au moins { $count } caractères ; une courte phrase est facile à retenir)
}
account-change-password = Changer le mot de passe
account-password-note = Changer votre mot de passe vous déconnecte partout ailleurs.
account-details = Vos informations
account-language = Langue des pages
account-language-browser = (celle du navigateur)
account-save = Enregistrer vos informations
account-record-link = Votre dossier et toutes vos données

## Le dossier d’un apprenant

record-title = Votre dossier
record-intro = Tout ce que Kujenga conserve à votre sujet :
record-json = le télécharger en JSON
record-or = ou
record-csv = en tableur (CSV)
record-name = Nom
record-country = Pays
record-none = aucune
record-not-given = non renseigné
record-finished = { $count ->
    [one] Terminés : { $done } sur { $count } leçon ou atelier
   *[other] Terminés : { $done } sur { $count } leçons et ateliers
}
record-item = Leçon ou atelier
record-finished-on = Terminé le
record-score = Score
record-reviews = Relectures de vos réponses écrites
record-none-yet = Aucune pour l’instant.
record-state-pending = en attente de votre formateur
record-state-accepted = acceptée
record-state-returned = vous a été renvoyée
record-review = { $item } ({ $question }) : { $state }
record-review-comment = { $item } ({ $question }) : { $state } : « { $comment } »
record-answers = Vos réponses
record-when = Date (UTC)
record-question = Question
record-answer = Réponse
record-result = Résultat
record-verdict-correct = correcte
record-verdict-wrong = incorrecte
record-verdict-review = en relecture

## Le journal d’audit

audit-title = Journal d’audit
audit-whole = Le journal complet.
audit-part = La partie du journal qui concerne vos programmes.
audit-never-written = Les mots de passe, les codes et les corrigés n’y sont jamais inscrits.
audit-filter = Filtrer le journal
audit-who = Qui
audit-who-placeholder = nom d’utilisateur
audit-what = Action
audit-anything = toutes
audit-from = Du
audit-to = Au
audit-show = Afficher
audit-count = { $count ->
    [one] { $count } ligne · page { $page } sur { $pages }
   *[other] { $count } lignes · page { $page } sur { $pages }
}
audit-csv = Télécharger en CSV
audit-when = Date (UTC)
audit-object = Objet
audit-change = Modification
audit-pages = Pages
audit-newer = ← Plus récentes
audit-older = Plus anciennes →
