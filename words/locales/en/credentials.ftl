# Credentials: the certificate, the holder's list, issuing and revoking by hand, and the
# public verification page.

credentials-title = Credentials
credentials-none = No credential yet: one is issued when you complete every lesson and lab of a track.
credentials-certificate = Certificate
credentials-download-jwt = Credential (.jwt)
credentials-download-json = Decoded (.json)
credentials-issued-on = Issued on { $day }
credentials-revoked = Revoked: { $reason }
certificate-page-title = Certificate: { $track }
certificate-heading = Certificate of completion
certificate-certifies = This certifies that
certificate-completed = has completed the training track
certificate-programme = in the programme { $programme }
certificate-issued = Issued on { $day } by { $issuer }
certificate-id = Credential id
certificate-check-at = Check it at
certificate-fingerprint = Issuer's key fingerprint (SHA-256)
certificate-revoked = This credential was revoked: { $reason }
certificate-print = To print it, use your browser's Print command: the page fits one sheet, A4 or Letter.
certificate-downloads = The signed credential (Open Badges 3.0), for an employer, a court or a wallet:
staff-credentials-issue = Issue a credential by hand
staff-credentials-reason = Reason (written in the audit log)
staff-credentials-issue-button = Issue
staff-credentials-revoke-button = Revoke
verify-title = Check a credential
verify-intro = A Kujenga credential is signed by its issuer. Give its id, paste it, or upload its file: this page says whether it is valid, revoked or forged.
verify-by-id = Credential id
verify-paste = Paste the credential (the text of its .jwt file)
verify-upload = or choose its file
verify-button = Check
verify-valid = Valid: { $name } completed “{ $track }”, issued by { $issuer } on { $day }.
verify-revoked = Revoked on { $day }: { $reason }. It was issued to { $name } for “{ $track }”.
verify-expired = Expired on { $day }: “{ $track }”.
verify-not-yet-valid = Not valid yet: it is valid from { $day }.
verify-forged = Not valid: { $why }
verify-unknown = No credential of this issuer has this id.
verify-offline = Without a network, check a credential with the command below, using the issuer's public key and list of revocations:
verify-key = public key (JWKS)
verify-revocations = list of revocations
programs-headline-credentials = { $count ->
    [one] credential issued
   *[other] credentials issued
}
programs-credentials = Credentials
csv-credentials = credentials

forged-not-jwt = this is not a signed credential (a JWT)
forged-algorithm = it is signed with { $algorithm }; this issuer signs with RS256
forged-other-key = it is signed with a key that is not the issuer's
forged-key-unreadable = the issuer's key is unreadable: { $detail }
forged-signature = the signature does not match: it was changed after signing, or signed by another key
forged-unreadable = it cannot be read as a signed credential: { $detail }
forged-not-badge = it is not an Open Badges credential
forged-no-id = it has no id
forged-claims = its JWT claims do not match the credential inside it
forged-valid-from = its validFrom is missing or not a date
forged-valid-until = its validUntil is not a date
revocations-unsigned = the list of revocations: { $why }
revocations-unreadable = the list of revocations cannot be read: { $detail }
