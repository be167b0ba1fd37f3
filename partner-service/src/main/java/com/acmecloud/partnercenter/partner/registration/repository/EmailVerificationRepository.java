package com.acmecloud.partnercenter.partner.registration.repository;

import com.acmecloud.partnercenter.partner.registration.domain.EmailVerification;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EmailVerificationRepository implements PanacheRepositoryBase<EmailVerification, String> {
}
