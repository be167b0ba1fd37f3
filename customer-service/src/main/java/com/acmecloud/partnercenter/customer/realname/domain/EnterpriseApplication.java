package com.acmecloud.partnercenter.customer.realname.domain;

import java.util.List;

/** Huawei's enterprise real-name request (new or change) as the rules see it; optional fields may be null. */
public record EnterpriseApplication(String customerId, int identifyType, int certificateType, List<String> files,
                                    String corpName, String verifiedNumber, String regCountry, String regAddress,
                                    String xaccountType, LegalPerson legalPerson, Integer changeType) {

    /** Huawei's {@code enterprise_person} (its spelling: {@code legel_name}, {@code legel_id_number}). */
    public record LegalPerson(String name, String idNumber, String certifierRole) {
    }
}
