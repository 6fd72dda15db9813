# The words of a question card (lessons' knowledge checks and labs' questions).

question-points = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
question-score = { $earned } of { $total }
question-score-so-far = Score so far: { $score }
question-attempts-left = { $count ->
    [one] { $count } attempt left
   *[other] { $count } attempts left
}
question-correct = ✓ Correct: { $earned } of { $total }.
question-no-attempts = ✗ No attempts left.
question-sent-for-review = Sent to your instructor for review.
question-not-yet = ✗ Not right yet. Try again.
question-hint = Hint:
question-given = Your answer:
question-instructor = Your instructor:
question-field = Your answer
question-field-with-form = Your answer ({ $form })
question-check = Check answer
question-take-hint = Show a hint (costs { $cost })
form-number = a number
form-order = letters in order, for example C, A, B
form-ip = an IP address, or a network such as 198.51.100.0/24
form-hash = a digest in hexadecimal
form-timestamp = a UTC time, YYYY-MM-DD HH:MM:SS
form-date = a date, YYYY-MM-DD
form-article = an article, for example Art 18(1)(b)
form-articles = articles, comma-separated, for example Art 2, Art 11
form-multi = every answer that applies
form-review = your own words; an instructor reviews it
form-text = text
complete-mark = Mark complete
complete-done = ✓ Completed
