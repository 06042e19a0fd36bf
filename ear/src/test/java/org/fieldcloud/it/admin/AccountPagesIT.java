package org.fieldcloud.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The account pages (model.md 6): password reset by e-mail, through a real SMTP server on loopback
 * (GreenMail on the port ./fieldcloud test gave the server), and sign-up.
 */
class AccountPagesIT {

  private static GreenMail smtp;

  @BeforeAll
  static void startSmtp() {
    smtp = TestMailServer.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void aPersonResetsTheirPasswordThroughTheLinkMailedToThem() throws Exception {
    Accounts.Person person = Accounts.person("forgetful");
    try (AdminBrowser browser = new AdminBrowser()) {
      browser.open("accounts/login.xhtml");
      browser.click(By.id("forgot"));
      browser.type(By.id("reset-form:email"), person.email());
      browser.click(By.id("reset-form:submit"));
      browser.waitForMessage("we have sent it a link to reset the password");

      assertTrue(smtp.waitForIncomingEmail(30_000, 1), "no e-mail arrived");
      MimeMessage mail =
          java.util.Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> recipients(m).contains(person.email()))
              .findFirst()
              .orElseThrow();
      assertEquals("Password reset", mail.getSubject());
      Matcher link =
          Pattern.compile("(http://\\S+password-reset-confirm\\.xhtml\\?uid=\\d+&token=\\S+)")
              .matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
      assertTrue(link.find(), GreenMailUtil.getBody(mail));

      browser.driver.get(link.group(1));
      String newPassword = "Brand-new-pass-456";
      browser.type(By.id("confirm-form:password"), newPassword);
      browser.type(By.id("confirm-form:again"), newPassword);
      browser.screenshot("account-new-password");
      browser.click(By.id("confirm-form:submit"));
      browser.waitForMessage("Your password has been changed.");

      Accounts.login(person.username(), newPassword);
      var old =
          ApiClient.anonymous()
              .postForm(
                  "auth/login",
                  Map.of("username", person.username(), "password", Accounts.PASSWORD));
      assertEquals(400 <= old.status() && old.status() < 500, true, old::toString);

      // The link works once.
      browser.driver.get(link.group(1));
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invalid")));
      browser.screenshot("account-reset-link-used");
    }
  }

  private static String recipients(MimeMessage message) {
    try {
      return GreenMailUtil.getAddressList(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
    int before = smtp.getReceivedMessages().length;
    try (AdminBrowser browser = new AdminBrowser()) {
      browser.open("accounts/password-reset.xhtml");
      browser.type(By.id("reset-form:email"), Accounts.unique("nobody") + "@example.org");
      browser.click(By.id("reset-form:submit"));
      browser.waitForMessage("we have sent it a link to reset the password");
    }
    Thread.sleep(1000);
    assertEquals(before, smtp.getReceivedMessages().length);
  }

  @Test
  void signUpCreatesAPersonWhoCanLogIn() throws Exception {
    String username = Accounts.unique("newcomer");
    try (AdminBrowser browser = new AdminBrowser()) {
      browser.open("accounts/signup.xhtml");
      browser.type(By.id("signup-form:email"), username + "@example.org");
      browser.type(By.id("signup-form:username"), username);
      browser.type(By.id("signup-form:password"), "short");
      browser.type(By.id("signup-form:again"), "short");
      browser.click(By.id("signup-form:submit"));
      browser.waitForMessage("This password is too short.");
      browser.type(By.id("signup-form:password"), Accounts.PASSWORD);
      browser.type(By.id("signup-form:again"), Accounts.PASSWORD);
      browser.click(By.id("signup-form:submit"));
      browser.waitForMessage("Welcome, " + username + "!");
      browser.screenshot("account-signed-up");
      // A new person is not staff: the console stays closed to them.
      browser.logIn(username, Accounts.PASSWORD);
      browser.wait.until(ExpectedConditions.urlContains("/admin/accounts/profile.xhtml"));
    }
    Accounts.login(username, Accounts.PASSWORD);
    assertEquals(
        0,
        Accounts.queryLong(
            "SELECT count(*) FROM core_user WHERE username = ? AND (is_staff OR type <> 1)",
            username));
  }
}
