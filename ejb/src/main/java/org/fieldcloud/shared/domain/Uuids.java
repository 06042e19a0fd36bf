package org.fieldcloud.shared.domain;

import java.util.UUID;

/** Ids from URLs and bodies: a malformed one is 400 validation_error (api.md 1.1). */
public final class Uuids {

  private Uuids() {}

  public static UUID parse(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new ApiException(ErrorCode.VALIDATION_ERROR, "'" + value + "' is not a valid UUID.");
    }
  }
}
