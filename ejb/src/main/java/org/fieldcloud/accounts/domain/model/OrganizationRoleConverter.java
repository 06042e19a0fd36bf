package org.fieldcloud.accounts.domain.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link OrganizationRole} as QFieldCloud does: {@code admin}, {@code creator}, ... */
@Converter
public class OrganizationRoleConverter implements AttributeConverter<OrganizationRole, String> {

  @Override
  public String convertToDatabaseColumn(OrganizationRole role) {
    return role == null ? null : role.value();
  }

  @Override
  public OrganizationRole convertToEntityAttribute(String value) {
    return value == null
        ? null
        : OrganizationRole.parse(value)
            .orElseThrow(() -> new IllegalStateException("unknown role " + value));
  }
}
