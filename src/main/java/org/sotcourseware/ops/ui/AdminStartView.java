package org.sotcourseware.ops.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Dates;
import org.sotcourseware.base.Translations;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.base.ui.StartParts;
import org.sotcourseware.ops.BackupService;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.UserAdminService;
import org.sotcourseware.security.UserSummary;
import org.sotcourseware.security.UsersPlace;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;

/**
 * An administrator's start page: the user accounts (how many per role, how many disabled, the newest) and the
 * health of the system (each health check as the actuator reports it, and the last backup), with the way to
 * user management and backups.
 */
@Route("start/admin")
@RolesAllowed(Roles.ADMIN)
class AdminStartView extends Main implements HasDynamicTitle {

    /** Health checks as people read them (key {@code ops.health.<name>}); the others keep the actuator's name. */
    private static final Map<String, String> CHECKS = Map.of("db", "ops.health.db", "diskSpace", "ops.health.disk-space", "ping", "ops.health.ping",
            "livenessState", "ops.health.liveness", "readinessState", "ops.health.readiness", "mail", "ops.health.mail", "ssl", "ops.health.ssl");

    public AdminStartView(UserAdminService users, BackupService backups, ObjectProvider<HealthEndpoint> health, CurrentUser currentUser,
                          Places places, Clock clock) {
        addClassNames("page", "start-page", "admin-start");
        List<UserSummary> all = users.list();
        long disabled = all.stream().filter(u -> !u.enabled()).count();
        HealthEndpoint endpoint = health.getIfAvailable();
        HealthDescriptor overall = endpoint == null ? null : endpoint.health();
        BackupService.Status backup = backups.status();

        Locale locale = getLocale();
        add(StartParts.hero(getTranslation("ops.admin.title"), currentUser.require().displayName(),
                getTranslation("ops.admin.lead", all.size(), overall == null ? getTranslation("ops.admin.health-unknown")
                        : overall.getStatus().getCode().equals("UP") ? getTranslation("ops.admin.healthy")
                        : getTranslation("ops.admin.needs-attention", overall.getStatus().getCode()))));
        add(StartParts.actions(places.link(new UsersPlace(), getTranslation("ops.admin.manage-users")),
                Links.to(BackupNavigation.backups(), getTranslation("ops.nav.backups"))));

        Div roles = new Div();
        roles.addClassName("start-standing");
        for (String role : Roles.ALL) {
            long n = all.stream().filter(u -> u.enabled() && u.hasRole(role)).count();
            Div row = new Div(new Span(Roles.name(role).in(locale)), PageParts.classed(new Span(getTranslation("ops.count", n)), "badge"));
            row.addClassName("start-count-row");
            row.getElement().setAttribute("data-role", role);
            roles.add(row);
        }
        UnorderedList newest = new UnorderedList();
        newest.addClassName("start-list");
        all.stream().sorted(Comparator.comparing(UserSummary::createdAt).reversed()).limit(5).forEach(u -> {
            Span when = new Span(" " + Dates.moment(u.createdAt(), clock.getZone(), locale) + (u.enabled() ? "" : " · " + getTranslation("ops.admin.disabled")));
            when.addClassName("muted");
            newest.add(new ListItem(new Span(u.displayName()), when));
        });
        Div usersCard = StartParts.card("users", getTranslation("ops.admin.users"), roles,
                PageParts.muted(getTranslation("ops.admin.disabled-count", disabled)),
                PageParts.sideTitle(getTranslation("ops.admin.newest")), newest);

        UnorderedList checks = new UnorderedList();
        checks.addClassName("start-list");
        if (overall instanceof CompositeHealthDescriptor composite) {
            composite.getComponents().forEach((name, d) -> checks.add(check(CHECKS.containsKey(name) ? getTranslation(CHECKS.get(name)) : name,
                    d.getStatus().getCode(), locale)));
        } else if (overall != null) {
            checks.add(check(getTranslation("ops.health.ping"), overall.getStatus().getCode(), locale));
        }
        checks.add(backupLine(backup, clock, locale));
        add(StartParts.cards(usersCard, StartParts.card("health", getTranslation("ops.admin.health"), checks)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ops.admin.page-title");
    }

    private static ListItem check(String name, String code, Locale locale) {
        Span status = new Span(code.equals("UP") ? Translations.text(locale, "ops.health.ok") : code);
        status.addClassNames("badge", code.equals("UP") ? "badge-success" : "badge-error");
        ListItem item = new ListItem(new Span(name + " "), status);
        item.getElement().setAttribute("data-check", name);
        return item;
    }

    private static ListItem backupLine(BackupService.Status status, Clock clock, Locale locale) {
        @Nullable Instant newest = status.backups().stream().map(BackupService.Backup::takenAt).max(Comparator.naturalOrder()).orElse(null);
        String text;
        boolean ok;
        if (status.lastFailure() != null) {
            text = Translations.text(locale, "ops.health.backup-failed", status.lastFailure());
            ok = false;
        } else if (newest == null) {
            text = Translations.text(locale, "ops.health.no-backup", status.dir().toString());
            ok = false;
        } else {
            long hours = Duration.between(newest, clock.instant()).toHours();
            text = Translations.text(locale, "ops.health.last-backup", Dates.moment(newest, clock.getZone(), locale), hours);
            ok = hours <= 26;
        }
        Span badge = new Span(Translations.text(locale, ok ? "ops.health.ok" : "ops.health.check"));
        badge.addClassNames("badge", ok ? "badge-success" : "badge-warning");
        ListItem item = new ListItem(new Span(text + " "), badge);
        item.getElement().setAttribute("data-check", "Backups");
        return item;
    }
}
