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
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * What an account may do and store (model.md 1.5.1). Plans are made by operators in the admin
 * console; the migration creates {@code default_user} and {@code default_org}. Limits of −1 mean
 * unlimited. The {@code min_repackaging_cache_expire} interval is not mapped: {@code
 * PlanAdministration} reads and writes it in minutes.
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

  @Column(nullable = false)
  private int ordering;

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

  @Column(name = "job_minutes", nullable = false)
  private int jobMinutes = 10;

  @Column(name = "can_add_storage", nullable = false)
  private boolean canAddStorage;

  @Column(name = "can_add_job_minutes", nullable = false)
  private boolean canAddJobMinutes;

  @Column(name = "is_external_db_supported", nullable = false)
  private boolean externalDbSupported;

  @Column(name = "can_configure_repackaging_cache_expire", nullable = false)
  private boolean canConfigureRepackagingCacheExpire;

  @Column(name = "synchronizations_per_months", nullable = false)
  private int synchronizationsPerMonths = 30;

  @Column(name = "is_public", nullable = false)
  private boolean publicPlan;

  @Column(name = "is_default", nullable = false)
  private boolean defaultPlan;

  @Column(name = "is_premium", nullable = false)
  private boolean premium;

  @Column(name = "is_trial", nullable = false)
  private boolean trial;

  @Column(name = "is_cancellable", nullable = false)
  private boolean cancellable = true;

  @Column(name = "is_storage_modifiable", nullable = false)
  private boolean storageModifiable = true;

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

  @Column(name = "upgradable_to")
  private String upgradableTo;

  /** Admin-only notes. */
  @Column(name = "notes")
  private String notes;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "trial_plan_id")
  private Plan trialPlan;

  @Column(name = "created_at", insertable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", insertable = false)
  private OffsetDateTime updatedAt;

  protected Plan() {}

  /** A new plan; the settings must have been validated, {@code trialPlan} checked. */
  public Plan(PlanSettings settings, Plan trialPlan) {
    apply(settings, trialPlan);
  }

  /** Takes every edited field; the settings must have been validated, {@code trialPlan} checked. */
  public final void apply(PlanSettings s, Plan trialPlan) {
    code = s.code().strip();
    userType = s.userType();
    ordering = s.ordering();
    displayName = s.displayName().strip();
    storageMb = s.storageMb();
    storageThresholdWarningBytes = s.storageThresholdWarningBytes();
    storageThresholdCriticalBytes = s.storageThresholdCriticalBytes();
    storageKeepVersions = s.storageKeepVersions();
    jobMinutes = s.jobMinutes();
    canAddStorage = s.canAddStorage();
    canAddJobMinutes = s.canAddJobMinutes();
    externalDbSupported = s.externalDbSupported();
    canConfigureRepackagingCacheExpire = s.canConfigureRepackagingCacheExpire();
    synchronizationsPerMonths = s.synchronizationsPerMonths();
    publicPlan = s.publicPlan();
    defaultPlan = s.defaultPlan();
    premium = s.premium();
    trial = s.trial();
    cancellable = s.cancellable();
    storageModifiable = s.storageModifiable();
    seatBased = s.seatBased();
    maxOrganizationMembers = s.maxOrganizationMembers();
    maxPremiumCollaboratorsPerPrivateProject = s.maxPremiumCollaboratorsPerPrivateProject();
    maxTrialOrganizations = s.maxTrialOrganizations();
    initialSubscriptionStatus = s.initialSubscriptionStatus();
    upgradableTo = blankToNull(s.upgradableTo());
    notes = blankToNull(s.notes());
    this.trialPlan = trialPlan;
  }

  /** Another plan of the same user type became the default. */
  public void clearDefault() {
    defaultPlan = false;
  }

  @PreUpdate
  void touch() {
    updatedAt = OffsetDateTime.now();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public short getUserType() {
    return userType;
  }

  public int getOrdering() {
    return ordering;
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

  public int getJobMinutes() {
    return jobMinutes;
  }

  public boolean isCanAddStorage() {
    return canAddStorage;
  }

  public boolean isCanAddJobMinutes() {
    return canAddJobMinutes;
  }

  public boolean isExternalDbSupported() {
    return externalDbSupported;
  }

  public boolean isCanConfigureRepackagingCacheExpire() {
    return canConfigureRepackagingCacheExpire;
  }

  public int getSynchronizationsPerMonths() {
    return synchronizationsPerMonths;
  }

  public boolean isPublicPlan() {
    return publicPlan;
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

  public boolean isCancellable() {
    return cancellable;
  }

  public boolean isStorageModifiable() {
    return storageModifiable;
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

  public String getUpgradableTo() {
    return upgradableTo;
  }

  public String getNotes() {
    return notes;
  }

  public Plan getTrialPlan() {
    return trialPlan;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
