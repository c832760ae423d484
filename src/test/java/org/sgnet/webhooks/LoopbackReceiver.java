package org.sgnet.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on loopback for the tests (the JDK's HTTP server): keeps every POST, answers
 * 500 while failures are left, then 204, and checks signatures as the README tells a receiver to,
 * without sgnet's code.
 */
public final class LoopbackReceiver implements AutoCloseable {

  /** One POST as the receiver got it. */
  public record Received(Map<String, List<String>> headers, String body, Instant at) {

    /** The first value of a header, whatever its case. */
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    /** Whether the signature is the HMAC-SHA256 of timestamp, dot and body under the secret. */
    public boolean signedWith(String secret) {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected =
            "sha256="
                + HexFormat.of()
                    .formatHex(
                        mac.doFinal(
                            (header("Sgnet-Timestamp") + "." + body)
                                .getBytes(StandardCharsets.UTF_8)));
        return expected.equals(header("Sgnet-Signature"));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Every POST received, in order. */
  public final List<Received> received = new CopyOnWriteArrayList<>();

  /** How many POSTs are still to be answered 500. */
  public final AtomicInteger failures = new AtomicInteger();

  private final HttpServer server;

  /** Starts on the port, 0 for a free one. */
  public LoopbackReceiver(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, Instant.now()));
          exchange.sendResponseHeaders(failures.getAndDecrement() > 0 ? 500 : 204, -1);
          exchange.close();
        });
    server.start();
  }

  /** The URL to register. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
