package org.fieldcloud.shared.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * The error envelope every failed API call answers with.
 *
 * @param code machine-readable code of {@link ErrorCode}
 * @param message the fixed message of that code
 * @param detail what exactly went wrong, for a person to act on; null when there is nothing to add
 */
@JsonbPropertyOrder({"code", "message", "detail"})
public record ApiError(String code, String message, String detail) {

  public static ApiError of(ErrorCode code, String detail) {
    return new ApiError(code.code(), code.message(), detail);
  }
}
