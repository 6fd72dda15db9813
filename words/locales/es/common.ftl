# Los textos que encuentra cualquier visitante o participante: la cabecera y el pie de página, el inicio de sesión y el registro,
# el catálogo, los itinerarios, los módulos, las lecciones y los laboratorios, el glosario.

brand-tagline = Kujenga — formación abierta para la capacidad nacional en ciberseguridad
nav-account = Cuenta
nav-catalog = Catálogo
nav-cohorts = Cohortes
nav-reviews = Revisiones
nav-invites = Invitaciones
nav-programmes = Programas
nav-accounts = Cuentas
nav-audit = Auditoría
nav-record = Mi expediente
nav-language = Idioma
nav-breadcrumb = Ruta de navegación
nav-pager = Anterior y siguiente
sign-in = Iniciar sesión
sign-out = Cerrar sesión
role-trainee = Participante
role-instructor = Instructor
role-manager = Responsable de programa
role-admin = Administrador

sign-in-title = Iniciar sesión
field-username = Nombre de usuario
field-password = Contraseña
sign-in-new-trainee = ¿Es nuevo participante y tiene un código de invitación?
sign-in-create-account = Cree su cuenta

join-title = Unirse a una cohorte
join-intro = Su instructor le facilita un código de invitación, que incorpora su nueva cuenta a la cohorte correspondiente.
field-invite-code = Código de invitación
field-your-name = Su nombre
field-new-password = Contraseña (al menos { $count } caracteres)
join-create = Crear cuenta
profile-legend = Sobre su trabajo (opcional: su programa usa estos datos en sus informes, nunca con su nombre)
field-email = Correo electrónico
field-organisation = Organización
field-country = País (código de dos letras, como KE, GH o LK)
field-job = Su función
field-gender = Género
not-given = (no indicado)

not-found-title = Página no encontrada
not-found-go = Ir al catálogo

catalog-title = Catálogo
catalog-start-here = Empiece aquí: { $title }
catalog-continue = Continúe donde lo dejó: { $title }
catalog-intro = Tres itinerarios para equipos nacionales de ciberseguridad, policías, fiscales, jueces y analistas forenses.
catalog-sign-in-to-record = para registrar su progreso y realizar los laboratorios.
catalog-your-cohort = El plan de estudios de su cohorte
catalog-also = También en Kujenga
track-modules = { $count ->
    [one] { $count } módulo
   *[other] { $count } módulos
}
progress-done = Completado: { $done } de { $total } ({ $percent } %)

track-title = Itinerario
track-glossary-link = Glosario de este itinerario
module-title = Módulo
kind-lesson = Lección
kind-lab = Laboratorio
item-minutes = { $count ->
    [one] { $count } min
   *[other] { $count } min
}
item-done = ✓ completado
item-opens = disponible el { $day }
item-after = después de { $titles }
trainer-notes = Notas para instructores
trainer-notes-who = Solo visible para instructores y administradores.
glossary-title = Glosario
glossary-of = Glosario: { $title }

item-about-minutes = { $count ->
    [one] alrededor de { $count } minuto
   *[other] alrededor de { $count } minutos
}
item-objectives = Lo que podrá hacer
item-sources = Fuentes
item-sign-in-to-record = para registrar su progreso.
item-score = Puntuación: { $score }
item-finished = completado ✓
item-next = Siguiente:
item-files = Sus archivos
item-files-yours = Estos archivos se generaron para usted; los demás participantes tienen otros. Compruebe cada descarga con su SHA-256.
item-file-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
item-sign-in-for-files = para obtener sus propios archivos de este laboratorio.
item-questions-lab = Preguntas
item-questions-lesson = Compruebe lo que ha aprendido
item-sign-in-to-answer = para responder.
lock-opens-on = Este módulo estará disponible para su cohorte el { $day }. Ya puede leerlo; las respuestas contarán a partir de ese día.
lock-finish-first = Termine primero:
lock-waiver = Su instructor también puede permitirle hacerlo ahora.
translation-missing = Esta página aún no está traducida a su idioma; aquí la tiene en inglés.
translation-outdated = Esta traducción corresponde a una versión anterior de la página en inglés.
glossary-source = Fuente: { $source }
