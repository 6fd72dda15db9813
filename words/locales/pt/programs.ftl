# Páginas de gestores e administradores: a lista de programas, a configuração de programas e
# turmas, e o painel de um programa.

programs-none = Ainda não há nenhum programa.
programs-programme = Programa
programs-trainees = Formandos
programs-managers = Gestores
programs-new-programme = Novo programa
programs-name = Nome
programs-manager = Gestor
programs-later = (mais tarde)
programs-create-programme = Criar programa
programs-managers-note = Um gestor removido mantém sua conta e deixa de ver o programa.
programs-add-manager = Adicionar gestor
programs-remove-manager = Remover gestor
programs-archive-title = Arquivar um programa
programs-archive-note = Um programa arquivado e suas turmas ficam somente para leitura, e continuam sendo contabilizados no painel.
programs-archive = Arquivar
programs-bring-back = Restaurar
programs-rename-title = Renomear um programa
programs-new-name = Novo nome
programs-rename = Renomear
programs-new-cohort = Nova turma
programs-starts-on = Começa em
programs-ends-on = Termina em
programs-create-cohort = Criar turma
programs-add-instructor-title = Adicionar um formador a uma turma
programs-cohort = Turma
programs-add-instructor = Adicionar formador
programs-curriculum = Currículo (nada marcado: tudo)

programs-dashboard-title = Painel
programs-as-of = Números de { $time } UTC.
programs-filters = Filtros
programs-country = País
programs-all = Todos
programs-apply = Aplicar
programs-clear = Limpar
programs-headline-enrolled = { $count ->
    [one] inscrito
   *[other] inscritos
}
programs-headline-active = { $count ->
    [one] ativo nos últimos 14 dias
   *[other] ativos nos últimos 14 dias
}
programs-headline-completion = de conclusão
programs-headline-lab-score = pontuação média nos laboratórios
programs-csv = Baixar em CSV
programs-weeks-title = Conclusões por semana
programs-completion-title = Conclusão por percurso e módulo
programs-track-or-module = Percurso ou módulo
programs-learners = Alunos
programs-finished = Concluíram
programs-completion = Conclusão
programs-funnel-title = Funil de módulos
programs-labs-title = Laboratórios
programs-average-score = Pontuação média
programs-exports = Exportações CSV: { $tables }.
programs-by-cohort = Por turma
programs-by-organisation = Por organização
programs-by-country = Por país
programs-by-gender = Por gênero
programs-enrolled = Inscritos
programs-active = Ativos (14 dias)
programs-lab-score = Pontuação nos laboratórios

programs-weeks-summary = Conclusões por semana de { $from } a { $to }: { $counts }.
programs-week-bar = { $count ->
    [one] Semana de { $week }: { $count } conclusão
   *[other] Semana de { $week }: { $count } conclusões
}
programs-numbers = Os números
programs-week-starting = Semana que começa em
programs-completions = Conclusões
programs-cumulative = Acumulado
programs-funnel-summary = Alunos que concluíram cada módulo. { $steps }
programs-funnel-bar = { $count ->
    [one] { $module }: { $count } aluno concluiu
   *[other] { $module }: { $count } alunos concluíram
}
