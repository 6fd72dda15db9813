# Os textos que todo visitante e formando encontra: o cabeçalho e o rodapé, a entrada e a inscrição,
# o catálogo, os percursos, os módulos, as lições e os laboratórios, o glossário.

brand-tagline = Kujenga — formação aberta para a capacidade nacional em cibersegurança
nav-account = Conta
nav-catalog = Catálogo
nav-cohorts = Turmas
nav-reviews = Revisões
nav-invites = Convites
nav-programmes = Programas
nav-accounts = Contas
nav-audit = Auditoria
nav-record = Meu histórico
nav-language = Idioma
nav-breadcrumb = Trilha de navegação
nav-pager = Anterior e próximo
sign-in = Entrar
sign-out = Sair
role-trainee = Formando
role-instructor = Formador
role-manager = Gestor de programa
role-admin = Administrador

sign-in-title = Entrar
field-username = Nome de usuário
field-password = Senha
sign-in-new-trainee = Novo formando com um código de convite?
sign-in-create-account = Crie sua conta

join-title = Inscrever-se em uma turma
join-intro = O código de convite fornecido pelo seu formador coloca sua nova conta na turma correspondente.
field-invite-code = Código de convite
field-your-name = Seu nome
field-new-password = Senha (pelo menos { $count } caracteres)
join-create = Criar conta
profile-legend = Sobre seu trabalho (opcional: seu programa usa estes dados nos relatórios, nunca pelo nome)
field-email = E-mail
field-organisation = Organização
field-country = País (código de duas letras, como KE, GH ou LK)
field-job = Sua função
field-gender = Gênero
not-given = (não informado)

not-found-title = Página não encontrada
not-found-go = Ir para o catálogo

catalog-title = Catálogo
catalog-start-here = Comece aqui: { $title }
catalog-continue = Continue de onde parou: { $title }
catalog-intro = Três percursos para equipes nacionais de cibersegurança, agentes de polícia, procuradores, juízes e analistas forenses.
catalog-sign-in-to-record = para registrar seu progresso e fazer os laboratórios.
catalog-your-cohort = Currículo da sua turma
catalog-also = Também no Kujenga
track-modules = { $count ->
    [one] { $count } módulo
   *[other] { $count } módulos
}
progress-done = Concluído: { $done } de { $total } ({ $percent }%)

track-title = Percurso
track-glossary-link = Glossário deste percurso
module-title = Módulo
kind-lesson = Lição
kind-lab = Laboratório
item-minutes = { $count ->
    [one] { $count } min
   *[other] { $count } min
}
item-done = ✓ concluído
item-opens = disponível em { $day }
item-after = depois de { $titles }
trainer-notes = Notas para formadores
trainer-notes-who = Visível apenas para formadores e administradores.
glossary-title = Glossário
glossary-of = Glossário: { $title }

item-about-minutes = { $count ->
    [one] cerca de { $count } minuto
   *[other] cerca de { $count } minutos
}
item-objectives = O que você será capaz de fazer
item-sources = Fontes
item-sign-in-to-record = para registrar seu progresso.
item-score = Pontuação: { $score }
item-finished = concluído ✓
item-next = Próximo:
item-files = Seus arquivos
item-files-yours = Estes arquivos foram gerados para você; os outros formandos recebem arquivos diferentes. Confira cada download com o respectivo SHA-256.
item-file-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
item-sign-in-for-files = para receber seus próprios arquivos deste laboratório.
item-questions-lab = Perguntas
item-questions-lesson = Teste seus conhecimentos
item-sign-in-to-answer = para responder.
lock-opens-on = Este módulo será liberado para sua turma em { $day }. Você já pode lê-lo; as respostas contam a partir desse dia.
lock-finish-first = Conclua primeiro:
lock-waiver = Seu formador também pode liberar o acesso para você agora.
translation-missing = Esta página ainda não foi traduzida para o seu idioma; aqui está a versão em inglês.
translation-outdated = Esta tradução corresponde a uma versão anterior da página em inglês.
glossary-source = Fonte: { $source }
