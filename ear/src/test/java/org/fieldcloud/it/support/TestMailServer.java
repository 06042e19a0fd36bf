package org.fieldcloud.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server the test server sends its mail to: GreenMail on loopback, on the port
 * ./fieldcloud test gave the server as {@code FIELDCLOUD_MAIL_PORT}. One test class at a time.
 */
public final class TestMailServer {

  private TestMailServer() {}

  public static GreenMail start() {
    int port = Integer.parseInt(TestServer.env("FIELDCLOUD_MAIL_PORT"));
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return smtp;
  }
}
