package org.fieldcloud.projects.domain.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ProjectType} in its wire spelling, as the database check expects. */
@Converter(autoApply = true)
public class ProjectTypeConverter implements AttributeConverter<ProjectType, String> {

  @Override
  public String convertToDatabaseColumn(ProjectType type) {
    return type == null ? null : type.wireName();
  }

  @Override
  public ProjectType convertToEntityAttribute(String value) {
    return value == null ? null : ProjectType.fromWire(value);
  }
}
