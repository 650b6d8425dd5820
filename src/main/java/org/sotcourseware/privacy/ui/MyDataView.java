package org.sotcourseware.privacy.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.privacy.PersonalData;

/** "My data": everything the app holds about the signed-in person, as JSON (to take elsewhere) and as a readable page. */
@Route(PersonalData.ROUTE)
@PageTitle("My data · SOT Courseware")
@PermitAll
class MyDataView extends Main {

    public MyDataView(PersonalData data) {
        addClassNames("page", "my-data-page");
        Anchor json = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] b = data.mineAsJson();
            return new DownloadResponse(new ByteArrayInputStream(b), "sot-courseware-my-data.json", "application/json", b.length);
        }), "Download everything (JSON)");
        json.getElement().setAttribute("download", true);
        json.addClassNames("button-link", "my-data-json");
        Anchor html = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] b = data.mineAsHtml().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(b), "sot-courseware-my-data.html", "text/html", b.length);
        }), "Download as a readable page (HTML, prints well)");
        html.getElement().setAttribute("download", true);
        html.addClassNames("button-link", "my-data-html");
        add(new H1("My data"), new Paragraph("Everything SOT Courseware holds about you: your profile, progress, quiz attempts with your "
                + "answers, case runs, seminars with attendance and exam results, certificates, and the audit log's entries about you. "
                + "The JSON file is for taking your data to another service; the page is for reading and printing."),
                new Div(json, html), new Paragraph("To have your account erased, ask an administrator: your name and contact details are "
                + "removed, your learning records stay only as anonymous statistics, and your certificates stay verifiable with your "
                + "name withheld."));
    }
}
