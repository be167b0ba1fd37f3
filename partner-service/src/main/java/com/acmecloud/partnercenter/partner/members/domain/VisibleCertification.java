package com.acmecloud.partnercenter.partner.members.domain;

/** A certification with the active member through whom the partner sees it. */
public record VisibleCertification(PersonalCertification certification, PartnerMember member) {
}
