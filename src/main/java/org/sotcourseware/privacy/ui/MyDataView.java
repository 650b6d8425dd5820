package org.sotcourseware.privacy.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.privacy.PersonalData;

/** "My data": everything the app holds about the signed-in person, as JSON (to take elsewhere) and as a readable page. */
@Route(PersonalData.ROUTE)
@PermitAll
class MyDataView extends Main implements HasDynamicTitle {

    public MyDataView(PersonalData data) {
        addClassNames("page", "my-data-page");
        java.util.Locale language = getLocale();
        Anchor json = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] b = data.mineAsJson();
            return new DownloadResponse(new ByteArrayInputStream(b), "sot-courseware-my-data.json", "application/json", b.length); // not UI text: a file
        }), getTranslation("privacy.my-data.json"));
        json.getElement().setAttribute("download", true);
        json.addClassNames("button-link", "my-data-json");
        Anchor html = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] b = data.mineAsHtml(language).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(b), "sot-courseware-my-data.html", "text/html", b.length); // not UI text: a file
        }), getTranslation("privacy.my-data.html"));
        html.getElement().setAttribute("download", true);
        html.addClassNames("button-link", "my-data-html");
        add(new H1(getTranslation("privacy.my-data.title")), new Paragraph(getTranslation("privacy.my-data.intro")),
                new Div(json, html), new Paragraph(getTranslation("privacy.my-data.erasure")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.my-data.page-title");
    }
}
