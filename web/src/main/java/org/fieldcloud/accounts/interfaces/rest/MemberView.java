package org.fieldcloud.accounts.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.fieldcloud.accounts.domain.model.OrganizationMember;

/** An organization membership (api.md 6.4). */
@JsonbPropertyOrder({"organization", "member", "role", "isPublic"})
public record MemberView(String organization, String member, String role, boolean isPublic) {

  static MemberView of(OrganizationMember m) {
    return new MemberView(
        m.getOrganization().getUsername(),
        m.getMember().getUsername(),
        m.getRole().value(),
        m.isPublic());
  }
}
