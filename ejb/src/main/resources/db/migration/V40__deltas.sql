-- Deltas sent by QField and the SDK, the apply jobs that carry them to the worker, and rejected
-- uploads (jobs.md 2.3-2.5).
CREATE TABLE core_delta (
    -- The client's uuid of the delta: a re-upload of the same delta is recognised by it.
    id uuid PRIMARY KEY,
    deltafile_id uuid NOT NULL,
    client_id uuid NOT NULL,
    project_id uuid NOT NULL REFERENCES project_project (id) ON DELETE CASCADE,
    content text NOT NULL, -- JSON: the delta object as received
    last_status varchar(32) NOT NULL DEFAULT 'pending'
        CHECK (last_status IN ('pending', 'started', 'applied', 'conflict', 'not_applied', 'error',
                               'ignored', 'unpermitted')),
    last_feedback text, -- JSON: the worker's item for this delta, or a message
    last_modified_pk text,
    last_apply_attempt_at timestamptz,
    last_apply_attempt_by_id bigint REFERENCES core_user (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    created_by_id bigint NOT NULL REFERENCES core_user (id) ON DELETE CASCADE,
    -- The order in which deltas arrived. All deltas of one upload share created_at (one
    -- transaction), and the worker must apply them in file order.
    seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE INDEX core_delta_project_idx ON core_delta (project_id, created_at, seq);
CREATE INDEX core_delta_deltafile_idx ON core_delta (deltafile_id);
CREATE INDEX core_delta_client_idx ON core_delta (client_id) WHERE last_modified_pk IS NOT NULL;
CREATE INDEX core_delta_pending_idx ON core_delta (project_id, seq) WHERE last_status = 'pending';

-- The deltas a delta_apply job carries, and what became of each in that job.
CREATE TABLE core_applyjobdelta (
    id bigserial PRIMARY KEY,
    apply_job_id uuid NOT NULL REFERENCES core_job (id) ON DELETE CASCADE,
    delta_id uuid NOT NULL REFERENCES core_delta (id) ON DELETE CASCADE,
    status varchar(32) NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'started', 'applied', 'conflict', 'not_applied', 'error',
                          'ignored', 'unpermitted')),
    feedback text, -- JSON
    modified_pk text,
    -- The reference allows a delta twice in one job (its chunking overlaps); here never.
    CONSTRAINT core_applyjobdelta_job_delta_uniq UNIQUE (apply_job_id, delta_id)
);
CREATE INDEX core_applyjobdelta_delta_idx ON core_applyjobdelta (delta_id);

-- Rejected delta uploads, kept for operators; the raw file is in object storage.
CREATE TABLE core_faultydeltafile (
    id uuid PRIMARY KEY,
    deltafile_id uuid,
    deltafile varchar(1024) NOT NULL, -- object key: projects/<id>/deltafiles/<ISO>-<id|unknown>.json
    created_at timestamptz NOT NULL DEFAULT now(),
    project_id uuid REFERENCES project_project (id) ON DELETE SET NULL,
    user_agent varchar(255) NOT NULL DEFAULT '',
    traceback text NOT NULL DEFAULT ''
);
CREATE INDEX core_faultydeltafile_project_idx ON core_faultydeltafile (project_id);

-- old_geom / new_geom (jobs.md 2.4): only where PostGIS is installed in this database (the
-- extension needs a superuser to install, and the application does not require it). The columns
-- are filled by a trigger and read by nothing in the application; they serve operators' SQL.
DO $migration$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis') THEN
        RAISE NOTICE 'PostGIS is not installed: core_delta gets no old_geom/new_geom columns';
        RETURN;
    END IF;
    EXECUTE 'ALTER TABLE core_delta ADD COLUMN old_geom geometry(GeometryZM, 4326),'
         || ' ADD COLUMN new_geom geometry(GeometryZM, 4326)';
    EXECUTE $fn$
        CREATE FUNCTION core_delta_geom_from_wkt(wkt text, srid integer) RETURNS geometry
        LANGUAGE plpgsql STABLE AS $body$
        DECLARE
            g geometry;
        BEGIN
            wkt := nullif(btrim(wkt), '');
            IF wkt IS NULL THEN
                RETURN NULL;
            END IF;
            g := ST_Force2D(ST_GeomFromText(replace(lower(wkt), 'nan', '0')));
            IF ST_GeometryType(g) IN ('ST_CircularString', 'ST_CompoundCurve', 'ST_CurvePolygon',
                                      'ST_MultiCurve', 'ST_MultiSurface') THEN
                g := ST_CurveToLine(g);
            END IF;
            g := ST_Transform(ST_SetSRID(g, srid), 4326);
            RETURN ST_Force4D(g);
        EXCEPTION WHEN others THEN
            -- A geometry the database cannot read must not refuse the delta.
            RETURN NULL;
        END;
        $body$
    $fn$;
    EXECUTE $fn$
        CREATE FUNCTION core_delta_geom_trigger_func() RETURNS trigger
        LANGUAGE plpgsql AS $body$
        DECLARE
            c jsonb := NEW.content::jsonb;
            crs text := c ->> 'localLayerCrs';
            v_srid bigint;
        BEGIN
            NEW.old_geom := NULL;
            NEW.new_geom := NULL;
            IF crs ~ '^EPSG:\d{1,10}$' THEN
                v_srid := substring(crs FROM 6)::bigint;
                IF EXISTS (SELECT 1 FROM spatial_ref_sys s WHERE s.srid = v_srid) THEN
                    NEW.old_geom := core_delta_geom_from_wkt(c #>> '{old,geometry}', v_srid::integer);
                    NEW.new_geom := core_delta_geom_from_wkt(c #>> '{new,geometry}', v_srid::integer);
                END IF;
            END IF;
            RETURN NEW;
        END;
        $body$
    $fn$;
    EXECUTE 'CREATE TRIGGER core_delta_geom_trigger BEFORE INSERT OR UPDATE OF content'
         || ' ON core_delta FOR EACH ROW EXECUTE FUNCTION core_delta_geom_trigger_func()';
END
$migration$;
