package com.acmecloud.partnercenter.platform.api.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Turns bean-validation violations into CBC.0100 / CBC.0101 with one detail per field. */
final class ValidationErrors {

    private ValidationErrors() {
    }

    static Response toResponse(ErrorResponder responder, Set<ConstraintViolation<?>> violations) {
        List<ErrorDetail> details = violations.stream()
                .map(ValidationErrors::detail)
                .sorted(Comparator.comparing(ErrorDetail::field))
                .toList();
        boolean allMissing = !details.isEmpty()
                && details.stream().allMatch(d -> d.errorCode().equals(CbcError.INVALID_PARAMETER.code()));
        CbcError error = allMissing ? CbcError.INVALID_PARAMETER : CbcError.PARAMETER_ERROR;
        return responder.respond(error, error.message(), details);
    }

    private static ErrorDetail detail(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        boolean missing = constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty;
        CbcError error = missing ? CbcError.INVALID_PARAMETER : CbcError.PARAMETER_ERROR;
        return ErrorDetail.of(fieldOf(violation.getPropertyPath()), error, violation.getMessage());
    }

    /** {@code register.request.contactEmail} becomes {@code contact_email}: the JSON name the caller sent. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(JsonNames.snakeCase(node.getName()));
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        if (field.isEmpty()) {
            for (Path.Node node : path) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    return node.getName().equals("request") ? "body" : JsonNames.snakeCase(node.getName());
                }
            }
            return "body";
        }
        return field.toString();
    }
}
