# Attestations : le certificat, la liste de leur titulaire, la délivrance et la révocation à la
# main, et la page publique de vérification.

credentials-title = Attestations
credentials-none = Aucune attestation pour l’instant : elle est délivrée quand vous avez terminé toutes les leçons et tous les ateliers d’un parcours.
credentials-certificate = Certificat
credentials-download-jwt = Attestation (.jwt)
credentials-download-json = Décodée (.json)
credentials-issued-on = Délivrée le { $day }
credentials-revoked = Révoquée : { $reason }
certificate-page-title = Certificat : { $track }
certificate-heading = Certificat de réussite
certificate-certifies = Il est certifié que
certificate-completed = a terminé le parcours de formation
certificate-programme = dans le programme { $programme }
certificate-issued = Délivré le { $day } par { $issuer }
certificate-id = Identifiant de l’attestation
certificate-check-at = À vérifier sur
certificate-fingerprint = Empreinte de la clé de l’émetteur (SHA-256)
certificate-revoked = Cette attestation a été révoquée : { $reason }
certificate-print = Pour l’imprimer, utilisez la commande Imprimer de votre navigateur : la page tient sur une feuille, A4 ou Lettre US.
certificate-downloads = L’attestation signée (Open Badges 3.0), pour un employeur, un tribunal ou un portefeuille numérique :
staff-credentials-issue = Délivrer une attestation à la main
staff-credentials-reason = Motif (inscrit au journal d’audit)
staff-credentials-issue-button = Délivrer
staff-credentials-revoke-button = Révoquer
verify-title = Vérifier une attestation
verify-intro = Une attestation Kujenga est signée par son émetteur. Donnez son identifiant, collez-la ou déposez son fichier : cette page indique si elle est valide, révoquée ou falsifiée.
verify-by-id = Identifiant de l’attestation
verify-paste = Collez l’attestation (le texte de son fichier .jwt)
verify-upload = ou choisissez son fichier
verify-button = Vérifier
verify-valid = Valide : { $name } a terminé « { $track } », attestation délivrée par { $issuer } le { $day }.
verify-revoked = Révoquée le { $day } : { $reason }. Elle avait été délivrée à { $name } pour « { $track } ».
verify-expired = Expirée le { $day } : « { $track } ».
verify-not-yet-valid = Pas encore valide : elle est valide à partir du { $day }.
verify-forged = Non valide : { $why }
verify-unknown = Aucune attestation de cet émetteur ne porte cet identifiant.
verify-offline = Sans réseau, vérifiez une attestation avec la commande ci-dessous, grâce à la clé publique de l’émetteur et à sa liste de révocations :
verify-key = clé publique (JWKS)
verify-revocations = liste des révocations
programs-headline-credentials = { $count ->
    [one] attestation délivrée
   *[other] attestations délivrées
}
programs-credentials = Attestations
csv-credentials = attestations

forged-not-jwt = ce n’est pas une attestation signée (un JWT)
forged-algorithm = elle est signée avec { $algorithm } ; cet émetteur signe avec RS256
forged-other-key = elle est signée avec une clé qui n’est pas celle de l’émetteur
forged-key-unreadable = la clé de l’émetteur est illisible : { $detail }
forged-signature = la signature ne correspond pas : elle a été modifiée après la signature, ou signée avec une autre clé
forged-unreadable = elle ne peut pas être lue comme une attestation signée : { $detail }
forged-not-badge = ce n’est pas une attestation Open Badges
forged-no-id = elle n’a pas d’identifiant
forged-claims = ses données JWT ne correspondent pas à l’attestation qu’elle contient
forged-valid-from = son validFrom manque ou n’est pas une date
forged-valid-until = son validUntil n’est pas une date
revocations-unsigned = la liste des révocations : { $why }
revocations-unreadable = la liste des révocations est illisible : { $detail }
