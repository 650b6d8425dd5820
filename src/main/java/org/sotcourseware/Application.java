package org.sotcourseware;

import java.util.Arrays;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.sotcourseware.content.ContentCheck;
import org.sotcourseware.ops.DataCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

/**
 * Starts SOT Courseware, or with {@code check-content [--json] [DIR]} validates a content folder
 * without starting the web server, or with {@code data export|import|restore ...} moves every record between databases
 * or puts a backup back
 * ({@link DataCommand}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Meta(name = "description", content = "SOT Courseware: the Sacro Occipital Technique seminar curriculum")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ContentCheck.COMMAND)) {
            System.exit(ContentCheck.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals(DataCommand.COMMAND)) {
            DataCommand.quietLogging();
            System.exit(DataCommand.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
        }
        SpringApplication app = new SpringApplication(Application.class);
        if (Boolean.getBoolean("sot.startup.recording")) {
            // each start-up step (bean, configuration class, runner) as a JFR event: docs/performance.md, "Start-up"
            app.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        app.run(args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("SOT Courseware");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
        settings.addMetaTag("theme-color", "#1d5e66");
    }
}
