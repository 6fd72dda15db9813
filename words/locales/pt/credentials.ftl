# Credenciais: o certificado, a lista do seu titular, a emissão e a revogação manuais, e a
# página pública de verificação.

credentials-title = Credenciais
credentials-none = Ainda não há credencial: ela é emitida quando conclui todas as lições e todos os laboratórios de um percurso.
credentials-certificate = Certificado
credentials-download-jwt = Credencial (.jwt)
credentials-download-json = Descodificada (.json)
credentials-issued-on = Emitida em { $day }
credentials-revoked = Revogada: { $reason }
certificate-page-title = Certificado: { $track }
certificate-heading = Certificado de conclusão
certificate-certifies = Certifica-se que
certificate-completed = concluiu o percurso de formação
certificate-programme = no programa { $programme }
certificate-issued = Emitido em { $day } por { $issuer }
certificate-id = Identificador da credencial
certificate-check-at = Verifique-a em
certificate-fingerprint = Impressão digital da chave do emissor (SHA-256)
certificate-revoked = Esta credencial foi revogada: { $reason }
certificate-print = Para o imprimir, use o comando Imprimir do navegador: a página cabe numa folha, A4 ou Carta.
certificate-downloads = A credencial assinada (Open Badges 3.0), para um empregador, um tribunal ou uma carteira digital:
staff-credentials-issue = Emitir uma credencial manualmente
staff-credentials-reason = Motivo (fica no registo de auditoria)
staff-credentials-issue-button = Emitir
staff-credentials-revoke-button = Revogar
verify-title = Verificar uma credencial
verify-intro = Uma credencial do Kujenga é assinada pelo seu emissor. Indique o seu identificador, cole-a ou envie o seu ficheiro: esta página diz se é válida, revogada ou falsificada.
verify-by-id = Identificador da credencial
verify-paste = Cole a credencial (o texto do seu ficheiro .jwt)
verify-upload = ou escolha o seu ficheiro
verify-button = Verificar
verify-valid = Válida: { $name } concluiu «{ $track }», emitida por { $issuer } em { $day }.
verify-revoked = Revogada em { $day }: { $reason }. Tinha sido emitida a { $name } para «{ $track }».
verify-expired = Expirou em { $day }: «{ $track }».
verify-not-yet-valid = Ainda não é válida: é válida a partir de { $day }.
verify-forged = Não é válida: { $why }
verify-unknown = Nenhuma credencial deste emissor tem este identificador.
verify-offline = Sem rede, verifique uma credencial com o comando abaixo, usando a chave pública do emissor e a sua lista de revogações:
verify-key = chave pública (JWKS)
verify-revocations = lista de revogações
programs-headline-credentials = { $count ->
    [one] credencial emitida
   *[other] credenciais emitidas
}
programs-credentials = Credenciais
csv-credentials = credenciais

forged-not-jwt = não é uma credencial assinada (um JWT)
forged-algorithm = está assinada com { $algorithm }; este emissor assina com RS256
forged-other-key = está assinada com uma chave que não é a do emissor
forged-key-unreadable = a chave do emissor não pode ser lida: { $detail }
forged-signature = a assinatura não corresponde: foi alterada depois de assinada, ou assinada por outra chave
forged-unreadable = não pode ser lida como uma credencial assinada: { $detail }
forged-not-badge = não é uma credencial Open Badges
forged-no-id = não tem identificador
forged-claims = os seus dados JWT não correspondem à credencial que contém
forged-valid-from = o seu validFrom falta ou não é uma data
forged-valid-until = o seu validUntil não é uma data
revocations-unsigned = a lista de revogações: { $why }
revocations-unreadable = a lista de revogações não pode ser lida: { $detail }
