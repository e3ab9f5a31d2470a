package broadsheet.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a node's metrics port, as Prometheus does it: the samples of the text format by
 * series ({@code name{label="value"}} exactly as written), with the response's status and type.
 */
public record Scrape(int status, String contentType, String text, Map<String, Double> samples) {
  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*\\})?) (\\S+)$");

  public static Scrape of(int port) {
    HttpResponse<String> response;
    try {
      response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/metrics"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Map<String, Double> samples = new LinkedHashMap<>();
    for (String line : response.body().split("\n")) {
      Matcher m = SAMPLE.matcher(line);
      if (!line.startsWith("#") && m.matches()) {
        samples.put(m.group(1), Double.parseDouble(m.group(3)));
      }
    }
    return new Scrape(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body(),
        samples);
  }

  /** A series' value, 0 when the scrape has none. */
  public double value(String series) {
    return samples.getOrDefault(series, 0.0);
  }

  /** Every value a label takes in the series of one sample name. */
  public Set<String> labelValues(String name, String label) {
    Pattern value = Pattern.compile("[{,]" + label + "=\"([^\"]*)\"");
    Set<String> values = new TreeSet<>();
    for (String series : samples.keySet()) {
      if (series.startsWith(name + "{")) {
        Matcher m = value.matcher(series);
        if (m.find()) {
          values.add(m.group(1));
        }
      }
    }
    return values;
  }
}
