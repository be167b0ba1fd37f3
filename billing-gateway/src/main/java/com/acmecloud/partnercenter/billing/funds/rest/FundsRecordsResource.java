package com.acmecloud.partnercenter.billing.funds.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.emptyToNull;

import com.acmecloud.partnercenter.billing.funds.service.FundsQueries;
import com.acmecloud.partnercenter.billing.funds.service.FundsQueries.AdjustRecordFilter;
import com.acmecloud.partnercenter.billing.funds.service.FundsQueries.BalanceType;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import com.acmecloud.partnercenter.billing.partners.service.PartnerScopes;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.api.paging.UtcRange;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The partner's allocation and reclaim history (v3), Huawei-compatible; the parsing of the account-change records'
 * filters (v2, in {@link PartnerAccountResource}) is here too.
 */
@Path("/v3/accounts/partner-accounts/adjust-records")
@Tag(name = "Partner accounts")
@Produces(MediaType.APPLICATION_JSON)
public class FundsRecordsResource {

    /** Ledger dates are days in GMT+8, as Huawei's. */
    static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final FundsQueries queries;
    private final PartnerScopes scopes;
    private final Caller caller;
    private final Clock clock;

    FundsRecordsResource(FundsQueries queries, PartnerScopes scopes, Caller caller, Clock clock) {
        this.queries = queries;
        this.scopes = scopes;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.PARTNER)
    @WithSession
    @Operation(summary = "Allocation and reclaim history (Huawei ListPartnerAdjustRecords)",
            description = "Allocations (SOURCE_OPERATION_BEADJUST), reclaims (SOURCE_OPERATION_BERETRIEVE) and unbind "
                    + "reclaims (SOURCE_OPERATION_BEUNBIND) on the partner's book (rule 38), newest first. Filters: "
                    + "customer_id, operation_type, operation_time_begin / operation_time_end (UTC "
                    + "yyyy-MM-dd'T'HH:mm:ss'Z', inclusive), trans_id; offset / limit (10, at most 100). Another "
                    + "partner's customer or trans id matches nothing. With indirect_partner_id a distributor reads "
                    + "its linked cloud reseller's records (CBC.99000037 otherwise).")
    @APIResponse(responseCode = "200", description = "One page of records and the total count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.99000037")
    public Uni<FundsWire.AdjustRecords> adjustRecords(@QueryParam("customer_id") String customerId,
                                                      @QueryParam("operation_type") String operationType,
                                                      @QueryParam("operation_time_begin") String begin,
                                                      @QueryParam("operation_time_end") String end,
                                                      @QueryParam("trans_id") String transId,
                                                      @QueryParam("offset") String offset,
                                                      @QueryParam("limit") String limit,
                                                      @QueryParam("indirect_partner_id") String indirectPartnerId) {
        String partnerId = caller.requirePartnerId();
        PageRequest page = PageRequest.parse(offset, limit);
        UtcRange range = UtcRange.parse("operation_time_begin", emptyToNull(begin), "operation_time_end",
                emptyToNull(end));
        TradeType tradeType = operationType(emptyToNull(operationType));
        AdjustRecordFilter filter = new AdjustRecordFilter(emptyToNull(customerId), tradeType, range,
                emptyToNull(transId));
        return scopes.actingFor(partnerId, emptyToNull(indirectPartnerId))
                .chain(scope -> queries.adjustRecords(scope, filter, page));
    }

    private static TradeType operationType(String operationType) {
        if (operationType == null) {
            return null;
        }
        for (TradeType type : FundsQueries.ADJUST_TYPES) {
            if ((FundsQueries.OPERATION_PREFIX + type.name()).equals(operationType)) {
                return type;
            }
        }
        throw parameterError("operation_type",
                "must be SOURCE_OPERATION_BEADJUST, SOURCE_OPERATION_BERETRIEVE or SOURCE_OPERATION_BEUNBIND");
    }

    static BalanceType balanceType(String value) {
        if (value == null) {
            throw new CbcException(CbcError.INVALID_PARAMETER, CbcError.INVALID_PARAMETER.message(),
                    List.of(ErrorDetail.of("balance_type", CbcError.INVALID_PARAMETER, "is required")));
        }
        try {
            return BalanceType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw parameterError("balance_type", "must be BALANCE_TYPE_DEBIT or BALANCE_TYPE_CREDIT");
        }
    }

    static TradeType tradeType(String value) {
        if (value == null) {
            return null;
        }
        try {
            return TradeType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw parameterError("trade_type", "must be one of RECHARGE, DEDEUCT, REFUND, RFROZEN, TRANS, ADJUST, "
                    + "BEADJUST, BERETRIEVE, BEUNBIND, BONUSCONVERT, TRADE_MODE_TRANSFER");
        }
    }

    /** [start of the first day, start of the day after the last) in GMT+8; by default the last year up to today. */
    static Instant[] dayRange(Clock clock, String begin, String end) {
        List<ErrorDetail> problems = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), GMT8);
        LocalDate last = end == null ? today : date("trade_time_end", end, problems);
        LocalDate first = begin == null ? (last == null ? today : last).minusYears(1).plusDays(1)
                : date("trade_time_begin", begin, problems);
        if (first != null && last != null && first.isAfter(last)) {
            problems.add(ErrorDetail.of("trade_time_begin", CbcError.PARAMETER_ERROR, "must not be after trade_time_end"));
        }
        if (!problems.isEmpty()) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(), problems);
        }
        return new Instant[] {first.atStartOfDay(GMT8).toInstant(), last.plusDays(1).atStartOfDay(GMT8).toInstant()};
    }

    private static LocalDate date(String field, String value, List<ErrorDetail> problems) {
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            problems.add(ErrorDetail.of(field, CbcError.PARAMETER_ERROR, "must be a day YYYY-MM-DD (GMT+8)"));
            return null;
        }
    }

    private static CbcException parameterError(String field, String reason) {
        return new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(),
                List.of(ErrorDetail.of(field, CbcError.PARAMETER_ERROR, reason)));
    }
}
