# Credenciales: el certificado, la lista de su titular, la emisión y la revocación a mano, y la
# página pública de verificación.

credentials-title = Credenciales
credentials-none = Todavía no tiene ninguna credencial: se emite cuando completa todas las lecciones y todos los laboratorios de un itinerario.
credentials-certificate = Certificado
credentials-download-jwt = Credencial (.jwt)
credentials-download-json = Decodificada (.json)
credentials-issued-on = Emitida el { $day }
credentials-revoked = Revocada: { $reason }
certificate-page-title = Certificado: { $track }
certificate-heading = Certificado de finalización
certificate-certifies = Se certifica que
certificate-completed = ha completado el itinerario de formación
certificate-programme = en el programa { $programme }
certificate-issued = Emitido el { $day } por { $issuer }
certificate-id = Identificador de la credencial
certificate-check-at = Verifíquela en
certificate-fingerprint = Huella de la clave del emisor (SHA-256)
certificate-revoked = Esta credencial fue revocada: { $reason }
certificate-print = Para imprimirlo, use la orden Imprimir de su navegador: la página cabe en una hoja, A4 o Carta.
certificate-downloads = La credencial firmada (Open Badges 3.0), para un empleador, un tribunal o una billetera digital:
staff-credentials-issue = Emitir una credencial a mano
staff-credentials-reason = Motivo (queda en el registro de auditoría)
staff-credentials-issue-button = Emitir
staff-credentials-revoke-button = Revocar
verify-title = Verificar una credencial
verify-intro = Una credencial de Kujenga está firmada por su emisor. Indique su identificador, péguela o suba su archivo: esta página dice si es válida, está revocada o es falsificada.
verify-by-id = Identificador de la credencial
verify-paste = Pegue la credencial (el texto de su archivo .jwt)
verify-upload = o elija su archivo
verify-button = Verificar
verify-valid = Válida: { $name } completó «{ $track }», emitida por { $issuer } el { $day }.
verify-revoked = Revocada el { $day }: { $reason }. Se había emitido a { $name } por «{ $track }».
verify-expired = Caducó el { $day }: «{ $track }».
verify-not-yet-valid = Todavía no es válida: es válida desde el { $day }.
verify-forged = No válida: { $why }
verify-unknown = Ninguna credencial de este emisor tiene este identificador.
verify-offline = Sin red, verifique una credencial con el comando de abajo, usando la clave pública del emisor y su lista de revocaciones:
verify-key = clave pública (JWKS)
verify-revocations = lista de revocaciones
programs-headline-credentials = { $count ->
    [one] credencial emitida
   *[other] credenciales emitidas
}
programs-credentials = Credenciales
csv-credentials = credenciales

forged-not-jwt = no es una credencial firmada (un JWT)
forged-algorithm = está firmada con { $algorithm }; este emisor firma con RS256
forged-other-key = está firmada con una clave que no es la del emisor
forged-key-unreadable = la clave del emisor no se puede leer: { $detail }
forged-signature = la firma no coincide: se modificó después de firmarla, o la firmó otra clave
forged-unreadable = no se puede leer como una credencial firmada: { $detail }
forged-not-badge = no es una credencial de Open Badges
forged-no-id = no tiene identificador
forged-claims = sus datos JWT no coinciden con la credencial que contiene
forged-valid-from = su validFrom falta o no es una fecha
forged-valid-until = su validUntil no es una fecha
revocations-unsigned = la lista de revocaciones: { $why }
revocations-unreadable = la lista de revocaciones no se puede leer: { $detail }
