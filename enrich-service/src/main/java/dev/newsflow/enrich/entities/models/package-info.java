/**
 * Model files for the entity engines, fetched once from model jars in a Maven repository into a
 * local cache ({@link dev.newsflow.enrich.entities.models.ModelStore}).
 */
package dev.newsflow.enrich.entities.models;
