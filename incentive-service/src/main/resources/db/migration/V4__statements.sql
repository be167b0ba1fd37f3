-- incentive-service: monthly incentive statements (issue 11). Versions are only ever added: a recomputation of a
-- closed month is version n+1 with its delta, never an edit; the triggers below refuse UPDATE and DELETE.
CREATE TABLE incentive_statement (
    id                      UUID          PRIMARY KEY,
    partner_id              VARCHAR(64)   NOT NULL,
    month                   VARCHAR(7)    NOT NULL,
    version                 INTEGER       NOT NULL,
    -- PERIOD_CLOSED (billing.period_closed) or RECOMPUTED (an operator)
    cause                   VARCHAR(16)   NOT NULL,
    reason                  VARCHAR(256),
    source_event_id         UUID,
    program                 VARCHAR(32),
    tier                    INTEGER,
    tier_name               VARCHAR(32),
    performance_amount      NUMERIC(18,2) NOT NULL,
    total_amount            NUMERIC(18,2) NOT NULL,
    -- total_amount minus the previous version's (the whole total for version 1)
    delta_amount            NUMERIC(18,2) NOT NULL,
    currency                VARCHAR(3)    NOT NULL,
    issued_by               VARCHAR(128)  NOT NULL,
    issued_at               TIMESTAMPTZ   NOT NULL,
    CONSTRAINT incentive_statement_version UNIQUE (partner_id, month, version),
    CONSTRAINT incentive_statement_cause CHECK (cause IN ('PERIOD_CLOSED', 'RECOMPUTED')),
    CONSTRAINT incentive_statement_version_positive CHECK (version >= 1)
);

-- One line of a statement version with its calculation trace (JSON, see StatementTrace).
CREATE TABLE incentive_statement_line (
    id                      UUID          PRIMARY KEY,
    statement_id            UUID          NOT NULL REFERENCES incentive_statement (id),
    line_no                 INTEGER       NOT NULL,
    -- BASE (the month's base incentive) or ADJUSTMENT (late records of an earlier, closed month)
    kind                    VARCHAR(16)   NOT NULL,
    -- the month whose spending the line pays on
    bill_cycle              VARCHAR(7)    NOT NULL,
    amount                  NUMERIC(18,2) NOT NULL,
    previous_amount         NUMERIC(18,2),
    delta_amount            NUMERIC(18,2) NOT NULL,
    trace                   TEXT          NOT NULL,
    CONSTRAINT incentive_statement_line_no UNIQUE (statement_id, line_no),
    CONSTRAINT incentive_statement_line_kind CHECK (kind IN ('BASE', 'ADJUSTMENT')),
    CONSTRAINT incentive_statement_line_trace CHECK ((trace::jsonb) IS NOT NULL)
);

CREATE FUNCTION incentive_statement_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'incentive statements are append-only: add a version instead of changing %', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER incentive_statement_append_only BEFORE UPDATE OR DELETE ON incentive_statement
    FOR EACH ROW EXECUTE FUNCTION incentive_statement_append_only();
CREATE TRIGGER incentive_statement_line_append_only BEFORE UPDATE OR DELETE ON incentive_statement_line
    FOR EACH ROW EXECUTE FUNCTION incentive_statement_append_only();

-- The month close asks which partners have performance booked in the month.
CREATE INDEX performance_entry_booked_partner ON performance_entry (booked_period, partner_id)
    WHERE partner_id IS NOT NULL;
