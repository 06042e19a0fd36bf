-- Projects and their collaborators (model.md 1.2.1 and 1.1.9).
CREATE TABLE project_project (
    id uuid PRIMARY KEY,
    name varchar(255) NOT NULL CHECK (name ~ '^[a-zA-Z0-9_.-]+$'),
    description text NOT NULL DEFAULT '',
    owner_id bigint NOT NULL REFERENCES core_user (id) ON DELETE CASCADE,
    created_by_id bigint REFERENCES core_user (id) ON DELETE SET NULL,
    is_public boolean NOT NULL DEFAULT false,
    project_type varchar(32) NOT NULL DEFAULT 'regular'
        CHECK (project_type IN ('regular', 'shared_datasets', 'template')),
    the_qgis_file_name varchar(255),
    project_details text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    file_storage_bytes bigint NOT NULL DEFAULT 0 CHECK (file_storage_bytes >= 0),
    data_last_updated_at timestamptz,
    data_last_packaged_at timestamptz,
    restricted_data_last_updated_at timestamptz,
    overwrite_conflicts boolean NOT NULL DEFAULT true,
    has_restricted_projectfiles boolean NOT NULL DEFAULT false,
    is_attachment_download_on_demand boolean NOT NULL DEFAULT false,
    is_featured boolean NOT NULL DEFAULT false,
    thumbnail varchar(1024),
    storage_keep_versions integer CHECK (storage_keep_versions BETWEEN 1 AND 100),
    packaging_offliner varchar(100) NOT NULL DEFAULT 'pythonmini',
    file_storage varchar(100) NOT NULL DEFAULT 'default',
    attachments_file_storage varchar(100) NOT NULL DEFAULT 'default',
    are_attachments_versioned boolean NOT NULL DEFAULT true,
    qgis_version varchar(100),
    locked_at timestamptz,
    CONSTRAINT project_owner_name_uniq UNIQUE (owner_id, name)
);
CREATE INDEX project_project_public_idx ON project_project (id) WHERE is_public;

CREATE TABLE core_projectcollaborator (
    id bigserial PRIMARY KEY,
    project_id uuid NOT NULL REFERENCES project_project (id) ON DELETE CASCADE,
    collaborator_id bigint NOT NULL REFERENCES core_user (id) ON DELETE CASCADE,
    role varchar(10) NOT NULL DEFAULT 'reader'
        CHECK (role IN ('admin', 'manager', 'editor', 'reporter', 'reader')),
    is_incognito boolean NOT NULL DEFAULT false,
    created_by_id bigint REFERENCES core_user (id) ON DELETE SET NULL,
    updated_by_id bigint REFERENCES core_user (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT projectcollaborator_project_collaborator_uniq UNIQUE (project_id, collaborator_id)
);
CREATE INDEX core_projectcollaborator_collaborator_idx ON core_projectcollaborator (collaborator_id);

-- Every way a person holds a role on a project (api.md 7.2), one row per way, with its rank.
-- The effective role is the best-ranked row: projects_with_roles_vw. Both views are the ONE
-- place where roles are decided; every permission check in the application reads them.
-- Filtering by user_id is pushed into each branch, so the cost follows the projects a user can
-- see, not all projects.
CREATE VIEW project_role_candidates_vw AS
    -- 1: the person owning the project
    SELECT p.id AS project_id, p.owner_id AS user_id, 'admin'::varchar AS role,
           'project_owner'::varchar AS origin, 1 AS rank, false AS is_incognito
    FROM project_project p JOIN core_user o ON o.id = p.owner_id AND o.type = 1
    UNION ALL
    -- 2: the owner of the organization owning the project
    SELECT p.id, org.organization_owner_id, 'admin', 'organization_owner', 2, false
    FROM project_project p JOIN core_organization org ON org.user_ptr_id = p.owner_id
    UNION ALL
    -- 3: admins of the organization owning the project
    SELECT p.id, m.member_id, 'admin', 'organization_admin', 3, false
    FROM project_project p JOIN core_organizationmember m
        ON m.organization_id = p.owner_id AND m.role = 'admin'
    UNION ALL
    -- 4: persons with an explicit collaborator row
    SELECT c.project_id, c.collaborator_id, c.role, 'collaborator', 4, c.is_incognito
    FROM core_projectcollaborator c JOIN core_user u ON u.id = c.collaborator_id AND u.type = 1
    UNION ALL
    -- 5: members of a team that is a collaborator
    SELECT c.project_id, tm.member_id, c.role, 'team_member', 5, c.is_incognito
    FROM core_projectcollaborator c JOIN core_teammember tm ON tm.team_id = c.collaborator_id
    UNION ALL
    -- 6: non-admin members, when the organization gives its members a default role
    SELECT p.id, m.member_id, org.default_project_role_for_members, 'organization_member', 6, false
    FROM project_project p
        JOIN core_organization org ON org.user_ptr_id = p.owner_id
            AND org.default_project_role_for_members IS NOT NULL
        JOIN core_organizationmember m ON m.organization_id = org.user_ptr_id AND m.role <> 'admin'
    UNION ALL
    -- 7: every person, on public projects
    SELECT p.id, u.id, 'reader', 'public', 7, false
    FROM project_project p CROSS JOIN core_user u
    WHERE p.is_public AND u.type = 1;

-- The effective role of each person on each project, and whether it is valid (api.md 7.4: a
-- role on a private organization project is valid only for the organization's owner and
-- members; the plan limit on collaborators joins this rule when plans exist).
CREATE VIEW projects_with_roles_vw AS
    SELECT DISTINCT ON (r.project_id, r.user_id)
           r.project_id, r.user_id, r.role, r.origin, r.is_incognito,
           (p.is_public
             OR o.type = 1
             OR EXISTS (SELECT 1 FROM core_organization org
                        WHERE org.user_ptr_id = p.owner_id AND org.organization_owner_id = r.user_id)
             OR EXISTS (SELECT 1 FROM core_organizationmember m
                        WHERE m.organization_id = p.owner_id AND m.member_id = r.user_id)
           ) AS is_valid
    FROM project_role_candidates_vw r
        JOIN project_project p ON p.id = r.project_id
        JOIN core_user o ON o.id = p.owner_id
    ORDER BY r.project_id, r.user_id, r.rank;
