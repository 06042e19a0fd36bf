package org.fieldcloud.files.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.files.domain.model.FileType;
import org.fieldcloud.files.domain.model.FileVersion;
import org.fieldcloud.files.domain.model.ProjectFile;

/** The queries on project files and their versions. */
@Stateless
public class ProjectFiles {

  @PersistenceContext EntityManager em;

  public Optional<ProjectFile> find(UUID projectId, String name) {
    return em.createQuery(
            "SELECT f FROM ProjectFile f WHERE f.projectId = :project AND f.name = :name"
                + " AND f.fileType = :type",
            ProjectFile.class)
        .setParameter("project", projectId)
        .setParameter("name", name)
        .setParameter("type", FileType.PROJECT_FILE)
        .getResultStream()
        .findFirst();
  }

  /** The versions of a file, newest first. */
  public List<FileVersion> versionsOf(long fileId) {
    return em.createQuery(
            "SELECT v FROM FileVersion v WHERE v.fileId = :file ORDER BY v.uploadedAt DESC, v.id",
            FileVersion.class)
        .setParameter("file", fileId)
        .getResultList();
  }

  /** Every project file of a project with its versions, newest first, in two queries. */
  public Map<ProjectFile, List<FileVersion>> withVersions(UUID projectId) {
    List<ProjectFile> files =
        em.createQuery(
                "SELECT f FROM ProjectFile f WHERE f.projectId = :project AND f.fileType = :type"
                    + " ORDER BY f.id",
                ProjectFile.class)
            .setParameter("project", projectId)
            .setParameter("type", FileType.PROJECT_FILE)
            .getResultList();
    Map<Long, List<FileVersion>> byFile = new LinkedHashMap<>();
    em.createQuery(
            "SELECT v FROM FileVersion v, ProjectFile f WHERE v.fileId = f.id"
                + " AND f.projectId = :project AND f.fileType = :type"
                + " ORDER BY v.uploadedAt DESC, v.id",
            FileVersion.class)
        .setParameter("project", projectId)
        .setParameter("type", FileType.PROJECT_FILE)
        .getResultStream()
        .forEach(
            v -> byFile.computeIfAbsent(v.getFileId(), k -> new java.util.ArrayList<>()).add(v));
    Map<ProjectFile, List<FileVersion>> result = new LinkedHashMap<>();
    files.forEach(f -> result.put(f, byFile.getOrDefault(f.getId(), List.of())));
    return result;
  }

  public void persist(Object entity) {
    em.persist(entity);
    em.flush();
  }

  public void remove(Object entity) {
    em.remove(em.contains(entity) ? entity : em.merge(entity));
  }
}
