package org.sotcourseware.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Entities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the app's messages. A message asked for inside a transaction leaves only once it commits (a link
 * whose token was rolled back is never mailed), and on a thread of its own, so how long a request takes
 * says nothing about whether a message was sent (a "forgot password" for an unknown address answers as fast
 * as for a known one). Nothing secret is logged: a failure names the template and the recipient's domain.
 */
@Service
@EnableConfigurationProperties(MailProperties.class)
public class Mail {

    private static final Logger log = LoggerFactory.getLogger(Mail.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final @Nullable JavaMailSender sender;
    private final MailProperties properties;
    private final ExecutorService outbox = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mail-outbox");
        t.setDaemon(true);
        return t;
    });

    Mail(ObjectProvider<JavaMailSender> sender, MailProperties properties) {
        this.sender = sender.getIfAvailable();
        this.properties = properties;
    }

    /** Whether an SMTP server is configured ({@code spring.mail.host}). */
    public boolean enabled() {
        return sender != null;
    }

    /** An absolute link into the app: the configured public address and {@code path} (starting with a slash). */
    public String link(String path) {
        return properties.publicUrl().replaceAll("/+$", "") + path;
    }

    /** Sends {@code template} to {@code to} once the current transaction commits (at once without one); nothing when mail is off. */
    public void send(String to, MailTemplate template, Map<String, String> values) {
        if (sender == null) {
            return;
        }
        Runnable job = () -> outbox.execute(() -> deliver(to, template, values));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    job.run();
                }
            });
        } else {
            job.run();
        }
    }

    private void deliver(String to, MailTemplate template, Map<String, String> values) {
        JavaMailSender s = sender;
        if (s == null) {
            return;
        }
        try {
            MimeMessage message = s.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(to);
            helper.setSubject(template.subject());
            helper.setText(render(template, "txt", values, false), render(template, "html", values, true));
            s.send(message);
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            log.warn("Could not send the {} message to an address at {}: {}", template.file(), to.substring(to.indexOf('@') + 1),
                    e.getClass().getSimpleName());
        }
    }

    /** A template's body with its placeholders filled ({@code html}: values escaped). */
    static String render(MailTemplate template, String kind, Map<String, String> values, boolean html) {
        String text;
        try (InputStream in = Mail.class.getResourceAsStream("/mail/" + template.file() + "." + kind)) {
            if (in == null) {
                throw new IllegalStateException("no template mail/" + template.file() + "." + kind);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("template " + template.file() + " needs a value for " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(html ? Entities.escape(value) : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
