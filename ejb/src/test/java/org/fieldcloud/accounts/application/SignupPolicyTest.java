package org.fieldcloud.accounts.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.junit.jupiter.api.Test;

/** Sign-up closed (the default): the page refuses before anything is checked or written. */
class SignupPolicyTest {

  @Test
  void closedSignupRefusesEveryone() {
    AccountService service = new AccountService();
    assertFalse(service.isSignupOpen());
    ApiException refused =
        assertThrows(
            ApiException.class,
            () ->
                service.signUp(
                    new AccountService.NewPerson(
                        "newcomer", "Secret-pass-123", "n@example.org", "", "")));
    assertEquals(ErrorCode.PERMISSION_DENIED, refused.code());
  }
}
