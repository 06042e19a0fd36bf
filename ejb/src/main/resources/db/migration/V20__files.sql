-- Project files and their versions (model.md 1.3). Every version is its own object in the
-- storage (key in "content"); bucket versioning is never relied upon.
CREATE TABLE filestorage_file (
    id bigserial PRIMARY KEY,
    project_id uuid NOT NULL REFERENCES project_project (id) ON DELETE CASCADE,
    -- set for package files (file_type 2); the packages context adds the foreign key
    package_job_id uuid,
    name varchar(255) NOT NULL,
    file_type smallint NOT NULL CHECK (file_type IN (1, 2)),
    latest_version_id uuid,
    latest_version_count integer NOT NULL DEFAULT 0 CHECK (latest_version_count >= 0),
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    uploaded_by_id bigint REFERENCES core_user (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT filestorage_file_uniq
        UNIQUE NULLS NOT DISTINCT (project_id, name, file_type, package_job_id)
);
CREATE INDEX filestorage_file_name_idx ON filestorage_file (name);

CREATE TABLE filestorage_fileversion (
    id uuid PRIMARY KEY,
    file_id bigint NOT NULL REFERENCES filestorage_file (id) ON DELETE CASCADE,
    file_storage varchar(100) NOT NULL DEFAULT 'default',
    content varchar(1024) NOT NULL,
    etag text NOT NULL,
    md5sum bytea NOT NULL CHECK (octet_length(md5sum) = 16),
    sha256sum bytea NOT NULL CHECK (octet_length(sha256sum) = 32),
    size bigint NOT NULL CHECK (size >= 0),
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    uploaded_by_id bigint REFERENCES core_user (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    legacy_id text
);
CREATE INDEX filestorage_fileversion_file_idx ON filestorage_fileversion (file_id, uploaded_at DESC);

ALTER TABLE filestorage_file ADD CONSTRAINT filestorage_file_latest_version_fk
    FOREIGN KEY (latest_version_id) REFERENCES filestorage_fileversion (id)
    ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
