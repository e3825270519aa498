package dev.newsflow.common.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates JSON against the contract's schema files in {@code schemas/}, as a consumer would.
 * Shared with other modules' tests through this module's test jar.
 */
public final class ContractSchemas {
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
      SpecVersion.VersionFlag.V202012,
      builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("https://newsflow.dev/schemas/", "classpath:schemas/")));
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private final JsonSchema schema;

  public static ContractSchemas article() {
    return new ContractSchemas("article.v1.json");
  }

  public static ContractSchemas enrichedArticle() {
    return new ContractSchemas("article-enriched.v1.json");
  }

  public static ContractSchemas deadLetter() {
    return new ContractSchemas("deadletter.v1.json");
  }

  private ContractSchemas(String schemaFile) {
    this.schema = FACTORY.getSchema(SchemaLocation.of("classpath:schemas/" + schemaFile), CONFIG);
  }

  /** Violations of the schema, empty when {@code json} conforms. */
  public Set<String> violations(String json) {
    Set<ValidationMessage> messages = schema.validate(json, InputFormat.JSON);
    return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
  }

  public Set<String> violations(JsonNode json) {
    return schema.validate(json).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
  }
}
