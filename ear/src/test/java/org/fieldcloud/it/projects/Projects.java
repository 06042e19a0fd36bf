package org.fieldcloud.it.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.ApiClient;

/** Creates projects for tests, through the API as the SDK does. */
public final class Projects {

  private Projects() {}

  /** Creates a project named uniquely and returns its id. */
  public static String create(ApiClient api, String owner, boolean isPublic) {
    var response =
        api.postForm(
            "projects",
            Map.of(
                "name",
                Accounts.unique("proj"),
                "owner",
                owner,
                "description",
                "made by a test",
                "is_public",
                isPublic ? "1" : "0"));
    assertEquals(201, response.status(), response::toString);
    return response.json().getString("id");
  }
}
