-- The files of package jobs (api.md 5.9, jobs.md 6.3): one row per file a package job's worker
-- uploaded, never versioned. Stored apart from the versioned project files (filestorage_file):
-- a package file belongs to its job and disappears with it, which is all jobs.md 9 asks of it.
-- Object key: projects/<project id>/packages/<job id>/<name> (model.md 1.3), so removing a
-- project's objects removes its packages too.
CREATE TABLE packages_packagefile (
    id bigserial PRIMARY KEY,
    job_id uuid NOT NULL REFERENCES core_job (id) ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    object_key varchar(1024) NOT NULL,
    size bigint NOT NULL CHECK (size >= 0),
    md5sum bytea NOT NULL CHECK (octet_length(md5sum) = 16),
    sha256sum bytea NOT NULL CHECK (octet_length(sha256sum) = 32),
    etag text NOT NULL,
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT packages_packagefile_job_name_uniq UNIQUE (job_id, name)
);
