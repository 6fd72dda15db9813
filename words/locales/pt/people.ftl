# As páginas sobre as pessoas: o diretório de contas e a página de uma conta, os códigos de
# convite (admin.rs); a conta de cada um (account.rs); o histórico de um formando (record.rs);
# o registro de auditoria (audit.rs).

## O diretório de contas

admin-find-label = Procurar contas
admin-find = Procurar
admin-find-placeholder = nome, nome de usuário, organização
admin-role = Função
admin-cohort = Turma
admin-any = qualquer
admin-show = Mostrar
admin-count = { $count ->
    [one] { $count } conta · página { $page } de { $pages }
   *[other] { $count } contas · página { $page } de { $pages }
}
admin-name = Nome
admin-last-active = Última atividade
admin-status = Situação
admin-never = nunca
admin-active = ativa
admin-disabled = desativada
admin-pages = Páginas
admin-previous = ← Anterior
admin-next = Próxima →
admin-add-title = Adicionar uma conta
admin-add = Adicionar conta

## A página de uma conta, para os administradores

admin-account-title = Conta
admin-created = Criação
admin-country = País
admin-none = nenhuma
admin-not-given = não informado
admin-temporary = Senha temporária, válida até o primeiro uso:
admin-temporary-give = Entregue-a à pessoa em particular. Ela escolherá a sua no próximo acesso.
admin-temporary-waiting = Uma senha temporária aguarda ser alterada.
admin-reset = Redefinir a senha
admin-reset-note = A redefinição encerra as sessões da pessoa e gera uma senha temporária, mostrada aqui.
admin-access = Acesso
admin-enable = Ativar a conta
admin-disable = Desativar a conta
admin-change-role = Alterar a função
admin-erase-title = Apagamento
admin-erase-note = O apagamento remove definitivamente o nome, o nome de usuário, o e-mail e as respostas escritas da pessoa. As pontuações permanecem nos números do programa, sem nome.
admin-erase-confirm = Tenho o pedido da pessoa para apagar a sua conta
admin-erase = Apagar a conta

## Os códigos de convite

admin-invites-title = Códigos de convite
admin-invites-intro-opens = O formando abre
admin-invites-intro-types = e digita o código para criar uma conta na turma.
admin-invites-trainees = { $count ->
    [one] { $count } formando
   *[other] { $count } formandos
}
admin-invites-usage = usado { $uses } de { $max } vezes · válido até { $day }
admin-invites-revoke = Revogar
admin-invites-days = Validade (dias)
admin-invites-uses = Usos
admin-invites-new = Novo código de convite

## A conta de cada um

account-title = Sua conta
account-signed-in-as = Sessão iniciada como { $username } · { $role }
account-saved-password = Sua nova senha foi gravada. Suas outras sessões foram encerradas.
account-saved-details = Seus dados foram gravados.
account-reset = Sua senha foi redefinida pelo seu formador ou por um administrador. Escolha uma nova para continuar.
account-password-title = Alterar sua senha
account-current-password = Senha atual
account-new-password = { $count ->
    [one] Nova senha (pelo menos { $count } caractere; uma frase curta é fácil de lembrar)
   *[other] Nova senha (pelo menos { $count } caracteres; uma frase curta é fácil de lembrar)
}
account-change-password = Alterar a senha
account-password-note = Alterar sua senha encerra suas sessões em todos os outros lugares.
account-details = Seus dados
account-language = Idioma das páginas
account-language-browser = (o do navegador)
account-save = Gravar seus dados
account-record-link = Seu histórico e todos os seus dados

## O histórico de um formando

record-title = Seu histórico
record-intro = Tudo o que o Kujenga guarda a seu respeito:
record-json = baixe-o em JSON
record-or = ou
record-csv = como planilha (CSV)
record-name = Nome
record-country = País
record-none = nenhuma
record-not-given = não informado
record-finished = { $count ->
    [one] Concluídos: { $done } de { $count } lição ou laboratório
   *[other] Concluídos: { $done } de { $count } lições e laboratórios
}
record-item = Lição ou laboratório
record-finished-on = Concluído em
record-score = Pontuação
record-reviews = Revisões das suas respostas escritas
record-none-yet = Nenhuma por enquanto.
record-state-pending = aguardando seu formador
record-state-accepted = aceita
record-state-returned = devolvida a você
record-review = { $item } ({ $question }): { $state }
record-review-comment = { $item } ({ $question }): { $state }: “{ $comment }”
record-answers = Suas respostas
record-when = Data (UTC)
record-question = Pergunta
record-answer = Resposta
record-result = Resultado
record-verdict-correct = correta
record-verdict-wrong = incorreta
record-verdict-review = em revisão

## O registro de auditoria

audit-title = Registro de auditoria
audit-whole = O registro completo.
audit-part = A parte do registro que diz respeito aos seus programas.
audit-never-written = Senhas, códigos e chaves de resposta nunca são gravados nele.
audit-filter = Filtrar o registro
audit-who = Quem
audit-who-placeholder = nome de usuário
audit-what = Ação
audit-anything = qualquer
audit-from = De
audit-to = Até
audit-show = Mostrar
audit-count = { $count ->
    [one] { $count } linha · página { $page } de { $pages }
   *[other] { $count } linhas · página { $page } de { $pages }
}
audit-csv = Baixar em CSV
audit-when = Data (UTC)
audit-object = Objeto
audit-change = Alteração
audit-pages = Páginas
audit-newer = ← Mais recentes
audit-older = Mais antigas →
