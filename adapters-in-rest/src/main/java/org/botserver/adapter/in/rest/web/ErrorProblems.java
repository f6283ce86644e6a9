package org.botserver.adapter.in.rest.web;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the application (web.xml): what the container answers itself, such as a path nothing serves
 * or a method a path does not take, goes out as an RFC 9457 problem like every API error, never as an HTML page.
 */
@WebServlet(urlPatterns = ErrorProblems.PATH)
public class ErrorProblems extends HttpServlet {

    static final String PATH = "/errors/problem";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Asked for directly rather than as an error page, this path serves nothing either.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri
                : request.getRequestURI();
        byte[] body = problem(status, request.getMethod(), path).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    static String problem(int status, String method, String path) {
        Described problem = switch (status) {
            case 404 -> new Described("/problems/not-found", "Not Found",
                    "Nothing is served at " + path + ". The API is under /api and described at /openapi.");
            case 405 -> new Described("/problems/method-not-allowed", "Method Not Allowed",
                    path + " does not take " + method + ".");
            case 400 -> new Described("about:blank", "Bad Request", "The request could not be read.");
            case 401 -> new Described("about:blank", "Unauthorized", "This needs credentials.");
            case 403 -> new Described("about:blank", "Forbidden", "This is not allowed to the caller.");
            default -> status >= 500
                    ? new Described("about:blank", "Internal Server Error", "The server could not handle this request.")
                    : new Described("about:blank", "Request Refused", "The server refused this request.");
        };
        return Json.createObjectBuilder().add("type", problem.type()).add("title", problem.title())
                .add("status", status).add("detail", problem.detail()).build().toString();
    }

    private record Described(String type, String title, String detail) {
    }
}
