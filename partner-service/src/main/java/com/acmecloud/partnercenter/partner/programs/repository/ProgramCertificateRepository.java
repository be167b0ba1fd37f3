package com.acmecloud.partnercenter.partner.programs.repository;

import com.acmecloud.partnercenter.partner.programs.domain.ProgramCertificate;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProgramCertificateRepository implements PanacheRepositoryBase<ProgramCertificate, UUID> {

    public Uni<List<ProgramCertificate>> ofPartner(String partnerId) {
        return list("partnerId", Sort.ascending("validFrom").and("certificateNumber"), partnerId);
    }

    /** The partner's certificate, or null (also when it is another partner's). */
    public Uni<ProgramCertificate> ofPartner(String partnerId, UUID certificateId) {
        return find("partnerId = ?1 and certificateId = ?2", partnerId, certificateId).firstResult();
    }

    /** The certificate with this number, or null. */
    public Uni<ProgramCertificate> byNumber(String certificateNumber) {
        return find("certificateNumber", certificateNumber).firstResult();
    }

    /** Certificates issued for these applications, by application id. */
    public Uni<Map<UUID, ProgramCertificate>> ofApplications(Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("applicationId in ?1", applicationIds).map(found -> found.stream()
                .collect(Collectors.toMap(c -> c.applicationId, Function.identity())));
    }

    /** The next serial for a certificate number (a database sequence: unique across replicas). */
    public Uni<Long> nextSerial() {
        return getSession()
                .chain(session -> session.createNativeQuery("SELECT nextval('program_certificate_number_seq')")
                        .getSingleResult())
                .map(serial -> ((Number) serial).longValue());
    }
}
