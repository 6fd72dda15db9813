# Los textos de una tarjeta de pregunta (las comprobaciones de conocimientos de las lecciones y las preguntas de los laboratorios).

question-points = { $count ->
    [one] { $count } punto
   *[other] { $count } puntos
}
question-score = { $earned } de { $total }
question-score-so-far = Puntuación acumulada: { $score }
question-attempts-left = { $count ->
    [one] { $count } intento restante
   *[other] { $count } intentos restantes
}
question-correct = ✓ Respuesta correcta: { $earned } de { $total }.
question-no-attempts = ✗ No le quedan intentos.
question-sent-for-review = Respuesta enviada a su instructor para su revisión.
question-not-yet = ✗ Todavía no es correcta. Inténtelo de nuevo.
question-hint = Pista:
question-given = Su respuesta:
question-instructor = Su instructor:
question-field = Su respuesta
question-field-with-form = Su respuesta ({ $form })
question-check = Comprobar respuesta
question-take-hint = Mostrar una pista (cuesta { $cost })
form-number = un número
form-order = letras en orden, por ejemplo C, A, B
form-ip = una dirección IP o una red, como 198.51.100.0/24
form-hash = un hash en hexadecimal
form-timestamp = una hora UTC, YYYY-MM-DD HH:MM:SS
form-date = una fecha, YYYY-MM-DD
form-article = un artículo, por ejemplo Art 18(1)(b)
form-articles = artículos separados por comas, por ejemplo Art 2, Art 11
form-multi = todas las respuestas que correspondan
form-review = con sus propias palabras; la revisa un instructor
form-text = texto
complete-mark = Marcar como completado
complete-done = ✓ Completado
