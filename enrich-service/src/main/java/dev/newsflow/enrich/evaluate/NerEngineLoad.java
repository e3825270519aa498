package dev.newsflow.enrich.evaluate;

/**
 * What loading one language's entity engine cost.
 *
 * @param lang ISO 639-1 code
 * @param engine the engine's name, or null when the language has none
 * @param loaded whether the engine is loaded (false when it failed to load, or there is none)
 * @param millis wall time of the load; 0 when it was loaded before
 * @param heapBytesAfter heap in use after the load, after a garbage collection
 * @param heapBytesAdded growth of the heap in use over the load
 */
public record NerEngineLoad(String lang, String engine, boolean loaded, long millis, long heapBytesAfter, long heapBytesAdded) {}
