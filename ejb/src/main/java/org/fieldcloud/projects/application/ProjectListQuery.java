package org.fieldcloud.projects.application;

import java.util.List;

/**
 * What {@code GET projects/} and {@code GET projects/public/} ask for (api.md 5.6).
 *
 * @param name case-insensitive exact project name, or null
 * @param owner case-insensitive exact owner username, or null
 * @param searchTerms each must be a case-insensitive substring of the owner username or the name
 * @param includePublic also list public projects reached only through the public reader role
 * @param publicOnly only public projects (the {@code projects/public/} list)
 * @param ordering terms among owner, name, created_at, each optionally prefixed with '-'; empty for
 *     the default order (featured first, then owner, then name)
 */
public record ProjectListQuery(
    String name,
    String owner,
    List<String> searchTerms,
    boolean includePublic,
    boolean publicOnly,
    List<String> ordering) {

  public static final List<String> ORDERING_FIELDS = List.of("owner", "name", "created_at");
}
