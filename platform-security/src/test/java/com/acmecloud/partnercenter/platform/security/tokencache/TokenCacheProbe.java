package com.acmecloud.partnercenter.platform.security.tokencache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Calls {@link TokenCacheProbeResource} as a client would. */
final class TokenCacheProbe {

    private TokenCacheProbe() {
    }

    /**
     * The probe's answer for this token. An accepted request must see its own routing context in the identity: the
     * probe header it sent comes back.
     */
    static Response caller(String token) {
        String probe = UUID.randomUUID().toString();
        Response answer = given().auth().oauth2(token).header(TokenCacheProbeResource.PROBE_HEADER, probe)
                .get("/token-cache-probe/caller");
        if (answer.statusCode() == 200) {
            assertThat(answer.jsonPath().getString("probe")).as("the identity's routing context").isEqualTo(probe);
        }
        return answer;
    }

    static Response partner(String token, String partnerId) {
        return given().auth().oauth2(token).get("/token-cache-probe/partners/" + partnerId);
    }

    /** What the identity carried, without the per-request probe. */
    static Map<String, Object> seen(Response answer) {
        Map<String, Object> seen = new HashMap<>(answer.jsonPath().getMap("$"));
        seen.remove("probe");
        return seen;
    }
}
