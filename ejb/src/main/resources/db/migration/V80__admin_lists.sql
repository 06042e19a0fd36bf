-- Read models of the admin console's lists (docs/admin.md) whose columns are computed: the
-- console pages, sorts and counts them in the database like every other list.

-- The delta list's default order is the newest change first (model.md 2.8).
CREATE INDEX core_delta_updated_idx ON core_delta (updated_at DESC);

-- Project files with what their kept versions add up to, and their latest upload (model.md 2.11).
-- file.uploaded_at is the first upload; the latest one is the latest version's. The scalar
-- subqueries are evaluated only for the rows of the page unless the list is sorted by them.
CREATE VIEW admin_file_list_vw AS
    SELECT f.id,
           f.project_id,
           f.name,
           f.latest_version_id,
           f.latest_version_count,
           f.created_at,
           lv.size AS latest_size,
           lv.etag AS latest_etag,
           COALESCE(lv.uploaded_at, f.uploaded_at) AS latest_uploaded_at,
           lv.uploaded_by_id AS latest_uploaded_by_id,
           (SELECT count(*) FROM filestorage_fileversion v WHERE v.file_id = f.id) AS versions_count,
           (SELECT COALESCE(sum(v.size), 0)::bigint FROM filestorage_fileversion v
                WHERE v.file_id = f.id) AS versions_size
    FROM filestorage_file f
        LEFT JOIN filestorage_fileversion lv ON lv.id = f.latest_version_id
    WHERE f.file_type = 1;

-- Subscriptions with the reference's annotated is_active (model.md 1.5.4): the period contains
-- now and the status allows work.
CREATE VIEW admin_subscription_list_vw AS
    SELECT s.id,
           s.account_id,
           s.plan_id,
           s.status,
           s.active_since,
           s.active_until,
           s.created_at,
           (s.status IN ('active_paid', 'active_past_due')
                AND s.active_since IS NOT NULL AND s.active_since <= now()
                AND (s.active_until IS NULL OR s.active_until > now())) AS is_active
    FROM subscription_subscription s;
