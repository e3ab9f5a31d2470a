package broadsheet.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/** Several of Jetty's request logs as its one (the metrics, then the access log if any). */
public final class RequestLogs implements RequestLog {
  private final List<RequestLog> logs;

  /** The logs, in order; a null one is left out. */
  public RequestLogs(RequestLog... logs) {
    this.logs = Arrays.stream(logs).filter(Objects::nonNull).toList();
  }

  @Override
  public void log(Request request, Response response) {
    for (RequestLog log : logs) {
      log.log(request, response);
    }
  }
}
