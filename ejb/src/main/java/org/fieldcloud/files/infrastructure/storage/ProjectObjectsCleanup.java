package org.fieldcloud.files.infrastructure.storage;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldcloud.projects.domain.model.ProjectDeleted;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;

/**
 * Removes every object of a deleted project ({@code projects/<id>/...}) once the deletion has
 * committed: the database never points at a missing object, and a failed removal only leaves
 * garbage behind, which is logged.
 */
@ApplicationScoped
public class ProjectObjectsCleanup {

  private static final Logger LOG = Logger.getLogger(ProjectObjectsCleanup.class.getName());

  @EJB ObjectStorage storage;

  void onDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectDeleted event) {
    String prefix = "projects/" + event.projectId() + "/";
    try {
      var pages =
          storage.client().listObjectsV2Paginator(b -> b.bucket(storage.bucket()).prefix(prefix));
      for (var page : pages) {
        if (page.contents().isEmpty()) {
          continue;
        }
        var keys =
            page.contents().stream()
                .map(o -> ObjectIdentifier.builder().key(o.key()).build())
                .toList();
        storage
            .client()
            .deleteObjects(b -> b.bucket(storage.bucket()).delete(d -> d.objects(keys)));
      }
    } catch (SdkException e) {
      LOG.log(Level.WARNING, "Objects under " + prefix + " could not be removed", e);
    }
  }
}
