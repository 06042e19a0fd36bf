package org.fieldcloud.admin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Every page and action of the console is for staff only (model.md 2.1): without a login the
 * browser goes to the login page, a logged-in non-staff person gets 403. Only the account pages and
 * static resources are open. Checked here, before JSF, so no page or action runs for others.
 */
@WebFilter(urlPatterns = "/*")
public class StaffOnlyFilter extends HttpFilter {

  static final String LOGIN_PAGE = "/accounts/login.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (isPublic(path)) {
      chain.doFilter(request, response);
      return;
    }
    HttpSession session = request.getSession(false);
    Object user = session == null ? null : session.getAttribute(SessionUser.ATTRIBUTE);
    if (!(user instanceof SessionUser sessionUser)) {
      String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location",
          request.getContextPath()
              + LOGIN_PAGE
              + "?next="
              + URLEncoder.encode(next, StandardCharsets.UTF_8));
      return;
    }
    if (!sessionUser.staff()) {
      response.setHeader("Cache-Control", "no-store");
      response.sendError(
          HttpServletResponse.SC_FORBIDDEN, "The administration console is for staff users only.");
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    chain.doFilter(request, response);
  }

  static boolean isPublic(String path) {
    return path.startsWith("/accounts/") || path.startsWith("/jakarta.faces.resource/");
  }
}
