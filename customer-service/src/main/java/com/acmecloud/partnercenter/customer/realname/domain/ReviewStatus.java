package com.acmecloud.partnercenter.customer.realname.domain;

/** A real-name submission's review state, and Huawei's {@code review_result} for it (rule 52). */
public enum ReviewStatus {
    REVIEWING(0), REJECTED(1), APPROVED(2);

    private final int reviewResult;

    ReviewStatus(int reviewResult) {
        this.reviewResult = reviewResult;
    }

    public int reviewResult() {
        return reviewResult;
    }
}
