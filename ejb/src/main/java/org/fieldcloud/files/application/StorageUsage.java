package org.fieldcloud.files.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.fieldcloud.projects.domain.model.Project;

/**
 * Bytes stored: per project the sum of all versions of all its files (kept in {@code
 * project.file_storage_bytes}), per account the sum over the projects it owns.
 */
@Stateless
public class StorageUsage {

  @PersistenceContext EntityManager em;

  /** Recounts the project's bytes after versions were added or removed. */
  public void recount(Project project) {
    em.flush();
    Number bytes =
        (Number)
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(v.size), 0) FROM filestorage_fileversion v"
                        + " JOIN filestorage_file f ON f.id = v.file_id WHERE f.project_id = ?1")
                .setParameter(1, project.getId())
                .getSingleResult();
    project.setFileStorageBytes(bytes.longValue());
  }

  /** Bytes stored by all projects the account owns. */
  public long usedBy(long ownerId) {
    // EclipseLink types SUM inside COALESCE as BigDecimal, whatever the JPA spec says for long.
    return em.createQuery(
            "SELECT COALESCE(SUM(p.fileStorageBytes), 0) FROM Project p WHERE p.owner.id = :owner",
            Number.class)
        .setParameter("owner", ownerId)
        .getSingleResult()
        .longValue();
  }
}
