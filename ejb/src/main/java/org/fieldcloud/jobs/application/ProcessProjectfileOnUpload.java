package org.fieldcloud.jobs.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.files.domain.model.ProjectFileUploaded;
import org.fieldcloud.projects.domain.model.Project;

/**
 * Queues {@code process_projectfile} after a project-file upload (jobs.md 3.2): for any file
 * outside the attachment folders once the project has a QGIS file (or when it is the QGIS file), at
 * most one active job per uploader and project. Runs synchronously inside the upload's transaction.
 */
@ApplicationScoped
public class ProcessProjectfileOnUpload {

  @EJB JobCreation creation;
  @PersistenceContext EntityManager em;

  void onUpload(@Observes ProjectFileUploaded upload) {
    if (upload.inAttachmentDir()) {
      return;
    }
    Project project = em.find(Project.class, upload.projectId());
    if (project == null || (!upload.isQgisFile() && project.getTheQgisFileName() == null)) {
      return;
    }
    creation.processProjectfile(project, em.find(User.class, upload.uploaderId()));
  }
}
