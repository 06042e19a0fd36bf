package org.fieldcloud.accounts.domain.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/**
 * A named group of an organization's members (model.md 1.1.6). Stored with the username
 * {@code @<organization>/<team>}; the API speaks the short name only.
 */
@Entity
@Table(name = "core_team")
@DiscriminatorValue("3")
@PrimaryKeyJoinColumn(name = "user_ptr_id")
public class Team extends User {

  @ManyToOne(optional = false)
  @JoinColumn(name = "team_organization_id", nullable = false)
  private Organization organization;

  protected Team() {}

  public Team(Organization organization, String shortName) {
    super(fullName(organization.getUsername(), shortName), "", "");
    this.organization = organization;
  }

  /** {@code @org/team}, the stored username of a team. */
  public static String fullName(String organizationName, String shortName) {
    return "@" + organizationName + "/" + shortName;
  }

  /** True for names of the {@code @org/team} form, which persons and organizations cannot have. */
  public static boolean isTeamUsername(String username) {
    return username.startsWith("@") && username.contains("/");
  }

  @Override
  public UserType type() {
    return UserType.TEAM;
  }

  public Organization getOrganization() {
    return organization;
  }

  /** The team name without its {@code @org/} prefix. */
  public String shortName() {
    String name = getUsername();
    int slash = name.indexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }

  public void renameTo(String shortName) {
    rename(fullName(organization.getUsername(), shortName));
  }
}
