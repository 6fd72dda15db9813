# Os textos de um cartão de pergunta (as verificações de conhecimento das lições e as perguntas dos laboratórios).

question-points = { $count ->
    [one] { $count } ponto
   *[other] { $count } pontos
}
question-score = { $earned } de { $total }
question-score-so-far = Pontuação até agora: { $score }
question-attempts-left = { $count ->
    [one] { $count } tentativa restante
   *[other] { $count } tentativas restantes
}
question-correct = ✓ Resposta correta: { $earned } de { $total }.
question-no-attempts = ✗ Não há mais tentativas.
question-sent-for-review = Resposta enviada ao seu formador para revisão.
question-not-yet = ✗ A resposta ainda não está correta. Tente novamente.
question-hint = Dica:
question-given = Sua resposta:
question-instructor = Seu formador:
question-field = Sua resposta
question-field-with-form = Sua resposta ({ $form })
question-check = Verificar resposta
question-take-hint = Mostrar uma dica (custa { $cost })
form-number = um número
form-order = letras na ordem, por exemplo C, A, B
form-ip = um endereço IP ou uma rede, como 198.51.100.0/24
form-hash = um hash em hexadecimal
form-timestamp = um horário UTC, YYYY-MM-DD HH:MM:SS
form-date = uma data, YYYY-MM-DD
form-article = um artigo, por exemplo Art 18(1)(b)
form-articles = artigos separados por vírgula, por exemplo Art 2, Art 11
form-multi = todas as respostas que se aplicam
form-review = com as suas próprias palavras; um formador faz a revisão
form-text = texto
complete-mark = Marcar como concluído
complete-done = ✓ Concluído
