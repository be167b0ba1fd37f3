package com.acmecloud.partnercenter.billing.withdrawals.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ListWithdrawalsResponse")
public record WithdrawalsResponse(long totalCount, List<WithdrawalInfo> withdrawals) {
}
