package com.acmecloud.partnercenter.billing.bills.rest;

import com.acmecloud.partnercenter.billing.bills.repository.BillRepository.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei's ListConsumeSubCustomers answer: the partner's customers with consumption in the cycle. */
@Schema(name = "ListConsumeSubCustomersResponse")
public record ConsumeSubCustomersResponse(List<SubCustomer> subCustomers, long totalCount) {

    @Schema(name = "SubCustomerInfoV3")
    public record SubCustomer(String customerId) {
    }

    static ConsumeSubCustomersResponse of(Page<String> page) {
        return new ConsumeSubCustomersResponse(page.rows().stream().map(SubCustomer::new).toList(), page.total());
    }
}
