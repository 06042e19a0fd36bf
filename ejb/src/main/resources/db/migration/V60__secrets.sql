-- Secrets of projects and organizations handed to worker containers (model.md 1.1.12, jobs.md 2.6
-- and 7). The value is AES-GCM ciphertext (see SecretCipher), never the plain text.
CREATE TABLE core_secret (
    id bigserial PRIMARY KEY,
    name varchar(255) NOT NULL CHECK (name ~ '^[A-Z]+[A-Z0-9_]+$'),
    type varchar(32) NOT NULL CHECK (type IN ('pgservice', 'envvar')),
    project_id uuid REFERENCES project_project (id) ON DELETE CASCADE,
    organization_id bigint REFERENCES core_organization (user_ptr_id) ON DELETE CASCADE,
    assigned_to_id bigint REFERENCES core_person (user_ptr_id) ON DELETE CASCADE,
    created_by_id bigint REFERENCES core_person (user_ptr_id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    value text NOT NULL,
    CONSTRAINT core_secret_project_xor_organization
        CHECK ((project_id IS NULL) <> (organization_id IS NULL)),
    -- Nulls distinct, as the reference: two unassigned secrets of one name may coexist there too.
    CONSTRAINT core_secret_project_type_name_user_uniq
        UNIQUE (project_id, type, name, assigned_to_id),
    CONSTRAINT core_secret_organization_type_name_user_uniq
        UNIQUE (organization_id, type, name, assigned_to_id)
);
CREATE INDEX core_secret_project_idx ON core_secret (project_id);
CREATE INDEX core_secret_organization_idx ON core_secret (organization_id);
CREATE INDEX core_secret_assigned_to_idx ON core_secret (assigned_to_id);
