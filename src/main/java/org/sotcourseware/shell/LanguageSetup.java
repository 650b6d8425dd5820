package org.sotcourseware.shell;

import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.sotcourseware.base.Locales;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.MyAccountService;
import org.sotcourseware.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Which language each page speaks. Vaadin starts a session in the browser's language when the app speaks it
 * (English otherwise); once a person is signed in, the language they picked in the user menu wins, read once per
 * session from their account. Every page's {@code <html lang>} says the language, so screen readers use the right voice
 * (lesson texts, which stay English, carry their own {@code lang}).
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    /** The id of the person whose stored language this session already applied. */
    private static final String APPLIED_FOR = LanguageSetup.class.getName() + ".appliedFor";

    private final CurrentUser currentUser;
    private final MyAccountService myAccount;

    LanguageSetup(CurrentUser currentUser, MyAccountService myAccount) {
        this.currentUser = currentUser;
        this.myAccount = myAccount;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI()));
    }

    private void apply(UI ui) {
        VaadinSession session = ui.getSession();
        currentUser.get().map(SignedInUser::id).ifPresent(id -> {
            if (!Objects.equals(session.getAttribute(APPLIED_FOR), id.value())) {
                session.setAttribute(APPLIED_FOR, id.value());
                myAccount.language().ifPresent(session::setLocale);
            }
        });
        Locale language = Locales.closest(session.getLocale());
        ui.setLocale(language);
        markPage(ui, language);
    }

    /** Switches the session to {@code language} and reloads the page so every text is written again. */
    static void switchTo(UI ui, Locale language) {
        ui.getSession().setLocale(language);
        ui.setLocale(language);
        markPage(ui, language);
        ui.getPage().reload();
    }

    private static void markPage(UI ui, Locale language) {
        ui.getPage().executeJs("document.documentElement.lang = $0", language.getLanguage());
    }
}
