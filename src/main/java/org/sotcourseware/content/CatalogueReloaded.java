package org.sotcourseware.content;

/**
 * The catalogue has read the published content again and the new version is in place (published on this
 * node, or on another node that told this one). Derived data (the search index) rebuilds on it.
 *
 * @param version the content version now in place
 */
public record CatalogueReloaded(String version) {
}
