package com.acmecloud.partnercenter.partner.access.rest;

import com.acmecloud.partnercenter.partner.access.service.AccessConfigurationService;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners")
@Tag(name = "Access configuration", description = "支持 > 能力开放 > 接入配置: capabilities, xaccount_type and the OBS "
        + "bucket for real-name attachments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessConfigurationResource {

    private final AccessConfigurationService configurations;

    AccessConfigurationResource(AccessConfigurationService configurations) {
        this.configurations = configurations;
    }

    @GET
    @Path("/{partner_id}/access-configuration")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Read the partner's access configuration",
            description = "Capabilities, xaccount_type, the bound OBS bucket and whether the real-name APIs are ready.")
    @APIResponse(responseCode = "200", description = "The access configuration")
    @Extension(name = "x-cbc-errors", value = "CBC.0150,CBC.91001001")
    public Uni<AccessConfigurationResponse> get(@PathParam("partner_id") String partnerId) {
        return configurations.get(partnerId).map(AccessConfigurationResponse::of);
    }

    @PUT
    @Path("/{partner_id}/access-configuration/capabilities")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Switch capabilities on or off",
            description = "Real-name attachment upload (rule 49) may be switched on before a bucket is bound; "
                    + "ready_for_real_name_api stays false until both are in place. Publishes "
                    + "access_configuration.changed.v1 when something changed.")
    @APIResponse(responseCode = "200", description = "The resulting access configuration")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0150,CBC.91001001")
    public Uni<AccessConfigurationResponse> updateCapabilities(@PathParam("partner_id") String partnerId,
                                                               @Valid @NotNull UpdateCapabilitiesRequest request) {
        return configurations.setCapabilities(partnerId, request.realNameAttachmentUpload())
                .map(AccessConfigurationResponse::of);
    }

    @PUT
    @Path("/{partner_id}/access-configuration/xaccount-type")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Assign the partner's xaccount_type (operators)",
            description = "Records the platform id Huawei assigned; unique across partners. Publishes "
                    + "access_configuration.changed.v1 when it changed.")
    @APIResponse(responseCode = "200", description = "The resulting access configuration")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91001001,CBC.91004004")
    public Uni<AccessConfigurationResponse> assignXaccountType(@PathParam("partner_id") String partnerId,
                                                               @Valid @NotNull AssignXaccountTypeRequest request) {
        return configurations.assignXaccountType(partnerId, request.xaccountType())
                .map(AccessConfigurationResponse::of);
    }

    @PUT
    @Path("/{partner_id}/access-configuration/obs-bucket")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Bind the OBS bucket for real-name attachments",
            description = "Rule 50: the bucket name follows the OBS naming rules, the region is a China-site region "
                    + "(setting partnercenter.access-configuration.china-site-regions) and no other partner has bound "
                    + "the bucket. Replaces an earlier binding. Publishes access_configuration.changed.v1 when it changed.")
    @APIResponse(responseCode = "200", description = "The resulting access configuration")
    @Extension(name = "x-cbc-errors",
            value = "CBC.0100,CBC.0101,CBC.0150,CBC.91001001,CBC.91004001,CBC.91004002,CBC.91004003")
    public Uni<AccessConfigurationResponse> bindBucket(@PathParam("partner_id") String partnerId,
                                                       @Valid @NotNull BindObsBucketRequest request) {
        return configurations.bindBucket(partnerId, request.bucketName(), request.region())
                .map(AccessConfigurationResponse::of);
    }

    @DELETE
    @Path("/{partner_id}/access-configuration/obs-bucket")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Unbind the OBS bucket",
            description = "The real-name APIs stop accepting the partner (ready_for_real_name_api false). Idempotent; "
                    + "publishes access_configuration.changed.v1 when a bucket was bound.")
    @APIResponse(responseCode = "200", description = "The resulting access configuration")
    @Extension(name = "x-cbc-errors", value = "CBC.0150,CBC.91001001")
    public Uni<AccessConfigurationResponse> unbindBucket(@PathParam("partner_id") String partnerId) {
        return configurations.unbindBucket(partnerId).map(AccessConfigurationResponse::of);
    }
}
