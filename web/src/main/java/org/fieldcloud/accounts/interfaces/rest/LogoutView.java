package org.fieldcloud.accounts.interfaces.rest;

/** The answer to a logout (api.md 5.1). */
public record LogoutView(String detail) {}
