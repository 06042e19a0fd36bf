-- Organizations, teams, memberships, user accounts, API tokens and login attempts
-- (model.md 1.1.4-1.1.8, 1.4, 6).

-- An organization is a core_user of type 2, owned by a person.
CREATE TABLE core_organization (
    user_ptr_id bigint PRIMARY KEY REFERENCES core_user (id) ON DELETE CASCADE,
    organization_owner_id bigint NOT NULL REFERENCES core_person (user_ptr_id) ON DELETE CASCADE,
    created_by_id bigint NOT NULL REFERENCES core_person (user_ptr_id) ON DELETE CASCADE,
    is_initially_trial boolean NOT NULL DEFAULT false,
    default_project_role_for_members varchar(10)
        CHECK (default_project_role_for_members IN ('admin', 'manager', 'editor', 'reporter', 'reader')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX core_organization_owner_idx ON core_organization (organization_owner_id);

-- A team is a core_user of type 3 named "@<organization>/<team>".
CREATE TABLE core_team (
    user_ptr_id bigint PRIMARY KEY REFERENCES core_user (id) ON DELETE CASCADE,
    team_organization_id bigint NOT NULL REFERENCES core_organization (user_ptr_id) ON DELETE CASCADE
);
CREATE INDEX core_team_organization_idx ON core_team (team_organization_id);

CREATE TABLE core_organizationmember (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES core_organization (user_ptr_id) ON DELETE CASCADE,
    member_id bigint NOT NULL REFERENCES core_person (user_ptr_id) ON DELETE CASCADE,
    role varchar(10) NOT NULL DEFAULT 'member' CHECK (role IN ('admin', 'creator', 'member')),
    is_public boolean NOT NULL DEFAULT false,
    created_by_id bigint REFERENCES core_person (user_ptr_id) ON DELETE SET NULL,
    updated_by_id bigint REFERENCES core_person (user_ptr_id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organization_organization_member_uniq UNIQUE (organization_id, member_id)
);
CREATE INDEX core_organizationmember_member_idx ON core_organizationmember (member_id);

CREATE TABLE core_teammember (
    id bigserial PRIMARY KEY,
    team_id bigint NOT NULL REFERENCES core_team (user_ptr_id) ON DELETE CASCADE,
    member_id bigint NOT NULL REFERENCES core_person (user_ptr_id) ON DELETE CASCADE,
    CONSTRAINT team_team_member_uniq UNIQUE (team_id, member_id)
);
CREATE INDEX core_teammember_member_idx ON core_teammember (member_id);

-- Profile of a person or organization (teams have none).
CREATE TABLE core_useraccount (
    user_id bigint PRIMARY KEY REFERENCES core_user (id) ON DELETE CASCADE,
    db_limit_mb integer NOT NULL DEFAULT 25 CHECK (db_limit_mb >= 0),
    bio varchar(255) NOT NULL DEFAULT '',
    company varchar(255) NOT NULL DEFAULT '',
    location varchar(255) NOT NULL DEFAULT '',
    is_email_public boolean NOT NULL DEFAULT false,
    avatar varchar(1024),
    timezone varchar(63) NOT NULL DEFAULT 'UTC',
    notifs_frequency interval
);
INSERT INTO core_useraccount (user_id) SELECT id FROM core_user WHERE type IN (1, 2)
    ON CONFLICT DO NOTHING;

CREATE TABLE authentication_authtoken (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES core_user (id) ON DELETE CASCADE,
    key varchar(300) NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    user_agent text NOT NULL DEFAULT '',
    client_type varchar(32) NOT NULL DEFAULT 'unknown'
        CHECK (client_type IN ('browser', 'cli', 'sdk', 'qfield', 'qfieldsync', 'worker', 'unknown'))
);
CREATE INDEX authentication_authtoken_user_idx ON authentication_authtoken (user_id, client_type, expires_at);
CREATE INDEX authentication_authtoken_created_idx ON authentication_authtoken (created_at);

-- Failed logins per (username as typed, lower-cased; client IP), shared by every app node so the
-- lockout holds whichever node a client reaches.
CREATE TABLE accounts_loginattempt (
    username varchar(255) NOT NULL,
    ip_address varchar(64) NOT NULL,
    failures integer NOT NULL,
    last_failure_at timestamptz NOT NULL,
    PRIMARY KEY (username, ip_address)
);
