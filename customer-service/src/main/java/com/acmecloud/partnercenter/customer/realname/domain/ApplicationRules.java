package com.acmecloud.partnercenter.customer.realname.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules 50, 51 and 54 on the content of a real-name request, before anything is looked up. Field names in the
 * error details are Huawei's JSON names.
 */
public final class ApplicationRules {

    /** Rule 51: identify_type 0 takes passport 3, HK/Macau pass 5, Taiwan pass 6, HK/Macau 9 or Taiwan 10 residence. */
    static final Set<Integer> ID_DOCUMENT_TYPES = Set.of(3, 5, 6, 9, 10);
    /** Rule 51: 0 licence, 1 public institution, 2 social organisation, 3 administrative law enforcement, 4 organisation code, 99 other. */
    static final Set<Integer> CERTIFICATE_TYPES = Set.of(0, 1, 2, 3, 4, 99);
    static final int ID_DOCUMENT_IMAGES = 3;
    static final int FACE_PHOTOS = 1;
    public static final int MAX_ENTERPRISE_FILES = 4;
    public static final int ENTERPRISE_IDENTIFY_TYPE = 1;
    public static final int NEW = -1;
    /** Rule 54: the only change supported by API, individual to enterprise. */
    public static final int INDIVIDUAL_TO_ENTERPRISE = 1;
    static final String LEGAL_PERSON_ROLE = "legalPerson";
    private static final Set<String> ISO_COUNTRIES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));

    private ApplicationRules() {
    }

    public static void checkIndividual(IndividualApplication application, Collection<String> formats) {
        RequestProblems problems = new RequestProblems();
        if (application.changeType() != null && application.changeType() != NEW) {
            problems.invalid("change_type", "must be -1 (new authentication); only individual to enterprise can be "
                    + "changed, with PUT /v2/customers/realname-auths/enterprise");
        }
        List<String> files = application.files();
        switch (application.identifyType()) {
            case IndividualApplication.ID_DOCUMENT -> {
                if (application.verifiedType() == null) {
                    problems.missing("verified_type", "is required for identify_type 0");
                } else if (!ID_DOCUMENT_TYPES.contains(application.verifiedType())) {
                    problems.invalid("verified_type", "must be 3 (passport), 5 (Hong Kong/Macau pass), 6 (Taiwan pass), "
                            + "9 (Hong Kong/Macau residence permit) or 10 (Taiwan residence permit) for identify_type 0");
                }
                if (files.size() != ID_DOCUMENT_IMAGES) {
                    problems.invalid("verified_file_url", "must hold exactly 3 images for identify_type 0");
                }
                if (application.bankCard() != null) {
                    problems.invalid("bank_card_info", "is only for identify_type 4");
                }
            }
            case IndividualApplication.BANK_CARD -> {
                if (application.verifiedType() != null && application.verifiedType() != 0) {
                    problems.invalid("verified_type", "must be absent or 0 (ID card) for identify_type 4");
                }
                if (files.size() != FACE_PHOTOS) {
                    problems.invalid("verified_file_url", "must hold exactly 1 face photo for identify_type 4");
                }
                if (application.bankCard() == null) {
                    problems.missing("bank_card_info", "is required for identify_type 4");
                }
            }
            default -> problems.invalid("identify_type", "must be 0 (ID document) or 4 (bank card and face photo)");
        }
        problems.throwIfAny();
        AttachmentRules.check("verified_file_url", files, formats);
    }

    /** @param change true for PUT (rule 54: change_type 1), false for POST (a new authentication) */
    public static void checkEnterprise(EnterpriseApplication application, Collection<String> formats, boolean change) {
        RequestProblems problems = new RequestProblems();
        if (change) {
            if (application.changeType() == null) {
                problems.missing("change_type", "is required: 1 (individual to enterprise)");
            } else if (application.changeType() != INDIVIDUAL_TO_ENTERPRISE) {
                problems.invalid("change_type", "must be 1: only individual to enterprise can be changed by API");
            }
        } else if (application.changeType() != null && application.changeType() != NEW) {
            problems.invalid("change_type", "must be -1 (new authentication); use PUT to change individual to enterprise");
        }
        if (application.identifyType() != ENTERPRISE_IDENTIFY_TYPE) {
            problems.invalid("identify_type", "must be 1 (organisation certificate): the only type supported by API");
        }
        if (!CERTIFICATE_TYPES.contains(application.certificateType())) {
            problems.invalid("certificate_type", "must be 0, 1, 2, 3, 4 or 99");
        }
        if (application.files().isEmpty() || application.files().size() > MAX_ENTERPRISE_FILES) {
            problems.invalid("verified_file_url", "must hold 1 to 4 files: licence, then ID portrait side, then ID "
                    + "emblem side");
        }
        if (application.regCountry() != null && !ISO_COUNTRIES.contains(application.regCountry())) {
            problems.invalid("reg_country", "must be an ISO 3166-1 alpha-2 country code in capitals, e.g. CN");
        }
        EnterpriseApplication.LegalPerson person = application.legalPerson();
        if (person != null && person.certifierRole() != null && !LEGAL_PERSON_ROLE.equals(person.certifierRole())) {
            problems.invalid("enterprise_person.certifier_role", "must be legalPerson");
        }
        problems.throwIfAny();
        AttachmentRules.check("verified_file_url", application.files(), formats);
    }
}
