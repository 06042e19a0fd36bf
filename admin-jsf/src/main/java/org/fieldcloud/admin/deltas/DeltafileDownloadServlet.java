package org.fieldcloud.admin.deltas;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.deltas.domain.model.ApplyJobDelta;
import org.fieldcloud.deltas.domain.model.Delta;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.shared.application.EntityLists;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Match;

/**
 * Deltas as a deltafile, as the reference's admin exports them (model.md 2.8, 2.9): {@code
 * /admin/deltas/deltafile?job=<apply job>} gives {@code applyjob_deltas_<project>.json} with the
 * job's deltas; {@code ?delta=<id>&delta=<id>...} gives {@code deltas_<project>.json} with the
 * chosen deltas, which must belong to one project. The file is {@code {deltas, files: [], id,
 * project, version: "1.0"}} with the deltas' content as uploaded, in arrival order, and the
 * reference's fixed id. Staff only, like every path of the console.
 */
@WebServlet("/deltas/deltafile")
public class DeltafileDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The id the reference gives every exported deltafile. */
  static final String EXPORT_ID = "11111111-1111-1111-1111-111111111111";

  private static final int MAX_DELTAS = 10_000;

  @EJB EntityLists lists;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String jobParameter = request.getParameter("job");
    String[] deltaParameters = request.getParameterValues("delta");
    List<Delta> deltas;
    UUID project;
    String prefix;
    if (jobParameter != null) {
      Optional<Job> job = uuid(jobParameter).flatMap(id -> lists.find(Job.class, id));
      if (job.isEmpty()) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such job.");
        return;
      }
      deltas =
          lists
              .page(
                  ListQuery.of(ApplyJobDelta.class)
                      .where("applyJobId", Match.EQUALS, job.get().getId())
                      .orderBy("delta.seq", true),
                  0,
                  MAX_DELTAS)
              .stream()
              .map(ApplyJobDelta::getDelta)
              .toList();
      project = job.get().getProject().getId();
      prefix = "applyjob_deltas_";
    } else {
      deltas = new ArrayList<>();
      for (String value : deltaParameters == null ? new String[0] : deltaParameters) {
        uuid(value).flatMap(id -> lists.find(Delta.class, id)).ifPresent(deltas::add);
      }
      if (deltas.isEmpty()) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Choose at least one delta.");
        return;
      }
      project = deltas.get(0).getProjectId();
      UUID first = project;
      if (deltas.stream().anyMatch(d -> !d.getProjectId().equals(first))) {
        response.sendError(
            HttpServletResponse.SC_BAD_REQUEST, "The chosen deltas must belong to one project.");
        return;
      }
      deltas = deltas.stream().sorted((a, b) -> Long.compare(a.getSeq(), b.getSeq())).toList();
      prefix = "deltas_";
    }
    JsonArrayBuilder contents = Json.createArrayBuilder();
    for (Delta delta : deltas) {
      try (var reader = Json.createReader(new StringReader(delta.getContent()))) {
        contents.add(reader.readValue());
      }
    }
    JsonObject deltafile =
        Json.createObjectBuilder()
            .add("deltas", contents)
            .add("files", Json.createArrayBuilder())
            .add("id", EXPORT_ID)
            .add("project", project.toString())
            .add("version", "1.0")
            .build();
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=" + prefix + project + ".json");
    try (var writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
      writer.write(deltafile);
    }
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
