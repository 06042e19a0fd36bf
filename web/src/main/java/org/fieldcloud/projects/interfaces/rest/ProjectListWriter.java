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

/** Writes a {@link ProjectList} as the JSON array of its projects, per {@link ProjectJson}. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ProjectListWriter implements MessageBodyWriter<ProjectList> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == ProjectList.class;
  }

  @Override
  public void writeTo(
      ProjectList list,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    ProjectJson.write(list.projects(), out, ApiDateTimes.configured());
  }
}
