package com.acmecloud.partnercenter.platform.api.openapi;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes each service's OpenAPI document: names every operation ({@link OperationIds}) and documents its error
 * codes from the catalogue, so the OpenAPI document and the code cannot disagree. An operation names its codes with
 * {@code @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.99000039")}; this filter turns each into a
 * response (grouped by HTTP status) with one example body per code, whose schema narrows {@code error_code} to
 * those codes (an enum, so a generated client gets a union type per response). Secured operations also get
 * CBC.0154 / CBC.0151 / CBC.0155 (malformed claims), every operation CBC.0250 (rate limit, rule 64), CBC.0999 and
 * CBC.91000006 (503: the database cannot be reached, retry). An unknown code fails the build.
 */
public class ApiDocumentFilter implements OASFilter {

    public static final String EXTENSION = "x-cbc-errors";
    private static final String SCHEMA_REF = "#/components/schemas/CbcErrorResponse";

    @Override
    public Operation filterOperation(Operation operation) {
        List<CbcError> errors = new ArrayList<>();
        Map<String, Object> extensions = operation.getExtensions();
        if (extensions != null && extensions.get(EXTENSION) != null) {
            Arrays.stream(extensions.get(EXTENSION).toString().split(","))
                    .map(String::trim)
                    .filter(code -> !code.isEmpty())
                    .map(CbcError::byCode)
                    .forEach(errors::add);
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            errors.add(CbcError.TOKEN_INVALID);
            errors.add(CbcError.ROLE_ACCESS_DENIED);
            errors.add(CbcError.CREDENTIALS_NOT_ALLOWED);
        }
        errors.add(CbcError.RATE_LIMITED);
        errors.add(CbcError.INTERNAL_ERROR);
        errors.add(CbcError.SERVICE_UNAVAILABLE);

        Map<Integer, List<CbcError>> byStatus = new TreeMap<>();
        errors.stream().distinct().forEach(e -> byStatus.computeIfAbsent(e.httpStatus(), s -> new ArrayList<>()).add(e));
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        byStatus.forEach((status, codes) -> operation.getResponses().addAPIResponse(String.valueOf(status), response(codes)));
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        OperationIds.assign(openAPI);
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema detail = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", stringSchema("The JSON field, e.g. contact_email or items[2].amount"))
                .addProperty("error_code", stringSchema("CBC code for this field"))
                .addProperty("error_msg", stringSchema("What is wrong with the field"));
        Schema body = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("Error body of every failed request (Huawei's two fields first).")
                .addProperty("error_code", stringSchema("CBC error code, see docs/errors.md"))
                .addProperty("error_msg", stringSchema("English message"))
                .addProperty("request_id", stringSchema("Same as the X-Request-Id response header"))
                .addProperty("details", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(detail))
                .required(List.of("error_code", "error_msg", "request_id"));
        openAPI.getComponents().addSchema("CbcErrorResponse", body);
    }

    private static APIResponse response(List<CbcError> codes) {
        Map<String, Example> examples = new LinkedHashMap<>();
        for (CbcError error : codes) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("error_code", error.code());
            value.put("error_msg", error.message());
            value.put("request_id", "0f6f7a0c-3a47-4a8e-9d3c-1b2f6f0c9e21");
            value.put("details", List.of());
            examples.put(error.code(), OASFactory.createExample()
                    .summary(error.code() + (error.retryable() ? " (retryable)" : ""))
                    .value(value));
        }
        Schema theseCodes = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("error_code", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .enumeration(codes.stream().map(e -> (Object) e.code()).toList()));
        MediaType mediaType = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().allOf(List.of(OASFactory.createSchema().ref(SCHEMA_REF), theseCodes)))
                .examples(examples);
        Content content = OASFactory.createContent().addMediaType("application/json", mediaType);
        String description = String.join("; ", codes.stream().map(e -> e.code() + ": " + e.message()).toList());
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static Schema stringSchema(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
