package org.fieldcloud.files.infrastructure.storage;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Deletes the objects of {@link ObjectsReleased} after the releasing transaction committed. */
@ApplicationScoped
public class ReleasedObjectsCleanup {

  @EJB ObjectStorage storage;

  void onReleased(@Observes(during = TransactionPhase.AFTER_SUCCESS) ObjectsReleased event) {
    event.keys().forEach(storage::deleteQuietly);
  }
}
