-- Background jobs run by worker containers (jobs.md 2.1, 2.2). One table for every type; the
-- reference's subclass tables hold nothing but overwrite_conflicts, kept here as a column.
CREATE TABLE core_job (
    id uuid PRIMARY KEY,
    project_id uuid NOT NULL REFERENCES project_project (id) ON DELETE CASCADE,
    type varchar(32) NOT NULL
        CHECK (type IN ('package', 'delta_apply', 'process_projectfile', 'create_project')),
    status varchar(32) NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'queued', 'started', 'finished', 'stopped', 'failed')),
    output text,
    feedback text, -- JSON (feedback.json of the worker), kept as text like project_details
    triggered_by_id bigint NOT NULL REFERENCES core_user (id) ON DELETE CASCADE,
    created_by_id bigint NOT NULL REFERENCES core_user (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    started_at timestamptz,
    finished_at timestamptz,
    docker_started_at timestamptz,
    docker_finished_at timestamptz,
    container_id varchar(64) NOT NULL DEFAULT '',
    -- The node whose consumer took the job: recovery fails only the jobs of a node that died.
    node_id varchar(100),
    -- delta_apply only: copied from the project when the job is created.
    overwrite_conflicts boolean,
    -- A job that ended has its end time, whatever the path (the reference forgets it on failure).
    CONSTRAINT core_job_finished_at_set
        CHECK (status NOT IN ('finished', 'failed') OR finished_at IS NOT NULL)
);
-- The queue: the oldest pending job first.
CREATE INDEX core_job_pending_idx ON core_job (created_at) WHERE status = 'pending';
-- "Is this project busy?" and "the active package job": a handful of rows per project at most.
CREATE INDEX core_job_active_idx ON core_job (project_id, type)
    WHERE status IN ('pending', 'queued', 'started');
CREATE INDEX core_job_project_created_idx ON core_job (project_id, created_at);
CREATE INDEX core_job_status_idx ON core_job (status);
