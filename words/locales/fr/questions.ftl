# Les mots d’une carte de question (vérifications des connaissances des leçons et questions des ateliers).

question-points = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
question-score = { $earned } sur { $total }
question-score-so-far = Score actuel : { $score }
question-attempts-left = { $count ->
    [one] { $count } tentative restante
   *[other] { $count } tentatives restantes
}
question-correct = ✓ Bonne réponse : { $earned } sur { $total }.
question-no-attempts = ✗ Aucune tentative restante.
question-sent-for-review = Réponse envoyée à votre formateur pour correction.
question-not-yet = ✗ Ce n’est pas encore la bonne réponse. Réessayez.
question-hint = Indice :
question-given = Votre réponse :
question-instructor = Votre formateur :
question-field = Votre réponse
question-field-with-form = Votre réponse ({ $form })
question-check = Vérifier la réponse
question-take-hint = Afficher un indice (coût : { $cost })
form-number = un nombre
form-order = des lettres dans l’ordre, par exemple C, A, B
form-ip = une adresse IP, ou un réseau tel que 198.51.100.0/24
form-hash = une empreinte en hexadécimal
form-timestamp = une heure UTC, YYYY-MM-DD HH:MM:SS
form-date = une date, YYYY-MM-DD
form-article = un article, par exemple Art 18(1)(b)
form-articles = des articles séparés par des virgules, par exemple Art 2, Art 11
form-multi = toutes les réponses qui s’appliquent
form-review = rédigée avec vos propres mots ; un formateur la relira
form-text = du texte
complete-mark = Marquer comme terminé
complete-done = ✓ Terminé
