package org.sotcourseware.ops.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Numbers;
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
@PageTitle("Administration overview · SOT Courseware")
@RolesAllowed(Roles.ADMIN)
class AdminStartView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    /** Health checks as people read them; the others keep the actuator's name. */
    private static final Map<String, String> CHECKS = Map.of("db", "Database", "diskSpace", "Disk space", "ping", "Application",
            "livenessState", "Running", "readinessState", "Ready for requests", "mail", "Mail server", "ssl", "Certificates (TLS)");

    public AdminStartView(UserAdminService users, BackupService backups, ObjectProvider<HealthEndpoint> health, CurrentUser currentUser,
                          Places places, Clock clock) {
        addClassNames("page", "start-page", "admin-start");
        List<UserSummary> all = users.list();
        long disabled = all.stream().filter(u -> !u.enabled()).count();
        HealthEndpoint endpoint = health.getIfAvailable();
        HealthDescriptor overall = endpoint == null ? null : endpoint.health();
        BackupService.Status backup = backups.status();

        add(StartParts.hero("Administration overview", currentUser.require().displayName(),
                Numbers.count(all.size(), "user account", "user accounts") + " · system " + (overall == null ? "health unknown"
                        : overall.getStatus().getCode().equals("UP") ? "healthy" : "needs attention (" + overall.getStatus().getCode() + ")")));
        add(StartParts.actions(places.link(new UsersPlace(), "Manage users"), Links.to(BackupNavigation.backups(), "Backups")));

        Div roles = new Div();
        roles.addClassName("start-standing");
        for (String role : Roles.ALL) {
            long n = all.stream().filter(u -> u.enabled() && u.hasRole(role)).count();
            Div row = new Div(new Span(Roles.label(role)), PageParts.classed(new Span(String.valueOf(n)), "badge"));
            row.addClassName("start-count-row");
            row.getElement().setAttribute("data-role", role);
            roles.add(row);
        }
        UnorderedList newest = new UnorderedList();
        newest.addClassName("start-list");
        all.stream().sorted(Comparator.comparing(UserSummary::createdAt).reversed()).limit(5).forEach(u -> {
            Span when = new Span(" " + WHEN.format(u.createdAt().atZone(clock.getZone())) + (u.enabled() ? "" : " · disabled"));
            when.addClassName("muted");
            newest.add(new ListItem(new Span(u.displayName()), when));
        });
        Div usersCard = StartParts.card("users", "Users", roles,
                PageParts.muted(disabled == 0 ? "No disabled accounts." : Numbers.count(disabled, "account is", "accounts are") + " disabled."),
                PageParts.sideTitle("Newest accounts"), newest);

        UnorderedList checks = new UnorderedList();
        checks.addClassName("start-list");
        if (overall instanceof CompositeHealthDescriptor composite) {
            composite.getComponents().forEach((name, d) -> checks.add(check(CHECKS.getOrDefault(name, name), d.getStatus().getCode())));
        } else if (overall != null) {
            checks.add(check("Application", overall.getStatus().getCode()));
        }
        checks.add(backupLine(backup, clock));
        add(StartParts.cards(usersCard, StartParts.card("health", "System health", checks)));
    }

    private static ListItem check(String name, String code) {
        Span status = new Span(code.equals("UP") ? "OK" : code);
        status.addClassNames("badge", code.equals("UP") ? "badge-success" : "badge-error");
        ListItem item = new ListItem(new Span(name + " "), status);
        item.getElement().setAttribute("data-check", name);
        return item;
    }

    private static ListItem backupLine(BackupService.Status status, Clock clock) {
        @Nullable Instant newest = status.backups().stream().map(BackupService.Backup::takenAt).max(Comparator.naturalOrder()).orElse(null);
        String text;
        boolean ok;
        if (status.lastFailure() != null) {
            text = "Last backup failed: " + status.lastFailure();
            ok = false;
        } else if (newest == null) {
            text = "No backup yet in " + status.dir();
            ok = false;
        } else {
            long hours = Duration.between(newest, clock.instant()).toHours();
            text = "Last backup " + WHEN.format(newest.atZone(clock.getZone())) + " (" + (hours < 1 ? "less than an hour ago"
                    : Numbers.count(hours, "hour", "hours") + " ago") + ")";
            ok = hours <= 26;
        }
        Span badge = new Span(ok ? "OK" : "Check");
        badge.addClassNames("badge", ok ? "badge-success" : "badge-warning");
        ListItem item = new ListItem(new Span(text + " "), badge);
        item.getElement().setAttribute("data-check", "Backups");
        return item;
    }
}
