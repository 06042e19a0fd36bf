package org.fieldcloud.worker.projectfile;

/**
 * Whether a layer can be read and, if not, why, in the reference's terms.
 *
 * @param errorCode {@code no_error}, {@code invalid_layer}, {@code localized_dataprovider}, {@code
 *     invalid_dataprovider} or {@code missing_dataprovider}
 * @param checkedBy who decided: {@code qgis}, {@code gdal}, {@code file} (existence only) or {@code
 *     not_checked} (online and in-memory sources when QGIS is absent)
 */
public record LayerValidity(
    boolean valid,
    String errorCode,
    String errorSummary,
    String errorMessage,
    String providerErrorSummary,
    String providerErrorMessage,
    String checkedBy) {

  public static LayerValidity valid(String checkedBy) {
    return new LayerValidity(true, "no_error", "", "", "", "", checkedBy);
  }

  public static LayerValidity invalid(
      String errorCode, String errorSummary, String providerErrorSummary, String checkedBy) {
    return new LayerValidity(
        false,
        errorCode,
        errorSummary,
        errorSummary,
        providerErrorSummary,
        providerErrorSummary,
        checkedBy);
  }
}
