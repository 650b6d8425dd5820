package org.sotcourseware.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Keyboard-only driving: moves focus with Tab (or Shift+Tab) until it is inside a target, as a keyboard user
 * would, and fails with where focus got stuck. Nothing here clicks.
 */
final class Keys {

    private Keys() {
    }

    /** Whether focus is on {@code target} or inside it (Vaadin's fields keep their native input in the light DOM). */
    static boolean focusIn(Locator target) {
        // through shadow roots: the Markdown editor keeps its text area in its own
        return (Boolean) target.evaluate("el => { let a = document.activeElement;"
                + " while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;"
                + " return !!a && (el === a || el.contains(a)); }");
    }

    /** Presses Tab until focus is inside {@code target}; at most {@code max} presses. */
    static void tabTo(Page page, Locator target, int max) {
        move(page, target, max, "Tab");
    }

    static void tabTo(Page page, Locator target) {
        tabTo(page, target, 80);
    }

    /** Presses Shift+Tab until focus is inside {@code target}. */
    static void shiftTabTo(Page page, Locator target, int max) {
        move(page, target, max, "Shift+Tab");
    }

    private static void move(Page page, Locator target, int max, String key) {
        target.waitFor();
        for (int i = 0; i <= max; i++) {
            if (focusIn(target)) {
                return;
            }
            page.keyboard().press(key);
        }
        throw new AssertionError("focus did not reach " + target + " with " + max + " x " + key + "; it is on " + focused(page));
    }

    /** What has focus, for messages: tag, classes and the start of its text or label. */
    static String focused(Page page) {
        return (String) page.evaluate("() => { let a = document.activeElement;"
                + " while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; if (!a) return 'nothing';"
                + " return a.tagName.toLowerCase() + (a.className ? '.' + String(a.className).replace(/ +/g, '.') : '')"
                + " + ' \"' + (a.getAttribute('aria-label') || a.textContent || '').trim().slice(0, 60) + '\"'; }");
    }
}
