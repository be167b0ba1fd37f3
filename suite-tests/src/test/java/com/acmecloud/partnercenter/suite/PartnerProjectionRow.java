package com.acmecloud.partnercenter.suite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * A row of customer-service's {@code partner_projection}, read from its database: what customer-service has
 * learnt about a partner from {@code partner.events}. Only tests read another service's tables.
 */
record PartnerProjectionRow(String partnerId, boolean registered, String status, String joinedPrograms,
                            boolean realNameAttachmentUpload,
                            String xaccountType, String obsBucketName, String obsRegion) {

    private static final String SELECT = "SELECT partner_id, registered, status, joined_programs, "
            + "real_name_attachment_upload, xaccount_type, obs_bucket_name, obs_region "
            + "FROM partner_projection WHERE partner_id = ?";

    /** Waits until customer-service's consumer has brought the partner's row to the expected state. */
    static PartnerProjectionRow await(Suite.Database database, String partnerId,
                                      Predicate<PartnerProjectionRow> expected) {
        return Awaitility.await("customer-service's projection of partner " + partnerId)
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> read(database, partnerId), row -> row.isPresent() && expected.test(row.get()))
                .orElseThrow();
    }

    static Optional<PartnerProjectionRow> read(Suite.Database database, String partnerId) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setString(1, partnerId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PartnerProjectionRow(row.getString(1), row.getBoolean(2), row.getString(3),
                        row.getString(4), row.getBoolean(5), row.getString(6), row.getString(7), row.getString(8)));
            }
        }
    }
}
