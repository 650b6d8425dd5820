package org.sotcourseware.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Entities;
import org.sotcourseware.base.Locales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the app's messages. A message asked for inside a transaction is queued in it (a link whose token was
 * rolled back is never mailed, and a committed one survives a crash) and leaves once it commits, on a thread of its own, so how long a request takes
 * says nothing about whether a message was sent (a "forgot password" for an unknown address answers as fast
 * as for a known one). Nothing secret is logged: a failure names the template and the recipient's domain.
 */
@Service
@EnableConfigurationProperties(MailProperties.class)
public class Mail {

    private static final Logger log = LoggerFactory.getLogger(Mail.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    /** The value under which a queued message keeps its language (never a placeholder: templates use plain words). */
    static final String LANGUAGE = "_language";

    private final @Nullable JavaMailSender sender;
    private final MailProperties properties;
    private final MailOutbox queue;
    private final ExecutorService outbox = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mail-outbox");
        t.setDaemon(true);
        return t;
    });

    Mail(ObjectProvider<JavaMailSender> sender, MailProperties properties, MailOutbox queue, ObjectProvider<MeterRegistry> meters) {
        this.sender = sender.getIfAvailable();
        this.properties = properties;
        this.queue = queue;
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null && this.sender != null) {
            Gauge.builder("sot.mail.outbox.waiting", queue, MailOutbox::waiting)
                    .description("Messages queued and not yet sent (SMTP down while this grows)").register(registry);
            Gauge.builder("sot.mail.outbox.given.up", queue, MailOutbox::givenUp)
                    .description("Messages given up after every try, in the last 30 days").register(registry);
        }
    }

    /** Whether an SMTP server is configured ({@code spring.mail.host}). */
    public boolean enabled() {
        return sender != null;
    }

    /** An absolute link into the app: the configured public address and {@code path} (starting with a slash). */
    public String link(String path) {
        return properties.publicUrl().replaceAll("/+$", "") + path;
    }

    /**
     * Queues {@code template} to {@code to} in the current transaction (on its own without one), so the message
     * survives a crash once the change that asked for it is committed, then sends it on the mail thread after the
     * commit; a message the SMTP server does not take is tried again later, by any node ({@link MailOutbox}).
     * Nothing happens when mail is off.
     */
    public void send(String to, MailTemplate template, Map<String, String> values) {
        send(to, template, Locales.ENGLISH, values);
    }

    /**
     * As {@link #send(String, MailTemplate, Map)}, written in {@code language} (the recipient's: the subject from the
     * {@code mail} bundle, the bodies from {@code NAME_de.txt}/{@code .html} beside the English ones). The values are
     * text already in that language.
     */
    public void send(String to, MailTemplate template, Locale language, Map<String, String> values) {
        if (sender == null) {
            return;
        }
        Locale lang = Locales.closest(language);
        render(template, lang, "txt", values, false); // a missing value fails the caller now, not the mail thread later
        Map<String, String> stored = new java.util.LinkedHashMap<>(values);
        stored.put(LANGUAGE, lang.getLanguage());
        queue.enqueue(to, template, stored);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    nudge();
                }
            });
        } else {
            nudge();
        }
    }

    /** Tries every due message again, every {@code sot.mail.retry-check} (30 s by default), on every node. */
    @Scheduled(fixedDelayString = "${sot.mail.retry-check:30s}", initialDelayString = "${sot.mail.retry-check:30s}")
    void retry() {
        if (sender != null) {
            deliverDue();
        }
    }

    /** Delivers what is due now; returns how many were sent. */
    int deliverDue() {
        return queue.deliverDue(this::deliver);
    }

    private void nudge() {
        outbox.execute(() -> {
            try {
                deliverDue();
            } catch (RuntimeException e) {
                log.warn("The mail outbox could not be read: {}", e.toString());
            }
        });
    }

    private void deliver(String to, MailTemplate template, Map<String, String> values) throws jakarta.mail.MessagingException {
        JavaMailSender s = sender;
        if (s == null) {
            throw new IllegalStateException("mail is off");
        }
        MimeMessage message = s.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(to);
        Locale language = languageOf(values);
        helper.setSubject(template.subject(language));
        helper.setText(render(template, language, "txt", values, false), render(template, language, "html", values, true));
        s.send(message);
    }

    /** The language a queued message is written in (English for one queued before messages had a language). */
    static Locale languageOf(Map<String, String> values) {
        return Locales.supported(values.get(LANGUAGE)).orElse(Locales.ENGLISH);
    }

    /** A template's English body with its placeholders filled ({@code html}: values escaped). */
    static String render(MailTemplate template, String kind, Map<String, String> values, boolean html) {
        return render(template, Locales.ENGLISH, kind, values, html);
    }

    /**
     * A template's body in {@code language} ({@code NAME_de.txt}; the English {@code NAME.txt} for English or when there
     * is none) with its placeholders filled ({@code html}: values escaped).
     */
    static String render(MailTemplate template, Locale language, String kind, Map<String, String> values, boolean html) {
        String text;
        String own = "/mail/" + template.file() + "_" + language.getLanguage() + "." + kind;
        String english = "/mail/" + template.file() + "." + kind;
        String path = !language.equals(Locales.ENGLISH) && Mail.class.getResource(own) != null ? own : english;
        try (InputStream in = Mail.class.getResourceAsStream(path)) {
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
