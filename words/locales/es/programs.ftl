# Páginas de responsables y administradores: la lista de programas, la configuración de
# programas y cohortes, y el panel de un programa.

programs-none = Todavía no hay ningún programa.
programs-programme = Programa
programs-trainees = Participantes
programs-managers = Responsables
programs-new-programme = Nuevo programa
programs-name = Nombre
programs-manager = Responsable
programs-later = (más adelante)
programs-create-programme = Crear programa
programs-managers-note = Un responsable retirado conserva su cuenta y deja de ver el programa.
programs-add-manager = Añadir responsable
programs-remove-manager = Retirar responsable
programs-archive-title = Archivar un programa
programs-archive-note = Un programa archivado y sus cohortes son de solo lectura, y siguen contando en el panel.
programs-archive = Archivar
programs-bring-back = Restaurar
programs-rename-title = Cambiar el nombre de un programa
programs-new-name = Nuevo nombre
programs-rename = Cambiar nombre
programs-new-cohort = Nueva cohorte
programs-starts-on = Empieza el
programs-ends-on = Termina el
programs-create-cohort = Crear cohorte
programs-add-instructor-title = Añadir un instructor a una cohorte
programs-cohort = Cohorte
programs-add-instructor = Añadir instructor
programs-curriculum = Plan de estudios (nada marcado: todo)

programs-dashboard-title = Panel
programs-as-of = Cifras a { $time } UTC.
programs-filters = Filtros
programs-country = País
programs-all = Todos
programs-apply = Aplicar
programs-clear = Borrar
programs-headline-enrolled = { $count ->
    [one] inscrito
   *[other] inscritos
}
programs-headline-active = { $count ->
    [one] activo en los últimos 14 días
   *[other] activos en los últimos 14 días
}
programs-headline-completion = de finalización
programs-headline-lab-score = puntuación media en los laboratorios
programs-csv = Descargar en CSV
programs-weeks-title = Finalizaciones por semana
programs-completion-title = Finalización por itinerario y módulo
programs-track-or-module = Itinerario o módulo
programs-learners = Alumnos
programs-finished = Terminaron
programs-completion = Finalización
programs-funnel-title = Embudo de módulos
programs-labs-title = Laboratorios
programs-average-score = Puntuación media
programs-exports = Exportaciones CSV: { $tables }.
programs-by-cohort = Por cohorte
programs-by-organisation = Por organización
programs-by-country = Por país
programs-by-gender = Por género
programs-enrolled = Inscritos
programs-active = Activos (14 días)
programs-lab-score = Puntuación en laboratorios

programs-weeks-summary = Finalizaciones por semana del { $from } al { $to }: { $counts }.
programs-week-bar = { $count ->
    [one] Semana del { $week }: { $count } finalización
   *[other] Semana del { $week }: { $count } finalizaciones
}
programs-numbers = Las cifras
programs-week-starting = Semana que empieza el
programs-completions = Finalizaciones
programs-cumulative = Acumulado
programs-funnel-summary = Alumnos que terminaron cada módulo. { $steps }
programs-funnel-bar = { $count ->
    [one] { $module }: lo terminó { $count } alumno
   *[other] { $module }: lo terminaron { $count } alumnos
}
