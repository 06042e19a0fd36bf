package org.fieldcloud.shared.interfaces.rest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text parts of a {@code multipart/form-data} body into fields. File parts (those with a
 * {@code filename}) are skipped: endpoints that take files read them as {@code EntityPart}s.
 */
final class MultipartFields {

  private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename\\*?=");

  private MultipartFields() {}

  /** The boundary parameter of a multipart content type; Qt sends it in quotes. */
  static Optional<String> boundary(String contentType) {
    Matcher m = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))").matcher(contentType);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(2) != null ? m.group(2) : m.group(3));
  }

  static Map<String, String> parse(byte[] body, String boundary) {
    // ISO-8859-1 maps every byte to one char, so offsets stay byte offsets.
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary;
    Map<String, String> fields = new LinkedHashMap<>();
    int start = text.indexOf(delimiter);
    while (start >= 0) {
      int partStart = start + delimiter.length();
      if (text.startsWith("--", partStart)) {
        break;
      }
      int next = text.indexOf("\r\n" + delimiter, partStart);
      if (next < 0) {
        break;
      }
      String part = text.substring(skipLineBreak(text, partStart), next);
      int headerEnd = part.indexOf("\r\n\r\n");
      if (headerEnd >= 0) {
        String headers = part.substring(0, headerEnd);
        String disposition =
            headers
                .lines()
                .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-disposition:"))
                .findFirst()
                .orElse("");
        Matcher name = NAME.matcher(disposition);
        if (name.find() && !FILENAME.matcher(disposition).find()) {
          byte[] value = part.substring(headerEnd + 4).getBytes(StandardCharsets.ISO_8859_1);
          fields.putIfAbsent(name.group(1), new String(value, StandardCharsets.UTF_8));
        }
      }
      start = next + 2;
    }
    return fields;
  }

  private static int skipLineBreak(String text, int at) {
    return text.startsWith("\r\n", at) ? at + 2 : at;
  }
}
