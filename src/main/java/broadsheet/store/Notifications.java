package broadsheet.store;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.Callable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL LISTEN on a connection of its own. A lost connection is opened again after a second;
 * the listener's owner polls as well, so a notification lost meanwhile costs no more than a poll.
 */
final class Notifications implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
  private static final int WAIT_MILLIS = 1000;

  private final Callable<Connection> connector;
  private final String channel;
  private final Runnable wake;
  private final Thread thread;
  private volatile boolean closed;

  private Notifications(Callable<Connection> connector, String channel, Runnable wake) {
    this.connector = connector;
    this.channel = channel;
    this.wake = wake;
    this.thread = Thread.ofPlatform().name("broadsheet:listen").daemon().unstarted(this::run);
  }

  static Notifications start(Callable<Connection> connector, String channel, Runnable wake) {
    Notifications n = new Notifications(connector, channel, wake);
    n.thread.start();
    return n;
  }

  private void run() {
    boolean failing = false;
    while (!closed) {
      try (Connection c = connector.call()) {
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + channel);
        }
        if (failing) {
          LOG.info("listening for changes again");
          failing = false;
        }
        // Changes made while no one listened are found by the next read, which this wakes.
        wake.run();
        PGConnection pg = c.unwrap(PGConnection.class);
        while (!closed) {
          PGNotification[] arrived = pg.getNotifications(WAIT_MILLIS);
          if (arrived != null && arrived.length > 0) {
            wake.run();
          }
        }
      } catch (Exception e) {
        if (closed) {
          return;
        }
        if (!failing) {
          LOG.warn(
              "not listening for changes ({}); polling until the database answers again",
              Database.redactedRoot(e));
          failing = true;
        }
        pause();
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
