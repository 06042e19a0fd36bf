-- The role views of V10, rewritten so that asking for one person's roles costs what that person
-- can see, not what the database holds (docs/benchmarks.md, projects-list). Same columns, same
-- roles, origins, precedence and validity as V10; only the shape of the query changes:
--   * every branch starts from the person's own rows (projects they own, organizations they own,
--     their memberships, their collaborator rows, their teams' collaborator rows, the public
--     projects), each reached through an index keyed by that person's id;
--   * validity (api.md 7.4) is decided inside the branches, so projects_with_roles_vw no longer
--     joins every candidate back to project_project and core_user. Owners, organization owners,
--     organization members and public readers always hold a valid role (the V10 expression is
--     true for them by construction); only collaborator rows, direct or through a team, need the
--     V10 expression, and those rows already join their project.
CREATE OR REPLACE VIEW project_role_candidates_vw AS
    -- 1: the person owning the project
    SELECT p.id AS project_id, p.owner_id AS user_id, 'admin'::varchar AS role,
           'project_owner'::varchar AS origin, 1 AS rank, false AS is_incognito,
           true AS is_valid
    FROM project_project p JOIN core_user o ON o.id = p.owner_id AND o.type = 1
    UNION ALL
    -- 2: the owner of the organization owning the project
    SELECT p.id, org.organization_owner_id, 'admin', 'organization_owner', 2, false, true
    FROM core_organization org JOIN project_project p ON p.owner_id = org.user_ptr_id
    UNION ALL
    -- 3: admins of the organization owning the project
    SELECT p.id, m.member_id, 'admin', 'organization_admin', 3, false, true
    FROM core_organizationmember m JOIN project_project p ON p.owner_id = m.organization_id
    WHERE m.role = 'admin'
    UNION ALL
    -- 4 and 5: persons with an explicit collaborator row, and members of a team that is one
    SELECT c.project_id, c.user_id, c.role, c.origin, c.rank, c.is_incognito,
           (p.is_public
             OR o.type = 1
             OR EXISTS (SELECT 1 FROM core_organization org
                        WHERE org.user_ptr_id = p.owner_id AND org.organization_owner_id = c.user_id)
             OR EXISTS (SELECT 1 FROM core_organizationmember m
                        WHERE m.organization_id = p.owner_id AND m.member_id = c.user_id))
    FROM (
        SELECT c.project_id, c.collaborator_id AS user_id, c.role, 'collaborator'::varchar AS origin,
               4 AS rank, c.is_incognito
        FROM core_projectcollaborator c JOIN core_user u ON u.id = c.collaborator_id AND u.type = 1
        UNION ALL
        SELECT c.project_id, tm.member_id, c.role, 'team_member', 5, c.is_incognito
        FROM core_teammember tm JOIN core_projectcollaborator c ON c.collaborator_id = tm.team_id
    ) c
        JOIN project_project p ON p.id = c.project_id
        JOIN core_user o ON o.id = p.owner_id
    UNION ALL
    -- 6: non-admin members, when the organization gives its members a default role
    SELECT p.id, m.member_id, org.default_project_role_for_members, 'organization_member', 6, false,
           true
    FROM core_organizationmember m
        JOIN core_organization org ON org.user_ptr_id = m.organization_id
            AND org.default_project_role_for_members IS NOT NULL
        JOIN project_project p ON p.owner_id = org.user_ptr_id
    WHERE m.role <> 'admin'
    UNION ALL
    -- 7: every person, on public projects
    SELECT p.id, u.id, 'reader', 'public', 7, false, true
    FROM core_user u JOIN project_project p ON p.is_public
    WHERE u.type = 1;

-- The best-ranked candidate of each person on each project, and whether it is valid.
CREATE OR REPLACE VIEW projects_with_roles_vw AS
    SELECT DISTINCT ON (r.project_id, r.user_id)
           r.project_id, r.user_id, r.role, r.origin, r.is_incognito, r.is_valid
    FROM project_role_candidates_vw r
    ORDER BY r.project_id, r.user_id, r.rank;
