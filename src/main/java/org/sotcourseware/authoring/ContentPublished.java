package org.sotcourseware.authoring;

import java.util.List;

/** Files went live (published, rolled back, imported, uploaded). The catalogue reloads after the commit. */
public record ContentPublished(List<String> paths) {

    public ContentPublished {
        paths = List.copyOf(paths);
    }
}
