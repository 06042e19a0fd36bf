package org.fieldcloud.projects.interfaces.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.fieldcloud.shared.interfaces.rest.ApiDateTimes;

/** Writes one {@link ProjectView} per {@link ProjectJson}, in place of JSON-B. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ProjectViewWriter implements MessageBodyWriter<ProjectView> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == ProjectView.class;
  }

  @Override
  public void writeTo(
      ProjectView project,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    ProjectJson.write(project, out, ApiDateTimes.configured());
  }
}
