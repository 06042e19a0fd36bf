-- Plans, add-on package types, packages and subscriptions (model.md 1.5).
-- btree_gist lets the exclusion constraints compare an id with = next to a range with &&.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE subscription_plan (
    id bigserial PRIMARY KEY,
    code varchar(100) NOT NULL UNIQUE,
    user_type smallint NOT NULL DEFAULT 1 CHECK (user_type IN (1, 2)),
    ordering integer NOT NULL DEFAULT 0 CHECK (ordering >= 0),
    display_name varchar(100) NOT NULL,
    storage_mb integer NOT NULL DEFAULT 10 CHECK (storage_mb > 0),
    storage_threshold_warning_bytes bigint NOT NULL DEFAULT 0,
    storage_threshold_critical_bytes bigint NOT NULL DEFAULT 0,
    storage_keep_versions integer NOT NULL DEFAULT 10 CHECK (storage_keep_versions >= 1),
    job_minutes integer NOT NULL DEFAULT 10 CHECK (job_minutes >= 0),
    can_add_storage boolean NOT NULL DEFAULT false,
    can_add_job_minutes boolean NOT NULL DEFAULT false,
    is_external_db_supported boolean NOT NULL DEFAULT false,
    can_configure_repackaging_cache_expire boolean NOT NULL DEFAULT false,
    min_repackaging_cache_expire interval NOT NULL DEFAULT interval '60 minutes'
        CHECK (min_repackaging_cache_expire >= interval '1 minute'),
    synchronizations_per_months integer NOT NULL DEFAULT 30 CHECK (synchronizations_per_months >= 0),
    is_public boolean NOT NULL DEFAULT false,
    is_default boolean NOT NULL DEFAULT false,
    is_premium boolean NOT NULL DEFAULT false,
    is_trial boolean NOT NULL DEFAULT false,
    is_cancellable boolean NOT NULL DEFAULT true,
    is_storage_modifiable boolean NOT NULL DEFAULT true,
    is_seat_based boolean NOT NULL DEFAULT false,
    max_organization_members integer NOT NULL DEFAULT -1 CHECK (max_organization_members >= -1),
    max_premium_collaborators_per_private_project integer NOT NULL DEFAULT -1
        CHECK (max_premium_collaborators_per_private_project >= -1),
    max_trial_organizations integer NOT NULL DEFAULT 1 CHECK (max_trial_organizations >= -1),
    initial_subscription_status varchar(100) NOT NULL DEFAULT 'inactive_draft',
    upgradable_to varchar(1000),
    notes text,
    trial_plan_id bigint REFERENCES subscription_plan (id) ON DELETE RESTRICT,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT subscription_plan_thresholds CHECK (
        storage_threshold_warning_bytes > 0
        AND storage_threshold_critical_bytes > 0
        AND storage_threshold_critical_bytes < storage_threshold_warning_bytes
        AND storage_threshold_warning_bytes < storage_mb::bigint * 1000000),
    CONSTRAINT subscription_plan_trial_has_no_trial CHECK (NOT (is_trial AND trial_plan_id IS NOT NULL))
);
-- At most one default plan per user type (the reference clears the others on save).
CREATE UNIQUE INDEX subscription_plan_one_default ON subscription_plan (user_type) WHERE is_default;

-- The defaults of Plan.get_or_create_default(): 10 MB, warning 2 MB, critical 1 MB, active.
INSERT INTO subscription_plan (code, user_type, display_name, storage_mb,
        storage_threshold_warning_bytes, storage_threshold_critical_bytes, is_default,
        initial_subscription_status)
    VALUES ('default_user', 1, 'default user', 10, 2000000, 1000000, true, 'active_paid'),
           ('default_org', 2, 'default organization', 10, 2000000, 1000000, true, 'active_paid');

CREATE TABLE subscription_packagetype (
    id bigserial PRIMARY KEY,
    code varchar(100) NOT NULL UNIQUE,
    display_name varchar(100) NOT NULL,
    type varchar(100) NOT NULL UNIQUE CHECK (type IN ('storage')),
    is_public boolean NOT NULL DEFAULT false,
    min_quantity integer NOT NULL DEFAULT 0 CHECK (min_quantity >= 0),
    max_quantity integer NOT NULL DEFAULT 0 CHECK (max_quantity >= min_quantity),
    unit_amount integer NOT NULL CHECK (unit_amount >= 0),
    unit_label varchar(100),
    notes text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO subscription_packagetype (code, display_name, type, is_public, min_quantity,
        max_quantity, unit_amount, unit_label)
    VALUES ('storage', 'Additional storage', 'storage', true, 0, 50, 1000, 'MB');

CREATE TABLE subscription_subscription (
    id bigserial PRIMARY KEY,
    uuid uuid NOT NULL DEFAULT gen_random_uuid(),
    plan_id bigint NOT NULL REFERENCES subscription_plan (id),
    purchased_seats integer NOT NULL DEFAULT -1 CHECK (purchased_seats >= -1),
    account_id bigint NOT NULL REFERENCES core_useraccount (user_id) ON DELETE CASCADE,
    status varchar(100) NOT NULL DEFAULT 'inactive_draft' CHECK (status IN ('inactive_draft',
        'inactive_draft_expired', 'inactive_requested_create', 'inactive_awaits_payment',
        'active_paid', 'active_past_due', 'inactive_cancelled')),
    created_by_id bigint REFERENCES core_user (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    requested_cancel_at timestamptz,
    active_since timestamptz,
    active_until timestamptz,
    billing_cycle_anchor_at timestamptz,
    current_period_since timestamptz,
    current_period_until timestamptz,
    notes text,
    CONSTRAINT subscription_period_order CHECK (active_until IS NULL OR active_since IS NULL
        OR active_since < active_until),
    CONSTRAINT subscription_billing_period_both
        CHECK ((current_period_since IS NULL) = (current_period_until IS NULL)),
    -- No two periods of one account overlap (the reference's subscription_subscription_prevent_overlaps).
    CONSTRAINT subscription_subscription_prevent_overlaps EXCLUDE USING gist (
        account_id WITH =, tstzrange(active_since, active_until, '[)') WITH &&)
        WHERE (active_since IS NOT NULL)
);
CREATE INDEX subscription_subscription_uuid_idx ON subscription_subscription (uuid);
CREATE INDEX subscription_subscription_account_idx ON subscription_subscription (account_id);

CREATE TABLE subscription_package (
    id bigserial PRIMARY KEY,
    subscription_id bigint NOT NULL REFERENCES subscription_subscription (id) ON DELETE CASCADE,
    type_id bigint NOT NULL REFERENCES subscription_packagetype (id) ON DELETE CASCADE,
    quantity integer NOT NULL CHECK (quantity >= 1),
    active_since timestamptz NOT NULL,
    active_until timestamptz,
    notes text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT subscription_package_period_order
        CHECK (active_until IS NULL OR active_since < active_until),
    CONSTRAINT subscription_package_prevent_overlaps EXCLUDE USING gist (
        subscription_id WITH =, tstzrange(active_since, active_until, '[)') WITH &&)
);

-- The subscription in force now for each account, whatever its status (model.md 1.5.4).
CREATE VIEW current_subscriptions_vw AS
    SELECT s.* FROM subscription_subscription s
    WHERE s.active_since < now() AND (s.active_until IS NULL OR s.active_until > now());

-- Accounts made before this migration get the default plan of their type from now on.
INSERT INTO subscription_subscription (plan_id, account_id, status, created_by_id, active_since)
    SELECT p.id, a.user_id, p.initial_subscription_status,
           COALESCE(o.organization_owner_id, a.user_id), now() - interval '1 second'
    FROM core_useraccount a
        JOIN core_user u ON u.id = a.user_id
        JOIN subscription_plan p ON p.is_default AND p.user_type = u.type
        LEFT JOIN core_organization o ON o.user_ptr_id = u.id;
