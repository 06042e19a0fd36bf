package org.fieldcloud.worker.deltas.apply;

import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.fieldcloud.worker.deltas.deltafile.Delta;
import org.fieldcloud.worker.deltas.deltafile.DeltaEntry;
import org.fieldcloud.worker.deltas.deltafile.DeltaFile;
import org.fieldcloud.worker.deltas.deltafile.DeltaMethod;
import org.fieldcloud.worker.deltas.geometry.MalformedGeometryException;
import org.fieldcloud.worker.deltas.geometry.ParsedGeometry;
import org.fieldcloud.worker.deltas.geometry.QgisWkt;
import org.fieldcloud.worker.deltas.project.ProjectLayers;
import org.fieldcloud.worker.deltas.store.Column;
import org.fieldcloud.worker.deltas.store.DuplicateFeatureException;
import org.fieldcloud.worker.deltas.store.FeatureStore;
import org.fieldcloud.worker.deltas.store.LayerTable;
import org.fieldcloud.worker.deltas.store.LayerUnavailableException;

/**
 * Applies a deltafile to the project's data sources, in file order, each delta on its own:
 *
 * <ul>
 *   <li>every data source (GeoPackage file, PostgreSQL connection) is one transaction for the whole
 *       run; each delta runs inside a savepoint, so a refused delta is rolled back alone;
 *   <li>the transactions are committed only after the last delta; if a commit fails, the deltas of
 *       that source that looked applied are reported as errors, so the report never claims a change
 *       that is not in the data; a crash before the commit leaves the data untouched;
 *   <li>every delta gets exactly one feedback item, whatever happens to it.
 * </ul>
 */
public final class DeltaApplier {

  private final ApplyOptions options;
  private final Consumer<DeltaFeedback> progress;

  /** Stores whose transaction failed during this run, with the reason; nothing more goes there. */
  private final Map<FeatureStore, String> broken = new IdentityHashMap<>();

  public DeltaApplier(ApplyOptions options) {
    this(options, f -> {});
  }

  /**
   * @param progress told about each delta as soon as it is done (before the commit), for the job
   *     log
   */
  public DeltaApplier(ApplyOptions options, Consumer<DeltaFeedback> progress) {
    this.options = options;
    this.progress = progress;
  }

  public ApplyRun apply(DeltaFile file, ProjectLayers project) {
    Map<String, String> clientPks = new LinkedHashMap<>(file.clientPks());
    List<DeltaFeedback> results = new ArrayList<>();
    Map<DeltaFeedback, FeatureStore> appliedBy = new IdentityHashMap<>();
    try (LayerResolver layers = new LayerResolver(project, options.env())) {
      for (DeltaEntry entry : file.entries()) {
        Outcome o = applyEntry(file, entry, layers, clientPks);
        results.add(o.feedback);
        progress.accept(o.feedback);
        if (o.store != null && o.feedback.status() == DeltaStatus.APPLIED) {
          appliedBy.put(o.feedback, o.store);
        }
      }
      for (FeatureStore store : layers.stores()) {
        try {
          if (broken.containsKey(store)) {
            store.rollback();
            throw new SQLException(broken.get(store));
          }
          store.commit();
        } catch (SQLException e) {
          String msg =
              "The changes to " + store.describe() + " could not be committed: " + e.getMessage();
          for (int i = 0; i < results.size(); i++) {
            if (appliedBy.get(results.get(i)) == store) {
              results.set(i, results.get(i).withFailure(DeltaStatus.UNKNOWN_ERROR, msg));
            }
          }
        }
      }
    }
    return new ApplyRun(List.copyOf(results), Map.copyOf(clientPks));
  }

  private record Outcome(DeltaFeedback feedback, FeatureStore store) {}

  private Outcome applyEntry(
      DeltaFile file, DeltaEntry entry, LayerResolver layers, Map<String, String> clientPks) {
    if (!entry.isValid()) {
      String layerId = entry.rawString("sourceLayerId");
      if (layerId == null || layerId.isEmpty()) {
        layerId = entry.rawString("localLayerId");
      }
      return new Outcome(
          new DeltaFeedback(
              entry.invalidReason(),
              DeltaStatus.APPLY_FAILED,
              file.id(),
              layerId,
              entry.index(),
              entry.rawString("uuid"),
              entry.rawString("sourcePk"),
              null,
              null,
              null,
              entry.rawString("method")),
          null);
    }
    Delta d = entry.delta();
    ResolvedLayer layer;
    try {
      layer = layers.resolve(d.sourceLayerId());
    } catch (LayerUnavailableException e) {
      return new Outcome(feedback(file, d, DeltaStatus.APPLY_FAILED, e.getMessage(), null), null);
    }
    FeatureStore store = layer.store();
    if (broken.containsKey(store)) {
      return new Outcome(
          feedback(file, d, DeltaStatus.APPLY_FAILED, broken.get(store), null), null);
    }
    try {
      store.beginDelta();
    } catch (SQLException e) {
      return new Outcome(
          feedback(
              file,
              d,
              DeltaStatus.UNKNOWN_ERROR,
              "The data source " + store.describe() + " failed: " + e.getMessage(),
              null),
          store);
    }
    DeltaFeedback result;
    boolean keep = false;
    try {
      String modifiedPk =
          switch (d.method()) {
            case CREATE -> create(d, layer.table(), store);
            case PATCH -> patch(d, layer.table(), store, resolvePk(d, clientPks));
            case DELETE -> delete(d, layer.table(), store, resolvePk(d, clientPks));
          };
      if (d.method() == DeltaMethod.CREATE && d.clientId() != null && modifiedPk != null) {
        clientPks.put(d.clientPkKey(), modifiedPk); // later deltas of this run may name it
      }
      keep = true;
      result = feedback(file, d, DeltaStatus.APPLIED, "Successfully applied delta!", modifiedPk);
    } catch (DeltaException e) {
      result =
          new DeltaFeedback(
              e.getMessage(),
              e.status(),
              file.id(),
              d.sourceLayerId(),
              d.index(),
              d.uuid(),
              d.sourcePk(),
              null,
              e.conflicts(),
              e.providerErrors(),
              d.method().wireName());
    } catch (SQLException e) {
      if (store.transactionLost(e)) {
        broken.put(
            store,
            "The data source " + store.describe() + " lost its transaction: " + e.getMessage());
      }
      // The data source refused the change (constraint, type): the delta is not applied.
      result =
          new DeltaFeedback(
              "The data source refused the change: " + e.getMessage(),
              DeltaStatus.APPLY_FAILED,
              file.id(),
              d.sourceLayerId(),
              d.index(),
              d.uuid(),
              d.sourcePk(),
              null,
              null,
              e.getMessage(),
              d.method().wireName());
    } catch (DuplicateFeatureException | RuntimeException e) {
      result =
          feedback(
              file,
              d,
              DeltaStatus.UNKNOWN_ERROR,
              e.getClass().getSimpleName() + ": " + e.getMessage(),
              null);
    }
    try {
      store.endDelta(keep);
    } catch (SQLException e) {
      String msg =
          "The data source " + store.describe() + " lost its transaction: " + e.getMessage();
      broken.put(store, msg);
      result = result.withFailure(DeltaStatus.UNKNOWN_ERROR, msg);
    }
    return new Outcome(result, store);
  }

  /** {@code sourcePk}, unless the server knows the pk the feature got when it was created. */
  private static String resolvePk(Delta d, Map<String, String> clientPks) {
    if (d.clientId() != null) {
      String mapped = clientPks.get(d.clientPkKey());
      if (mapped != null) {
        return mapped;
      }
    }
    return d.sourcePk();
  }

  private static String create(Delta d, LayerTable t, FeatureStore store)
      throws DeltaException, SQLException, DuplicateFeatureException {
    ParsedGeometry geometry = null;
    if (t.isSpatial() && d.newState().geometryPresent() && d.newState().geometryWkt() != null) {
      geometry = parseGeometry(d.newState().geometryWkt());
    }
    Map<Column, Object> values = new LinkedHashMap<>();
    for (var e : d.newState().attributes().entrySet()) {
      Optional<Column> column = t.column(e.getKey());
      if (column.isEmpty()) {
        continue; // unknown names are ignored on create, as QGIS does
      }
      Column c = column.get();
      Object value = AttributeValues.toWritable(e.getValue());
      if (c.equals(t.pk())) {
        // The phone's pk is kept when it is free; otherwise the data source assigns one and the
        // client learns it through modified_pk / clientPks.
        if (value == null || store.find(t, value.toString()).isPresent()) {
          continue;
        }
      }
      values.put(c, value);
    }
    return store.insert(t, values, geometry);
  }

  private String patch(Delta d, LayerTable t, FeatureStore store, String pk)
      throws DeltaException, SQLException, DuplicateFeatureException {
    Map<String, Object> current = findFeature(d, t, store, pk);
    checkConflicts(d, t, current);
    boolean setGeometry = false;
    ParsedGeometry geometry = null;
    String newWkt = d.newState().geometryWkt();
    if (t.isSpatial()
        && d.newState().hasGeometryText()
        && !Objects.equals(newWkt, d.oldState().geometryWkt())) {
      geometry = parseGeometry(newWkt);
      setGeometry = true;
    }
    Map<Column, Object> values = new LinkedHashMap<>();
    Map<String, JsonValue> old = d.oldState().attributes();
    String resultingPk = pk;
    for (var e : d.newState().attributes().entrySet()) {
      if (old.containsKey(e.getKey())
          && AttributeValues.sameJson(e.getValue(), old.get(e.getKey()))) {
        continue;
      }
      Column c =
          t.column(e.getKey())
              .orElseThrow(
                  () ->
                      new DeltaException(
                          DeltaStatus.APPLY_FAILED,
                          "Unable to change attribute \""
                              + e.getKey()
                              + "\": layer "
                              + t.displayName()
                              + " has no such field"));
      Object value = AttributeValues.toWritable(e.getValue());
      values.put(c, value);
      if (c.equals(t.pk()) && value != null) {
        resultingPk = value.toString();
      }
    }
    store.update(t, pk, values, setGeometry, geometry);
    return resultingPk;
  }

  private String delete(Delta d, LayerTable t, FeatureStore store, String pk)
      throws DeltaException, SQLException, DuplicateFeatureException {
    Map<String, Object> current = findFeature(d, t, store, pk);
    checkConflicts(d, t, current);
    store.delete(t, pk);
    return pk;
  }

  private static Map<String, Object> findFeature(
      Delta d, LayerTable t, FeatureStore store, String pk)
      throws DeltaException, DuplicateFeatureException {
    try {
      return store
          .find(t, pk)
          .orElseThrow(
              () ->
                  new DeltaException(
                      DeltaStatus.APPLY_FAILED,
                      "Unable to find feature with "
                          + t.pk().name()
                          + " = '"
                          + pk
                          + "' in layer "
                          + t.displayName()));
    } catch (SQLException e) {
      // e.g. a pk text that is not a number for an integer key: no such feature either
      throw new DeltaException(
          DeltaStatus.APPLY_FAILED,
          "Unable to find feature with " + t.pk().name() + " = '" + pk + "': " + e.getMessage(),
          null,
          e.getMessage());
    }
  }

  private void checkConflicts(Delta d, LayerTable t, Map<String, Object> current)
      throws DeltaException {
    List<String> conflicts = ConflictDetector.conflicts(t, current, d.oldState().attributes());
    if (!conflicts.isEmpty() && !options.overwriteConflicts()) {
      throw new DeltaException(
          DeltaStatus.CONFLICT,
          "There are conflicts with the current data: " + String.join("\n", conflicts),
          conflicts,
          null);
    }
  }

  private static ParsedGeometry parseGeometry(String wkt) throws DeltaException {
    try {
      return QgisWkt.parse(wkt);
    } catch (MalformedGeometryException e) {
      throw new DeltaException(DeltaStatus.APPLY_FAILED, e.getMessage());
    }
  }

  private static DeltaFeedback feedback(
      DeltaFile file, Delta d, DeltaStatus status, String msg, String modifiedPk) {
    return new DeltaFeedback(
        msg,
        status,
        file.id(),
        d.sourceLayerId(),
        d.index(),
        d.uuid(),
        d.sourcePk(),
        modifiedPk,
        null,
        null,
        d.method().wireName());
  }
}
