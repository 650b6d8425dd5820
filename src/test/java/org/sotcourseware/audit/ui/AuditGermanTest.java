package org.sotcourseware.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log in German: action names, filters, date pickers and times as German readers write them. */
@IntegrationTest
class AuditGermanTest extends SpringBrowserlessTest {

    @Autowired AuditLog audit;
    @Autowired TransactionTemplate tx;

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void the_audit_log_speaks_german() {
        tx.executeWithoutResult(s -> audit.recordAs(null, "Tess Tester", "certificate-revoked", "certificate AUDIT-GERMAN-TEST", "test entry"));
        UI.getCurrent().setLocale(Locale.GERMAN);
        AuditView view = navigate(AuditView.class);
        assertThat(view.getPageTitle()).isEqualTo("Protokoll · SOT Courseware");
        assertThat($(H1.class).single().getText()).isEqualTo("Protokoll");
        Select<String> type = $(Select.class).withCaption("Art").single();
        test(type).selectItem("Zertifikat widerrufen");
        assertThat(type.getValue()).isEqualTo("certificate-revoked");
        DatePicker from = $(DatePicker.class).withCaption("Von").single();
        assertThat(from.getI18n().getMonthNames()).contains("Dezember");
        assertThat(from.getI18n().getToday()).isEqualTo("Heute");
        assertThat($(DatePicker.class).withCaption("Bis").single()).isNotNull();
        assertThat(AuditView.days(Locale.GERMAN).getDateFormats()).containsExactly("d. MMM yyyy");
    }
}
