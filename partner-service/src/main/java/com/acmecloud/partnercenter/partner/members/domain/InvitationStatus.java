package com.acmecloud.partnercenter.partner.members.domain;

/** Stored states of a member invitation; {@link #EXPIRED} is never stored but derived from the clock. */
public enum InvitationStatus {
    PENDING, ACCEPTED, DECLINED, REVOKED, EXPIRED
}
