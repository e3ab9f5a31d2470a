package broadsheet.web;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The HTTP connector, with a selector thread per processor. Cache hits are answered on the selector
 * threads ({@link CacheFront}), so with Jetty's default (one per two processors) a hit-heavy load
 * would leave processors idle; this is nginx's one worker per processor.
 */
public final class HttpConnector {
  private HttpConnector() {}

  public static ServerConnector on(Server server, HttpConfiguration http, String host, int port) {
    int selectors = Math.max(1, Runtime.getRuntime().availableProcessors());
    var connector = new ServerConnector(server, -1, selectors, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    return connector;
  }
}
