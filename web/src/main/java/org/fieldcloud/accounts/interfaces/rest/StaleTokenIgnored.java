package org.fieldcloud.accounts.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint where an invalid or expired token is ignored instead of refused: the password
 * login, which QField calls with its old token still attached (qfield-client.md 1). A deliberate
 * difference from QFieldCloud, see docs/api.md.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StaleTokenIgnored {}
