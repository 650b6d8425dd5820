package org.sotcourseware.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Keeps keyboard and screen-reader users in their place when a screen changes under them: after a step that
 * replaces what they were on (next question, a case decision), focus goes to the new part's heading, which is
 * announced, and the next Tab continues from there instead of from the top of the page. Scrolling respects
 * {@code prefers-reduced-motion}.
 */
public final class Focus {

    /** The attribute that marks the heading focus went to (tests and styles find it). */
    public static final String TARGET = "data-focus-target";

    private Focus() {
    }

    /**
     * Moves focus to {@code heading} (made focusable by script only, so it is no extra Tab stop) once it is in the page,
     * scrolling only as far as needed to show it: the page does not move under a heading that is already in view (a
     * palette above it stays where the pointer is).
     */
    public static void heading(Component heading) {
        heading(heading, false);
    }

    /** As {@link #heading(Component)}; with {@code toTop} the heading is brought to the top of the view (a new case stage). */
    public static void heading(Component heading, boolean toTop) {
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().setAttribute(TARGET, true);
        heading.getElement().executeJs("""
                const el = this, top = $0;
                requestAnimationFrame(() => {
                  el.focus({preventScroll: true});
                  const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
                  el.scrollIntoView({behavior: calm || !top ? 'auto' : 'smooth', block: top ? 'start' : 'nearest'});
                });""", toTop);
    }

    /** Scrolls {@code component} into view without moving focus, smoothly unless the user asked for reduced motion. */
    public static void scrollTo(Component component) {
        component.getElement().executeJs("""
                const el = this;
                setTimeout(() => el.scrollIntoView({behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
                  block: 'start'}), 50);""");
    }

    /**
     * Once {@code page} is built, scrolls to the element the address's fragment names (a link from a search result to a
     * heading, or to a glossary term), and again when the images and fonts still loading at that moment have arrived:
     * an image above the heading that loads later would otherwise push it out of view (on a slow connection, or a
     * busy machine, the heading ended up a screen further down).
     */
    public static void fragmentTarget(Component page) {
        page.getElement().executeJs("""
                const id = decodeURIComponent(location.hash.slice(1));
                if (id) {
                  const go = () => { const el = document.getElementById(id); if (el) el.scrollIntoView(); };
                  requestAnimationFrame(() => {
                    go();
                    const late = [...document.images].filter(i => !i.complete)
                        .map(i => new Promise(done => { i.addEventListener('load', done, {once: true}); i.addEventListener('error', done, {once: true}); }));
                    if (document.fonts) { late.push(document.fonts.ready); }
                    Promise.all(late).then(() => requestAnimationFrame(go));
                  });
                }"""); // not UI text: script
    }
}
