-- Coupon quotas and partner coupons (domain.md §2.5 rules 42-48, §3.4). Quotas and coupons are promotional
-- allowances the platform grants, not partner cash: they never enter the money ledger (billing-gateway README,
-- "Coupons"). Their balances are kept here, changed only under a row lock of the quota, and every change is logged
-- (coupon_record, coupon_quota_record).

-- A coupon quota (Huawei CouponQuotaV2). partner_id: whose quota it is. parent_quota_id / distributor_id: set when a
-- distributor gave it to its cloud reseller (indirect-partner-adjust) from its own quota.
CREATE TABLE coupon_quota (
    quota_id               VARCHAR(40)   PRIMARY KEY,
    partner_id             VARCHAR(64)   NOT NULL,
    parent_quota_id        VARCHAR(40)   REFERENCES coupon_quota (quota_id),
    distributor_id         VARCHAR(64),
    -- 0 voucher, 1 cash coupon
    quota_type             INTEGER       NOT NULL,
    quota_value            NUMERIC(20,2) NOT NULL,
    balance                NUMERIC(20,2) NOT NULL,
    min_face_value         NUMERIC(20,2) NOT NULL,
    max_face_value         NUMERIC(20,2) NOT NULL,
    effective_time         TIMESTAMPTZ   NOT NULL,
    expire_time            TIMESTAMPTZ   NOT NULL,
    -- comma-separated cloud service type codes / product ids the coupons may be limited to; empty: no limit
    cloud_service_types    VARCHAR(1400) NOT NULL DEFAULT '',
    product_ids            VARCHAR(1400) NOT NULL DEFAULT '',
    first_association_only BOOLEAN       NOT NULL DEFAULT FALSE,
    -- rule 46: 0 normal, 3 invalid, 4 adjusting (visible but unusable), 5 frozen
    quota_status           INTEGER       NOT NULL DEFAULT 0,
    currency               VARCHAR(3)    NOT NULL DEFAULT 'CNY',
    created_by             VARCHAR(128)  NOT NULL,
    created_at             TIMESTAMPTZ   NOT NULL,
    updated_at             TIMESTAMPTZ   NOT NULL,
    CONSTRAINT coupon_quota_type CHECK (quota_type IN (0, 1)),
    CONSTRAINT coupon_quota_status CHECK (quota_status IN (0, 3, 4, 5)),
    -- a quota is never overdrawn: what was issued and not returned never exceeds what was granted
    CONSTRAINT coupon_quota_balance CHECK (balance >= 0 AND balance <= quota_value),
    CONSTRAINT coupon_quota_face_values CHECK (min_face_value > 0 AND min_face_value <= max_face_value),
    CONSTRAINT coupon_quota_times CHECK (effective_time < expire_time),
    CONSTRAINT coupon_quota_one_per_reseller UNIQUE (parent_quota_id, partner_id)
);
CREATE INDEX coupon_quota_partner ON coupon_quota (partner_id, created_at);
CREATE INDEX coupon_quota_distributor ON coupon_quota (distributor_id, created_at) WHERE distributor_id IS NOT NULL;

-- A partner coupon issued from a quota to one customer (Huawei IQueryUserPartnerCouponsResultV2).
-- status: 2 usable or 5 reclaimed as stored; 1 inactive, 3 used and 4 expired follow from the times and the balance.
CREATE TABLE partner_coupon (
    coupon_id              VARCHAR(40)   PRIMARY KEY,
    partner_id             VARCHAR(64)   NOT NULL,
    quota_id               VARCHAR(40)   NOT NULL REFERENCES coupon_quota (quota_id),
    customer_id            VARCHAR(64)   NOT NULL,
    -- Huawei coupon_type: 1 voucher (from a quota of type 0), 4 cash coupon (from a quota of type 1)
    coupon_type            INTEGER       NOT NULL,
    face_value             NUMERIC(20,2) NOT NULL,
    balance                NUMERIC(20,2) NOT NULL,
    status                 INTEGER       NOT NULL DEFAULT 2,
    effective_time         TIMESTAMPTZ   NOT NULL,
    expire_time            TIMESTAMPTZ   NOT NULL,
    cloud_service_types    VARCHAR(1400) NOT NULL DEFAULT '',
    product_ids            VARCHAR(1400) NOT NULL DEFAULT '',
    memo                   VARCHAR(256),
    issued_by              VARCHAR(128)  NOT NULL,
    created_at             TIMESTAMPTZ   NOT NULL,
    updated_at             TIMESTAMPTZ   NOT NULL,
    reclaimed_at           TIMESTAMPTZ,
    CONSTRAINT partner_coupon_status CHECK (status IN (2, 5)),
    CONSTRAINT partner_coupon_face_value CHECK (face_value > 0),
    CONSTRAINT partner_coupon_balance CHECK (balance >= 0 AND balance <= face_value)
);
CREATE INDEX partner_coupon_partner ON partner_coupon (partner_id, created_at);
CREATE INDEX partner_coupon_customer ON partner_coupon (customer_id, partner_id);

-- Rule 47: the coupon operation log (Huawei CouponRecordV2). operation_type 1 issue, 2 manual reclaim, 3 unbind
-- auto-reclaim, 4 expiry reclaim, 5 unsubscribe reclaim, 6 refund-recharge revoke, 7 association reclaim,
-- 8 mode-switch reclaim, 9 reseller transfer. result 0 success.
CREATE TABLE coupon_record (
    id                     BIGSERIAL     PRIMARY KEY,
    partner_id             VARCHAR(64)   NOT NULL,
    operation_type         INTEGER       NOT NULL,
    quota_id               VARCHAR(40)   NOT NULL,
    quota_type             INTEGER       NOT NULL,
    coupon_id              VARCHAR(40),
    customer_id            VARCHAR(64),
    operation_amount       NUMERIC(20,2) NOT NULL,
    operation_time         TIMESTAMPTZ   NOT NULL,
    result                 INTEGER       NOT NULL DEFAULT 0,
    operator               VARCHAR(128)  NOT NULL,
    remark                 VARCHAR(256),
    -- the customer.events event that caused an automatic reclaim (types 3 and 8)
    cause_event_id         VARCHAR(128),
    CONSTRAINT coupon_record_operation_type CHECK (operation_type BETWEEN 1 AND 9),
    CONSTRAINT coupon_record_once_per_cause UNIQUE (cause_event_id, coupon_id)
);
CREATE INDEX coupon_record_partner ON coupon_record (partner_id, operation_time);

-- The quota log (Huawei QuotaRecord): every grant and adjustment by an operator and every distributor -> reseller
-- transfer and reclaim. operation_type GRANT, ADJUST, INDIRECT_ADJUST, INDIRECT_RECLAIM. partner_id: whose log it is
-- (the quota's partner, or the distributor for transfers); amount signed as the quota's value changed.
CREATE TABLE coupon_quota_record (
    id                     BIGSERIAL     PRIMARY KEY,
    partner_id             VARCHAR(64)   NOT NULL,
    operation_type         VARCHAR(24)   NOT NULL,
    quota_id               VARCHAR(40)   NOT NULL,
    parent_quota_id        VARCHAR(40),
    indirect_partner_id    VARCHAR(64),
    amount                 NUMERIC(20,2) NOT NULL,
    quota_status           INTEGER       NOT NULL,
    operator               VARCHAR(128)  NOT NULL,
    operation_time         TIMESTAMPTZ   NOT NULL,
    result                 INTEGER       NOT NULL DEFAULT 0,
    remark                 VARCHAR(256),
    CONSTRAINT coupon_quota_record_type CHECK (operation_type IN ('GRANT', 'ADJUST', 'INDIRECT_ADJUST',
        'INDIRECT_RECLAIM'))
);
CREATE INDEX coupon_quota_record_partner ON coupon_quota_record (partner_id, operation_time);

-- Rule 44 (first-association-only quotas): how many associations billing has seen for each customer
-- (customer.associated.v1 applied by the coupons listener of the customer.events consumer).
CREATE TABLE coupon_customer_association (
    customer_id            VARCHAR(64)   PRIMARY KEY,
    associations           INTEGER       NOT NULL,
    updated_at             TIMESTAMPTZ   NOT NULL
);
