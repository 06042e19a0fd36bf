-- A counter that moves whenever anything a project list shows may have changed: the projects, their
-- owners' names and types, organizations and their members, teams, collaborators, and jobs (a
-- project is busy while one is active; needs_repackaging follows its package jobs). The API keeps
-- the JSON of a person's list while the counter stands still (ProjectListResponses), so a list
-- asked for again costs one read of this row instead of the role view and a thousand project rows
-- (docs/benchmarks.md, projects-list). The counter lives in the database, so every writer moves it:
-- any node of the cluster, the admin console, workers through the API, an operator's SQL.
CREATE TABLE project_list_epoch (
    id smallint PRIMARY KEY CHECK (id = 1),
    epoch bigint NOT NULL
);
INSERT INTO project_list_epoch VALUES (1, 0);

-- Moves the counter once per transaction, as that transaction commits: the triggers below are
-- deferred, so the counter's row is the last lock a writer takes and is held only until its commit
-- (no writer waits for another's row while holding the counter, hence no deadlock through it), and
-- the new value becomes visible together with the change it stands for. The guard is a setting
-- local to the transaction.
CREATE FUNCTION project_list_epoch_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('fieldcloud.project_list_epoch_moved', true) IS DISTINCT FROM 'yes' THEN
        PERFORM set_config('fieldcloud.project_list_epoch_moved', 'yes', true);
        UPDATE project_list_epoch SET epoch = epoch + 1 WHERE id = 1;
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    watched text[][] := ARRAY[
        ['project_project', 'INSERT OR UPDATE OR DELETE'],
        ['core_user', 'INSERT OR DELETE OR UPDATE OF username, type'],
        ['core_organization', 'INSERT OR UPDATE OR DELETE'],
        ['core_organizationmember', 'INSERT OR UPDATE OR DELETE'],
        ['core_teammember', 'INSERT OR UPDATE OR DELETE'],
        ['core_projectcollaborator', 'INSERT OR UPDATE OR DELETE'],
        ['core_job', 'INSERT OR DELETE OR UPDATE OF status, finished_at, project_id, type']];
    i int;
BEGIN
    FOR i IN 1 .. array_length(watched, 1) LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER project_list_epoch AFTER %s ON %I'
                       ' DEFERRABLE INITIALLY DEFERRED FOR EACH ROW'
                       ' EXECUTE FUNCTION project_list_epoch_move()', watched[i][2], watched[i][1]);
        EXECUTE format('CREATE TRIGGER project_list_epoch_truncate AFTER TRUNCATE ON %I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION project_list_epoch_move()',
                       watched[i][1]);
    END LOOP;
END
$$;
