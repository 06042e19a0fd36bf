package org.fieldcloud.subscriptions.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of add-on (model.md 1.5.2); only {@code storage} exists, created by the migration. */
@Entity
@Table(name = "subscription_packagetype")
public class PackageType {

  public static final String STORAGE = "storage";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String code;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(nullable = false)
  private String type;

  @Column(name = "min_quantity", nullable = false)
  private int minQuantity;

  @Column(name = "max_quantity", nullable = false)
  private int maxQuantity;

  /** Size of one unit in {@code unit_label} units (MB for storage). */
  @Column(name = "unit_amount", nullable = false)
  private int unitAmount;

  protected PackageType() {}

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getType() {
    return type;
  }

  public int getMinQuantity() {
    return minQuantity;
  }

  public int getMaxQuantity() {
    return maxQuantity;
  }

  public int getUnitAmount() {
    return unitAmount;
  }
}
