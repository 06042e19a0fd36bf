package org.fieldcloud.projects.domain.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/** Stores {@link ProjectType} in its wire spelling, as the database check expects. */
@Converter(autoApply = true)
public class ProjectTypeConverter implements AttributeConverter<ProjectType, String> {

  @Override
  public String convertToDatabaseColumn(ProjectType type) {
    return type == null ? null : type.wireName();
  }

  @Override
  public ProjectType convertToEntityAttribute(String value) {
    return value == null
        ? null
        : Arrays.stream(ProjectType.values())
            .filter(t -> t.wireName().equals(value))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("unknown project type " + value));
  }
}
