package org.fieldcloud.admin.pages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.fieldcloud.accounts.application.MembershipService;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.OrganizationMember;
import org.fieldcloud.accounts.domain.model.OrganizationRole;
import org.fieldcloud.accounts.domain.model.Team;
import org.fieldcloud.admin.security.AdminSession;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.shared.application.EntityLists;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Match;
import org.fieldcloud.shared.domain.ApiException;

/**
 * One organization (model.md 2.3) with its members inline (add, remove), its teams and projects.
 */
@Named
@ViewScoped
public class OrganizationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB EntityLists lists;
  @EJB MembershipService memberships;
  @Inject AdminSession session;

  private String name;
  private Organization organization;
  private String memberUsername;
  private OrganizationRole memberRole = OrganizationRole.MEMBER;
  private boolean memberPublic;

  public void load() {
    organization =
        lists
            .page(ListQuery.of(Organization.class).where("username", Match.EQUALS, name), 0, 1)
            .stream()
            .findFirst()
            .orElse(null);
    if (organization == null) {
      Messages.error("No organization named " + name + ".");
    }
  }

  public List<OrganizationMember> getMembers() {
    return lists.page(
        ListQuery.of(OrganizationMember.class)
            .where("organization.id", Match.EQUALS, organization.getId())
            .orderBy("member.username", true),
        0,
        1000);
  }

  public List<Team> getTeams() {
    return lists.page(
        ListQuery.of(Team.class)
            .where("organization.id", Match.EQUALS, organization.getId())
            .orderBy("username", true),
        0,
        1000);
  }

  public List<Project> getProjects() {
    return lists.page(
        ListQuery.of(Project.class)
            .where("owner.id", Match.EQUALS, organization.getId())
            .orderBy("name", true),
        0,
        5000);
  }

  public void addMember() {
    try {
      OrganizationMember member =
          memberships.addByStaff(session.caller(), name, memberUsername, memberRole, memberPublic);
      Messages.info(
          member.getMember().getUsername()
              + " added to "
              + name
              + " as "
              + memberRole.name().toLowerCase()
              + ".");
      memberUsername = null;
    } catch (ApiException e) {
      Messages.error(e);
    }
  }

  public void removeMember(String username) {
    try {
      memberships.removeByStaff(session.caller(), name, username);
      Messages.info(username + " removed from " + name + ".");
    } catch (ApiException e) {
      Messages.error(e);
    }
  }

  public OrganizationRole[] getRoles() {
    return OrganizationRole.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Organization getOrganization() {
    return organization;
  }

  public String getMemberUsername() {
    return memberUsername;
  }

  public void setMemberUsername(String memberUsername) {
    this.memberUsername = memberUsername;
  }

  public OrganizationRole getMemberRole() {
    return memberRole;
  }

  public void setMemberRole(OrganizationRole memberRole) {
    this.memberRole = memberRole;
  }

  public boolean isMemberPublic() {
    return memberPublic;
  }

  public void setMemberPublic(boolean memberPublic) {
    this.memberPublic = memberPublic;
  }
}
