package org.sotcourseware.content;

/**
 * Where the published curriculum comes from. Without a bean of this type the catalogue reads the
 * content folder ({@code sot.content.root}); the authoring feature provides one that serves what
 * instructors have published (see docs/authoring.md, "Publishing and the content folder").
 */
public interface ContentSource {

    /** The published content, read now. */
    ContentTree published();
}
