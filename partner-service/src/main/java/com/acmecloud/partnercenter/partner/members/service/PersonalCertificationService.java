package com.acmecloud.partnercenter.partner.members.service;

import com.acmecloud.partnercenter.partner.members.domain.CertificationLevel;
import com.acmecloud.partnercenter.partner.members.domain.PersonalCertification;
import com.acmecloud.partnercenter.partner.members.domain.VisibleCertification;
import com.acmecloud.partnercenter.partner.members.events.MemberEventPublisher;
import com.acmecloud.partnercenter.partner.members.repository.PartnerMemberRepository;
import com.acmecloud.partnercenter.partner.members.repository.PersonalCertificationRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Personal certifications (seed 15 / rule 3): recorded by the person, visible to a partner only while the
 * person is its active member. A certificate number is recorded once, by one person.
 */
@ApplicationScoped
public class PersonalCertificationService {

    public record Recording(CertificationLevel level, String track, String certificateNumber, Instant validFrom,
                            Instant validTo) {
    }

    private final PersonalCertificationRepository certifications;
    private final PartnerMemberRepository members;
    private final MemberEventPublisher events;
    private final Clock clock;

    PersonalCertificationService(PersonalCertificationRepository certifications, PartnerMemberRepository members,
                                 MemberEventPublisher events, Clock clock) {
        this.certifications = certifications;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<PersonalCertification> record(String person, Recording recording) {
        Instant now = now();
        Instant validFrom = recording.validFrom().truncatedTo(ChronoUnit.SECONDS);
        Instant validTo = recording.validTo().truncatedTo(ChronoUnit.SECONDS);
        String[] problem = PersonalCertification.periodProblem(validFrom, validTo, now);
        if (problem != null) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(),
                    List.of(ErrorDetail.of(problem[0], CbcError.PARAMETER_ERROR, problem[1])));
        }
        String number = recording.certificateNumber().trim().toUpperCase(Locale.ROOT);
        // certificate numbers are global: serialise on the number, then on the person
        return certifications.lockNumber(number)
                .chain(() -> members.lockPerson(person))
                .chain(() -> certifications.numberTaken(number))
                .chain(taken -> {
                    if (taken) {
                        throw new CbcException(CbcError.CERTIFICATE_NUMBER_TAKEN);
                    }
                    PersonalCertification certification = new PersonalCertification();
                    certification.certificationId = UUID.randomUUID();
                    certification.person = person;
                    certification.level = recording.level();
                    certification.track = recording.track().trim();
                    certification.certificateNumber = number;
                    certification.validFrom = validFrom;
                    certification.validTo = validTo;
                    certification.recordedAt = now;
                    return certifications.persist(certification);
                })
                .call(certification -> members.activeOf(person)
                        .chain(member -> events.certificationAdded(certification, member)));
    }

    @WithTransaction
    public Uni<Page<PersonalCertification>> ofPerson(String person, int offset, int limit) {
        return certifications.countOfPerson(person).chain(total -> certifications.pageOfPerson(person, offset, limit)
                .map(items -> new Page<>(total, items)));
    }

    /** The certifications of one of the partner's active members; a former or foreign member is not found. */
    @WithTransaction
    public Uni<Page<VisibleCertification>> ofMember(String partnerId, UUID memberId, int offset, int limit) {
        return members.activeOfPartner(partnerId, memberId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.MEMBER_NOT_FOUND))
                .chain(member -> visible(partnerId, member.memberId, offset, limit));
    }

    /** Every certification of the partner's active members. */
    @WithTransaction
    public Uni<Page<VisibleCertification>> ofPartner(String partnerId, int offset, int limit) {
        return visible(partnerId, null, offset, limit);
    }

    private Uni<Page<VisibleCertification>> visible(String partnerId, UUID memberId, int offset, int limit) {
        return certifications.countVisible(partnerId, memberId).chain(total -> certifications
                .pageVisible(partnerId, memberId, offset, limit).map(items -> new Page<>(total, items)));
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
