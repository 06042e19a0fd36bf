package org.fieldcloud.accounts.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A way to log in (api.md 6.15); only username/password so far. */
@JsonbPropertyOrder({"type", "id", "name"})
public record AuthProviderView(String type, String id, String name) {

  static final AuthProviderView CREDENTIALS =
      new AuthProviderView("credentials", "credentials", "Username / Password");
}
