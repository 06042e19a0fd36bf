package org.fieldcloud.worker;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.fieldcloud.worker.redaction.Credentials;

/**
 * The worker's log: every line passes through here, so the token and data source passwords never
 * reach the job output, whatever a step or an external tool printed.
 */
final class RedactingPrintStream extends PrintStream {

  private final String secret;

  RedactingPrintStream(OutputStream out, String secret) {
    super(out, true, StandardCharsets.UTF_8);
    this.secret = secret == null || secret.isEmpty() ? null : secret;
  }

  String redact(String text) {
    if (text == null) {
      return null;
    }
    String redacted = Credentials.strip(text);
    return secret == null ? redacted : redacted.replace(secret, "***");
  }

  @Override
  public void println(String line) {
    super.println(redact(line));
  }

  @Override
  public void println(Object value) {
    super.println(redact(String.valueOf(value)));
  }

  @Override
  public void print(String text) {
    super.print(redact(text));
  }
}
