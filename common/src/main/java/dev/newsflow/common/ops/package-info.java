/** What a running service shows its operators: metrics and health over HTTP. */
package dev.newsflow.common.ops;
