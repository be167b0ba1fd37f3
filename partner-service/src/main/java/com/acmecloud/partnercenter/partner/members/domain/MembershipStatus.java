package com.acmecloud.partnercenter.partner.members.domain;

/** ACTIVE while the person is a member; REMOVED by the partner or LEFT by the member end it for good. */
public enum MembershipStatus {
    ACTIVE, REMOVED, LEFT
}
