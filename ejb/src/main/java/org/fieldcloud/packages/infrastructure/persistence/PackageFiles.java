package org.fieldcloud.packages.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.packages.domain.model.PackageFile;

/** Finds and removes package files. Writes happen inside the caller's transaction. */
@ApplicationScoped
public class PackageFiles {

  @PersistenceContext EntityManager em;

  public void add(PackageFile file) {
    em.persist(file);
  }

  /** The files of one package job, by name. */
  public List<PackageFile> ofJob(UUID jobId) {
    return em.createQuery(
            "SELECT f FROM PackageFile f WHERE f.jobId = :job ORDER BY f.name", PackageFile.class)
        .setParameter("job", jobId)
        .getResultList();
  }

  public Optional<PackageFile> find(UUID jobId, String name) {
    return em.createQuery(
            "SELECT f FROM PackageFile f WHERE f.jobId = :job AND f.name = :name",
            PackageFile.class)
        .setParameter("job", jobId)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  /** Every package file of the project's jobs. */
  public List<PackageFile> ofProject(UUID projectId) {
    return em.createQuery(
            "SELECT f FROM PackageFile f, Job j WHERE j.id = f.jobId AND j.project.id = :project",
            PackageFile.class)
        .setParameter("project", projectId)
        .getResultList();
  }

  /** Removes the rows; returns their object keys, for removal after the commit. */
  public List<String> remove(Collection<PackageFile> files) {
    files.forEach(em::remove);
    return files.stream().map(PackageFile::getObjectKey).toList();
  }
}
