# Páginas de instructores y responsables: la lista de cohortes, la página de una cohorte
# (cuadrícula de participantes, miembros, calendario, importación, configuración, archivo),
# el expediente de un participante y la cola de revisión.

cohorts-trainees = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}

cohorts-settings = Configuración de la cohorte
cohorts-name = Nombre
cohorts-starts-on = Empieza el
cohorts-ends-on = Termina el
cohorts-save-settings = Guardar la configuración

cohorts-dates-range = del { $start } al { $end }
cohorts-dates-from = desde el { $start }
cohorts-dates-until = hasta el { $end }
cohorts-dates-none = sin fechas definidas
cohorts-whole-curriculum = todo el plan de estudios
cohorts-none = ninguno
cohorts-about = Programa: { $programme } · { $dates } · sigue { $content } · instructores: { $instructors }

cohorts-cohort-title = Cohorte
cohorts-previous = ← Anterior
cohorts-next = Siguiente →
cohorts-pages = Páginas
cohorts-archived-note = Esta cohorte está archivada: es de solo lectura y sigue contando en las cifras de su programa.
cohorts-sort-filter = Ordenar y filtrar
cohorts-find = Buscar
cohorts-find-placeholder = nombre, organización, país
cohorts-sort = Ordenar
cohorts-by-name = por nombre
cohorts-by-progress = por progreso
cohorts-by-activity = por última actividad
cohorts-module = Módulo
cohorts-all-modules = todos los módulos
cohorts-show = Mostrar
cohorts-page-of = página { $page } de { $pages }
cohorts-download-csv = Descargar la cuadrícula en CSV
cohorts-col-trainee = Participante
cohorts-col-done = Completado
cohorts-column-lesson = Lección { $number }: { $title }
cohorts-column-lab = Laboratorio { $number }: { $title }
cohorts-invite-codes = Códigos de invitación de esta cohorte

cohorts-enrol-title = Añadir un participante que ya tiene cuenta
cohorts-enrol-add = Añadir a esta cohorte

cohorts-withdrawn-title = Retirados
cohorts-withdrawn-note = Su trabajo se conserva; ya no cuentan como inscritos.
cohorts-withdrawn-on = { $name } ({ $username }), baja el { $day }
cohorts-enrol-again = Inscribir de nuevo

cohorts-schedule-title = Calendario
cohorts-schedule-note = Un módulo con fecha se abre a los participantes de esta cohorte ese día; uno sin fecha está abierto desde el principio.
cohorts-opens-on = Se abre el
cohorts-module-opens-on = Fecha de apertura de { $module }
cohorts-save = Guardar

cohorts-archive-title = Archivo
cohorts-archive-note = Una cohorte archivada es de solo lectura: sin cambios, sin invitaciones, sin importaciones. Sus participantes siguen aprendiendo y sus cifras permanecen en el panel del programa.
cohorts-archive = Archivar la cohorte
cohorts-unarchive = Reactivar la cohorte

cohorts-import-title = Importar participantes desde CSV
cohorts-import-preview = Vista previa: { $rows }, { $problems }
cohorts-import-rows = { $count ->
    [one] { $count } fila lista
   *[other] { $count } filas listas
}
cohorts-import-problems = { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}
cohorts-import-blocked = No se importa nada mientras alguna fila tenga un problema. Corrija el archivo y vuelva a previsualizarlo.
cohorts-line = Línea
cohorts-country = País
cohorts-job = Función
cohorts-import-passwords-note = La importación crea las cuentas y descarga un archivo con sus contraseñas iniciales. Entregue a cada participante la suya: las contraseñas no se guardan y no se muestran en ningún otro lugar.
cohorts-import-button = { $count ->
    [one] Importar { $count } participante y descargar su contraseña
   *[other] Importar { $count } participantes y descargar sus contraseñas
}
cohorts-cancel = Cancelar
cohorts-import-help = Pegue el contenido del archivo. Su primera línea nombra las columnas: name, username, email, organisation, country, role, gender (name, y username o email, son obligatorios; country es un código de dos letras, como KE).
cohorts-csv = CSV
cohorts-preview = Previsualizar

cohorts-trainee-title = Participante
cohorts-not-given = no indicado
cohorts-temporary-password = Contraseña temporal, válida hasta su primer uso:
cohorts-temporary-password-give = Entréguela al participante en privado; elegirá la suya en su próximo inicio de sesión.
cohorts-manage = Gestión
cohorts-reset-password = Restablecer la contraseña
cohorts-move-to = Trasladar a
cohorts-move = Trasladar
cohorts-withdraw = Retirar de la cohorte
cohorts-withdraw-note = El trabajo de un participante retirado se conserva; ya no cuenta como inscrito.
cohorts-last-active = Última actividad
cohorts-never = nunca
cohorts-progress = Progreso
cohorts-lesson-or-lab = Lección o laboratorio
cohorts-finished = Terminado
cohorts-score = Puntuación
cohorts-prerequisites = Requisitos previos
cohorts-waive = Permitirle hacerlo ahora
cohorts-not-done-yet = aún no completados
cohorts-submissions = Envíos
cohorts-when-utc = Fecha (UTC)
cohorts-question = Pregunta
cohorts-answer = Respuesta
cohorts-verdict = Resultado
cohorts-verdict-correct = correcta
cohorts-verdict-wrong = incorrecta
cohorts-verdict-review = en revisión

reviews-title = Respuestas por revisar
reviews-empty = No hay nada pendiente de revisión.
reviews-sent = Enviada el { $when } UTC
reviews-comment = Comentario para el participante
reviews-accept = Aceptar
reviews-return = Devolver con comentario
