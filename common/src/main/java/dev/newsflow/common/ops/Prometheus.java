package dev.newsflow.common.ops;

/** The Prometheus text exposition format (0.0.4), as far as newsflow's endpoints need it. */
public final class Prometheus {
  /** The content type of a scrape answer. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private Prometheus() {}

  /** A label value with backslash, double quote and line feed escaped, as the format requires. */
  public static String labelValue(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
