package org.fieldcloud.projects.interfaces.rest;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.projects.application.ProjectCatalog;
import org.fieldcloud.projects.application.ProjectListQuery;
import org.fieldcloud.projects.application.ProjectSummary;
import org.fieldcloud.shared.interfaces.rest.ApiDateTimes;

/**
 * Project lists as JSON bytes, and the JSON of a person's whole (unpaged) project list, as QField
 * and the SDK ask for it again and again. The body is kept per person and query while the
 * database's project list epoch stands still; the epoch moves in the commit of every change a list
 * can show (V81), on any node, so a kept body is never older than what the database held when the
 * request came in. A list asked for again then costs one read of the epoch instead of the role view
 * and a thousand project rows (docs/benchmarks.md, projects-list). {@code
 * fieldcloud.projects.list-cache-mb} = 0 turns it off.
 */
@ApplicationScoped
public class ProjectListResponses {

  @EJB ProjectCatalog catalog;
  @Inject ProjectViews views;

  @Inject
  @ConfigProperty(name = "fieldcloud.projects.list-cache-mb", defaultValue = "64")
  long cacheMegabytes;

  private ProjectListCache cache;

  @PostConstruct
  void createCache() {
    cache = new ProjectListCache(Math.max(0, cacheMegabytes) * 1024 * 1024);
  }

  public byte[] unpaged(AuthenticatedUser caller, ProjectListQuery query) {
    if (cacheMegabytes <= 0) {
      return json(caller, query);
    }
    // Read before the list: the list is then at least as new as the epoch it is kept under.
    long epoch = catalog.epoch();
    var key = new ProjectListCache.Key(caller.userId(), query);
    Optional<byte[]> kept = cache.get(key, epoch);
    if (kept.isPresent()) {
      return kept.get();
    }
    byte[] body = json(caller, query);
    cache.put(key, epoch, body);
    return body;
  }

  private byte[] json(AuthenticatedUser caller, ProjectListQuery query) {
    return json(catalog.list(caller, query, Optional.empty()).items());
  }

  /** A list of projects as the JSON array of the API (one page, or a whole list). */
  public byte[] json(List<ProjectSummary> projects) {
    var body = new ByteArrayOutputStream(Math.max(64, projects.size() * 720));
    try {
      ProjectJson.write(views.of(projects), body, ApiDateTimes.configured());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
    }
    return body.toByteArray();
  }
}
