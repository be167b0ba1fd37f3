package com.acmecloud.partnercenter.partner.programs.domain;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.domain.RealNameStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * What a partner must have done before applying to a program (domain.md rule 1: the Solution Provider
 * program needs approved enterprise real-name authentication and a bound e-mail). Cloud Reseller and
 * Distributor need approved enterprise real-name here; programs that cannot be held together (rule 4) are
 * {@link ProgramConflicts}.
 */
public final class ProgramPrerequisites {

    public static final String ENTERPRISE_REAL_NAME = "enterprise_real_name";
    public static final String EMAIL_BINDING = "email_binding";

    private ProgramPrerequisites() {
    }

    /** @return the prerequisites the partner still lacks, empty when it may apply */
    public static List<String> missing(Program program, Partner partner) {
        List<String> missing = new ArrayList<>();
        if (partner.realNameStatus != RealNameStatus.APPROVED) {
            missing.add(ENTERPRISE_REAL_NAME);
        }
        if (program == Program.SOLUTION_PROVIDER && !partner.emailBound()) {
            missing.add(EMAIL_BINDING);
        }
        return missing;
    }
}
