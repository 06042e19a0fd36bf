package org.fieldcloud.packages.infrastructure.storage;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldcloud.files.infrastructure.storage.ObjectStorage;
import org.fieldcloud.packages.domain.model.PackageObjectsReleased;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;

/**
 * Deletes the objects of removed package files once the removal has committed; a failure leaves
 * unreferenced objects behind and is logged.
 */
@ApplicationScoped
public class PackageObjectsCleanup {

  private static final Logger LOG = Logger.getLogger(PackageObjectsCleanup.class.getName());

  /** The most keys one S3 DeleteObjects request takes. */
  private static final int BATCH = 1000;

  @EJB ObjectStorage storage;

  void onReleased(@Observes(during = TransactionPhase.AFTER_SUCCESS) PackageObjectsReleased event) {
    var keys = event.keys();
    for (int from = 0; from < keys.size(); from += BATCH) {
      var batch =
          keys.subList(from, Math.min(keys.size(), from + BATCH)).stream()
              .map(k -> ObjectIdentifier.builder().key(k).build())
              .toList();
      try {
        storage
            .client()
            .deleteObjects(b -> b.bucket(storage.bucket()).delete(d -> d.objects(batch)));
      } catch (SdkException e) {
        LOG.log(Level.WARNING, "Package objects could not be removed: " + batch, e);
      }
    }
  }
}
