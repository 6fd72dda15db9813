# Las páginas sobre las personas: el directorio de cuentas y la página de una cuenta, los
# códigos de invitación (admin.rs); la cuenta propia (account.rs); el expediente de un
# participante (record.rs); el registro de auditoría (audit.rs).

## El directorio de cuentas

admin-find-label = Buscar cuentas
admin-find = Buscar
admin-find-placeholder = nombre, nombre de usuario, organización
admin-role = Rol
admin-cohort = Cohorte
admin-any = cualquiera
admin-show = Mostrar
admin-count = { $count ->
    [one] { $count } cuenta · página { $page } de { $pages }
   *[other] { $count } cuentas · página { $page } de { $pages }
}
admin-name = Nombre
admin-last-active = Última actividad
admin-status = Estado
admin-never = nunca
admin-active = activa
admin-disabled = desactivada
admin-pages = Páginas
admin-previous = ← Anterior
admin-next = Siguiente →
admin-add-title = Añadir una cuenta
admin-add = Añadir cuenta

## La página de una cuenta, para los administradores

admin-account-title = Cuenta
admin-created = Creación
admin-country = País
admin-none = ninguna
admin-not-given = no indicado
admin-temporary = Contraseña temporal, válida hasta su primer uso:
admin-temporary-give = Entréguesela a la persona en privado. Elegirá la suya en su próximo inicio de sesión.
admin-temporary-waiting = Hay una contraseña temporal pendiente de cambio.
admin-reset = Restablecer la contraseña
admin-reset-note = Restablecerla cierra las sesiones de la persona y genera una contraseña temporal, que se muestra aquí.
admin-access = Acceso
admin-enable = Activar la cuenta
admin-disable = Desactivar la cuenta
admin-change-role = Cambiar el rol
admin-erase-title = Borrado
admin-erase-note = El borrado elimina de forma definitiva el nombre, el nombre de usuario, el correo electrónico y las respuestas escritas de la persona. Sus puntuaciones permanecen en las cifras del programa, sin nombre.
admin-erase-confirm = Tengo la solicitud de la persona para borrar su cuenta
admin-erase = Borrar la cuenta

## Los códigos de invitación

admin-invites-title = Códigos de invitación
admin-invites-intro-opens = El participante abre
admin-invites-intro-types = y escribe el código para crear una cuenta en la cohorte.
admin-invites-trainees = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}
admin-invites-usage = usado { $uses } de { $max } veces · válido hasta el { $day }
admin-invites-revoke = Revocar
admin-invites-days = Validez (días)
admin-invites-uses = Usos
admin-invites-new = Nuevo código de invitación

## La cuenta propia

account-title = Su cuenta
account-signed-in-as = Sesión iniciada como { $username } · { $role }
account-saved-password = Su nueva contraseña se ha guardado. Sus otras sesiones se han cerrado.
account-saved-details = Sus datos se han guardado.
account-reset = Su instructor o un administrador restableció su contraseña. Elija una nueva para continuar.
account-password-title = Cambiar su contraseña
account-current-password = Contraseña actual
account-new-password = { $count ->
    [one] Nueva contraseña (al menos { $count } carácter; una frase corta es fácil de recordar)
   *[other] Nueva contraseña (al menos { $count } caracteres; una frase corta es fácil de recordar)
}
account-change-password = Cambiar la contraseña
account-password-note = Cambiar su contraseña cierra su sesión en todos los demás lugares.
account-details = Sus datos
account-language = Idioma de las páginas
account-language-browser = (el del navegador)
account-save = Guardar sus datos
account-record-link = Su expediente y todos sus datos

## El expediente de un participante

record-title = Su expediente
record-intro = Todo lo que Kujenga guarda sobre usted:
record-json = descargarlo en JSON
record-or = o
record-csv = como hoja de cálculo (CSV)
record-name = Nombre
record-country = País
record-none = ninguna
record-not-given = no indicado
record-finished = { $count ->
    [one] Completados: { $done } de { $count } lección o laboratorio
   *[other] Completados: { $done } de { $count } lecciones y laboratorios
}
record-item = Lección o laboratorio
record-finished-on = Completado el
record-score = Puntuación
record-reviews = Revisiones de sus respuestas escritas
record-none-yet = Ninguna por ahora.
record-state-pending = pendiente de su instructor
record-state-accepted = aceptada
record-state-returned = devuelta a usted
record-review = { $item } ({ $question }): { $state }
record-review-comment = { $item } ({ $question }): { $state }: «{ $comment }»
record-answers = Sus respuestas
record-when = Fecha (UTC)
record-question = Pregunta
record-answer = Respuesta
record-result = Resultado
record-verdict-correct = correcta
record-verdict-wrong = incorrecta
record-verdict-review = en revisión

## El registro de auditoría

audit-title = Registro de auditoría
audit-whole = El registro completo.
audit-part = La parte del registro que corresponde a sus programas.
audit-never-written = Nunca se escriben en él contraseñas, códigos ni claves de respuestas.
audit-filter = Filtrar el registro
audit-who = Quién
audit-who-placeholder = nombre de usuario
audit-what = Acción
audit-anything = cualquiera
audit-from = Desde
audit-to = Hasta
audit-show = Mostrar
audit-count = { $count ->
    [one] { $count } fila · página { $page } de { $pages }
   *[other] { $count } filas · página { $page } de { $pages }
}
audit-csv = Descargar en CSV
audit-when = Fecha (UTC)
audit-object = Objeto
audit-change = Cambio
audit-pages = Páginas
audit-newer = ← Más recientes
audit-older = Más antiguas →
