package dev.newsflow.common.json;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.deadletter.DeadLetter;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde that writes a record type as UTF-8 JSON with {@link Json#mapper()}.
 *
 * <p>Deserialising a malformed value throws {@link SerializationException} with the reason, so a
 * caller can dead-letter the record instead of crashing.
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {
  private final Class<T> type;

  public JsonSerde(Class<T> type) {
    this.type = type;
  }

  public static JsonSerde<Article> article() {
    return new JsonSerde<>(Article.class);
  }

  public static JsonSerde<EnrichedArticle> enrichedArticle() {
    return new JsonSerde<>(EnrichedArticle.class);
  }

  public static JsonSerde<DeadLetter> deadLetter() {
    return new JsonSerde<>(DeadLetter.class);
  }

  @Override
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null;
    }
    try {
      return Json.mapper().writeValueAsBytes(data);
    } catch (IOException e) {
      throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON", e);
    }
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    try {
      return Json.mapper().readValue(data, type);
    } catch (IOException | RuntimeException e) {
      // RuntimeException: a record's compact constructor rejected the values.
      throw new SerializationException(
          "not a valid " + type.getSimpleName() + " from topic " + topic + ": " + rootMessage(e), e);
    }
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {}

  @Override
  public void close() {}

  @Override
  public Serializer<T> serializer() {
    return this;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage();
    return message == null ? t.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }
}
