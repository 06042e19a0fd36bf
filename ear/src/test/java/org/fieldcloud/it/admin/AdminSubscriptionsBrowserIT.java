package org.fieldcloud.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staff add a plan and move a person to it: a subscription overlapping the person's current one is
 * refused with a message, ending the current one makes room (issue 9, model.md 2.12).
 */
class AdminSubscriptionsBrowserIT {

  private AdminBrowser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = new AdminBrowser();
  }

  @AfterEach
  void closeBrowser() throws Exception {
    browser.close();
  }

  @Test
  void staffAddsAPlanAndASubscriptionAndOverlapsAreRefused() throws Exception {
    Accounts.Person person = Accounts.person("subscriber");
    String code = Accounts.unique("pro").replace("-", "_");

    // A new plan; a warning threshold above the storage is refused first.
    browser.open("plans.xhtml");
    browser.logIn(
        TestServer.env("FIELDCLOUD_ADMIN_USERNAME"), TestServer.env("FIELDCLOUD_ADMIN_PASSWORD"));
    browser.wait.until(ExpectedConditions.urlContains("/admin/plans.xhtml"));
    browser.click(By.id("list:add"));
    browser.type(By.id("plan:code"), code);
    browser.type(By.id("plan:displayName"), "Pro " + code);
    browser.type(By.id("plan:storageMb"), "100");
    browser.type(By.id("plan:storageThresholdWarningBytes"), "200000000");
    browser.type(By.id("plan:storageThresholdCriticalBytes"), "10000000");
    browser.click(By.cssSelector("#plan\\:premium .ui-chkbox-box"));
    browser.click(By.id("plan:initialSubscriptionStatus"));
    browser.click(By.cssSelector("li[data-label='active_paid']"));
    browser.click(By.id("plan:save"));
    browser.waitForMessage("The warning threshold must be below the storage (100 MB).");
    browser.driver.executeScript("window.scrollTo(0, 0)"); // the message is on top
    browser.screenshot("admin-plan-refused");
    browser.type(By.id("plan:storageThresholdWarningBytes"), "20000000");
    browser.click(By.id("plan:save"));
    browser.waitForMessage("Plan " + code + " created.");
    assertEquals(
        1,
        Accounts.queryLong(
            "SELECT count(*) FROM subscription_plan WHERE code = ? AND storage_mb = 100"
                + " AND storage_threshold_warning_bytes = 20000000 AND is_premium"
                + " AND NOT is_default AND initial_subscription_status = 'active_paid'"
                + " AND min_repackaging_cache_expire = interval '60 minutes'",
            code));
    browser.screenshot("admin-plan-created");

    // The person is on the default plan, open-ended, since their sign-up.
    browser.open("subscriptions.xhtml?q=account:" + person.username());
    browser.wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.subscription-link"), 1));
    assertEquals(
        "yes", browser.driver.findElement(By.cssSelector(".subscription-active")).getText());
    String current = browser.driver.findElement(By.cssSelector("a.subscription-link")).getText();

    // A subscription to the new plan from 2031 overlaps it.
    addSubscription(person.username(), code, "2031-01-01 00:00");
    browser.waitForMessage("The account already has subscription " + current);
    assertTrue(browser.messages().contains("overlaps that period"), browser.messages());
    browser.screenshot("admin-subscription-overlap-refused");
    assertEquals(1, subscriptions(person.username()));

    // End the current one then, and the new one fits.
    browser.open("subscription.xhtml?id=" + current);
    browser.wait.until(ExpectedConditions.textToBe(By.id("subscription:subscription-id"), current));
    browser.type(By.id("subscription:end-at"), "2031-01-01 00:00");
    browser.click(By.id("subscription:end"));
    browser.click(By.id("confirm-yes"));
    browser.waitForMessage("Subscription " + current + " ends at 2031-01-01 00:00 UTC.");
    assertEquals(
        "2031-01-01 00:00",
        browser.driver.findElement(By.id("subscription:active-until")).getText());
    assertEquals("yes", browser.driver.findElement(By.id("subscription:active")).getText());
    browser.screenshot("admin-subscription-ended");

    addSubscription(person.username(), code, "2031-01-01 00:00");
    browser.waitForMessage("created.");
    browser.wait.until(ExpectedConditions.urlContains("/admin/subscription.xhtml?id="));
    assertEquals(
        "active_paid", browser.driver.findElement(By.id("subscription:current-status")).getText());
    assertEquals("no", browser.driver.findElement(By.id("subscription:active")).getText());
    browser.screenshot("admin-subscription-created");
    assertEquals(2, subscriptions(person.username()));
    assertEquals(
        1,
        Accounts.queryLong(
            "SELECT count(*) FROM subscription_subscription s JOIN core_user u ON u.id ="
                + " s.account_id JOIN subscription_plan p ON p.id = s.plan_id WHERE u.username = ?"
                + " AND p.code = ? AND s.active_since = timestamptz '2031-01-01 00:00+00'"
                + " AND s.active_until IS NULL",
            person.username(),
            code));

    // Another one from 2032 overlaps the new one.
    addSubscription(person.username(), code, "2032-06-01 00:00");
    browser.waitForMessage("which overlaps that period");
    assertEquals(2, subscriptions(person.username()));

    // The list filters by plan and by being active now.
    browser.open("subscriptions.xhtml?q=account:" + person.username());
    browser.click(By.id("list:active"));
    browser.click(By.cssSelector("li[data-label='Not active now']"));
    browser.click(By.id("list:go"));
    browser.wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.subscription-link"), 1));
    browser.screenshot("admin-subscriptions-not-active");
  }

  private void addSubscription(String account, String planCode, String since) {
    browser.open("subscription.xhtml?account=" + account);
    browser.wait.until(
        ExpectedConditions.attributeToBe(By.id("new-subscription:account"), "value", account));
    browser.click(By.id("new-subscription:plan"));
    browser.click(By.cssSelector("li[data-label^='Pro " + planCode + " ']"));
    browser.type(By.id("new-subscription:since"), since);
    browser.click(By.id("new-subscription:create"));
  }

  private static long subscriptions(String username) {
    return Accounts.queryLong(
        "SELECT count(*) FROM subscription_subscription s JOIN core_user u ON u.id = s.account_id"
            + " WHERE u.username = ?",
        username);
  }
}
