package org.sotcourseware.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.ui.Greeting;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.base.ui.UserMenuItem;
import org.sotcourseware.privacy.PersonalData;
import org.sotcourseware.search.SearchService;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.MyAccountService;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SecondFactor;
import org.sotcourseware.security.SignedInUser;

/**
 * The app shell: app bar with the product name, side navigation by role (items come from the features
 * as {@link NavItem} beans), and the user menu (name, role, colour scheme, change password, sign out, sign out everywhere). On a phone the
 * navigation is a drawer.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String SCHEME_KEY = "sot-color-scheme";

    private final SideNav nav = new SideNav();

    private final List<UserMenuItem> accountItems;
    private final MyAccountService myAccount;

    public MainLayout(CurrentUser currentUser, AuthenticationContext auth, List<NavItem> items, List<UserMenuItem> accountItems,
                      MyAccountService myAccount) {
        this.myAccount = myAccount;
        this.accountItems = accountItems.stream().sorted(Comparator.comparingInt(UserMenuItem::order)).toList();
        SignedInUser user = currentUser.require();
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        Anchor brand = new Anchor("", "");
        brand.getElement().setAttribute("router-link", true);
        brand.setAriaLabel(getTranslation("shell.home"));
        brand.addClassName("brand");
        Span title = new Span(getTranslation("shell.product"));
        title.addClassName("brand-title");
        brand.add(brandMark(), title);
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(toggle, brand, spacer, searchBox(), userMenu(user, auth));

        List<NavItem> mine = items.stream()
                .filter(i -> i.roles().isEmpty() || i.roles().stream().anyMatch(user::hasRole))
                .sorted(Comparator.comparingInt(NavItem::order)).toList();
        List<SideNavItem> entries = mine.stream().map(i -> new SideNavItem(getTranslation(i.labelKey()), i.view(), i.iconComponent())).toList();
        entries.forEach(item -> {
            // highlight for sub-pages too, unless another entry owns a sub-path (authoring vs authoring/analysis)
            String path = item.getPath();
            if (path != null && !path.isEmpty() && entries.stream().noneMatch(o -> o.getPath() != null && o.getPath().startsWith(path + "/"))) {
                item.setMatchNested(true);
            }
            nav.addItem(item);
        });
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("shell.main-navigation"));
        Div drawerHeader = new Div();
        drawerHeader.addClassName("drawer-header");
        drawerHeader.add(new Span(getTranslation("shell.curriculum")));
        Div footer = new Div();
        footer.addClassName("drawer-footer");
        footer.setText(getTranslation("shell.footer"));
        Scroller scroller = new Scroller(nav);
        addToDrawer(drawerHeader, scroller, footer);
    }

    /** The app bar's search field: Enter opens the search page with the results. */
    private Component searchBox() {
        TextField field = new TextField();
        field.setMaxLength(SearchService.MAX_QUERY);
        field.setPlaceholder(getTranslation("shell.search"));
        field.setAriaLabel(getTranslation("shell.search-the-course"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.addClassName("app-search-field");
        field.setValueChangeMode(ValueChangeMode.EAGER); // the value is on the server before Enter's key event
        field.addKeyPressListener(Key.ENTER, e -> {
            String q = field.getValue().strip();
            if (!q.isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate(SearchService.ROUTE, QueryParameters.of("q", q)));
            }
        });
        Div box = new Div(field);
        box.addClassName("app-search");
        box.getElement().setAttribute("role", "search");
        return box;
    }

    private static Component brandMark() {
        Span mark = new Span();
        mark.addClassName("brand-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        return mark;
    }

    private Component userMenu(SignedInUser user, AuthenticationContext auth) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        bar.addClassName("user-menu");
        Avatar avatar = new Avatar(user.displayName());
        avatar.setAbbreviation(initials(user.displayName()));
        avatar.addClassName("user-avatar");
        Div who = new Div(avatar, new Span(user.displayName()));
        who.addClassName("user-menu-trigger");
        MenuItem root = bar.addItem(who);
        root.setAriaLabel(getTranslation("shell.user-menu-for", user.displayName()));
        SubMenu sub = root.getSubMenu();
        Div identity = new Div();
        identity.addClassName("user-menu-identity");
        Span name = new Span(user.displayName());
        name.addClassName("user-menu-name");
        Span role = new Span(getTranslation("shell.role-and-username", Roles.name(user.primaryRole()), user.username()));
        role.addClassName("user-menu-role");
        identity.add(name, role);
        MenuItem header = sub.addItem(identity);
        header.setEnabled(false);
        SubMenu scheme = sub.addItem(getTranslation("shell.colour-scheme")).getSubMenu();
        scheme.addItem(getTranslation("shell.scheme-system"), e -> setScheme(ColorScheme.Value.LIGHT_DARK, "system"));
        scheme.addItem(getTranslation("shell.scheme-light"), e -> setScheme(ColorScheme.Value.LIGHT, "light"));
        scheme.addItem(getTranslation("shell.scheme-dark"), e -> setScheme(ColorScheme.Value.DARK, "dark"));
        for (UserMenuItem item : accountItems) {
            sub.addItem(getTranslation(item.labelKey()), e -> item.action().run()).addComponentAsFirst(item.icon().create());
        }
        sub.addItem(getTranslation("shell.my-data"), e -> getUI().ifPresent(ui -> ui.navigate(PersonalData.ROUTE)));
        languageMenu(sub.addItem(getTranslation("shell.language")).getSubMenu());
        if (user.roles().stream().anyMatch(r -> !r.equals(Roles.STUDENT))) {
            sub.addItem(getTranslation("shell.two-step-sign-in"), e -> getUI().ifPresent(ui -> ui.navigate(SecondFactor.ROUTE)));
        }
        MenuItem logout = sub.addItem(getTranslation("shell.sign-out"), e -> auth.logout());
        logout.addComponentAsFirst(VaadinIcon.SIGN_OUT.create());
        return bar;
    }

    /**
     * The language switch: each language in its own name, the current one checked. A pick is stored with the account
     * (so it follows the person to every device) and the page reloads in the new language.
     */
    private void languageMenu(SubMenu languages) {
        Locale current = Locales.closest(getLocale());
        for (Locale language : Locales.SUPPORTED) {
            MenuItem item = languages.addItem(Locales.nativeName(language), e -> {
                myAccount.setLanguage(language);
                getUI().ifPresent(ui -> LanguageSetup.switchTo(ui, language));
            });
            item.getElement().setAttribute("lang", language.getLanguage());
            item.setCheckable(true);
            item.setChecked(language.equals(current));
        }
    }

    /** Two letters for the avatar, whatever the length of the name: the first name's and the last word's (titles skipped). */
    static String initials(String displayName) {
        String first = Greeting.firstName(displayName);
        String[] words = displayName.strip().split("\\s+");
        String last = words[words.length - 1];
        String a = first.isEmpty() ? "" : first.substring(0, 1);
        String b = words.length > 1 && !last.equals(first) ? last.substring(0, 1) : "";
        return (a + b).toUpperCase(Locale.ROOT);
    }

    private void setScheme(ColorScheme.Value value, String stored) {
        getUI().ifPresent(ui -> {
            ui.getPage().setColorScheme(value);
            ui.getPage().executeJs("localStorage.setItem($0, $1)", SCHEME_KEY, stored);
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().executeJs("return localStorage.getItem($0)", SCHEME_KEY).then(String.class, stored -> {
            switch (stored == null ? "" : stored) {
                case "light" -> event.getUI().getPage().setColorScheme(ColorScheme.Value.LIGHT);
                case "dark" -> event.getUI().getPage().setColorScheme(ColorScheme.Value.DARK);
                default -> { }
            }
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // close the drawer on a phone after choosing a page
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }
}
