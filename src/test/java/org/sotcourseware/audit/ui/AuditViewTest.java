package org.sotcourseware.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import org.junit.jupiter.api.Test;
import org.sotcourseware.audit.AuditActions;
import org.sotcourseware.audit.AuditEntry;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.base.Dates;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit screen names actions in words, shows times as the app does, and filters by type and by day. */
@IntegrationTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired AuditLog audit;
    @Autowired TransactionTemplate tx;

    @Test
    void action_keys_read_as_words() {
        assertThat(AuditActions.label("certificate-revoked")).isEqualTo("Certificate revoked");
        assertThat(AuditActions.label("sign-in.failed")).isEqualTo("Sign-in failed");
        assertThat(AuditActions.label("roles changed")).isEqualTo("Roles changed");
        assertThat(AuditActions.label("some-new.thing")).isEqualTo("Some new thing");
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void the_type_and_day_filters_narrow_the_entries_and_times_read_as_elsewhere() {
        tx.executeWithoutResult(s -> {
            audit.recordAs(null, "Tess Tester", "certificate-revoked", "certificate AUDIT-VIEW-TEST", "test entry");
            audit.recordAs(null, "Tess Tester", "seminar-created", "seminar AUDIT-VIEW-TEST", null);
        });
        navigate(AuditView.class);
        VirtualList<AuditEntry> list = $(VirtualList.class).single();
        Select<String> type = $(Select.class).withCaption("Type").single();
        assertThat(type.getListDataView().getItems().toList()).contains("certificate-revoked", "seminar-created");

        test(type).selectItem("Certificate revoked");
        List<AuditEntry> shown = list.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>()).toList();
        assertThat(shown).isNotEmpty().allMatch(e -> e.action().equals("certificate-revoked"));
        assertThat(shown).anyMatch(e -> e.target().equals("certificate AUDIT-VIEW-TEST"));

        DatePicker from = $(DatePicker.class).withCaption("From").single();
        test(from).setValue(LocalDate.now(audit.zone()).plusDays(1));
        assertThat(list.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>()).toList()).isEmpty();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all().stream().filter(p -> p.hasClassName("empty-state")).findFirst()
                .orElseThrow().getText()).isEqualTo("No entries match these filters.");
        test(from).setValue(LocalDate.now(audit.zone()));
        DatePicker to = $(DatePicker.class).withCaption("To").single();
        test(to).setValue(LocalDate.now(audit.zone()));
        assertThat(list.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>()).toList())
                .anyMatch(e -> e.target().equals("certificate AUDIT-VIEW-TEST"));

        AuditEntry e = shown.getFirst();
        assertThat(Dates.moment(e.at(), audit.zone())).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
    }
}
