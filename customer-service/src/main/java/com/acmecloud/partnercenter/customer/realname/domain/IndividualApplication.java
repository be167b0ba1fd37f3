package com.acmecloud.partnercenter.customer.realname.domain;

import java.util.List;

/** Huawei's individual real-name request as the rules see it (rule 51); optional fields may be null. */
public record IndividualApplication(String customerId, int identifyType, Integer verifiedType, List<String> files,
                                    String name, String verifiedNumber, Integer changeType, String xaccountType,
                                    BankCard bankCard) {

    public static final int ID_DOCUMENT = 0;
    public static final int BANK_CARD = 4;

    /** {@code bank_card_info} of identify_type 4; the code is one sent with scene 18 for the customer. */
    public record BankCard(String bankAccount, String areacode, String mobile, String verificationCode) {
    }
}
