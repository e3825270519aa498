package dev.newsflow.cli;

import dev.newsflow.common.json.Json;
import java.io.IOException;

/** Facts about the bundled sample site that tests check against. */
final class DemoSiteFiles {
  private DemoSiteFiles() {}

  static int expectedPageCount() throws IOException {
    return Json.mapper().readTree(DemoSite.resource("expected.json")).path("pages").size();
  }
}
