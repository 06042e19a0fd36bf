-- The user hierarchy of QFieldCloud (model.md 1.1.2-1.1.3): one core_user row per person,
-- organization or team (type 1, 2, 3), with the person-only columns in core_person.
CREATE TABLE core_user (
    id bigserial PRIMARY KEY,
    username varchar(150) NOT NULL,
    password varchar(256) NOT NULL DEFAULT '',
    email varchar(254) NOT NULL DEFAULT '',
    first_name varchar(150) NOT NULL DEFAULT '',
    last_name varchar(150) NOT NULL DEFAULT '',
    is_active boolean NOT NULL DEFAULT true,
    is_staff boolean NOT NULL DEFAULT false,
    is_superuser boolean NOT NULL DEFAULT false,
    last_login timestamptz,
    date_joined timestamptz NOT NULL DEFAULT now(),
    type smallint NOT NULL DEFAULT 1 CHECK (type IN (1, 2, 3))
);

-- Usernames are unique whatever their case (QField logs in case-insensitively).
CREATE UNIQUE INDEX core_user_username_uniq ON core_user (upper(username));

-- Person e-mails are unique case-insensitively; organizations and teams may share one.
CREATE UNIQUE INDEX core_user_email_partial_uniq ON core_user (upper(email))
    WHERE type = 1 AND email <> '';

CREATE TABLE core_person (
    user_ptr_id bigint PRIMARY KEY REFERENCES core_user (id) ON DELETE CASCADE,
    remaining_invitations integer NOT NULL DEFAULT 3 CHECK (remaining_invitations >= 0),
    remaining_trial_organizations integer NOT NULL DEFAULT 0 CHECK (remaining_trial_organizations >= 0),
    has_newsletter_subscription boolean NOT NULL DEFAULT false,
    has_accepted_tos boolean NOT NULL DEFAULT false
);
