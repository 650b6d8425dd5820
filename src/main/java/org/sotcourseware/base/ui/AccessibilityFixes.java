package org.sotcourseware.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Corrections to the markup of Vaadin components that axe-core reports as WCAG failures, applied in the browser to
 * every page (docs/accessibility.md). Each is a workaround for the component's own markup, which the app cannot
 * change without a rebuilt frontend bundle:
 * <ul>
 * <li>{@code vaadin-tabs}: the scrolling part inside the tab list carries {@code tabindex="-1"}, so the tab list
 * has a focusable child that is not a tab (axe aria-required-children, critical). The attribute is removed; the
 * part is still scrolled by the component and by the browser.</li>
 * <li>{@code vaadin-virtual-list} and the Markdown editor's scroller: regions that scroll but hold no focusable
 * content become focusable ({@code tabindex="0"}), so they can be scrolled by keyboard (scrollable-region-focusable).</li>
 * </ul>
 * The fixes run when the page loads and again (once per animation frame at most) whenever elements are added.
 */
@Component
class AccessibilityFixes implements VaadinServiceInitListener {

    static final String SCRIPT = """
            if (!window.__sotA11yFixes) {
              window.__sotA11yFixes = true;
              let queued = false;
              const fix = () => {
                queued = false;
                document.querySelectorAll('vaadin-tabs').forEach(t => {
                  const part = t.shadowRoot && t.shadowRoot.querySelector('[part~="tabs"][tabindex]');
                  if (part) part.removeAttribute('tabindex');
                });
                document.querySelectorAll('vaadin-virtual-list:not([tabindex])').forEach(l => l.setAttribute('tabindex', '0'));
                document.querySelectorAll('sot-markdown-editor').forEach(e => {
                  const root = e.shadowRoot || e;
                  if (e.shadowRoot && !e.__sotWatched) {
                    // the editor builds its scroller inside its shadow root, which the page's observer does not see
                    e.__sotWatched = true;
                    new MutationObserver(later).observe(e.shadowRoot, {childList: true, subtree: true, attributes: true, attributeFilter: ['tabindex']});
                  }
                  root.querySelectorAll('.cm-scroller:not([tabindex="0"])').forEach(s => s.setAttribute('tabindex', '0'));
                });
              };
              const later = () => { if (!queued) { queued = true; requestAnimationFrame(() => setTimeout(fix)); } };
              new MutationObserver(later).observe(document.documentElement, {childList: true, subtree: true});
              later();
            }""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().getPage().executeJs(SCRIPT));
    }
}
