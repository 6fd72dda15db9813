# Páginas dos formadores e gestores: a lista de turmas, a página de uma turma (grade de
# formandos, membros, calendário, importação, configurações, arquivo), o registro de um formando
# e a fila de revisão.

cohorts-trainees = { $count ->
    [one] { $count } formando
   *[other] { $count } formandos
}

cohorts-settings = Configurações da turma
cohorts-name = Nome
cohorts-starts-on = Começa em
cohorts-ends-on = Termina em
cohorts-save-settings = Salvar as configurações

cohorts-dates-range = de { $start } a { $end }
cohorts-dates-from = a partir de { $start }
cohorts-dates-until = até { $end }
cohorts-dates-none = sem datas definidas
cohorts-whole-curriculum = todo o currículo
cohorts-none = nenhum
cohorts-about = Programa: { $programme } · { $dates } · segue { $content } · formadores: { $instructors }

cohorts-cohort-title = Turma
cohorts-previous = ← Anterior
cohorts-next = Próxima →
cohorts-pages = Páginas
cohorts-archived-note = Esta turma está arquivada: é somente leitura e continua contando nos números do seu programa.
cohorts-sort-filter = Ordenar e filtrar
cohorts-find = Buscar
cohorts-find-placeholder = nome, organização, país
cohorts-sort = Ordenar
cohorts-by-name = por nome
cohorts-by-progress = por progresso
cohorts-by-activity = por última atividade
cohorts-module = Módulo
cohorts-all-modules = todos os módulos
cohorts-show = Mostrar
cohorts-page-of = página { $page } de { $pages }
cohorts-download-csv = Baixar a grade em CSV
cohorts-col-trainee = Formando
cohorts-col-done = Concluído
cohorts-column-lesson = Lição { $number }: { $title }
cohorts-column-lab = Laboratório { $number }: { $title }
cohorts-invite-codes = Códigos de convite desta turma

cohorts-enrol-title = Adicionar um formando que já tem conta
cohorts-enrol-add = Adicionar a esta turma

cohorts-withdrawn-title = Retirados
cohorts-withdrawn-note = O trabalho deles é mantido; eles deixam de contar como inscritos.
cohorts-withdrawn-on = { $name } ({ $username }), saída em { $day }
cohorts-enrol-again = Inscrever novamente

cohorts-schedule-title = Calendário
cohorts-schedule-note = Um módulo com data abre aos formandos desta turma nesse dia; um sem data está aberto desde o início.
cohorts-opens-on = Abre em
cohorts-module-opens-on = Data de abertura de { $module }
cohorts-save = Salvar

cohorts-archive-title = Arquivamento
cohorts-archive-note = Uma turma arquivada é somente leitura: sem alterações, sem convites, sem importações. Seus formandos continuam aprendendo e seus números permanecem no painel do programa.
cohorts-archive = Arquivar a turma
cohorts-unarchive = Reativar a turma

cohorts-import-title = Importar formandos de CSV
cohorts-import-preview = Pré-visualização: { $rows }, { $problems }
cohorts-import-rows = { $count ->
    [one] { $count } linha pronta
   *[other] { $count } linhas prontas
}
cohorts-import-problems = { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}
cohorts-import-blocked = Nada é importado enquanto alguma linha tiver um problema. Corrija o arquivo e faça a pré-visualização novamente.
cohorts-line = Linha
cohorts-country = País
cohorts-job = Função
cohorts-import-passwords-note = A importação cria as contas e baixa um arquivo com as senhas iniciais. Entregue a cada formando a sua: as senhas não são guardadas e não aparecem em nenhum outro lugar.
cohorts-import-button = { $count ->
    [one] Importar { $count } formando e baixar sua senha
   *[other] Importar { $count } formandos e baixar suas senhas
}
cohorts-cancel = Cancelar
cohorts-import-help = Cole o conteúdo do arquivo. A primeira linha nomeia as colunas: name, username, email, organisation, country, role, gender (name, e username ou email, são obrigatórios; country é um código de duas letras, como KE).
cohorts-csv = CSV
cohorts-preview = Pré-visualizar

cohorts-trainee-title = Formando
cohorts-not-given = não indicado
cohorts-temporary-password = Senha temporária, válida até o primeiro uso:
cohorts-temporary-password-give = Entregue-a ao formando em particular; ele escolherá a própria senha no próximo acesso.
cohorts-manage = Gerenciar
cohorts-reset-password = Redefinir a senha
cohorts-move-to = Mover para
cohorts-move = Mover
cohorts-withdraw = Retirar da turma
cohorts-withdraw-note = O trabalho de um formando retirado é mantido; ele deixa de contar como inscrito.
cohorts-last-active = Última atividade
cohorts-never = nunca
cohorts-progress = Progresso
cohorts-lesson-or-lab = Lição ou laboratório
cohorts-finished = Concluído em
cohorts-score = Pontuação
cohorts-prerequisites = Pré-requisitos
cohorts-waive = Permitir que faça agora
cohorts-not-done-yet = ainda não concluídos
cohorts-submissions = Envios
cohorts-when-utc = Data (UTC)
cohorts-question = Pergunta
cohorts-answer = Resposta
cohorts-verdict = Resultado
cohorts-verdict-correct = correta
cohorts-verdict-wrong = errada
cohorts-verdict-review = em revisão

reviews-title = Respostas para revisar
reviews-empty = Nada aguarda revisão.
reviews-sent = Enviada em { $when } UTC
reviews-comment = Comentário para o formando
reviews-accept = Aceitar
reviews-return = Devolver com comentário
