package dev.newsflow.common.kafka;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Kafka client settings, from one properties file plus environment variables.
 *
 * <p>In the file, every key under {@code kafka.} is passed to the Kafka clients with the prefix
 * removed ({@code kafka.security.protocol=SASL_SSL} becomes {@code security.protocol}). Every
 * environment variable {@code KAFKA_X_Y} overrides the client setting {@code x.y} (the convention
 * of the Kafka container images), so {@code KAFKA_BOOTSTRAP_SERVERS}, {@code
 * KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_MECHANISM}, {@code KAFKA_SASL_JAAS_CONFIG}, {@code
 * KAFKA_SSL_TRUSTSTORE_LOCATION} ... configure SASL and TLS without a file. Values are never
 * logged in clear when their key looks secret: use {@link #redacted()} for logs.
 */
public final class KafkaSettings {
  public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
  static final String FILE_PREFIX = "kafka.";
  static final String ENV_PREFIX = "KAFKA_";
  private static final Pattern SECRET_KEY = Pattern.compile(".*(password|secret|jaas|token|credential|key\\b).*");

  private final Map<String, String> clientProperties;

  private KafkaSettings(Map<String, String> clientProperties) {
    this.clientProperties = Map.copyOf(clientProperties);
  }

  /** Settings from {@code file} (if given) overridden by {@code environment}. */
  public static KafkaSettings load(Optional<Path> file, Map<String, String> environment) throws IOException {
    Map<String, String> merged = new TreeMap<>();
    if (file.isPresent()) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      for (String name : properties.stringPropertyNames()) {
        if (name.startsWith(FILE_PREFIX)) {
          merged.put(name.substring(FILE_PREFIX.length()), properties.getProperty(name).strip());
        }
      }
    }
    merged.putAll(fromEnvironment(environment));
    return new KafkaSettings(merged);
  }

  /** Settings from the environment alone. */
  public static KafkaSettings fromEnvironment() {
    return new KafkaSettings(fromEnvironment(System.getenv()));
  }

  /** Settings given directly, e.g. for a broker a test or the embedded mode started. */
  public static KafkaSettings of(Map<String, String> clientProperties) {
    return new KafkaSettings(clientProperties);
  }

  static Map<String, String> fromEnvironment(Map<String, String> environment) {
    Map<String, String> result = new TreeMap<>();
    environment.forEach((name, value) -> {
      if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length() && !value.isBlank()) {
        String key = name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
        result.put(key, value.strip());
      }
    });
    return result;
  }

  /** The configured bootstrap servers, or empty when none is configured (embedded mode). */
  public Optional<String> bootstrapServers() {
    return Optional.ofNullable(clientProperties.get(BOOTSTRAP_SERVERS)).filter(s -> !s.isBlank());
  }

  /** A copy with the bootstrap servers set, e.g. to those of an embedded broker. */
  public KafkaSettings withBootstrapServers(String servers) {
    Map<String, String> copy = new TreeMap<>(clientProperties);
    copy.put(BOOTSTRAP_SERVERS, servers);
    return new KafkaSettings(copy);
  }

  /** Client properties to start a producer, consumer, admin client or Streams app from. */
  public Properties toProperties() {
    Properties properties = new Properties();
    properties.putAll(clientProperties);
    return properties;
  }

  public Map<String, String> asMap() {
    return clientProperties;
  }

  /** The settings with secret-looking values replaced by {@code ***}, for logs. */
  public Map<String, String> redacted() {
    Map<String, String> result = new TreeMap<>();
    clientProperties.forEach((k, v) -> result.put(k, SECRET_KEY.matcher(k).matches() ? "***" : v));
    return result;
  }

  @Override
  public String toString() {
    return "KafkaSettings" + redacted();
  }
}
