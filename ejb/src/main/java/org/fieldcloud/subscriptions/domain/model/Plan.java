package org.fieldcloud.subscriptions.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What an account may do and store (model.md 1.5.1). Plans are made by operators in the admin
 * console; the migration creates {@code default_user} and {@code default_org}. Limits of −1 mean
 * unlimited.
 */
@Entity
@Table(name = "subscription_plan")
public class Plan {

  /** MB as the reference counts them: 1000 × 1000 bytes. */
  public static final long BYTES_PER_MB = 1_000_000L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(name = "user_type", nullable = false)
  private short userType = 1;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "storage_mb", nullable = false)
  private int storageMb = 10;

  @Column(name = "storage_threshold_warning_bytes", nullable = false)
  private long storageThresholdWarningBytes;

  @Column(name = "storage_threshold_critical_bytes", nullable = false)
  private long storageThresholdCriticalBytes;

  @Column(name = "storage_keep_versions", nullable = false)
  private int storageKeepVersions = 10;

  @Column(name = "is_external_db_supported", nullable = false)
  private boolean externalDbSupported;

  @Column(name = "is_default", nullable = false)
  private boolean defaultPlan;

  @Column(name = "is_premium", nullable = false)
  private boolean premium;

  @Column(name = "is_trial", nullable = false)
  private boolean trial;

  @Column(name = "is_seat_based", nullable = false)
  private boolean seatBased;

  @Column(name = "max_organization_members", nullable = false)
  private int maxOrganizationMembers = -1;

  @Column(name = "max_premium_collaborators_per_private_project", nullable = false)
  private int maxPremiumCollaboratorsPerPrivateProject = -1;

  @Column(name = "max_trial_organizations", nullable = false)
  private int maxTrialOrganizations = 1;

  @Convert(converter = SubscriptionStatusConverter.class)
  @Column(name = "initial_subscription_status", nullable = false)
  private SubscriptionStatus initialSubscriptionStatus = SubscriptionStatus.INACTIVE_DRAFT;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "trial_plan_id")
  private Plan trialPlan;

  protected Plan() {}

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public short getUserType() {
    return userType;
  }

  public String getDisplayName() {
    return displayName;
  }

  public int getStorageMb() {
    return storageMb;
  }

  public long getStorageThresholdWarningBytes() {
    return storageThresholdWarningBytes;
  }

  public long getStorageThresholdCriticalBytes() {
    return storageThresholdCriticalBytes;
  }

  public int getStorageKeepVersions() {
    return storageKeepVersions;
  }

  public boolean isExternalDbSupported() {
    return externalDbSupported;
  }

  public boolean isDefaultPlan() {
    return defaultPlan;
  }

  public boolean isPremium() {
    return premium;
  }

  public boolean isTrial() {
    return trial;
  }

  public boolean isSeatBased() {
    return seatBased;
  }

  public int getMaxOrganizationMembers() {
    return maxOrganizationMembers;
  }

  public int getMaxPremiumCollaboratorsPerPrivateProject() {
    return maxPremiumCollaboratorsPerPrivateProject;
  }

  public int getMaxTrialOrganizations() {
    return maxTrialOrganizations;
  }

  public SubscriptionStatus getInitialSubscriptionStatus() {
    return initialSubscriptionStatus;
  }

  public Plan getTrialPlan() {
    return trialPlan;
  }
}
