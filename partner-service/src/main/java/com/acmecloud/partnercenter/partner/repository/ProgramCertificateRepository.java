package com.acmecloud.partnercenter.partner.repository;

import com.acmecloud.partnercenter.partner.domain.ProgramCertificate;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProgramCertificateRepository implements PanacheRepositoryBase<ProgramCertificate, UUID> {

    public List<ProgramCertificate> ofPartner(String partnerId) {
        return list("partnerId", Sort.ascending("validFrom").and("certificateNumber"), partnerId);
    }

    public Optional<ProgramCertificate> ofPartner(String partnerId, UUID certificateId) {
        return find("partnerId = ?1 and certificateId = ?2", partnerId, certificateId).firstResultOptional();
    }

    public Optional<ProgramCertificate> byNumber(String certificateNumber) {
        return find("certificateNumber", certificateNumber).firstResultOptional();
    }

    /** Certificates issued for these applications, by application id. */
    public Map<UUID, ProgramCertificate> ofApplications(Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        return list("applicationId in ?1", applicationIds).stream()
                .collect(Collectors.toMap(c -> c.applicationId, Function.identity()));
    }

    /** The next serial for a certificate number (a database sequence: unique across replicas). */
    public long nextSerial() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('program_certificate_number_seq')")
                .getSingleResult()).longValue();
    }
}
