package org.fieldcloud.projects.domain.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ProjectRole} in its wire spelling. */
@Converter
public class ProjectRoleConverter implements AttributeConverter<ProjectRole, String> {

  @Override
  public String convertToDatabaseColumn(ProjectRole role) {
    return role == null ? null : role.wireName();
  }

  @Override
  public ProjectRole convertToEntityAttribute(String value) {
    return value == null
        ? null
        : ProjectRole.fromWire(value)
            .orElseThrow(() -> new IllegalStateException("unknown project role " + value));
  }
}
