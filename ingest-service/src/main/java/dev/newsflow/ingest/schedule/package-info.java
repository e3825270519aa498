/**
 * When each feed, sitemap and section page is polled again: {@link
 * dev.newsflow.ingest.schedule.PollSchedule} shortens the interval of pages that keep yielding new
 * articles and lengthens it for pages that do not, within bounds, and retires dated sitemaps that
 * have stopped changing.
 */
package dev.newsflow.ingest.schedule;
