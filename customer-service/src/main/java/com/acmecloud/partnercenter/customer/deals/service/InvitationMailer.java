package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.platform.api.devoutbox.Masking;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.mail.OutgoingMail;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;

/**
 * Delivers online invitation links by e-mail through {@link OutgoingMail}: by SMTP in production, into the dev outbox
 * on the local stack and in tests ({@code GET /dev/outbox}). Callers send only once the transaction that issued the
 * invitation has committed (a rolled-back issuance sends nothing). The link holds the single-use code, so the log
 * never shows it: only that an e-mail was (or was not) sent, to a masked address.
 */
@ApplicationScoped
public class InvitationMailer {

    /** An online invitation to e-mail; {@code expiresAt} is when the link stops working. */
    public record InvitationEmail(String email, String partnerId, String invitationUrl, Instant expiresAt) {

        /** Never the link: it holds the code. */
        @Override
        public String toString() {
            return "InvitationEmail[to " + Masking.recipient(email) + " from partner " + partnerId + "]";
        }
    }

    private final OutgoingMail mail;

    InvitationMailer(OutgoingMail mail) {
        this.mail = mail;
    }

    /**
     * Sends the e-mail (nothing for null). Never fails: the invitation is already committed, so a failed delivery is
     * logged by {@link OutgoingMail} (without the link) and the request still succeeds.
     */
    public Uni<Void> send(InvitationEmail invitation) {
        if (invitation == null) {
            return Uni.createFrom().voidItem();
        }
        String text = "Partner " + invitation.partnerId() + " invites you to associate your Huawei Cloud account: "
                + invitation.invitationUrl()
                + (invitation.expiresAt() == null ? "" : " (valid until " + invitation.expiresAt() + ")");
        return mail.send("Invitation", invitation.email(), "Invitation from your Huawei Cloud partner", text,
                        values(invitation), CbcError.EMAIL_DELIVERY_FAILED)
                .onFailure().recoverWithNull();
    }

    private static Map<String, String> values(InvitationEmail mail) {
        return mail.expiresAt() == null
                ? Map.of("invitation_url", mail.invitationUrl(), "partner_id", mail.partnerId())
                : Map.of("invitation_url", mail.invitationUrl(), "partner_id", mail.partnerId(),
                        "expires_at", mail.expiresAt().toString());
    }
}
