package com.acmecloud.partnercenter.partner.service;

import com.acmecloud.partnercenter.partner.domain.CertificationLevel;
import com.acmecloud.partnercenter.partner.domain.PartnerMember;
import com.acmecloud.partnercenter.partner.domain.PersonalCertification;
import com.acmecloud.partnercenter.partner.events.MemberEventPublisher;
import com.acmecloud.partnercenter.partner.repository.PartnerMemberRepository;
import com.acmecloud.partnercenter.partner.repository.PersonalCertificationRepository;
import com.acmecloud.partnercenter.partner.repository.PersonalCertificationRepository.Visible;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Personal certifications (seed rule 15): recorded by the person, visible to a partner only while the
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

    @Transactional
    public PersonalCertification record(String person, Recording recording) {
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
        certifications.lockNumber(number);
        members.lockPerson(person);
        if (certifications.numberTaken(number)) {
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
        certifications.persist(certification);
        events.certificationAdded(certification, members.activeOf(person).orElse(null));
        return certification;
    }

    @Transactional
    public Page<PersonalCertification> ofPerson(String person, int offset, int limit) {
        return new Page<>(certifications.countOfPerson(person), certifications.pageOfPerson(person, offset, limit));
    }

    /** The certifications of one of the partner's active members; a former or foreign member is not found. */
    @Transactional
    public Page<Visible> ofMember(String partnerId, UUID memberId, int offset, int limit) {
        PartnerMember member = members.activeOfPartner(partnerId, memberId)
                .orElseThrow(() -> new CbcException(CbcError.MEMBER_NOT_FOUND));
        return new Page<>(certifications.countVisible(partnerId, member.memberId),
                certifications.pageVisible(partnerId, member.memberId, offset, limit));
    }

    /** Every certification of the partner's active members. */
    @Transactional
    public Page<Visible> ofPartner(String partnerId, int offset, int limit) {
        return new Page<>(certifications.countVisible(partnerId, null),
                certifications.pageVisible(partnerId, null, offset, limit));
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
