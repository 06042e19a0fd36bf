package org.fieldcloud.files.interfaces.rest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The boundary of a {@code multipart/form-data} content type; Qt sends it in quotes. */
final class MultipartBoundary {

  private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");

  private MultipartBoundary() {}

  static Optional<String> of(String contentType) {
    if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
      return Optional.empty();
    }
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(2) != null ? m.group(2) : m.group(3));
  }
}
