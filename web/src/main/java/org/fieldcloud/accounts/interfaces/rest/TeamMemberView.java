package org.fieldcloud.accounts.interfaces.rest;

/** A team member (api.md 6.5). */
public record TeamMemberView(String member) {}
