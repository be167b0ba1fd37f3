package com.acmecloud.partnercenter.billing.consumption.rest;

import com.acmecloud.partnercenter.billing.consumption.service.ConsumptionIngestService;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an ingest call did, per record: HTTP 200 even when some records failed. */
@Schema(name = "IngestConsumptionResponse")
public record IngestConsumptionResponse(
        @Schema(description = "Id of this ingest call (in billing.consumption_ingested and customer_charged)")
        String batchId,
        @Schema(description = "Records in the request") int receivedCount,
        @Schema(description = "Records stored now") int acceptedCount,
        @Schema(description = "Of those, records of a closed period, stored as late adjustments") int lateCount,
        @Schema(description = "Records already stored (re-sent, or twice in this request): accepted, no effect")
        List<String> duplicateRecordIds,
        @Schema(description = "Records refused, with the reason; nothing of them was stored")
        List<RecordErrorDetail> errorDetails) {

    /** Huawei's batch error detail: {@code id} is the record id. */
    @JsonPropertyOrder({"error_code", "error_msg", "id"})
    @Schema(name = "RecordErrorDetail")
    public record RecordErrorDetail(String errorCode, String errorMsg, String id) {
    }

    static IngestConsumptionResponse of(ConsumptionIngestService.Result result) {
        return new IngestConsumptionResponse(result.batchId(), result.received(), result.accepted(), result.late(),
                result.duplicateIds(), result.failures().stream()
                .map(f -> new RecordErrorDetail(f.error().code(), f.message(), f.recordId())).toList());
    }
}
