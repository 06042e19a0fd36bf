package org.fieldcloud.worker.deltas.deltafile;

/**
 * One client edit of one feature, typed and checked for what the apply needs.
 *
 * @param index position in the deltafile, reported back as {@code delta_index}
 * @param sourceLayerId the layer id in the original project; the deltafile's empty string is
 *     already replaced by {@code localLayerId}, as the reference worker does
 * @param sourcePk the feature's pk in the original data, {@code ""} for features created on the
 *     phone
 * @param localLayerCrs as sent ({@code EPSG:xxxx} or WKT); only informative here
 */
public record Delta(
    int index,
    String uuid,
    String clientId,
    DeltaMethod method,
    String localLayerId,
    String sourceLayerId,
    String localLayerCrs,
    String localPk,
    String sourcePk,
    FeatureState oldState,
    FeatureState newState) {

  /** The key under which the server's {@code clientPks} maps this feature to its remote pk. */
  public String clientPkKey() {
    return clientId + "__" + localLayerId + "__" + localPk;
  }
}
